/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import java.util.Map;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.ReviewSection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ReviewSectionImpl#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ReviewSectionImpl#getCultivation <em>Cultivation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ReviewSectionImpl#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ReviewSectionImpl#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ReviewSectionImpl#getCompletion <em>Completion</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ReviewSectionImpl#getNewPlan <em>New Plan</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewSectionImpl extends EObjectImpl implements ReviewSection {
	/**
	 * The default value of the '{@link #getIntroduction() <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntroduction()
	 * @generated
	 * @ordered
	 */
	protected static final String INTRODUCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntroduction() <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntroduction()
	 * @generated
	 * @ordered
	 */
	protected String introduction = INTRODUCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCultivation() <em>Cultivation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCultivation()
	 * @generated
	 * @ordered
	 */
	protected static final String CULTIVATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCultivation() <em>Cultivation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCultivation()
	 * @generated
	 * @ordered
	 */
	protected String cultivation = CULTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BASELINE_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected Integer baselineYear = BASELINE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TARGET_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected Integer targetYear = TARGET_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompletion() <em>Completion</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletion()
	 * @generated
	 * @ordered
	 */
	protected EList<CompletionIndicator> completion;

	/**
	 * The cached value of the '{@link #getNewPlan() <em>New Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewPlan()
	 * @generated
	 * @ordered
	 */
	protected PlanSection newPlan;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.REVIEW_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntroduction() {
		return introduction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntroduction(String newIntroduction) {
		String oldIntroduction = introduction;
		introduction = newIntroduction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.REVIEW_SECTION__INTRODUCTION, oldIntroduction, introduction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCultivation() {
		return cultivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCultivation(String newCultivation) {
		String oldCultivation = cultivation;
		cultivation = newCultivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.REVIEW_SECTION__CULTIVATION, oldCultivation, cultivation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBaselineYear() {
		return baselineYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineYear(Integer newBaselineYear) {
		Integer oldBaselineYear = baselineYear;
		baselineYear = newBaselineYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.REVIEW_SECTION__BASELINE_YEAR, oldBaselineYear, baselineYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTargetYear() {
		return targetYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetYear(Integer newTargetYear) {
		Integer oldTargetYear = targetYear;
		targetYear = newTargetYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.REVIEW_SECTION__TARGET_YEAR, oldTargetYear, targetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CompletionIndicator> getCompletion() {
		if (completion == null) {
			completion = new EObjectContainmentEList<CompletionIndicator>(CompletionIndicator.class, this, ClusterDeskPackage.REVIEW_SECTION__COMPLETION);
		}
		return completion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanSection getNewPlan() {
		return newPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNewPlan(PlanSection newNewPlan, NotificationChain msgs) {
		PlanSection oldNewPlan = newPlan;
		newPlan = newNewPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.REVIEW_SECTION__NEW_PLAN, oldNewPlan, newNewPlan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewPlan(PlanSection newNewPlan) {
		if (newNewPlan != newPlan) {
			NotificationChain msgs = null;
			if (newPlan != null)
				msgs = ((InternalEObject)newPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.REVIEW_SECTION__NEW_PLAN, null, msgs);
			if (newNewPlan != null)
				msgs = ((InternalEObject)newNewPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.REVIEW_SECTION__NEW_PLAN, null, msgs);
			msgs = basicSetNewPlan(newNewPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.REVIEW_SECTION__NEW_PLAN, newNewPlan, newNewPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int unmetCount() {
		return org.clusterdesk.model.derived.PlanFigures.unmetCount(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int metCount() {
		return org.clusterdesk.model.derived.PlanFigures.metCount(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P10(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P10", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.REVIEW_SECTION__COMPLETION:
				return ((InternalEList<?>)getCompletion()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.REVIEW_SECTION__NEW_PLAN:
				return basicSetNewPlan(null, msgs);
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
			case ClusterDeskPackage.REVIEW_SECTION__INTRODUCTION:
				return getIntroduction();
			case ClusterDeskPackage.REVIEW_SECTION__CULTIVATION:
				return getCultivation();
			case ClusterDeskPackage.REVIEW_SECTION__BASELINE_YEAR:
				return getBaselineYear();
			case ClusterDeskPackage.REVIEW_SECTION__TARGET_YEAR:
				return getTargetYear();
			case ClusterDeskPackage.REVIEW_SECTION__COMPLETION:
				return getCompletion();
			case ClusterDeskPackage.REVIEW_SECTION__NEW_PLAN:
				return getNewPlan();
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
			case ClusterDeskPackage.REVIEW_SECTION__INTRODUCTION:
				setIntroduction((String)newValue);
				return;
			case ClusterDeskPackage.REVIEW_SECTION__CULTIVATION:
				setCultivation((String)newValue);
				return;
			case ClusterDeskPackage.REVIEW_SECTION__BASELINE_YEAR:
				setBaselineYear((Integer)newValue);
				return;
			case ClusterDeskPackage.REVIEW_SECTION__TARGET_YEAR:
				setTargetYear((Integer)newValue);
				return;
			case ClusterDeskPackage.REVIEW_SECTION__COMPLETION:
				getCompletion().clear();
				getCompletion().addAll((Collection<? extends CompletionIndicator>)newValue);
				return;
			case ClusterDeskPackage.REVIEW_SECTION__NEW_PLAN:
				setNewPlan((PlanSection)newValue);
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
			case ClusterDeskPackage.REVIEW_SECTION__INTRODUCTION:
				setIntroduction(INTRODUCTION_EDEFAULT);
				return;
			case ClusterDeskPackage.REVIEW_SECTION__CULTIVATION:
				setCultivation(CULTIVATION_EDEFAULT);
				return;
			case ClusterDeskPackage.REVIEW_SECTION__BASELINE_YEAR:
				setBaselineYear(BASELINE_YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.REVIEW_SECTION__TARGET_YEAR:
				setTargetYear(TARGET_YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.REVIEW_SECTION__COMPLETION:
				getCompletion().clear();
				return;
			case ClusterDeskPackage.REVIEW_SECTION__NEW_PLAN:
				setNewPlan((PlanSection)null);
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
			case ClusterDeskPackage.REVIEW_SECTION__INTRODUCTION:
				return INTRODUCTION_EDEFAULT == null ? introduction != null : !INTRODUCTION_EDEFAULT.equals(introduction);
			case ClusterDeskPackage.REVIEW_SECTION__CULTIVATION:
				return CULTIVATION_EDEFAULT == null ? cultivation != null : !CULTIVATION_EDEFAULT.equals(cultivation);
			case ClusterDeskPackage.REVIEW_SECTION__BASELINE_YEAR:
				return BASELINE_YEAR_EDEFAULT == null ? baselineYear != null : !BASELINE_YEAR_EDEFAULT.equals(baselineYear);
			case ClusterDeskPackage.REVIEW_SECTION__TARGET_YEAR:
				return TARGET_YEAR_EDEFAULT == null ? targetYear != null : !TARGET_YEAR_EDEFAULT.equals(targetYear);
			case ClusterDeskPackage.REVIEW_SECTION__COMPLETION:
				return completion != null && !completion.isEmpty();
			case ClusterDeskPackage.REVIEW_SECTION__NEW_PLAN:
				return newPlan != null;
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
			case ClusterDeskPackage.REVIEW_SECTION___UNMET_COUNT:
				return unmetCount();
			case ClusterDeskPackage.REVIEW_SECTION___MET_COUNT:
				return metCount();
			case ClusterDeskPackage.REVIEW_SECTION___P10__DIAGNOSTICCHAIN_MAP:
				return P10((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (introduction: ");
		result.append(introduction);
		result.append(", cultivation: ");
		result.append(cultivation);
		result.append(", baselineYear: ");
		result.append(baselineYear);
		result.append(", targetYear: ");
		result.append(targetYear);
		result.append(')');
		return result.toString();
	}

} //ReviewSectionImpl
