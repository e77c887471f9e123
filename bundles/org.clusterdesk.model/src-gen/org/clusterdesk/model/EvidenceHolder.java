/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Holder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.EvidenceHolder#getEvidenceLinks <em>Evidence Links</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getEvidenceHolder()
 * @model abstract="true"
 * @generated
 */
public interface EvidenceHolder extends EObject {
	/**
	 * Returns the value of the '<em><b>Evidence Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Links</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEvidenceHolder_EvidenceLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceLink> getEvidenceLinks();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	EvidenceLink evidenceFor(EStructuralFeature feature, String option);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G07: Each ticked option of a group that needs evidence references an attachment.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G07(DiagnosticChain diagnostics, Map<Object, Object> context);

} // EvidenceHolder
