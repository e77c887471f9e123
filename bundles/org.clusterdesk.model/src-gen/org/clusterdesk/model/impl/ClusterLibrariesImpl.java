/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import java.util.Map;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.EnterpriseMark;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.ProspectiveEnterprise;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cluster Libraries</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ClusterLibrariesImpl#getExisting <em>Existing</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterLibrariesImpl#getProspective <em>Prospective</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterLibrariesImpl#getUnderConstruction <em>Under Construction</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterLibrariesImpl#getPlanned <em>Planned</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterLibrariesImpl extends EObjectImpl implements ClusterLibraries {
	/**
	 * The cached value of the '{@link #getExisting() <em>Existing</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExisting()
	 * @generated
	 * @ordered
	 */
	protected EList<ExistingEnterprise> existing;

	/**
	 * The cached value of the '{@link #getProspective() <em>Prospective</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProspective()
	 * @generated
	 * @ordered
	 */
	protected EList<ProspectiveEnterprise> prospective;

	/**
	 * The cached value of the '{@link #getUnderConstruction() <em>Under Construction</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnderConstruction()
	 * @generated
	 * @ordered
	 */
	protected EList<ConstructionProject> underConstruction;

	/**
	 * The cached value of the '{@link #getPlanned() <em>Planned</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanned()
	 * @generated
	 * @ordered
	 */
	protected EList<PlannedProject> planned;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterLibrariesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.CLUSTER_LIBRARIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExistingEnterprise> getExisting() {
		if (existing == null) {
			existing = new EObjectContainmentEList<ExistingEnterprise>(ExistingEnterprise.class, this, ClusterDeskPackage.CLUSTER_LIBRARIES__EXISTING);
		}
		return existing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProspectiveEnterprise> getProspective() {
		if (prospective == null) {
			prospective = new EObjectContainmentEList<ProspectiveEnterprise>(ProspectiveEnterprise.class, this, ClusterDeskPackage.CLUSTER_LIBRARIES__PROSPECTIVE);
		}
		return prospective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConstructionProject> getUnderConstruction() {
		if (underConstruction == null) {
			underConstruction = new EObjectContainmentEList<ConstructionProject>(ConstructionProject.class, this, ClusterDeskPackage.CLUSTER_LIBRARIES__UNDER_CONSTRUCTION);
		}
		return underConstruction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlannedProject> getPlanned() {
		if (planned == null) {
			planned = new EObjectContainmentEList<PlannedProject>(PlannedProject.class, this, ClusterDeskPackage.CLUSTER_LIBRARIES__PLANNED);
		}
		return planned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int countExisting(final EnterpriseMark mark) {
		return org.clusterdesk.model.derived.LibraryFigures.countExisting(this, mark);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String existingSummary() {
		return org.clusterdesk.model.derived.LibraryFigures.existingSummary(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String prospectiveSummary() {
		return org.clusterdesk.model.derived.LibraryFigures.prospectiveSummary(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String underConstructionSummary() {
		return org.clusterdesk.model.derived.LibraryFigures.underConstructionSummary(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String plannedSummary() {
		return org.clusterdesk.model.derived.LibraryFigures.plannedSummary(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal totalInvestment(final boolean planned) {
		return org.clusterdesk.model.derived.LibraryFigures.totalInvestment(this, planned);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C05(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C05", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C06(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C06", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.CLUSTER_LIBRARIES__EXISTING:
				return ((InternalEList<?>)getExisting()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PROSPECTIVE:
				return ((InternalEList<?>)getProspective()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.CLUSTER_LIBRARIES__UNDER_CONSTRUCTION:
				return ((InternalEList<?>)getUnderConstruction()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PLANNED:
				return ((InternalEList<?>)getPlanned()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.CLUSTER_LIBRARIES__EXISTING:
				return getExisting();
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PROSPECTIVE:
				return getProspective();
			case ClusterDeskPackage.CLUSTER_LIBRARIES__UNDER_CONSTRUCTION:
				return getUnderConstruction();
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PLANNED:
				return getPlanned();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClusterDeskPackage.CLUSTER_LIBRARIES__EXISTING:
				getExisting().clear();
				getExisting().addAll((Collection<? extends ExistingEnterprise>)newValue);
				return;
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PROSPECTIVE:
				getProspective().clear();
				getProspective().addAll((Collection<? extends ProspectiveEnterprise>)newValue);
				return;
			case ClusterDeskPackage.CLUSTER_LIBRARIES__UNDER_CONSTRUCTION:
				getUnderConstruction().clear();
				getUnderConstruction().addAll((Collection<? extends ConstructionProject>)newValue);
				return;
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PLANNED:
				getPlanned().clear();
				getPlanned().addAll((Collection<? extends PlannedProject>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ClusterDeskPackage.CLUSTER_LIBRARIES__EXISTING:
				getExisting().clear();
				return;
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PROSPECTIVE:
				getProspective().clear();
				return;
			case ClusterDeskPackage.CLUSTER_LIBRARIES__UNDER_CONSTRUCTION:
				getUnderConstruction().clear();
				return;
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PLANNED:
				getPlanned().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ClusterDeskPackage.CLUSTER_LIBRARIES__EXISTING:
				return existing != null && !existing.isEmpty();
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PROSPECTIVE:
				return prospective != null && !prospective.isEmpty();
			case ClusterDeskPackage.CLUSTER_LIBRARIES__UNDER_CONSTRUCTION:
				return underConstruction != null && !underConstruction.isEmpty();
			case ClusterDeskPackage.CLUSTER_LIBRARIES__PLANNED:
				return planned != null && !planned.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ClusterDeskPackage.CLUSTER_LIBRARIES___COUNT_EXISTING__ENTERPRISEMARK:
				return countExisting((EnterpriseMark)arguments.get(0));
			case ClusterDeskPackage.CLUSTER_LIBRARIES___EXISTING_SUMMARY:
				return existingSummary();
			case ClusterDeskPackage.CLUSTER_LIBRARIES___PROSPECTIVE_SUMMARY:
				return prospectiveSummary();
			case ClusterDeskPackage.CLUSTER_LIBRARIES___UNDER_CONSTRUCTION_SUMMARY:
				return underConstructionSummary();
			case ClusterDeskPackage.CLUSTER_LIBRARIES___PLANNED_SUMMARY:
				return plannedSummary();
			case ClusterDeskPackage.CLUSTER_LIBRARIES___TOTAL_INVESTMENT__BOOLEAN:
				return totalInvestment((Boolean)arguments.get(0));
			case ClusterDeskPackage.CLUSTER_LIBRARIES___C05__DIAGNOSTICCHAIN_MAP:
				return C05((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_LIBRARIES___C06__DIAGNOSTICCHAIN_MAP:
				return C06((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

} //ClusterLibrariesImpl
