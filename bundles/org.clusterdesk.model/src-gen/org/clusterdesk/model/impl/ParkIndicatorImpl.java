/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.YearlyDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Park Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ParkIndicatorImpl#getParkTotal <em>Park Total</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkIndicatorImpl#getClusterPart <em>Cluster Part</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkIndicatorImpl#getGrowth <em>Growth</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParkIndicatorImpl extends EObjectImpl implements ParkIndicator {
	/**
	 * The cached value of the '{@link #getParkTotal() <em>Park Total</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParkTotal()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal parkTotal;

	/**
	 * The cached value of the '{@link #getClusterPart() <em>Cluster Part</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterPart()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal clusterPart;

	/**
	 * The default value of the '{@link #getGrowth() <em>Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowth()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal GROWTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrowth() <em>Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowth()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal growth = GROWTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParkIndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PARK_INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getParkTotal() {
		return parkTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParkTotal(YearlyDecimal newParkTotal, NotificationChain msgs) {
		YearlyDecimal oldParkTotal = parkTotal;
		parkTotal = newParkTotal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK_INDICATOR__PARK_TOTAL, oldParkTotal, newParkTotal);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParkTotal(YearlyDecimal newParkTotal) {
		if (newParkTotal != parkTotal) {
			NotificationChain msgs = null;
			if (parkTotal != null)
				msgs = ((InternalEObject)parkTotal).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK_INDICATOR__PARK_TOTAL, null, msgs);
			if (newParkTotal != null)
				msgs = ((InternalEObject)newParkTotal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK_INDICATOR__PARK_TOTAL, null, msgs);
			msgs = basicSetParkTotal(newParkTotal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK_INDICATOR__PARK_TOTAL, newParkTotal, newParkTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getClusterPart() {
		return clusterPart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClusterPart(YearlyDecimal newClusterPart, NotificationChain msgs) {
		YearlyDecimal oldClusterPart = clusterPart;
		clusterPart = newClusterPart;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK_INDICATOR__CLUSTER_PART, oldClusterPart, newClusterPart);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClusterPart(YearlyDecimal newClusterPart) {
		if (newClusterPart != clusterPart) {
			NotificationChain msgs = null;
			if (clusterPart != null)
				msgs = ((InternalEObject)clusterPart).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK_INDICATOR__CLUSTER_PART, null, msgs);
			if (newClusterPart != null)
				msgs = ((InternalEObject)newClusterPart).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK_INDICATOR__CLUSTER_PART, null, msgs);
			msgs = basicSetClusterPart(newClusterPart, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK_INDICATOR__CLUSTER_PART, newClusterPart, newClusterPart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getGrowth() {
		return growth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrowth(BigDecimal newGrowth) {
		BigDecimal oldGrowth = growth;
		growth = newGrowth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK_INDICATOR__GROWTH, oldGrowth, growth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedGrowth() {
		return org.clusterdesk.model.derived.CompetitionFigures.parkGrowth(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.PARK_INDICATOR__PARK_TOTAL:
				return basicSetParkTotal(null, msgs);
			case ClusterDeskPackage.PARK_INDICATOR__CLUSTER_PART:
				return basicSetClusterPart(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.PARK_INDICATOR__PARK_TOTAL:
				return getParkTotal();
			case ClusterDeskPackage.PARK_INDICATOR__CLUSTER_PART:
				return getClusterPart();
			case ClusterDeskPackage.PARK_INDICATOR__GROWTH:
				return getGrowth();
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
			case ClusterDeskPackage.PARK_INDICATOR__PARK_TOTAL:
				setParkTotal((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.PARK_INDICATOR__CLUSTER_PART:
				setClusterPart((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.PARK_INDICATOR__GROWTH:
				setGrowth((BigDecimal)newValue);
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
			case ClusterDeskPackage.PARK_INDICATOR__PARK_TOTAL:
				setParkTotal((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.PARK_INDICATOR__CLUSTER_PART:
				setClusterPart((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.PARK_INDICATOR__GROWTH:
				setGrowth(GROWTH_EDEFAULT);
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
			case ClusterDeskPackage.PARK_INDICATOR__PARK_TOTAL:
				return parkTotal != null;
			case ClusterDeskPackage.PARK_INDICATOR__CLUSTER_PART:
				return clusterPart != null;
			case ClusterDeskPackage.PARK_INDICATOR__GROWTH:
				return GROWTH_EDEFAULT == null ? growth != null : !GROWTH_EDEFAULT.equals(growth);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ClusterDeskPackage.PARK_INDICATOR___COMPUTED_GROWTH:
				return computedGrowth();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (growth: ");
		result.append(growth);
		result.append(')');
		return result.toString();
	}

} //ParkIndicatorImpl
