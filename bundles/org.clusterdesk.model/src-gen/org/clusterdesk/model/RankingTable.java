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
 * A representation of the model object '<em><b>Ranking Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.RankingTable#getRows <em>Rows</em>}</li>
 *   <li>{@link org.clusterdesk.model.RankingTable#getTotal <em>Total</em>}</li>
 *   <li>{@link org.clusterdesk.model.RankingTable#getEvidencePage <em>Evidence Page</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getRankingTable()
 * @model
 * @generated
 */
public interface RankingTable extends EObject {
	/**
	 * Returns the value of the '<em><b>Rows</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.RankedEnterprise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getRankingTable_Rows()
	 * @model containment="true"
	 * @generated
	 */
	EList<RankedEnterprise> getRows();

	/**
	 * Returns the value of the '<em><b>Total</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total</em>' containment reference.
	 * @see #setTotal(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getRankingTable_Total()
	 * @model containment="true"
	 * @generated
	 */
	ComparedDecimal getTotal();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.RankingTable#getTotal <em>Total</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' containment reference.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Page</em>' attribute.
	 * @see #setEvidencePage(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getRankingTable_EvidencePage()
	 * @model
	 * @generated
	 */
	String getEvidencePage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.RankingTable#getEvidencePage <em>Evidence Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Page</em>' attribute.
	 * @see #getEvidencePage()
	 * @generated
	 */
	void setEvidencePage(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D08: sum of the rows.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedTotal(int year);

} // RankingTable
