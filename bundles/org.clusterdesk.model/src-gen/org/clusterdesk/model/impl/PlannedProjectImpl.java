/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.time.YearMonth;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.PlannedProject;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planned Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.PlannedProjectImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PlannedProjectImpl#getPlannedStart <em>Planned Start</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlannedProjectImpl extends ProjectImpl implements PlannedProject {
	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth PLANNED_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected YearMonth plannedStart = PLANNED_START_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlannedProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PLANNED_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLANNED_PROJECT__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getPlannedStart() {
		return plannedStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedStart(YearMonth newPlannedStart) {
		YearMonth oldPlannedStart = plannedStart;
		plannedStart = newPlannedStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PLANNED_PROJECT__PLANNED_START, oldPlannedStart, plannedStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.PLANNED_PROJECT__LOCATION:
				return getLocation();
			case ClusterDeskPackage.PLANNED_PROJECT__PLANNED_START:
				return getPlannedStart();
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
			case ClusterDeskPackage.PLANNED_PROJECT__LOCATION:
				setLocation((String)newValue);
				return;
			case ClusterDeskPackage.PLANNED_PROJECT__PLANNED_START:
				setPlannedStart((YearMonth)newValue);
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
			case ClusterDeskPackage.PLANNED_PROJECT__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ClusterDeskPackage.PLANNED_PROJECT__PLANNED_START:
				setPlannedStart(PLANNED_START_EDEFAULT);
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
			case ClusterDeskPackage.PLANNED_PROJECT__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ClusterDeskPackage.PLANNED_PROJECT__PLANNED_START:
				return PLANNED_START_EDEFAULT == null ? plannedStart != null : !PLANNED_START_EDEFAULT.equals(plannedStart);
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
		result.append(" (location: ");
		result.append(location);
		result.append(", plannedStart: ");
		result.append(plannedStart);
		result.append(')');
		return result.toString();
	}

} //PlannedProjectImpl
