/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.PlanDirection;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.YearDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#isReduction <em>Reduction</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#getStageTargets <em>Stage Targets</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#getIndustryAverage <em>Industry Average</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanIndicatorImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanIndicatorImpl extends EObjectImpl implements PlanIndicator {
	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final PlanDirection DIRECTION_EDEFAULT = PlanDirection.NONE;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected PlanDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PlanIndicatorKind KIND_EDEFAULT = PlanIndicatorKind.NONE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PlanIndicatorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final Unit UNIT_EDEFAULT = Unit.NONE;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isReduction() <em>Reduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReduction()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REDUCTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReduction() <em>Reduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReduction()
	 * @generated
	 * @ordered
	 */
	protected boolean reduction = REDUCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal target = TARGET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStageTargets() <em>Stage Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<YearDecimal> stageTargets;

	/**
	 * The default value of the '{@link #getIndustryAverage() <em>Industry Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryAverage()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INDUSTRY_AVERAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndustryAverage() <em>Industry Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryAverage()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal industryAverage = INDUSTRY_AVERAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanIndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PLAN_INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(PlanDirection newDirection) {
		PlanDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_INDICATOR__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanIndicatorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PlanIndicatorKind newKind) {
		PlanIndicatorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_INDICATOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_INDICATOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Unit newUnit) {
		Unit oldUnit = unit;
		unit = newUnit == null ? UNIT_EDEFAULT : newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReduction() {
		return reduction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReduction(boolean newReduction) {
		boolean oldReduction = reduction;
		reduction = newReduction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_INDICATOR__REDUCTION, oldReduction, reduction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(BigDecimal newBaseline) {
		BigDecimal oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_INDICATOR__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(BigDecimal newTarget) {
		BigDecimal oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_INDICATOR__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<YearDecimal> getStageTargets() {
		if (stageTargets == null) {
			stageTargets = new EObjectContainmentEList<YearDecimal>(YearDecimal.class, this, ClusterDeskPackage.PLAN_INDICATOR__STAGE_TARGETS);
		}
		return stageTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIndustryAverage() {
		return industryAverage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustryAverage(BigDecimal newIndustryAverage) {
		BigDecimal oldIndustryAverage = industryAverage;
		industryAverage = newIndustryAverage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_INDICATOR__INDUSTRY_AVERAGE, oldIndustryAverage, industryAverage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_INDICATOR__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal averageGrowth() {
		return org.clusterdesk.model.derived.PlanFigures.averageGrowth(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal changeRate() {
		return org.clusterdesk.model.derived.PlanFigures.changeRate(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.PLAN_INDICATOR__STAGE_TARGETS:
				return ((InternalEList<?>)getStageTargets()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.PLAN_INDICATOR__DIRECTION:
				return getDirection();
			case ClusterDeskPackage.PLAN_INDICATOR__KIND:
				return getKind();
			case ClusterDeskPackage.PLAN_INDICATOR__NAME:
				return getName();
			case ClusterDeskPackage.PLAN_INDICATOR__UNIT:
				return getUnit();
			case ClusterDeskPackage.PLAN_INDICATOR__REDUCTION:
				return isReduction();
			case ClusterDeskPackage.PLAN_INDICATOR__BASELINE:
				return getBaseline();
			case ClusterDeskPackage.PLAN_INDICATOR__TARGET:
				return getTarget();
			case ClusterDeskPackage.PLAN_INDICATOR__STAGE_TARGETS:
				return getStageTargets();
			case ClusterDeskPackage.PLAN_INDICATOR__INDUSTRY_AVERAGE:
				return getIndustryAverage();
			case ClusterDeskPackage.PLAN_INDICATOR__DESCRIPTION:
				return getDescription();
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
			case ClusterDeskPackage.PLAN_INDICATOR__DIRECTION:
				setDirection((PlanDirection)newValue);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__KIND:
				setKind((PlanIndicatorKind)newValue);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__NAME:
				setName((String)newValue);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__UNIT:
				setUnit((Unit)newValue);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__REDUCTION:
				setReduction((Boolean)newValue);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__BASELINE:
				setBaseline((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__STAGE_TARGETS:
				getStageTargets().clear();
				getStageTargets().addAll((Collection<? extends YearDecimal>)newValue);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__INDUSTRY_AVERAGE:
				setIndustryAverage((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__DESCRIPTION:
				setDescription((String)newValue);
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
			case ClusterDeskPackage.PLAN_INDICATOR__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__REDUCTION:
				setReduction(REDUCTION_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__STAGE_TARGETS:
				getStageTargets().clear();
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__INDUSTRY_AVERAGE:
				setIndustryAverage(INDUSTRY_AVERAGE_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_INDICATOR__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case ClusterDeskPackage.PLAN_INDICATOR__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case ClusterDeskPackage.PLAN_INDICATOR__KIND:
				return kind != KIND_EDEFAULT;
			case ClusterDeskPackage.PLAN_INDICATOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClusterDeskPackage.PLAN_INDICATOR__UNIT:
				return unit != UNIT_EDEFAULT;
			case ClusterDeskPackage.PLAN_INDICATOR__REDUCTION:
				return reduction != REDUCTION_EDEFAULT;
			case ClusterDeskPackage.PLAN_INDICATOR__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case ClusterDeskPackage.PLAN_INDICATOR__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case ClusterDeskPackage.PLAN_INDICATOR__STAGE_TARGETS:
				return stageTargets != null && !stageTargets.isEmpty();
			case ClusterDeskPackage.PLAN_INDICATOR__INDUSTRY_AVERAGE:
				return INDUSTRY_AVERAGE_EDEFAULT == null ? industryAverage != null : !INDUSTRY_AVERAGE_EDEFAULT.equals(industryAverage);
			case ClusterDeskPackage.PLAN_INDICATOR__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ClusterDeskPackage.PLAN_INDICATOR___AVERAGE_GROWTH:
				return averageGrowth();
			case ClusterDeskPackage.PLAN_INDICATOR___CHANGE_RATE:
				return changeRate();
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
		result.append(" (direction: ");
		result.append(direction);
		result.append(", kind: ");
		result.append(kind);
		result.append(", name: ");
		result.append(name);
		result.append(", unit: ");
		result.append(unit);
		result.append(", reduction: ");
		result.append(reduction);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", target: ");
		result.append(target);
		result.append(", industryAverage: ");
		result.append(industryAverage);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //PlanIndicatorImpl
