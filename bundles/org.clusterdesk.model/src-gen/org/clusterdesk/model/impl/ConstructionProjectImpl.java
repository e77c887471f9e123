/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.time.YearMonth;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ConstructionProject;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Construction Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ConstructionProjectImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ConstructionProjectImpl#getCounty <em>County</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ConstructionProjectImpl#getPark <em>Park</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ConstructionProjectImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ConstructionProjectImpl#getProgress <em>Progress</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConstructionProjectImpl extends ProjectImpl implements ConstructionProject {
	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCounty() <em>County</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounty()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCounty() <em>County</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounty()
	 * @generated
	 * @ordered
	 */
	protected String county = COUNTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPark() <em>Park</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPark()
	 * @generated
	 * @ordered
	 */
	protected static final String PARK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPark() <em>Park</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPark()
	 * @generated
	 * @ordered
	 */
	protected String park = PARK_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected YearMonth startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected static final String PROGRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected String progress = PROGRESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConstructionProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.CONSTRUCTION_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CONSTRUCTION_PROJECT__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCounty() {
		return county;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounty(String newCounty) {
		String oldCounty = county;
		county = newCounty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CONSTRUCTION_PROJECT__COUNTY, oldCounty, county));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPark() {
		return park;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPark(String newPark) {
		String oldPark = park;
		park = newPark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CONSTRUCTION_PROJECT__PARK, oldPark, park));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(YearMonth newStartDate) {
		YearMonth oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CONSTRUCTION_PROJECT__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProgress() {
		return progress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgress(String newProgress) {
		String oldProgress = progress;
		progress = newProgress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CONSTRUCTION_PROJECT__PROGRESS, oldProgress, progress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__CITY:
				return getCity();
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__COUNTY:
				return getCounty();
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__PARK:
				return getPark();
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__START_DATE:
				return getStartDate();
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__PROGRESS:
				return getProgress();
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
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__CITY:
				setCity((String)newValue);
				return;
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__COUNTY:
				setCounty((String)newValue);
				return;
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__PARK:
				setPark((String)newValue);
				return;
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__START_DATE:
				setStartDate((YearMonth)newValue);
				return;
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__PROGRESS:
				setProgress((String)newValue);
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
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__COUNTY:
				setCounty(COUNTY_EDEFAULT);
				return;
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__PARK:
				setPark(PARK_EDEFAULT);
				return;
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__PROGRESS:
				setProgress(PROGRESS_EDEFAULT);
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
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__COUNTY:
				return COUNTY_EDEFAULT == null ? county != null : !COUNTY_EDEFAULT.equals(county);
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__PARK:
				return PARK_EDEFAULT == null ? park != null : !PARK_EDEFAULT.equals(park);
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ClusterDeskPackage.CONSTRUCTION_PROJECT__PROGRESS:
				return PROGRESS_EDEFAULT == null ? progress != null : !PROGRESS_EDEFAULT.equals(progress);
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
		result.append(" (city: ");
		result.append(city);
		result.append(", county: ");
		result.append(county);
		result.append(", park: ");
		result.append(park);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", progress: ");
		result.append(progress);
		result.append(')');
		return result.toString();
	}

} //ConstructionProjectImpl
