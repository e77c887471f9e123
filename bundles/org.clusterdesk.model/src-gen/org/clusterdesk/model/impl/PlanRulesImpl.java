/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.math.BigDecimal;

import org.clusterdesk.model.BenchmarkKind;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.PlanRules;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Rules</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.PlanRulesImpl#getOutputAverageGrowthMin <em>Output Average Growth Min</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanRulesImpl#getRdAverageGrowthMin <em>Rd Average Growth Min</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanRulesImpl#getPatentAverageGrowthMin <em>Patent Average Growth Min</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanRulesImpl#getBenchmark <em>Benchmark</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanRulesImpl#getIiotPenetrationTarget <em>Iiot Penetration Target</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanRulesImpl#getCo2ReductionTarget <em>Co2 Reduction Target</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlanRulesImpl#getEnergyReductionTarget <em>Energy Reduction Target</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanRulesImpl extends EObjectImpl implements PlanRules {
	/**
	 * The default value of the '{@link #getOutputAverageGrowthMin() <em>Output Average Growth Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputAverageGrowthMin()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal OUTPUT_AVERAGE_GROWTH_MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutputAverageGrowthMin() <em>Output Average Growth Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputAverageGrowthMin()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal outputAverageGrowthMin = OUTPUT_AVERAGE_GROWTH_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRdAverageGrowthMin() <em>Rd Average Growth Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdAverageGrowthMin()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RD_AVERAGE_GROWTH_MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRdAverageGrowthMin() <em>Rd Average Growth Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdAverageGrowthMin()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal rdAverageGrowthMin = RD_AVERAGE_GROWTH_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatentAverageGrowthMin() <em>Patent Average Growth Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatentAverageGrowthMin()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PATENT_AVERAGE_GROWTH_MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatentAverageGrowthMin() <em>Patent Average Growth Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatentAverageGrowthMin()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal patentAverageGrowthMin = PATENT_AVERAGE_GROWTH_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBenchmark() <em>Benchmark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenchmark()
	 * @generated
	 * @ordered
	 */
	protected static final BenchmarkKind BENCHMARK_EDEFAULT = BenchmarkKind.INDUSTRY_AVERAGE;

	/**
	 * The cached value of the '{@link #getBenchmark() <em>Benchmark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenchmark()
	 * @generated
	 * @ordered
	 */
	protected BenchmarkKind benchmark = BENCHMARK_EDEFAULT;

	/**
	 * The default value of the '{@link #getIiotPenetrationTarget() <em>Iiot Penetration Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIiotPenetrationTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal IIOT_PENETRATION_TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIiotPenetrationTarget() <em>Iiot Penetration Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIiotPenetrationTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal iiotPenetrationTarget = IIOT_PENETRATION_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getCo2ReductionTarget() <em>Co2 Reduction Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2ReductionTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CO2_REDUCTION_TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCo2ReductionTarget() <em>Co2 Reduction Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2ReductionTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal co2ReductionTarget = CO2_REDUCTION_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnergyReductionTarget() <em>Energy Reduction Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyReductionTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ENERGY_REDUCTION_TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnergyReductionTarget() <em>Energy Reduction Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyReductionTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal energyReductionTarget = ENERGY_REDUCTION_TARGET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanRulesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PLAN_RULES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getOutputAverageGrowthMin() {
		return outputAverageGrowthMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputAverageGrowthMin(BigDecimal newOutputAverageGrowthMin) {
		BigDecimal oldOutputAverageGrowthMin = outputAverageGrowthMin;
		outputAverageGrowthMin = newOutputAverageGrowthMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_RULES__OUTPUT_AVERAGE_GROWTH_MIN, oldOutputAverageGrowthMin, outputAverageGrowthMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRdAverageGrowthMin() {
		return rdAverageGrowthMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdAverageGrowthMin(BigDecimal newRdAverageGrowthMin) {
		BigDecimal oldRdAverageGrowthMin = rdAverageGrowthMin;
		rdAverageGrowthMin = newRdAverageGrowthMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_RULES__RD_AVERAGE_GROWTH_MIN, oldRdAverageGrowthMin, rdAverageGrowthMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPatentAverageGrowthMin() {
		return patentAverageGrowthMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatentAverageGrowthMin(BigDecimal newPatentAverageGrowthMin) {
		BigDecimal oldPatentAverageGrowthMin = patentAverageGrowthMin;
		patentAverageGrowthMin = newPatentAverageGrowthMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_RULES__PATENT_AVERAGE_GROWTH_MIN, oldPatentAverageGrowthMin, patentAverageGrowthMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BenchmarkKind getBenchmark() {
		return benchmark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBenchmark(BenchmarkKind newBenchmark) {
		BenchmarkKind oldBenchmark = benchmark;
		benchmark = newBenchmark == null ? BENCHMARK_EDEFAULT : newBenchmark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_RULES__BENCHMARK, oldBenchmark, benchmark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIiotPenetrationTarget() {
		return iiotPenetrationTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIiotPenetrationTarget(BigDecimal newIiotPenetrationTarget) {
		BigDecimal oldIiotPenetrationTarget = iiotPenetrationTarget;
		iiotPenetrationTarget = newIiotPenetrationTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_RULES__IIOT_PENETRATION_TARGET, oldIiotPenetrationTarget, iiotPenetrationTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCo2ReductionTarget() {
		return co2ReductionTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCo2ReductionTarget(BigDecimal newCo2ReductionTarget) {
		BigDecimal oldCo2ReductionTarget = co2ReductionTarget;
		co2ReductionTarget = newCo2ReductionTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_RULES__CO2_REDUCTION_TARGET, oldCo2ReductionTarget, co2ReductionTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getEnergyReductionTarget() {
		return energyReductionTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnergyReductionTarget(BigDecimal newEnergyReductionTarget) {
		BigDecimal oldEnergyReductionTarget = energyReductionTarget;
		energyReductionTarget = newEnergyReductionTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLAN_RULES__ENERGY_REDUCTION_TARGET, oldEnergyReductionTarget, energyReductionTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.PLAN_RULES__OUTPUT_AVERAGE_GROWTH_MIN:
				return getOutputAverageGrowthMin();
			case ClusterDeskPackage.PLAN_RULES__RD_AVERAGE_GROWTH_MIN:
				return getRdAverageGrowthMin();
			case ClusterDeskPackage.PLAN_RULES__PATENT_AVERAGE_GROWTH_MIN:
				return getPatentAverageGrowthMin();
			case ClusterDeskPackage.PLAN_RULES__BENCHMARK:
				return getBenchmark();
			case ClusterDeskPackage.PLAN_RULES__IIOT_PENETRATION_TARGET:
				return getIiotPenetrationTarget();
			case ClusterDeskPackage.PLAN_RULES__CO2_REDUCTION_TARGET:
				return getCo2ReductionTarget();
			case ClusterDeskPackage.PLAN_RULES__ENERGY_REDUCTION_TARGET:
				return getEnergyReductionTarget();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClusterDeskPackage.PLAN_RULES__OUTPUT_AVERAGE_GROWTH_MIN:
				setOutputAverageGrowthMin((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.PLAN_RULES__RD_AVERAGE_GROWTH_MIN:
				setRdAverageGrowthMin((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.PLAN_RULES__PATENT_AVERAGE_GROWTH_MIN:
				setPatentAverageGrowthMin((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.PLAN_RULES__BENCHMARK:
				setBenchmark((BenchmarkKind)newValue);
				return;
			case ClusterDeskPackage.PLAN_RULES__IIOT_PENETRATION_TARGET:
				setIiotPenetrationTarget((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.PLAN_RULES__CO2_REDUCTION_TARGET:
				setCo2ReductionTarget((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.PLAN_RULES__ENERGY_REDUCTION_TARGET:
				setEnergyReductionTarget((BigDecimal)newValue);
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
			case ClusterDeskPackage.PLAN_RULES__OUTPUT_AVERAGE_GROWTH_MIN:
				setOutputAverageGrowthMin(OUTPUT_AVERAGE_GROWTH_MIN_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_RULES__RD_AVERAGE_GROWTH_MIN:
				setRdAverageGrowthMin(RD_AVERAGE_GROWTH_MIN_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_RULES__PATENT_AVERAGE_GROWTH_MIN:
				setPatentAverageGrowthMin(PATENT_AVERAGE_GROWTH_MIN_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_RULES__BENCHMARK:
				setBenchmark(BENCHMARK_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_RULES__IIOT_PENETRATION_TARGET:
				setIiotPenetrationTarget(IIOT_PENETRATION_TARGET_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_RULES__CO2_REDUCTION_TARGET:
				setCo2ReductionTarget(CO2_REDUCTION_TARGET_EDEFAULT);
				return;
			case ClusterDeskPackage.PLAN_RULES__ENERGY_REDUCTION_TARGET:
				setEnergyReductionTarget(ENERGY_REDUCTION_TARGET_EDEFAULT);
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
			case ClusterDeskPackage.PLAN_RULES__OUTPUT_AVERAGE_GROWTH_MIN:
				return OUTPUT_AVERAGE_GROWTH_MIN_EDEFAULT == null ? outputAverageGrowthMin != null : !OUTPUT_AVERAGE_GROWTH_MIN_EDEFAULT.equals(outputAverageGrowthMin);
			case ClusterDeskPackage.PLAN_RULES__RD_AVERAGE_GROWTH_MIN:
				return RD_AVERAGE_GROWTH_MIN_EDEFAULT == null ? rdAverageGrowthMin != null : !RD_AVERAGE_GROWTH_MIN_EDEFAULT.equals(rdAverageGrowthMin);
			case ClusterDeskPackage.PLAN_RULES__PATENT_AVERAGE_GROWTH_MIN:
				return PATENT_AVERAGE_GROWTH_MIN_EDEFAULT == null ? patentAverageGrowthMin != null : !PATENT_AVERAGE_GROWTH_MIN_EDEFAULT.equals(patentAverageGrowthMin);
			case ClusterDeskPackage.PLAN_RULES__BENCHMARK:
				return benchmark != BENCHMARK_EDEFAULT;
			case ClusterDeskPackage.PLAN_RULES__IIOT_PENETRATION_TARGET:
				return IIOT_PENETRATION_TARGET_EDEFAULT == null ? iiotPenetrationTarget != null : !IIOT_PENETRATION_TARGET_EDEFAULT.equals(iiotPenetrationTarget);
			case ClusterDeskPackage.PLAN_RULES__CO2_REDUCTION_TARGET:
				return CO2_REDUCTION_TARGET_EDEFAULT == null ? co2ReductionTarget != null : !CO2_REDUCTION_TARGET_EDEFAULT.equals(co2ReductionTarget);
			case ClusterDeskPackage.PLAN_RULES__ENERGY_REDUCTION_TARGET:
				return ENERGY_REDUCTION_TARGET_EDEFAULT == null ? energyReductionTarget != null : !ENERGY_REDUCTION_TARGET_EDEFAULT.equals(energyReductionTarget);
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
		result.append(" (outputAverageGrowthMin: ");
		result.append(outputAverageGrowthMin);
		result.append(", rdAverageGrowthMin: ");
		result.append(rdAverageGrowthMin);
		result.append(", patentAverageGrowthMin: ");
		result.append(patentAverageGrowthMin);
		result.append(", benchmark: ");
		result.append(benchmark);
		result.append(", iiotPenetrationTarget: ");
		result.append(iiotPenetrationTarget);
		result.append(", co2ReductionTarget: ");
		result.append(co2ReductionTarget);
		result.append(", energyReductionTarget: ");
		result.append(energyReductionTarget);
		result.append(')');
		return result.toString();
	}

} //PlanRulesImpl
