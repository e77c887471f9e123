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
