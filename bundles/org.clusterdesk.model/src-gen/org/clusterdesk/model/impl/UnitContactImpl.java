/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.UnitContact;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Unit Contact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.UnitContactImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.UnitContactImpl#getHead <em>Head</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.UnitContactImpl#getHeadPhone <em>Head Phone</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.UnitContactImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.UnitContactImpl#getContactPhone <em>Contact Phone</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnitContactImpl extends EObjectImpl implements UnitContact {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected static final String HEAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected String head = HEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeadPhone() <em>Head Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String HEAD_PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeadPhone() <em>Head Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadPhone()
	 * @generated
	 * @ordered
	 */
	protected String headPhone = HEAD_PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContact() <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected String contact = CONTACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactPhone() <em>Contact Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactPhone() <em>Contact Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactPhone()
	 * @generated
	 * @ordered
	 */
	protected String contactPhone = CONTACT_PHONE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnitContactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.UNIT_CONTACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.UNIT_CONTACT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHead() {
		return head;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHead(String newHead) {
		String oldHead = head;
		head = newHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.UNIT_CONTACT__HEAD, oldHead, head));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeadPhone() {
		return headPhone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadPhone(String newHeadPhone) {
		String oldHeadPhone = headPhone;
		headPhone = newHeadPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.UNIT_CONTACT__HEAD_PHONE, oldHeadPhone, headPhone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(String newContact) {
		String oldContact = contact;
		contact = newContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.UNIT_CONTACT__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContactPhone() {
		return contactPhone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactPhone(String newContactPhone) {
		String oldContactPhone = contactPhone;
		contactPhone = newContactPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.UNIT_CONTACT__CONTACT_PHONE, oldContactPhone, contactPhone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.UNIT_CONTACT__NAME:
				return getName();
			case ClusterDeskPackage.UNIT_CONTACT__HEAD:
				return getHead();
			case ClusterDeskPackage.UNIT_CONTACT__HEAD_PHONE:
				return getHeadPhone();
			case ClusterDeskPackage.UNIT_CONTACT__CONTACT:
				return getContact();
			case ClusterDeskPackage.UNIT_CONTACT__CONTACT_PHONE:
				return getContactPhone();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClusterDeskPackage.UNIT_CONTACT__NAME:
				setName((String)newValue);
				return;
			case ClusterDeskPackage.UNIT_CONTACT__HEAD:
				setHead((String)newValue);
				return;
			case ClusterDeskPackage.UNIT_CONTACT__HEAD_PHONE:
				setHeadPhone((String)newValue);
				return;
			case ClusterDeskPackage.UNIT_CONTACT__CONTACT:
				setContact((String)newValue);
				return;
			case ClusterDeskPackage.UNIT_CONTACT__CONTACT_PHONE:
				setContactPhone((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ClusterDeskPackage.UNIT_CONTACT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClusterDeskPackage.UNIT_CONTACT__HEAD:
				setHead(HEAD_EDEFAULT);
				return;
			case ClusterDeskPackage.UNIT_CONTACT__HEAD_PHONE:
				setHeadPhone(HEAD_PHONE_EDEFAULT);
				return;
			case ClusterDeskPackage.UNIT_CONTACT__CONTACT:
				setContact(CONTACT_EDEFAULT);
				return;
			case ClusterDeskPackage.UNIT_CONTACT__CONTACT_PHONE:
				setContactPhone(CONTACT_PHONE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ClusterDeskPackage.UNIT_CONTACT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClusterDeskPackage.UNIT_CONTACT__HEAD:
				return HEAD_EDEFAULT == null ? head != null : !HEAD_EDEFAULT.equals(head);
			case ClusterDeskPackage.UNIT_CONTACT__HEAD_PHONE:
				return HEAD_PHONE_EDEFAULT == null ? headPhone != null : !HEAD_PHONE_EDEFAULT.equals(headPhone);
			case ClusterDeskPackage.UNIT_CONTACT__CONTACT:
				return CONTACT_EDEFAULT == null ? contact != null : !CONTACT_EDEFAULT.equals(contact);
			case ClusterDeskPackage.UNIT_CONTACT__CONTACT_PHONE:
				return CONTACT_PHONE_EDEFAULT == null ? contactPhone != null : !CONTACT_PHONE_EDEFAULT.equals(contactPhone);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", head: ");
		result.append(head);
		result.append(", headPhone: ");
		result.append(headPhone);
		result.append(", contact: ");
		result.append(contact);
		result.append(", contactPhone: ");
		result.append(contactPhone);
		result.append(')');
		return result.toString();
	}

} //UnitContactImpl
