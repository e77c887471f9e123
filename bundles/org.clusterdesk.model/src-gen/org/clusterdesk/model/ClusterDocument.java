/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .cluster file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ClusterDocument#getEditionId <em>Edition Id</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterDocument#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterDocument#getFilingDate <em>Filing Date</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterDocument#getContact <em>Contact</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterDocument#isDraft <em>Draft</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterDocument#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterDocument#getEvidencePages <em>Evidence Pages</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterDocument#getEdition <em>Edition</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterDocument()
 * @model abstract="true"
 * @generated
 */
public interface ClusterDocument extends EObject {
	/**
	 * Returns the value of the '<em><b>Edition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edition Id</em>' attribute.
	 * @see #setEditionId(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterDocument_EditionId()
	 * @model
	 * @generated
	 */
	String getEditionId();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ClusterDocument#getEditionId <em>Edition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edition Id</em>' attribute.
	 * @see #getEditionId()
	 * @generated
	 */
	void setEditionId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterDocument_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ClusterDocument#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Filing Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filing Date</em>' attribute.
	 * @see #setFilingDate(LocalDate)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterDocument_FilingDate()
	 * @model dataType="org.clusterdesk.model.LocalDate"
	 * @generated
	 */
	LocalDate getFilingDate();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ClusterDocument#getFilingDate <em>Filing Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filing Date</em>' attribute.
	 * @see #getFilingDate()
	 * @generated
	 */
	void setFilingDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' containment reference.
	 * @see #setContact(Contact)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterDocument_Contact()
	 * @model containment="true"
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ClusterDocument#getContact <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' containment reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Draft</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Draft</em>' attribute.
	 * @see #setDraft(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterDocument_Draft()
	 * @model default="true"
	 * @generated
	 */
	boolean isDraft();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ClusterDocument#isDraft <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Draft</em>' attribute.
	 * @see #isDraft()
	 * @generated
	 */
	void setDraft(boolean value);

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterDocument_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

	/**
	 * Returns the value of the '<em><b>Evidence Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Pages</em>' attribute.
	 * @see #setEvidencePages(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterDocument_EvidencePages()
	 * @model
	 * @generated
	 */
	Integer getEvidencePages();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ClusterDocument#getEvidencePages <em>Evidence Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Pages</em>' attribute.
	 * @see #getEvidencePages()
	 * @generated
	 */
	void setEvidencePages(Integer value);

	/**
	 * Returns the value of the '<em><b>Edition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edition</em>' reference.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterDocument_Edition()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Edition getEdition();

} // ClusterDocument
