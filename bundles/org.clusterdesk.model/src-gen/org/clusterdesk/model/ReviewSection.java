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
 * A representation of the model object '<em><b>Review Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ReviewSection#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.clusterdesk.model.ReviewSection#getCultivation <em>Cultivation</em>}</li>
 *   <li>{@link org.clusterdesk.model.ReviewSection#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.ReviewSection#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.ReviewSection#getCompletion <em>Completion</em>}</li>
 *   <li>{@link org.clusterdesk.model.ReviewSection#getNewPlan <em>New Plan</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getReviewSection()
 * @model
 * @generated
 */
public interface ReviewSection extends EObject {
	/**
	 * Returns the value of the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Introduction</em>' attribute.
	 * @see #setIntroduction(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getReviewSection_Introduction()
	 * @model
	 * @generated
	 */
	String getIntroduction();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ReviewSection#getIntroduction <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Introduction</em>' attribute.
	 * @see #getIntroduction()
	 * @generated
	 */
	void setIntroduction(String value);

	/**
	 * Returns the value of the '<em><b>Cultivation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cultivation</em>' attribute.
	 * @see #setCultivation(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getReviewSection_Cultivation()
	 * @model
	 * @generated
	 */
	String getCultivation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ReviewSection#getCultivation <em>Cultivation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cultivation</em>' attribute.
	 * @see #getCultivation()
	 * @generated
	 */
	void setCultivation(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Year</em>' attribute.
	 * @see #setBaselineYear(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getReviewSection_BaselineYear()
	 * @model
	 * @generated
	 */
	Integer getBaselineYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ReviewSection#getBaselineYear <em>Baseline Year</em>}' attribute.
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
	 * @see org.clusterdesk.model.ClusterDeskPackage#getReviewSection_TargetYear()
	 * @model
	 * @generated
	 */
	Integer getTargetYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ReviewSection#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Completion</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.CompletionIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completion</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getReviewSection_Completion()
	 * @model containment="true"
	 * @generated
	 */
	EList<CompletionIndicator> getCompletion();

	/**
	 * Returns the value of the '<em><b>New Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Plan</em>' containment reference.
	 * @see #setNewPlan(PlanSection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getReviewSection_NewPlan()
	 * @model containment="true"
	 * @generated
	 */
	PlanSection getNewPlan();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ReviewSection#getNewPlan <em>New Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Plan</em>' containment reference.
	 * @see #getNewPlan()
	 * @generated
	 */
	void setNewPlan(PlanSection value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	int unmetCount();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	int metCount();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P10: Every earlier plan indicator has an achieved value; unmet targets are listed.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P10(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ReviewSection
