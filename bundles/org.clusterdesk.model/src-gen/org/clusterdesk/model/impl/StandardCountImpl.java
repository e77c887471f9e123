/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.StandardCategory;
import org.clusterdesk.model.StandardCount;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standard Count</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.StandardCountImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.StandardCountImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.StandardCountImpl#getLed <em>Led</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.StandardCountImpl#getParticipated <em>Participated</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StandardCountImpl extends EObjectImpl implements StandardCount {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final StandardCategory CATEGORY_EDEFAULT = StandardCategory.NONE;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected StandardCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLed() <em>Led</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLed()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLed() <em>Led</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLed()
	 * @generated
	 * @ordered
	 */
	protected Integer led = LED_EDEFAULT;

	/**
	 * The default value of the '{@link #getParticipated() <em>Participated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipated()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PARTICIPATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParticipated() <em>Participated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipated()
	 * @generated
	 * @ordered
	 */
	protected Integer participated = PARTICIPATED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StandardCountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.STANDARD_COUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.STANDARD_COUNT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(StandardCategory newCategory) {
		StandardCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.STANDARD_COUNT__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLed() {
		return led;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLed(Integer newLed) {
		Integer oldLed = led;
		led = newLed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.STANDARD_COUNT__LED, oldLed, led));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getParticipated() {
		return participated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipated(Integer newParticipated) {
		Integer oldParticipated = participated;
		participated = newParticipated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.STANDARD_COUNT__PARTICIPATED, oldParticipated, participated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.STANDARD_COUNT__YEAR:
				return getYear();
			case ClusterDeskPackage.STANDARD_COUNT__CATEGORY:
				return getCategory();
			case ClusterDeskPackage.STANDARD_COUNT__LED:
				return getLed();
			case ClusterDeskPackage.STANDARD_COUNT__PARTICIPATED:
				return getParticipated();
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
			case ClusterDeskPackage.STANDARD_COUNT__YEAR:
				setYear((Integer)newValue);
				return;
			case ClusterDeskPackage.STANDARD_COUNT__CATEGORY:
				setCategory((StandardCategory)newValue);
				return;
			case ClusterDeskPackage.STANDARD_COUNT__LED:
				setLed((Integer)newValue);
				return;
			case ClusterDeskPackage.STANDARD_COUNT__PARTICIPATED:
				setParticipated((Integer)newValue);
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
			case ClusterDeskPackage.STANDARD_COUNT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.STANDARD_COUNT__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ClusterDeskPackage.STANDARD_COUNT__LED:
				setLed(LED_EDEFAULT);
				return;
			case ClusterDeskPackage.STANDARD_COUNT__PARTICIPATED:
				setParticipated(PARTICIPATED_EDEFAULT);
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
			case ClusterDeskPackage.STANDARD_COUNT__YEAR:
				return year != YEAR_EDEFAULT;
			case ClusterDeskPackage.STANDARD_COUNT__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case ClusterDeskPackage.STANDARD_COUNT__LED:
				return LED_EDEFAULT == null ? led != null : !LED_EDEFAULT.equals(led);
			case ClusterDeskPackage.STANDARD_COUNT__PARTICIPATED:
				return PARTICIPATED_EDEFAULT == null ? participated != null : !PARTICIPATED_EDEFAULT.equals(participated);
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
		result.append(" (year: ");
		result.append(year);
		result.append(", category: ");
		result.append(category);
		result.append(", led: ");
		result.append(led);
		result.append(", participated: ");
		result.append(participated);
		result.append(')');
		return result.toString();
	}

} //StandardCountImpl
