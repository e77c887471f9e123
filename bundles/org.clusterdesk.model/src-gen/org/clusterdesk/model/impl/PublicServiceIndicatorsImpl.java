/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.util.Collection;

import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.PublicServiceIndicators;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Public Service Indicators</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.PublicServiceIndicatorsImpl#getNationalPlatforms <em>National Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PublicServiceIndicatorsImpl#getProvincialPlatforms <em>Provincial Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PublicServiceIndicatorsImpl#getPlatforms <em>Platforms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PublicServiceIndicatorsImpl extends EObjectImpl implements PublicServiceIndicators {
	/**
	 * The cached value of the '{@link #getNationalPlatforms() <em>National Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalPlatforms()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount nationalPlatforms;

	/**
	 * The cached value of the '{@link #getProvincialPlatforms() <em>Provincial Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialPlatforms()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount provincialPlatforms;

	/**
	 * The cached value of the '{@link #getPlatforms() <em>Platforms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatforms()
	 * @generated
	 * @ordered
	 */
	protected EList<ApprovedListing> platforms;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PublicServiceIndicatorsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PUBLIC_SERVICE_INDICATORS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getNationalPlatforms() {
		return nationalPlatforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalPlatforms(ComparedCount newNationalPlatforms, NotificationChain msgs) {
		ComparedCount oldNationalPlatforms = nationalPlatforms;
		nationalPlatforms = newNationalPlatforms;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS, oldNationalPlatforms, newNationalPlatforms);
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
	public void setNationalPlatforms(ComparedCount newNationalPlatforms) {
		if (newNationalPlatforms != nationalPlatforms) {
			NotificationChain msgs = null;
			if (nationalPlatforms != null)
				msgs = ((InternalEObject)nationalPlatforms).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS, null, msgs);
			if (newNationalPlatforms != null)
				msgs = ((InternalEObject)newNationalPlatforms).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS, null, msgs);
			msgs = basicSetNationalPlatforms(newNationalPlatforms, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS, newNationalPlatforms, newNationalPlatforms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getProvincialPlatforms() {
		return provincialPlatforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialPlatforms(ComparedCount newProvincialPlatforms, NotificationChain msgs) {
		ComparedCount oldProvincialPlatforms = provincialPlatforms;
		provincialPlatforms = newProvincialPlatforms;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS, oldProvincialPlatforms, newProvincialPlatforms);
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
	public void setProvincialPlatforms(ComparedCount newProvincialPlatforms) {
		if (newProvincialPlatforms != provincialPlatforms) {
			NotificationChain msgs = null;
			if (provincialPlatforms != null)
				msgs = ((InternalEObject)provincialPlatforms).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS, null, msgs);
			if (newProvincialPlatforms != null)
				msgs = ((InternalEObject)newProvincialPlatforms).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS, null, msgs);
			msgs = basicSetProvincialPlatforms(newProvincialPlatforms, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS, newProvincialPlatforms, newProvincialPlatforms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApprovedListing> getPlatforms() {
		if (platforms == null) {
			platforms = new EObjectContainmentEList<ApprovedListing>(ApprovedListing.class, this, ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PLATFORMS);
		}
		return platforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS:
				return basicSetNationalPlatforms(null, msgs);
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS:
				return basicSetProvincialPlatforms(null, msgs);
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PLATFORMS:
				return ((InternalEList<?>)getPlatforms()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS:
				return getNationalPlatforms();
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS:
				return getProvincialPlatforms();
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PLATFORMS:
				return getPlatforms();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS:
				setNationalPlatforms((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS:
				setProvincialPlatforms((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PLATFORMS:
				getPlatforms().clear();
				getPlatforms().addAll((Collection<? extends ApprovedListing>)newValue);
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
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS:
				setNationalPlatforms((ComparedCount)null);
				return;
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS:
				setProvincialPlatforms((ComparedCount)null);
				return;
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PLATFORMS:
				getPlatforms().clear();
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
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS:
				return nationalPlatforms != null;
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS:
				return provincialPlatforms != null;
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS__PLATFORMS:
				return platforms != null && !platforms.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PublicServiceIndicatorsImpl
