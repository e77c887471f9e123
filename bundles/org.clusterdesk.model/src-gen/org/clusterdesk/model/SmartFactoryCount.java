/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Smart Factory Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.SmartFactoryCount#getYear <em>Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.SmartFactoryCount#getLeading <em>Leading</em>}</li>
 *   <li>{@link org.clusterdesk.model.SmartFactoryCount#getExcellent <em>Excellent</em>}</li>
 *   <li>{@link org.clusterdesk.model.SmartFactoryCount#getAdvanced <em>Advanced</em>}</li>
 *   <li>{@link org.clusterdesk.model.SmartFactoryCount#getBasic <em>Basic</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getSmartFactoryCount()
 * @model
 * @generated
 */
public interface SmartFactoryCount extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getSmartFactoryCount_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.SmartFactoryCount#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leading</em>' attribute.
	 * @see #setLeading(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getSmartFactoryCount_Leading()
	 * @model
	 * @generated
	 */
	Integer getLeading();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.SmartFactoryCount#getLeading <em>Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading</em>' attribute.
	 * @see #getLeading()
	 * @generated
	 */
	void setLeading(Integer value);

	/**
	 * Returns the value of the '<em><b>Excellent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Excellent</em>' attribute.
	 * @see #setExcellent(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getSmartFactoryCount_Excellent()
	 * @model
	 * @generated
	 */
	Integer getExcellent();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.SmartFactoryCount#getExcellent <em>Excellent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Excellent</em>' attribute.
	 * @see #getExcellent()
	 * @generated
	 */
	void setExcellent(Integer value);

	/**
	 * Returns the value of the '<em><b>Advanced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Advanced</em>' attribute.
	 * @see #setAdvanced(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getSmartFactoryCount_Advanced()
	 * @model
	 * @generated
	 */
	Integer getAdvanced();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.SmartFactoryCount#getAdvanced <em>Advanced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advanced</em>' attribute.
	 * @see #getAdvanced()
	 * @generated
	 */
	void setAdvanced(Integer value);

	/**
	 * Returns the value of the '<em><b>Basic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basic</em>' attribute.
	 * @see #setBasic(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getSmartFactoryCount_Basic()
	 * @model
	 * @generated
	 */
	Integer getBasic();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.SmartFactoryCount#getBasic <em>Basic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basic</em>' attribute.
	 * @see #getBasic()
	 * @generated
	 */
	void setBasic(Integer value);

} // SmartFactoryCount
