/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Compared Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ComparedCount#getGrowth <em>Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.ComparedCount#getEvidencePage <em>Evidence Page</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getComparedCount()
 * @model
 * @generated
 */
public interface ComparedCount extends YearlyCount {
	/**
	 * Returns the value of the '<em><b>Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Growth</em>' attribute.
	 * @see #setGrowth(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getComparedCount_Growth()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ComparedCount#getGrowth <em>Growth</em>}' attribute.
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
	 * @see org.clusterdesk.model.ClusterDeskPackage#getComparedCount_EvidencePage()
	 * @model
	 * @generated
	 */
	String getEvidencePage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ComparedCount#getEvidencePage <em>Evidence Page</em>}' attribute.
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
	 * @model
	 * @generated
	 */
	BigDecimal computedGrowth();

} // ComparedCount
