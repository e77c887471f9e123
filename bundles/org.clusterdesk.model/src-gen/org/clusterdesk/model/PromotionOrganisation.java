/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Promotion Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.PromotionOrganisation#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.PromotionOrganisation#getBasicInformation <em>Basic Information</em>}</li>
 *   <li>{@link org.clusterdesk.model.PromotionOrganisation#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.clusterdesk.model.PromotionOrganisation#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getPromotionOrganisation()
 * @model
 * @generated
 */
public interface PromotionOrganisation extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPromotionOrganisation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PromotionOrganisation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Basic Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basic Information</em>' attribute.
	 * @see #setBasicInformation(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPromotionOrganisation_BasicInformation()
	 * @model
	 * @generated
	 */
	String getBasicInformation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PromotionOrganisation#getBasicInformation <em>Basic Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basic Information</em>' attribute.
	 * @see #getBasicInformation()
	 * @generated
	 */
	void setBasicInformation(String value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' attribute.
	 * @see #setOperations(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPromotionOrganisation_Operations()
	 * @model
	 * @generated
	 */
	String getOperations();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PromotionOrganisation#getOperations <em>Operations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operations</em>' attribute.
	 * @see #getOperations()
	 * @generated
	 */
	void setOperations(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPromotionOrganisation_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getEvidence();

} // PromotionOrganisation
