/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.EvidenceRef#getAttachment <em>Attachment</em>}</li>
 *   <li>{@link org.clusterdesk.model.EvidenceRef#getPage <em>Page</em>}</li>
 *   <li>{@link org.clusterdesk.model.EvidenceRef#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getEvidenceRef()
 * @model
 * @generated
 */
public interface EvidenceRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Attachment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachment</em>' reference.
	 * @see #setAttachment(Attachment)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEvidenceRef_Attachment()
	 * @model
	 * @generated
	 */
	Attachment getAttachment();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EvidenceRef#getAttachment <em>Attachment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment</em>' reference.
	 * @see #getAttachment()
	 * @generated
	 */
	void setAttachment(Attachment value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page</em>' attribute.
	 * @see #setPage(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEvidenceRef_Page()
	 * @model
	 * @generated
	 */
	Integer getPage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EvidenceRef#getPage <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page</em>' attribute.
	 * @see #getPage()
	 * @generated
	 */
	void setPage(Integer value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEvidenceRef_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EvidenceRef#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // EvidenceRef
