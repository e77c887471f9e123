/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Park Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ParkIndicator#getParkTotal <em>Park Total</em>}</li>
 *   <li>{@link org.clusterdesk.model.ParkIndicator#getClusterPart <em>Cluster Part</em>}</li>
 *   <li>{@link org.clusterdesk.model.ParkIndicator#getGrowth <em>Growth</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getParkIndicator()
 * @model
 * @generated
 */
public interface ParkIndicator extends EObject {
	/**
	 * Returns the value of the '<em><b>Park Total</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Park Total</em>' containment reference.
	 * @see #setParkTotal(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getParkIndicator_ParkTotal()
	 * @model containment="true"
	 * @generated
	 */
	YearlyDecimal getParkTotal();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ParkIndicator#getParkTotal <em>Park Total</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Park Total</em>' containment reference.
	 * @see #getParkTotal()
	 * @generated
	 */
	void setParkTotal(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Cluster Part</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster Part</em>' containment reference.
	 * @see #setClusterPart(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getParkIndicator_ClusterPart()
	 * @model containment="true"
	 * @generated
	 */
	YearlyDecimal getClusterPart();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ParkIndicator#getClusterPart <em>Cluster Part</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster Part</em>' containment reference.
	 * @see #getClusterPart()
	 * @generated
	 */
	void setClusterPart(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Growth</em>' attribute.
	 * @see #setGrowth(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getParkIndicator_Growth()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ParkIndicator#getGrowth <em>Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Growth</em>' attribute.
	 * @see #getGrowth()
	 * @generated
	 */
	void setGrowth(BigDecimal value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedGrowth();

} // ParkIndicator
