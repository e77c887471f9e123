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
 * A representation of the model object '<em><b>Yearly Decimal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A yearly row of a table, keyed by year (D01, D02, G11).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.YearlyDecimal#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getYearlyDecimal()
 * @model
 * @generated
 */
public interface YearlyDecimal extends EObject {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.YearDecimal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getYearlyDecimal_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearDecimal> getValues();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal valueOf(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	void put(int year, BigDecimal value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	EList<Integer> years();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D01: (v_y - v_{y-1}) / v_{y-1} x 100, unrounded; null when a value is missing or v_{y-1} is 0.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal growth(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D02: (v_last / v_first)^(1/(n-1)) - 1, in percent.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal averageGrowth();

} // YearlyDecimal
