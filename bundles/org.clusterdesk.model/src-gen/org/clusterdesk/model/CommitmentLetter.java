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
 * A representation of the model object '<em><b>Commitment Letter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.CommitmentLetter#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.clusterdesk.model.CommitmentLetter#getIssuingBureau <em>Issuing Bureau</em>}</li>
 *   <li>{@link org.clusterdesk.model.CommitmentLetter#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link org.clusterdesk.model.CommitmentLetter#getDate <em>Date</em>}</li>
 *   <li>{@link org.clusterdesk.model.CommitmentLetter#isSealed <em>Sealed</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getCommitmentLetter()
 * @model
 * @generated
 */
public interface CommitmentLetter extends EObject {
	/**
	 * Returns the value of the '<em><b>Addressee</b></em>' attribute.
	 * The default value is <code>"\u7701\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u5385"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressee</em>' attribute.
	 * @see #setAddressee(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCommitmentLetter_Addressee()
	 * @model default="\u7701\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u5385"
	 * @generated
	 */
	String getAddressee();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CommitmentLetter#getAddressee <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee</em>' attribute.
	 * @see #getAddressee()
	 * @generated
	 */
	void setAddressee(String value);

	/**
	 * Returns the value of the '<em><b>Issuing Bureau</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuing Bureau</em>' attribute.
	 * @see #setIssuingBureau(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCommitmentLetter_IssuingBureau()
	 * @model
	 * @generated
	 */
	String getIssuingBureau();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CommitmentLetter#getIssuingBureau <em>Issuing Bureau</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuing Bureau</em>' attribute.
	 * @see #getIssuingBureau()
	 * @generated
	 */
	void setIssuingBureau(String value);

	/**
	 * Returns the value of the '<em><b>Commitments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The commitments the letter makes, each as the form words it with the cluster's name filled in (the edition's layout: label commitment:1 …). A prescribed commitment missing here is not made (G06). Version 1 held three yes/no fields (notProhibited, noAccidents, noViolations).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commitments</em>' attribute list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCommitmentLetter_Commitments()
	 * @model
	 * @generated
	 */
	EList<String> getCommitments();

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCommitmentLetter_Date()
	 * @model dataType="org.clusterdesk.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CommitmentLetter#getDate <em>Date</em>}' attribute.
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
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCommitmentLetter_Sealed()
	 * @model
	 * @generated
	 */
	boolean isSealed();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CommitmentLetter#isSealed <em>Sealed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sealed</em>' attribute.
	 * @see #isSealed()
	 * @generated
	 */
	void setSealed(boolean value);

} // CommitmentLetter
