/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Honour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.Honour#getLevel <em>Level</em>}</li>
 *   <li>{@link org.clusterdesk.model.Honour#getTitle <em>Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.Honour#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getHonour()
 * @model
 * @generated
 */
public interface Honour extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.AdministrativeLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.clusterdesk.model.AdministrativeLevel
	 * @see #setLevel(AdministrativeLevel)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getHonour_Level()
	 * @model
	 * @generated
	 */
	AdministrativeLevel getLevel();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Honour#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.clusterdesk.model.AdministrativeLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(AdministrativeLevel value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getHonour_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Honour#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getHonour_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getEvidence();

} // Honour
