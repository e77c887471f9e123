/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.time.LocalDate;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
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

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G01: A required row is not empty; text that does not apply says 无.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G01(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G02: Decimals have at most two places; counts are whole numbers >= 0.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G02(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G03: Narrative lengths: 200 / 3000 / 2500 characters, code points, whitespace not counted.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G03(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G04: Shares and rates lie in [0, 100]; growth rates are > -100.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G04(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G05: A 是（需附情况说明） answer carries an explanation.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G05(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G11: Every yearly row holds exactly the edition years, in order.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G11(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G12: Phone numbers: mobile 11 digits 1[3-9]; landlines with area code; 联系手机 accepts only mobiles.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G12(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G13: The cluster name follows the edition pattern.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G13(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G14: A final export needs the declaration filled: signer, unit, date.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G14(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G15: A final export needs the commitment letter (承诺函) signed: the issuing bureau, its seal and the date.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G15(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule D01: Year growth agrees with the values it is computed from.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean D01(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule D02: Average growth is the geometric mean.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean D02(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule D03: Leading-industry growth agrees with output x share.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean D03(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule D04: Cloud ratio and IIoT penetration agree with their counts.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean D04(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule D05: Patents per 10 000 employees agree with patents and employees.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean D05(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule D06: R&D intensity agrees with R&D cost and revenue.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean D06(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule D07: Reduction rates agree with the first and last yearly values.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean D07(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule D08: Totals equal the sum of their rows; 增幅 agrees with the two years.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean D08(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule D09: Values compared across tables are converted first (亿元 = 10 000 万元); 亿美元 never compares with 亿元.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean D09(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ClusterDocument
