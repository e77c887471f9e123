/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Declaration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.Declaration#getSigner <em>Signer</em>}</li>
 *   <li>{@link org.clusterdesk.model.Declaration#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.clusterdesk.model.Declaration#getDate <em>Date</em>}</li>
 *   <li>{@link org.clusterdesk.model.Declaration#isSealed <em>Sealed</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getDeclaration()
 * @model
 * @generated
 */
public interface Declaration extends EObject {
	/**
	 * Returns the value of the '<em><b>Signer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer</em>' attribute.
	 * @see #setSigner(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDeclaration_Signer()
	 * @model
	 * @generated
	 */
	String getSigner();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Declaration#getSigner <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer</em>' attribute.
	 * @see #getSigner()
	 * @generated
	 */
	void setSigner(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDeclaration_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Declaration#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDeclaration_Date()
	 * @model dataType="org.clusterdesk.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Declaration#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Sealed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sealed</em>' attribute.
	 * @see #setSealed(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDeclaration_Sealed()
	 * @model
	 * @generated
	 */
	boolean isSealed();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Declaration#isSealed <em>Sealed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sealed</em>' attribute.
	 * @see #isSealed()
	 * @generated
	 */
	void setSealed(boolean value);

} // Declaration
