/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The plan narrative (3000字以内 in all, G03) and its target table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.PlanSection#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanSection#getAchievements <em>Achievements</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanSection#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanSection#getApproach <em>Approach</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanSection#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanSection#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanSection#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanSection#getStageGoals <em>Stage Goals</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanSection#getKeyTasks <em>Key Tasks</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlanSection#getSafeguards <em>Safeguards</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection()
 * @model
 * @generated
 */
public interface PlanSection extends EObject {
	/**
	 * Returns the value of the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Introduction</em>' attribute.
	 * @see #setIntroduction(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_Introduction()
	 * @model
	 * @generated
	 */
	String getIntroduction();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanSection#getIntroduction <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Introduction</em>' attribute.
	 * @see #getIntroduction()
	 * @generated
	 */
	void setIntroduction(String value);

	/**
	 * Returns the value of the '<em><b>Achievements</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Achievements</em>' attribute.
	 * @see #setAchievements(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_Achievements()
	 * @model
	 * @generated
	 */
	String getAchievements();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanSection#getAchievements <em>Achievements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achievements</em>' attribute.
	 * @see #getAchievements()
	 * @generated
	 */
	void setAchievements(String value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' attribute.
	 * @see #setProblems(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_Problems()
	 * @model
	 * @generated
	 */
	String getProblems();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanSection#getProblems <em>Problems</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problems</em>' attribute.
	 * @see #getProblems()
	 * @generated
	 */
	void setProblems(String value);

	/**
	 * Returns the value of the '<em><b>Approach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approach</em>' attribute.
	 * @see #setApproach(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_Approach()
	 * @model
	 * @generated
	 */
	String getApproach();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanSection#getApproach <em>Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approach</em>' attribute.
	 * @see #getApproach()
	 * @generated
	 */
	void setApproach(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Year</em>' attribute.
	 * @see #setBaselineYear(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_BaselineYear()
	 * @model
	 * @generated
	 */
	Integer getBaselineYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanSection#getBaselineYear <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Year</em>' attribute.
	 * @see #getBaselineYear()
	 * @generated
	 */
	void setBaselineYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Year</em>' attribute.
	 * @see #setTargetYear(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_TargetYear()
	 * @model
	 * @generated
	 */
	Integer getTargetYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanSection#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.PlanIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanIndicator> getTargets();

	/**
	 * Returns the value of the '<em><b>Stage Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.StageGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage Goals</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_StageGoals()
	 * @model containment="true"
	 * @generated
	 */
	EList<StageGoal> getStageGoals();

	/**
	 * Returns the value of the '<em><b>Key Tasks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Tasks</em>' attribute.
	 * @see #setKeyTasks(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_KeyTasks()
	 * @model
	 * @generated
	 */
	String getKeyTasks();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanSection#getKeyTasks <em>Key Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Tasks</em>' attribute.
	 * @see #getKeyTasks()
	 * @generated
	 */
	void setKeyTasks(String value);

	/**
	 * Returns the value of the '<em><b>Safeguards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Safeguards</em>' attribute.
	 * @see #setSafeguards(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanSection_Safeguards()
	 * @model
	 * @generated
	 */
	String getSafeguards();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlanSection#getSafeguards <em>Safeguards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safeguards</em>' attribute.
	 * @see #getSafeguards()
	 * @generated
	 */
	void setSafeguards(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Characters of the whole plan text, whitespace not counted (G03).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	int narrativeLength();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	PlanIndicator targetOf(PlanIndicatorKind kind);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P01: Baseline and target year are the edition's.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P01(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P02: Output average growth baseline -> target >= the edition minimum.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P02(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P03: 优质中小企业数量 rises every stage year up to the target.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P03(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P04: R&D expenditure average growth >= the edition minimum.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P04(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P05: Valid invention patents average growth >= the edition minimum.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P05(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P06: IIoT penetration target meets the industry average or the edition target.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P06(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P07: CO2 reduction meets the industry average or the edition target.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P07(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P08: Energy per output reduction meets the industry average or the edition target.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P08(DiagnosticChain diagnostics, Map<Object, Object> context);

} // PlanSection
