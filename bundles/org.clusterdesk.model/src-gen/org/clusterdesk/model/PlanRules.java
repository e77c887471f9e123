/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Rules</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Requirements a-g of the plan remarks (P02-P08).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.PlanRules#getOutputAverageGrowthMin <em>Output Average Growth Min</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanRules#getRdAverageGrowthMin <em>Rd Average Growth Min</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanRules#getPatentAverageGrowthMin <em>Patent Average Growth Min</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanRules#getBenchmark <em>Benchmark</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanRules#getIiotPenetrationTarget <em>Iiot Penetration Target</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanRules#getCo2ReductionTarget <em>Co2 Reduction Target</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanRules#getEnergyReductionTarget <em>Energy Reduction Target</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanRules()
 * @model
 * @generated
 */
public interface PlanRules extends EObject {
	/**
	 * Returns the value of the '<em><b>Output Average Growth Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Average Growth Min</em>' attribute.
	 * @see #setOutputAverageGrowthMin(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanRules_OutputAverageGrowthMin()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getOutputAverageGrowthMin();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanRules#getOutputAverageGrowthMin <em>Output Average Growth Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Average Growth Min</em>' attribute.
	 * @see #getOutputAverageGrowthMin()
	 * @generated
	 */
	void setOutputAverageGrowthMin(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Rd Average Growth Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Average Growth Min</em>' attribute.
	 * @see #setRdAverageGrowthMin(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanRules_RdAverageGrowthMin()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getRdAverageGrowthMin();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanRules#getRdAverageGrowthMin <em>Rd Average Growth Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Average Growth Min</em>' attribute.
	 * @see #getRdAverageGrowthMin()
	 * @generated
	 */
	void setRdAverageGrowthMin(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Patent Average Growth Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patent Average Growth Min</em>' attribute.
	 * @see #setPatentAverageGrowthMin(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanRules_PatentAverageGrowthMin()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getPatentAverageGrowthMin();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanRules#getPatentAverageGrowthMin <em>Patent Average Growth Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patent Average Growth Min</em>' attribute.
	 * @see #getPatentAverageGrowthMin()
	 * @generated
	 */
	void setPatentAverageGrowthMin(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Benchmark</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.BenchmarkKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benchmark</em>' attribute.
	 * @see org.clusterdesk.model.BenchmarkKind
	 * @see #setBenchmark(BenchmarkKind)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanRules_Benchmark()
	 * @model
	 * @generated
	 */
	BenchmarkKind getBenchmark();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanRules#getBenchmark <em>Benchmark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benchmark</em>' attribute.
	 * @see org.clusterdesk.model.BenchmarkKind
	 * @see #getBenchmark()
	 * @generated
	 */
	void setBenchmark(BenchmarkKind value);

	/**
	 * Returns the value of the '<em><b>Iiot Penetration Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iiot Penetration Target</em>' attribute.
	 * @see #setIiotPenetrationTarget(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanRules_IiotPenetrationTarget()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getIiotPenetrationTarget();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanRules#getIiotPenetrationTarget <em>Iiot Penetration Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iiot Penetration Target</em>' attribute.
	 * @see #getIiotPenetrationTarget()
	 * @generated
	 */
	void setIiotPenetrationTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Co2 Reduction Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co2 Reduction Target</em>' attribute.
	 * @see #setCo2ReductionTarget(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanRules_Co2ReductionTarget()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getCo2ReductionTarget();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanRules#getCo2ReductionTarget <em>Co2 Reduction Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Co2 Reduction Target</em>' attribute.
	 * @see #getCo2ReductionTarget()
	 * @generated
	 */
	void setCo2ReductionTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Energy Reduction Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Energy Reduction Target</em>' attribute.
	 * @see #setEnergyReductionTarget(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanRules_EnergyReductionTarget()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getEnergyReductionTarget();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanRules#getEnergyReductionTarget <em>Energy Reduction Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Energy Reduction Target</em>' attribute.
	 * @see #getEnergyReductionTarget()
	 * @generated
	 */
	void setEnergyReductionTarget(BigDecimal value);

} // PlanRules
