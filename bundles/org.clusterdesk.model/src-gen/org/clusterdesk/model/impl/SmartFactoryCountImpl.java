/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.SmartFactoryCount;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Smart Factory Count</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.SmartFactoryCountImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.SmartFactoryCountImpl#getLeading <em>Leading</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.SmartFactoryCountImpl#getExcellent <em>Excellent</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.SmartFactoryCountImpl#getAdvanced <em>Advanced</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.SmartFactoryCountImpl#getBasic <em>Basic</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SmartFactoryCountImpl extends EObjectImpl implements SmartFactoryCount {
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
	 * The default value of the '{@link #getLeading() <em>Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeading()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LEADING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeading() <em>Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeading()
	 * @generated
	 * @ordered
	 */
	protected Integer leading = LEADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getExcellent() <em>Excellent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcellent()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXCELLENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExcellent() <em>Excellent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcellent()
	 * @generated
	 * @ordered
	 */
	protected Integer excellent = EXCELLENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdvanced() <em>Advanced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvanced()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ADVANCED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdvanced() <em>Advanced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvanced()
	 * @generated
	 * @ordered
	 */
	protected Integer advanced = ADVANCED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasic() <em>Basic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasic()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BASIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasic() <em>Basic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasic()
	 * @generated
	 * @ordered
	 */
	protected Integer basic = BASIC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SmartFactoryCountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.SMART_FACTORY_COUNT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.SMART_FACTORY_COUNT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLeading() {
		return leading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeading(Integer newLeading) {
		Integer oldLeading = leading;
		leading = newLeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.SMART_FACTORY_COUNT__LEADING, oldLeading, leading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getExcellent() {
		return excellent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcellent(Integer newExcellent) {
		Integer oldExcellent = excellent;
		excellent = newExcellent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.SMART_FACTORY_COUNT__EXCELLENT, oldExcellent, excellent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAdvanced() {
		return advanced;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdvanced(Integer newAdvanced) {
		Integer oldAdvanced = advanced;
		advanced = newAdvanced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.SMART_FACTORY_COUNT__ADVANCED, oldAdvanced, advanced));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBasic() {
		return basic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasic(Integer newBasic) {
		Integer oldBasic = basic;
		basic = newBasic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.SMART_FACTORY_COUNT__BASIC, oldBasic, basic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.SMART_FACTORY_COUNT__YEAR:
				return getYear();
			case ClusterDeskPackage.SMART_FACTORY_COUNT__LEADING:
				return getLeading();
			case ClusterDeskPackage.SMART_FACTORY_COUNT__EXCELLENT:
				return getExcellent();
			case ClusterDeskPackage.SMART_FACTORY_COUNT__ADVANCED:
				return getAdvanced();
			case ClusterDeskPackage.SMART_FACTORY_COUNT__BASIC:
				return getBasic();
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
			case ClusterDeskPackage.SMART_FACTORY_COUNT__YEAR:
				setYear((Integer)newValue);
				return;
			case ClusterDeskPackage.SMART_FACTORY_COUNT__LEADING:
				setLeading((Integer)newValue);
				return;
			case ClusterDeskPackage.SMART_FACTORY_COUNT__EXCELLENT:
				setExcellent((Integer)newValue);
				return;
			case ClusterDeskPackage.SMART_FACTORY_COUNT__ADVANCED:
				setAdvanced((Integer)newValue);
				return;
			case ClusterDeskPackage.SMART_FACTORY_COUNT__BASIC:
				setBasic((Integer)newValue);
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
			case ClusterDeskPackage.SMART_FACTORY_COUNT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.SMART_FACTORY_COUNT__LEADING:
				setLeading(LEADING_EDEFAULT);
				return;
			case ClusterDeskPackage.SMART_FACTORY_COUNT__EXCELLENT:
				setExcellent(EXCELLENT_EDEFAULT);
				return;
			case ClusterDeskPackage.SMART_FACTORY_COUNT__ADVANCED:
				setAdvanced(ADVANCED_EDEFAULT);
				return;
			case ClusterDeskPackage.SMART_FACTORY_COUNT__BASIC:
				setBasic(BASIC_EDEFAULT);
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
			case ClusterDeskPackage.SMART_FACTORY_COUNT__YEAR:
				return year != YEAR_EDEFAULT;
			case ClusterDeskPackage.SMART_FACTORY_COUNT__LEADING:
				return LEADING_EDEFAULT == null ? leading != null : !LEADING_EDEFAULT.equals(leading);
			case ClusterDeskPackage.SMART_FACTORY_COUNT__EXCELLENT:
				return EXCELLENT_EDEFAULT == null ? excellent != null : !EXCELLENT_EDEFAULT.equals(excellent);
			case ClusterDeskPackage.SMART_FACTORY_COUNT__ADVANCED:
				return ADVANCED_EDEFAULT == null ? advanced != null : !ADVANCED_EDEFAULT.equals(advanced);
			case ClusterDeskPackage.SMART_FACTORY_COUNT__BASIC:
				return BASIC_EDEFAULT == null ? basic != null : !BASIC_EDEFAULT.equals(basic);
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
		result.append(", leading: ");
		result.append(leading);
		result.append(", excellent: ");
		result.append(excellent);
		result.append(", advanced: ");
		result.append(advanced);
		result.append(", basic: ");
		result.append(basic);
		result.append(')');
		return result.toString();
	}

} //SmartFactoryCountImpl
