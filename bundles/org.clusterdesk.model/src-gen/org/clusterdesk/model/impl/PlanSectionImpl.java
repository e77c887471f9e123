/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import java.util.Map;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.StageGoal;

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
 * An implementation of the model object '<em><b>Plan Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getAchievements <em>Achievements</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getApproach <em>Approach</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getStageGoals <em>Stage Goals</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getKeyTasks <em>Key Tasks</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanSectionImpl#getSafeguards <em>Safeguards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanSectionImpl extends EObjectImpl implements PlanSection {
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
	 * The default value of the '{@link #getAchievements() <em>Achievements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchievements()
	 * @generated
	 * @ordered
	 */
	protected static final String ACHIEVEMENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAchievements() <em>Achievements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchievements()
	 * @generated
	 * @ordered
	 */
	protected String achievements = ACHIEVEMENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProblems() <em>Problems</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected static final String PROBLEMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected String problems = PROBLEMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getApproach() <em>Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproach()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROACH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApproach() <em>Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproach()
	 * @generated
	 * @ordered
	 */
	protected String approach = APPROACH_EDEFAULT;

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
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanIndicator> targets;

	/**
	 * The cached value of the '{@link #getStageGoals() <em>Stage Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<StageGoal> stageGoals;

	/**
	 * The default value of the '{@link #getKeyTasks() <em>Key Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyTasks()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_TASKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyTasks() <em>Key Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyTasks()
	 * @generated
	 * @ordered
	 */
	protected String keyTasks = KEY_TASKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSafeguards() <em>Safeguards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafeguards()
	 * @generated
	 * @ordered
	 */
	protected static final String SAFEGUARDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSafeguards() <em>Safeguards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafeguards()
	 * @generated
	 * @ordered
	 */
	protected String safeguards = SAFEGUARDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PLAN_SECTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_SECTION__INTRODUCTION, oldIntroduction, introduction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAchievements() {
		return achievements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAchievements(String newAchievements) {
		String oldAchievements = achievements;
		achievements = newAchievements;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_SECTION__ACHIEVEMENTS, oldAchievements, achievements));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProblems() {
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblems(String newProblems) {
		String oldProblems = problems;
		problems = newProblems;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_SECTION__PROBLEMS, oldProblems, problems));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApproach() {
		return approach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproach(String newApproach) {
		String oldApproach = approach;
		approach = newApproach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_SECTION__APPROACH, oldApproach, approach));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_SECTION__BASELINE_YEAR, oldBaselineYear, baselineYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_SECTION__TARGET_YEAR, oldTargetYear, targetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanIndicator> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<PlanIndicator>(PlanIndicator.class, this, ClusterDeskPackage.PLAN_SECTION__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StageGoal> getStageGoals() {
		if (stageGoals == null) {
			stageGoals = new EObjectContainmentEList<StageGoal>(StageGoal.class, this, ClusterDeskPackage.PLAN_SECTION__STAGE_GOALS);
		}
		return stageGoals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyTasks() {
		return keyTasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyTasks(String newKeyTasks) {
		String oldKeyTasks = keyTasks;
		keyTasks = newKeyTasks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_SECTION__KEY_TASKS, oldKeyTasks, keyTasks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSafeguards() {
		return safeguards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSafeguards(String newSafeguards) {
		String oldSafeguards = safeguards;
		safeguards = newSafeguards;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_SECTION__SAFEGUARDS, oldSafeguards, safeguards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int narrativeLength() {
		return org.clusterdesk.model.derived.PlanFigures.narrativeLength(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanIndicator targetOf(final PlanIndicatorKind kind) {
		return org.clusterdesk.model.derived.PlanFigures.targetOf(this, kind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P01(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P01", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P02(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P02", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P03(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P03", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P04(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P04", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P05(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P05", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P06(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P06", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P07(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P07", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P08(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P08", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.PLAN_SECTION__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.PLAN_SECTION__STAGE_GOALS:
				return ((InternalEList<?>)getStageGoals()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.PLAN_SECTION__INTRODUCTION:
				return getIntroduction();
			case ClusterDeskPackage.PLAN_SECTION__ACHIEVEMENTS:
				return getAchievements();
			case ClusterDeskPackage.PLAN_SECTION__PROBLEMS:
				return getProblems();
			case ClusterDeskPackage.PLAN_SECTION__APPROACH:
				return getApproach();
			case ClusterDeskPackage.PLAN_SECTION__BASELINE_YEAR:
				return getBaselineYear();
			case ClusterDeskPackage.PLAN_SECTION__TARGET_YEAR:
				return getTargetYear();
			case ClusterDeskPackage.PLAN_SECTION__TARGETS:
				return getTargets();
			case ClusterDeskPackage.PLAN_SECTION__STAGE_GOALS:
				return getStageGoals();
			case ClusterDeskPackage.PLAN_SECTION__KEY_TASKS:
				return getKeyTasks();
			case ClusterDeskPackage.PLAN_SECTION__SAFEGUARDS:
				return getSafeguards();
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
			case ClusterDeskPackage.PLAN_SECTION__INTRODUCTION:
				setIntroduction((String)newValue);
				return;
			case ClusterDeskPackage.PLAN_SECTION__ACHIEVEMENTS:
				setAchievements((String)newValue);
				return;
			case ClusterDeskPackage.PLAN_SECTION__PROBLEMS:
				setProblems((String)newValue);
				return;
			case ClusterDeskPackage.PLAN_SECTION__APPROACH:
				setApproach((String)newValue);
				return;
			case ClusterDeskPackage.PLAN_SECTION__BASELINE_YEAR:
				setBaselineYear((Integer)newValue);
				return;
			case ClusterDeskPackage.PLAN_SECTION__TARGET_YEAR:
				setTargetYear((Integer)newValue);
				return;
			case ClusterDeskPackage.PLAN_SECTION__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends PlanIndicator>)newValue);
				return;
			case ClusterDeskPackage.PLAN_SECTION__STAGE_GOALS:
				getStageGoals().clear();
				getStageGoals().addAll((Collection<? extends StageGoal>)newValue);
				return;
			case ClusterDeskPackage.PLAN_SECTION__KEY_TASKS:
				setKeyTasks((String)newValue);
				return;
			case ClusterDeskPackage.PLAN_SECTION__SAFEGUARDS:
				setSafeguards((String)newValue);
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
			case ClusterDeskPackage.PLAN_SECTION__INTRODUCTION:
				setIntroduction(INTRODUCTION_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_SECTION__ACHIEVEMENTS:
				setAchievements(ACHIEVEMENTS_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_SECTION__PROBLEMS:
				setProblems(PROBLEMS_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_SECTION__APPROACH:
				setApproach(APPROACH_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_SECTION__BASELINE_YEAR:
				setBaselineYear(BASELINE_YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_SECTION__TARGET_YEAR:
				setTargetYear(TARGET_YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_SECTION__TARGETS:
				getTargets().clear();
				return;
			case ClusterDeskPackage.PLAN_SECTION__STAGE_GOALS:
				getStageGoals().clear();
				return;
			case ClusterDeskPackage.PLAN_SECTION__KEY_TASKS:
				setKeyTasks(KEY_TASKS_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_SECTION__SAFEGUARDS:
				setSafeguards(SAFEGUARDS_EDEFAULT);
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
			case ClusterDeskPackage.PLAN_SECTION__INTRODUCTION:
				return INTRODUCTION_EDEFAULT == null ? introduction != null : !INTRODUCTION_EDEFAULT.equals(introduction);
			case ClusterDeskPackage.PLAN_SECTION__ACHIEVEMENTS:
				return ACHIEVEMENTS_EDEFAULT == null ? achievements != null : !ACHIEVEMENTS_EDEFAULT.equals(achievements);
			case ClusterDeskPackage.PLAN_SECTION__PROBLEMS:
				return PROBLEMS_EDEFAULT == null ? problems != null : !PROBLEMS_EDEFAULT.equals(problems);
			case ClusterDeskPackage.PLAN_SECTION__APPROACH:
				return APPROACH_EDEFAULT == null ? approach != null : !APPROACH_EDEFAULT.equals(approach);
			case ClusterDeskPackage.PLAN_SECTION__BASELINE_YEAR:
				return BASELINE_YEAR_EDEFAULT == null ? baselineYear != null : !BASELINE_YEAR_EDEFAULT.equals(baselineYear);
			case ClusterDeskPackage.PLAN_SECTION__TARGET_YEAR:
				return TARGET_YEAR_EDEFAULT == null ? targetYear != null : !TARGET_YEAR_EDEFAULT.equals(targetYear);
			case ClusterDeskPackage.PLAN_SECTION__TARGETS:
				return targets != null && !targets.isEmpty();
			case ClusterDeskPackage.PLAN_SECTION__STAGE_GOALS:
				return stageGoals != null && !stageGoals.isEmpty();
			case ClusterDeskPackage.PLAN_SECTION__KEY_TASKS:
				return KEY_TASKS_EDEFAULT == null ? keyTasks != null : !KEY_TASKS_EDEFAULT.equals(keyTasks);
			case ClusterDeskPackage.PLAN_SECTION__SAFEGUARDS:
				return SAFEGUARDS_EDEFAULT == null ? safeguards != null : !SAFEGUARDS_EDEFAULT.equals(safeguards);
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
			case ClusterDeskPackage.PLAN_SECTION___NARRATIVE_LENGTH:
				return narrativeLength();
			case ClusterDeskPackage.PLAN_SECTION___TARGET_OF__PLANINDICATORKIND:
				return targetOf((PlanIndicatorKind)arguments.get(0));
			case ClusterDeskPackage.PLAN_SECTION___P01__DIAGNOSTICCHAIN_MAP:
				return P01((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.PLAN_SECTION___P02__DIAGNOSTICCHAIN_MAP:
				return P02((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.PLAN_SECTION___P03__DIAGNOSTICCHAIN_MAP:
				return P03((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.PLAN_SECTION___P04__DIAGNOSTICCHAIN_MAP:
				return P04((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.PLAN_SECTION___P05__DIAGNOSTICCHAIN_MAP:
				return P05((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.PLAN_SECTION___P06__DIAGNOSTICCHAIN_MAP:
				return P06((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.PLAN_SECTION___P07__DIAGNOSTICCHAIN_MAP:
				return P07((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.PLAN_SECTION___P08__DIAGNOSTICCHAIN_MAP:
				return P08((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", achievements: ");
		result.append(achievements);
		result.append(", problems: ");
		result.append(problems);
		result.append(", approach: ");
		result.append(approach);
		result.append(", baselineYear: ");
		result.append(baselineYear);
		result.append(", targetYear: ");
		result.append(targetYear);
		result.append(", keyTasks: ");
		result.append(keyTasks);
		result.append(", safeguards: ");
		result.append(safeguards);
		result.append(')');
		return result.toString();
	}

} //PlanSectionImpl
