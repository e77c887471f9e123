/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#getKind <em>Kind</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#isReduction <em>Reduction</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#getTarget <em>Target</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#getStageTargets <em>Stage Targets</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#getIndustryAverage <em>Industry Average</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanIndicator#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator()
 * @model
 * @generated
 */
public interface PlanIndicator extends EObject {
	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.PlanDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.clusterdesk.model.PlanDirection
	 * @see #setDirection(PlanDirection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_Direction()
	 * @model
	 * @generated
	 */
	PlanDirection getDirection();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanIndicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.clusterdesk.model.PlanDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(PlanDirection value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.PlanIndicatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.clusterdesk.model.PlanIndicatorKind
	 * @see #setKind(PlanIndicatorKind)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_Kind()
	 * @model
	 * @generated
	 */
	PlanIndicatorKind getKind();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanIndicator#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.clusterdesk.model.PlanIndicatorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PlanIndicatorKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanIndicator#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see org.clusterdesk.model.Unit
	 * @see #setUnit(Unit)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanIndicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see org.clusterdesk.model.Unit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Reduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower is better (CO2, energy per output): attainment is met at or below the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reduction</em>' attribute.
	 * @see #setReduction(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_Reduction()
	 * @model
	 * @generated
	 */
	boolean isReduction();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanIndicator#isReduction <em>Reduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reduction</em>' attribute.
	 * @see #isReduction()
	 * @generated
	 */
	void setReduction(boolean value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_Baseline()
	 * @model
	 * @generated
	 */
	BigDecimal getBaseline();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanIndicator#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_Target()
	 * @model
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanIndicator#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Stage Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.YearDecimal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage Targets</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_StageTargets()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearDecimal> getStageTargets();

	/**
	 * Returns the value of the '<em><b>Industry Average</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The industry average the filer states (P06-P08, national and Shaanxi).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Industry Average</em>' attribute.
	 * @see #setIndustryAverage(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_IndustryAverage()
	 * @model
	 * @generated
	 */
	BigDecimal getIndustryAverage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanIndicator#getIndustryAverage <em>Industry Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry Average</em>' attribute.
	 * @see #getIndustryAverage()
	 * @generated
	 */
	void setIndustryAverage(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicator_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanIndicator#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * (target / baseline)^(1/years) - 1 in percent, years = target year - baseline year.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal averageGrowth();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * (target - baseline) / baseline x 100.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal changeRate();

} // PlanIndicator
