/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standard Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.StandardCount#getYear <em>Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.StandardCount#getCategory <em>Category</em>}</li>
 *   <li>{@link org.clusterdesk.model.StandardCount#getLed <em>Led</em>}</li>
 *   <li>{@link org.clusterdesk.model.StandardCount#getParticipated <em>Participated</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getStandardCount()
 * @model
 * @generated
 */
public interface StandardCount extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getStandardCount_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.StandardCount#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.StandardCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.clusterdesk.model.StandardCategory
	 * @see #setCategory(StandardCategory)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getStandardCount_Category()
	 * @model
	 * @generated
	 */
	StandardCategory getCategory();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.StandardCount#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.clusterdesk.model.StandardCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(StandardCategory value);

	/**
	 * Returns the value of the '<em><b>Led</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Led</em>' attribute.
	 * @see #setLed(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getStandardCount_Led()
	 * @model
	 * @generated
	 */
	Integer getLed();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.StandardCount#getLed <em>Led</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Led</em>' attribute.
	 * @see #getLed()
	 * @generated
	 */
	void setLed(Integer value);

	/**
	 * Returns the value of the '<em><b>Participated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participated</em>' attribute.
	 * @see #setParticipated(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getStandardCount_Participated()
	 * @model
	 * @generated
	 */
	Integer getParticipated();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.StandardCount#getParticipated <em>Participated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participated</em>' attribute.
	 * @see #getParticipated()
	 * @generated
	 */
	void setParticipated(Integer value);

} // StandardCount
