/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Compared Decimal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A competition-report row: two years, the entered 增幅 and the evidence page (PXX).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ComparedDecimal#getGrowth <em>Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.ComparedDecimal#getEvidencePage <em>Evidence Page</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getComparedDecimal()
 * @model
 * @generated
 */
public interface ComparedDecimal extends YearlyDecimal {
	/**
	 * Returns the value of the '<em><b>Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Growth</em>' attribute.
	 * @see #setGrowth(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getComparedDecimal_Growth()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ComparedDecimal#getGrowth <em>Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Growth</em>' attribute.
	 * @see #getGrowth()
	 * @generated
	 */
	void setGrowth(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Page</em>' attribute.
	 * @see #setEvidencePage(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getComparedDecimal_EvidencePage()
	 * @model
	 * @generated
	 */
	String getEvidencePage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ComparedDecimal#getEvidencePage <em>Evidence Page</em>}' attribute.
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
	 * D08: (last - first) / first x 100.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedGrowth();

} // ComparedDecimal
