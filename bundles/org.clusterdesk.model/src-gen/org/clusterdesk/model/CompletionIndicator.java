/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Completion Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.CompletionIndicator#getAchieved <em>Achieved</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompletionIndicator#getBaselineDescription <em>Baseline Description</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompletionIndicator#getAchievedDescription <em>Achieved Description</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getCompletionIndicator()
 * @model
 * @generated
 */
public interface CompletionIndicator extends PlanIndicator {
	/**
	 * Returns the value of the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Achieved</em>' attribute.
	 * @see #setAchieved(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompletionIndicator_Achieved()
	 * @model
	 * @generated
	 */
	BigDecimal getAchieved();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompletionIndicator#getAchieved <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achieved</em>' attribute.
	 * @see #getAchieved()
	 * @generated
	 */
	void setAchieved(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Baseline Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A qualitative (定性描述) indicator's baseline, as text; its target is the inherited description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Description</em>' attribute.
	 * @see #setBaselineDescription(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompletionIndicator_BaselineDescription()
	 * @model
	 * @generated
	 */
	String getBaselineDescription();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompletionIndicator#getBaselineDescription <em>Baseline Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Description</em>' attribute.
	 * @see #getBaselineDescription()
	 * @generated
	 */
	void setBaselineDescription(String value);

	/**
	 * Returns the value of the '<em><b>Achieved Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A qualitative (定性描述) indicator's achieved value, as text (P10 asks for it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Achieved Description</em>' attribute.
	 * @see #setAchievedDescription(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompletionIndicator_AchievedDescription()
	 * @model
	 * @generated
	 */
	String getAchievedDescription();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompletionIndicator#getAchievedDescription <em>Achieved Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achieved Description</em>' attribute.
	 * @see #getAchievedDescription()
	 * @generated
	 */
	void setAchievedDescription(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Direction-aware: a reduction is met at or below the target; null when a value is missing.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Boolean met();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Achieved / target x 100 (target / achieved for reductions).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal attainment();

} // CompletionIndicator
