/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Openness Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.OpennessSection#getInternationalNarrative <em>International Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.OpennessSection#getInternationalWorks <em>International Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.OpennessSection#getOverseasBranches <em>Overseas Branches</em>}</li>
 *   <li>{@link org.clusterdesk.model.OpennessSection#getOverseasEvidence <em>Overseas Evidence</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getOpennessSection()
 * @model
 * @generated
 */
public interface OpennessSection extends EvidenceHolder {
	/**
	 * Returns the value of the '<em><b>International Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>International Narrative</em>' attribute.
	 * @see #setInternationalNarrative(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getOpennessSection_InternationalNarrative()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getInternationalNarrative();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.OpennessSection#getInternationalNarrative <em>International Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>International Narrative</em>' attribute.
	 * @see #getInternationalNarrative()
	 * @generated
	 */
	void setInternationalNarrative(String value);

	/**
	 * Returns the value of the '<em><b>International Works</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.InternationalWork}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.InternationalWork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>International Works</em>' attribute list.
	 * @see org.clusterdesk.model.InternationalWork
	 * @see org.clusterdesk.model.ClusterDeskPackage#getOpennessSection_InternationalWorks()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<InternationalWork> getInternationalWorks();

	/**
	 * Returns the value of the '<em><b>Overseas Branches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overseas Branches</em>' attribute.
	 * @see #setOverseasBranches(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getOpennessSection_OverseasBranches()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	Integer getOverseasBranches();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.OpennessSection#getOverseasBranches <em>Overseas Branches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overseas Branches</em>' attribute.
	 * @see #getOverseasBranches()
	 * @generated
	 */
	void setOverseasBranches(Integer value);

	/**
	 * Returns the value of the '<em><b>Overseas Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overseas Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getOpennessSection_OverseasEvidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getOverseasEvidence();

} // OpennessSection
