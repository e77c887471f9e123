/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Economic Indicators</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.EconomicIndicators#getOutput <em>Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.EconomicIndicators#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.clusterdesk.model.EconomicIndicators#getSmeOutputShare <em>Sme Output Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.EconomicIndicators#getProfit <em>Profit</em>}</li>
 *   <li>{@link org.clusterdesk.model.EconomicIndicators#getTax <em>Tax</em>}</li>
 *   <li>{@link org.clusterdesk.model.EconomicIndicators#getTrade <em>Trade</em>}</li>
 *   <li>{@link org.clusterdesk.model.EconomicIndicators#getForeignCapital <em>Foreign Capital</em>}</li>
 *   <li>{@link org.clusterdesk.model.EconomicIndicators#getProjectInvestment <em>Project Investment</em>}</li>
 *   <li>{@link org.clusterdesk.model.EconomicIndicators#getEmployees <em>Employees</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators()
 * @model
 * @generated
 */
public interface EconomicIndicators extends EObject {
	/**
	 * Returns the value of the '<em><b>Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output</em>' containment reference.
	 * @see #setOutput(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators_Output()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ComparedDecimal getOutput();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EconomicIndicators#getOutput <em>Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' containment reference.
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Revenue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revenue</em>' containment reference.
	 * @see #setRevenue(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators_Revenue()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ComparedDecimal getRevenue();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EconomicIndicators#getRevenue <em>Revenue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revenue</em>' containment reference.
	 * @see #getRevenue()
	 * @generated
	 */
	void setRevenue(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Sme Output Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sme Output Share</em>' containment reference.
	 * @see #setSmeOutputShare(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators_SmeOutputShare()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	ComparedDecimal getSmeOutputShare();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EconomicIndicators#getSmeOutputShare <em>Sme Output Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sme Output Share</em>' containment reference.
	 * @see #getSmeOutputShare()
	 * @generated
	 */
	void setSmeOutputShare(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Profit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profit</em>' containment reference.
	 * @see #setProfit(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators_Profit()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ComparedDecimal getProfit();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EconomicIndicators#getProfit <em>Profit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profit</em>' containment reference.
	 * @see #getProfit()
	 * @generated
	 */
	void setProfit(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Tax</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tax</em>' containment reference.
	 * @see #setTax(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators_Tax()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ComparedDecimal getTax();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EconomicIndicators#getTax <em>Tax</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tax</em>' containment reference.
	 * @see #getTax()
	 * @generated
	 */
	void setTax(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Trade</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trade</em>' containment reference.
	 * @see #setTrade(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators_Trade()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_USD'"
	 * @generated
	 */
	ComparedDecimal getTrade();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EconomicIndicators#getTrade <em>Trade</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trade</em>' containment reference.
	 * @see #getTrade()
	 * @generated
	 */
	void setTrade(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Foreign Capital</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Foreign Capital</em>' containment reference.
	 * @see #setForeignCapital(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators_ForeignCapital()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_USD'"
	 * @generated
	 */
	ComparedDecimal getForeignCapital();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EconomicIndicators#getForeignCapital <em>Foreign Capital</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreign Capital</em>' containment reference.
	 * @see #getForeignCapital()
	 * @generated
	 */
	void setForeignCapital(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Project Investment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project Investment</em>' containment reference.
	 * @see #setProjectInvestment(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators_ProjectInvestment()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ComparedDecimal getProjectInvestment();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EconomicIndicators#getProjectInvestment <em>Project Investment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Investment</em>' containment reference.
	 * @see #getProjectInvestment()
	 * @generated
	 */
	void setProjectInvestment(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Employees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employees</em>' containment reference.
	 * @see #setEmployees(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEconomicIndicators_Employees()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERSON'"
	 * @generated
	 */
	ComparedCount getEmployees();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EconomicIndicators#getEmployees <em>Employees</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employees</em>' containment reference.
	 * @see #getEmployees()
	 * @generated
	 */
	void setEmployees(ComparedCount value);

} // EconomicIndicators
