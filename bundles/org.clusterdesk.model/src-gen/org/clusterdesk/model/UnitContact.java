/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unit Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.UnitContact#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.UnitContact#getHead <em>Head</em>}</li>
 *   <li>{@link org.clusterdesk.model.UnitContact#getHeadPhone <em>Head Phone</em>}</li>
 *   <li>{@link org.clusterdesk.model.UnitContact#getContact <em>Contact</em>}</li>
 *   <li>{@link org.clusterdesk.model.UnitContact#getContactPhone <em>Contact Phone</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getUnitContact()
 * @model
 * @generated
 */
public interface UnitContact extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getUnitContact_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.UnitContact#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Head</em>' attribute.
	 * @see #setHead(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getUnitContact_Head()
	 * @model
	 * @generated
	 */
	String getHead();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.UnitContact#getHead <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head</em>' attribute.
	 * @see #getHead()
	 * @generated
	 */
	void setHead(String value);

	/**
	 * Returns the value of the '<em><b>Head Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Head Phone</em>' attribute.
	 * @see #setHeadPhone(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getUnitContact_HeadPhone()
	 * @model
	 * @generated
	 */
	String getHeadPhone();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.UnitContact#getHeadPhone <em>Head Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head Phone</em>' attribute.
	 * @see #getHeadPhone()
	 * @generated
	 */
	void setHeadPhone(String value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' attribute.
	 * @see #setContact(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getUnitContact_Contact()
	 * @model
	 * @generated
	 */
	String getContact();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.UnitContact#getContact <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' attribute.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(String value);

	/**
	 * Returns the value of the '<em><b>Contact Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact Phone</em>' attribute.
	 * @see #setContactPhone(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getUnitContact_ContactPhone()
	 * @model
	 * @generated
	 */
	String getContactPhone();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.UnitContact#getContactPhone <em>Contact Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Phone</em>' attribute.
	 * @see #getContactPhone()
	 * @generated
	 */
	void setContactPhone(String value);

} // UnitContact
