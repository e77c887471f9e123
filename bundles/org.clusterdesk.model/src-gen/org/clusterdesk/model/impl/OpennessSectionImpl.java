/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.InternationalWork;
import org.clusterdesk.model.OpennessSection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Openness Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.OpennessSectionImpl#getInternationalNarrative <em>International Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.OpennessSectionImpl#getInternationalWorks <em>International Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.OpennessSectionImpl#getOverseasBranches <em>Overseas Branches</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.OpennessSectionImpl#getOverseasEvidence <em>Overseas Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpennessSectionImpl extends EvidenceHolderImpl implements OpennessSection {
	/**
	 * The default value of the '{@link #getInternationalNarrative() <em>International Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternationalNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERNATIONAL_NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInternationalNarrative() <em>International Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternationalNarrative()
	 * @generated
	 * @ordered
	 */
	protected String internationalNarrative = INTERNATIONAL_NARRATIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInternationalWorks() <em>International Works</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternationalWorks()
	 * @generated
	 * @ordered
	 */
	protected EList<InternationalWork> internationalWorks;

	/**
	 * The default value of the '{@link #getOverseasBranches() <em>Overseas Branches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverseasBranches()
	 * @generated
	 * @ordered
	 */
	protected static final Integer OVERSEAS_BRANCHES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverseasBranches() <em>Overseas Branches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverseasBranches()
	 * @generated
	 * @ordered
	 */
	protected Integer overseasBranches = OVERSEAS_BRANCHES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOverseasEvidence() <em>Overseas Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverseasEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> overseasEvidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpennessSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.OPENNESS_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInternationalNarrative() {
		return internationalNarrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternationalNarrative(String newInternationalNarrative) {
		String oldInternationalNarrative = internationalNarrative;
		internationalNarrative = newInternationalNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_NARRATIVE, oldInternationalNarrative, internationalNarrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InternationalWork> getInternationalWorks() {
		if (internationalWorks == null) {
			internationalWorks = new EDataTypeUniqueEList<InternationalWork>(InternationalWork.class, this, ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_WORKS);
		}
		return internationalWorks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getOverseasBranches() {
		return overseasBranches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverseasBranches(Integer newOverseasBranches) {
		Integer oldOverseasBranches = overseasBranches;
		overseasBranches = newOverseasBranches;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_BRANCHES, oldOverseasBranches, overseasBranches));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getOverseasEvidence() {
		if (overseasEvidence == null) {
			overseasEvidence = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_EVIDENCE);
		}
		return overseasEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_EVIDENCE:
				return ((InternalEList<?>)getOverseasEvidence()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_NARRATIVE:
				return getInternationalNarrative();
			case ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_WORKS:
				return getInternationalWorks();
			case ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_BRANCHES:
				return getOverseasBranches();
			case ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_EVIDENCE:
				return getOverseasEvidence();
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
			case ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_NARRATIVE:
				setInternationalNarrative((String)newValue);
				return;
			case ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_WORKS:
				getInternationalWorks().clear();
				getInternationalWorks().addAll((Collection<? extends InternationalWork>)newValue);
				return;
			case ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_BRANCHES:
				setOverseasBranches((Integer)newValue);
				return;
			case ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_EVIDENCE:
				getOverseasEvidence().clear();
				getOverseasEvidence().addAll((Collection<? extends EvidenceRef>)newValue);
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
			case ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_NARRATIVE:
				setInternationalNarrative(INTERNATIONAL_NARRATIVE_EDEFAULT);
				return;
			case ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_WORKS:
				getInternationalWorks().clear();
				return;
			case ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_BRANCHES:
				setOverseasBranches(OVERSEAS_BRANCHES_EDEFAULT);
				return;
			case ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_EVIDENCE:
				getOverseasEvidence().clear();
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
			case ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_NARRATIVE:
				return INTERNATIONAL_NARRATIVE_EDEFAULT == null ? internationalNarrative != null : !INTERNATIONAL_NARRATIVE_EDEFAULT.equals(internationalNarrative);
			case ClusterDeskPackage.OPENNESS_SECTION__INTERNATIONAL_WORKS:
				return internationalWorks != null && !internationalWorks.isEmpty();
			case ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_BRANCHES:
				return OVERSEAS_BRANCHES_EDEFAULT == null ? overseasBranches != null : !OVERSEAS_BRANCHES_EDEFAULT.equals(overseasBranches);
			case ClusterDeskPackage.OPENNESS_SECTION__OVERSEAS_EVIDENCE:
				return overseasEvidence != null && !overseasEvidence.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (internationalNarrative: ");
		result.append(internationalNarrative);
		result.append(", internationalWorks: ");
		result.append(internationalWorks);
		result.append(", overseasBranches: ");
		result.append(overseasBranches);
		result.append(')');
		return result.toString();
	}

} //OpennessSectionImpl
