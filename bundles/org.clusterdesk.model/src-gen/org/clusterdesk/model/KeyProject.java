/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import java.time.YearMonth;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.KeyProject#getBuilder <em>Builder</em>}</li>
 *   <li>{@link org.clusterdesk.model.KeyProject#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.KeyProject#getInvestment <em>Investment</em>}</li>
 *   <li>{@link org.clusterdesk.model.KeyProject#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.clusterdesk.model.KeyProject#getPeriodEnd <em>Period End</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getKeyProject()
 * @model
 * @generated
 */
public interface KeyProject extends EObject {
	/**
	 * Returns the value of the '<em><b>Builder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Builder</em>' attribute.
	 * @see #setBuilder(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getKeyProject_Builder()
	 * @model
	 * @generated
	 */
	String getBuilder();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.KeyProject#getBuilder <em>Builder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Builder</em>' attribute.
	 * @see #getBuilder()
	 * @generated
	 */
	void setBuilder(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getKeyProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.KeyProject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Investment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Investment</em>' attribute.
	 * @see #setInvestment(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getKeyProject_Investment()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='WAN_YUAN'"
	 * @generated
	 */
	BigDecimal getInvestment();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.KeyProject#getInvestment <em>Investment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Investment</em>' attribute.
	 * @see #getInvestment()
	 * @generated
	 */
	void setInvestment(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(YearMonth)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getKeyProject_PeriodStart()
	 * @model dataType="org.clusterdesk.model.YearMonth"
	 * @generated
	 */
	YearMonth getPeriodStart();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.KeyProject#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(YearMonth)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getKeyProject_PeriodEnd()
	 * @model dataType="org.clusterdesk.model.YearMonth"
	 * @generated
	 */
	YearMonth getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.KeyProject#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(YearMonth value);

} // KeyProject
