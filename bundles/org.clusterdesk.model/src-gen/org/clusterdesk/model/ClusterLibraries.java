/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster Libraries</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ClusterLibraries#getExisting <em>Existing</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterLibraries#getProspective <em>Prospective</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterLibraries#getUnderConstruction <em>Under Construction</em>}</li>
 *   <li>{@link org.clusterdesk.model.ClusterLibraries#getPlanned <em>Planned</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterLibraries()
 * @model
 * @generated
 */
public interface ClusterLibraries extends EObject {
	/**
	 * Returns the value of the '<em><b>Existing</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.ExistingEnterprise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Existing</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterLibraries_Existing()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExistingEnterprise> getExisting();

	/**
	 * Returns the value of the '<em><b>Prospective</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.ProspectiveEnterprise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prospective</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterLibraries_Prospective()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProspectiveEnterprise> getProspective();

	/**
	 * Returns the value of the '<em><b>Under Construction</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.ConstructionProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Under Construction</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterLibraries_UnderConstruction()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConstructionProject> getUnderConstruction();

	/**
	 * Returns the value of the '<em><b>Planned</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.PlannedProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getClusterLibraries_Planned()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlannedProject> getPlanned();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	int countExisting(EnterpriseMark mark);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C05: 共有企业N个，其中，上市企业N个，… computed from the rows.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String existingSummary();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String prospectiveSummary();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String underConstructionSummary();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String plannedSummary();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal totalInvestment(boolean planned);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C05: The library summaries are computed from the rows.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C05(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C06: No duplicate enterprise or project names within a library.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C06(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ClusterLibraries
