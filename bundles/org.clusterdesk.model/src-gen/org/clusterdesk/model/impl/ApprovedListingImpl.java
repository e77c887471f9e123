/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.time.YearMonth;

import org.clusterdesk.model.AdministrativeLevel;
import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ListingKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Approved Listing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ApprovedListingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApprovedListingImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApprovedListingImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApprovedListingImpl#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApprovedListingImpl#getApprover <em>Approver</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApprovedListingImpl extends EObjectImpl implements ApprovedListing {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ListingKind KIND_EDEFAULT = ListingKind.NONE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ListingKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final AdministrativeLevel LEVEL_EDEFAULT = AdministrativeLevel.NONE;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth APPROVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected YearMonth approvedOn = APPROVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprover() <em>Approver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprover()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprover() <em>Approver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprover()
	 * @generated
	 * @ordered
	 */
	protected String approver = APPROVER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApprovedListingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.APPROVED_LISTING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ListingKind newKind) {
		ListingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPROVED_LISTING__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPROVED_LISTING__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(AdministrativeLevel newLevel) {
		AdministrativeLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPROVED_LISTING__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getApprovedOn() {
		return approvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedOn(YearMonth newApprovedOn) {
		YearMonth oldApprovedOn = approvedOn;
		approvedOn = newApprovedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPROVED_LISTING__APPROVED_ON, oldApprovedOn, approvedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprover() {
		return approver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprover(String newApprover) {
		String oldApprover = approver;
		approver = newApprover;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPROVED_LISTING__APPROVER, oldApprover, approver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.APPROVED_LISTING__KIND:
				return getKind();
			case ClusterDeskPackage.APPROVED_LISTING__NAME:
				return getName();
			case ClusterDeskPackage.APPROVED_LISTING__LEVEL:
				return getLevel();
			case ClusterDeskPackage.APPROVED_LISTING__APPROVED_ON:
				return getApprovedOn();
			case ClusterDeskPackage.APPROVED_LISTING__APPROVER:
				return getApprover();
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
			case ClusterDeskPackage.APPROVED_LISTING__KIND:
				setKind((ListingKind)newValue);
				return;
			case ClusterDeskPackage.APPROVED_LISTING__NAME:
				setName((String)newValue);
				return;
			case ClusterDeskPackage.APPROVED_LISTING__LEVEL:
				setLevel((AdministrativeLevel)newValue);
				return;
			case ClusterDeskPackage.APPROVED_LISTING__APPROVED_ON:
				setApprovedOn((YearMonth)newValue);
				return;
			case ClusterDeskPackage.APPROVED_LISTING__APPROVER:
				setApprover((String)newValue);
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
			case ClusterDeskPackage.APPROVED_LISTING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ClusterDeskPackage.APPROVED_LISTING__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClusterDeskPackage.APPROVED_LISTING__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case ClusterDeskPackage.APPROVED_LISTING__APPROVED_ON:
				setApprovedOn(APPROVED_ON_EDEFAULT);
				return;
			case ClusterDeskPackage.APPROVED_LISTING__APPROVER:
				setApprover(APPROVER_EDEFAULT);
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
			case ClusterDeskPackage.APPROVED_LISTING__KIND:
				return kind != KIND_EDEFAULT;
			case ClusterDeskPackage.APPROVED_LISTING__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClusterDeskPackage.APPROVED_LISTING__LEVEL:
				return level != LEVEL_EDEFAULT;
			case ClusterDeskPackage.APPROVED_LISTING__APPROVED_ON:
				return APPROVED_ON_EDEFAULT == null ? approvedOn != null : !APPROVED_ON_EDEFAULT.equals(approvedOn);
			case ClusterDeskPackage.APPROVED_LISTING__APPROVER:
				return APPROVER_EDEFAULT == null ? approver != null : !APPROVER_EDEFAULT.equals(approver);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", name: ");
		result.append(name);
		result.append(", level: ");
		result.append(level);
		result.append(", approvedOn: ");
		result.append(approvedOn);
		result.append(", approver: ");
		result.append(approver);
		result.append(')');
		return result.toString();
	}

} //ApprovedListingImpl
