/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import java.time.YearMonth;
import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.Project#getBuilder <em>Builder</em>}</li>
 *   <li>{@link org.clusterdesk.model.Project#getInvestment <em>Investment</em>}</li>
 *   <li>{@link org.clusterdesk.model.Project#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.clusterdesk.model.Project#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.clusterdesk.model.Project#isPeriodYearsOnly <em>Period Years Only</em>}</li>
 *   <li>{@link org.clusterdesk.model.Project#getContent <em>Content</em>}</li>
 *   <li>{@link org.clusterdesk.model.Project#getContact <em>Contact</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getProject()
 * @model abstract="true"
 * @generated
 */
public interface Project extends LibraryRow {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Builder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Builder</em>' attribute.
	 * @see #setBuilder(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProject_Builder()
	 * @model
	 * @generated
	 */
	String getBuilder();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Project#getBuilder <em>Builder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Builder</em>' attribute.
	 * @see #getBuilder()
	 * @generated
	 */
	void setBuilder(String value);

	/**
	 * Returns the value of the '<em><b>Investment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Investment</em>' attribute.
	 * @see #setInvestment(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProject_Investment()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	BigDecimal getInvestment();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Project#getInvestment <em>Investment</em>}' attribute.
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
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProject_PeriodStart()
	 * @model dataType="org.clusterdesk.model.YearMonth"
	 * @generated
	 */
	YearMonth getPeriodStart();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Project#getPeriodStart <em>Period Start</em>}' attribute.
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
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProject_PeriodEnd()
	 * @model dataType="org.clusterdesk.model.YearMonth"
	 * @generated
	 */
	YearMonth getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Project#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Period Years Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The construction period was given in years only (2024-2026): periodStart holds January of its year and periodEnd December of its year, and dates are compared with the period at year precision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Years Only</em>' attribute.
	 * @see #setPeriodYearsOnly(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProject_PeriodYearsOnly()
	 * @model
	 * @generated
	 */
	boolean isPeriodYearsOnly();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Project#isPeriodYearsOnly <em>Period Years Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Years Only</em>' attribute.
	 * @see #isPeriodYearsOnly()
	 * @generated
	 */
	void setPeriodYearsOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProject_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Project#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' containment reference.
	 * @see #setContact(Contact)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProject_Contact()
	 * @model containment="true"
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Project#getContact <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' containment reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C08: Projects: investment > 0, start inside the construction period, planned start after the report date.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C08(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Project
