/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.GovernanceSection;
import org.clusterdesk.model.GovernanceWork;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.PublicService;
import org.clusterdesk.model.PublicServicePlatformWork;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Governance Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.GovernanceSectionImpl#getAlliances <em>Alliances</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GovernanceSectionImpl#getEnvironmentNarrative <em>Environment Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GovernanceSectionImpl#getGovernanceWorks <em>Governance Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GovernanceSectionImpl#getNationalServicePlatforms <em>National Service Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GovernanceSectionImpl#getProvincialServicePlatforms <em>Provincial Service Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GovernanceSectionImpl#getOtherServicePlatforms <em>Other Service Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GovernanceSectionImpl#getPlatformWorks <em>Platform Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GovernanceSectionImpl#getPublicServices <em>Public Services</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernanceSectionImpl extends EvidenceHolderImpl implements GovernanceSection {
	/**
	 * The cached value of the '{@link #getAlliances() <em>Alliances</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlliances()
	 * @generated
	 * @ordered
	 */
	protected NamedCount alliances;

	/**
	 * The default value of the '{@link #getEnvironmentNarrative() <em>Environment Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironmentNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String ENVIRONMENT_NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnvironmentNarrative() <em>Environment Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironmentNarrative()
	 * @generated
	 * @ordered
	 */
	protected String environmentNarrative = ENVIRONMENT_NARRATIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGovernanceWorks() <em>Governance Works</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernanceWorks()
	 * @generated
	 * @ordered
	 */
	protected EList<GovernanceWork> governanceWorks;

	/**
	 * The cached value of the '{@link #getNationalServicePlatforms() <em>National Service Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalServicePlatforms()
	 * @generated
	 * @ordered
	 */
	protected NamedCount nationalServicePlatforms;

	/**
	 * The cached value of the '{@link #getProvincialServicePlatforms() <em>Provincial Service Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialServicePlatforms()
	 * @generated
	 * @ordered
	 */
	protected NamedCount provincialServicePlatforms;

	/**
	 * The cached value of the '{@link #getOtherServicePlatforms() <em>Other Service Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherServicePlatforms()
	 * @generated
	 * @ordered
	 */
	protected NamedCount otherServicePlatforms;

	/**
	 * The cached value of the '{@link #getPlatformWorks() <em>Platform Works</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatformWorks()
	 * @generated
	 * @ordered
	 */
	protected EList<PublicServicePlatformWork> platformWorks;

	/**
	 * The cached value of the '{@link #getPublicServices() <em>Public Services</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicServices()
	 * @generated
	 * @ordered
	 */
	protected EList<PublicService> publicServices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.GOVERNANCE_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getAlliances() {
		return alliances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAlliances(NamedCount newAlliances, NotificationChain msgs) {
		NamedCount oldAlliances = alliances;
		alliances = newAlliances;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES, oldAlliances, newAlliances);
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
	public void setAlliances(NamedCount newAlliances) {
		if (newAlliances != alliances) {
			NotificationChain msgs = null;
			if (alliances != null)
				msgs = ((InternalEObject)alliances).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES, null, msgs);
			if (newAlliances != null)
				msgs = ((InternalEObject)newAlliances).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES, null, msgs);
			msgs = basicSetAlliances(newAlliances, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES, newAlliances, newAlliances));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnvironmentNarrative() {
		return environmentNarrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvironmentNarrative(String newEnvironmentNarrative) {
		String oldEnvironmentNarrative = environmentNarrative;
		environmentNarrative = newEnvironmentNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE, oldEnvironmentNarrative, environmentNarrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GovernanceWork> getGovernanceWorks() {
		if (governanceWorks == null) {
			governanceWorks = new EDataTypeUniqueEList<GovernanceWork>(GovernanceWork.class, this, ClusterDeskPackage.GOVERNANCE_SECTION__GOVERNANCE_WORKS);
		}
		return governanceWorks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getNationalServicePlatforms() {
		return nationalServicePlatforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalServicePlatforms(NamedCount newNationalServicePlatforms, NotificationChain msgs) {
		NamedCount oldNationalServicePlatforms = nationalServicePlatforms;
		nationalServicePlatforms = newNationalServicePlatforms;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS, oldNationalServicePlatforms, newNationalServicePlatforms);
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
	public void setNationalServicePlatforms(NamedCount newNationalServicePlatforms) {
		if (newNationalServicePlatforms != nationalServicePlatforms) {
			NotificationChain msgs = null;
			if (nationalServicePlatforms != null)
				msgs = ((InternalEObject)nationalServicePlatforms).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS, null, msgs);
			if (newNationalServicePlatforms != null)
				msgs = ((InternalEObject)newNationalServicePlatforms).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS, null, msgs);
			msgs = basicSetNationalServicePlatforms(newNationalServicePlatforms, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS, newNationalServicePlatforms, newNationalServicePlatforms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getProvincialServicePlatforms() {
		return provincialServicePlatforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialServicePlatforms(NamedCount newProvincialServicePlatforms, NotificationChain msgs) {
		NamedCount oldProvincialServicePlatforms = provincialServicePlatforms;
		provincialServicePlatforms = newProvincialServicePlatforms;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS, oldProvincialServicePlatforms, newProvincialServicePlatforms);
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
	public void setProvincialServicePlatforms(NamedCount newProvincialServicePlatforms) {
		if (newProvincialServicePlatforms != provincialServicePlatforms) {
			NotificationChain msgs = null;
			if (provincialServicePlatforms != null)
				msgs = ((InternalEObject)provincialServicePlatforms).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS, null, msgs);
			if (newProvincialServicePlatforms != null)
				msgs = ((InternalEObject)newProvincialServicePlatforms).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS, null, msgs);
			msgs = basicSetProvincialServicePlatforms(newProvincialServicePlatforms, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS, newProvincialServicePlatforms, newProvincialServicePlatforms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getOtherServicePlatforms() {
		return otherServicePlatforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOtherServicePlatforms(NamedCount newOtherServicePlatforms, NotificationChain msgs) {
		NamedCount oldOtherServicePlatforms = otherServicePlatforms;
		otherServicePlatforms = newOtherServicePlatforms;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS, oldOtherServicePlatforms, newOtherServicePlatforms);
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
	public void setOtherServicePlatforms(NamedCount newOtherServicePlatforms) {
		if (newOtherServicePlatforms != otherServicePlatforms) {
			NotificationChain msgs = null;
			if (otherServicePlatforms != null)
				msgs = ((InternalEObject)otherServicePlatforms).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS, null, msgs);
			if (newOtherServicePlatforms != null)
				msgs = ((InternalEObject)newOtherServicePlatforms).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS, null, msgs);
			msgs = basicSetOtherServicePlatforms(newOtherServicePlatforms, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS, newOtherServicePlatforms, newOtherServicePlatforms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PublicServicePlatformWork> getPlatformWorks() {
		if (platformWorks == null) {
			platformWorks = new EDataTypeUniqueEList<PublicServicePlatformWork>(PublicServicePlatformWork.class, this, ClusterDeskPackage.GOVERNANCE_SECTION__PLATFORM_WORKS);
		}
		return platformWorks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PublicService> getPublicServices() {
		if (publicServices == null) {
			publicServices = new EDataTypeUniqueEList<PublicService>(PublicService.class, this, ClusterDeskPackage.GOVERNANCE_SECTION__PUBLIC_SERVICES);
		}
		return publicServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES:
				return basicSetAlliances(null, msgs);
			case ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS:
				return basicSetNationalServicePlatforms(null, msgs);
			case ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS:
				return basicSetProvincialServicePlatforms(null, msgs);
			case ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS:
				return basicSetOtherServicePlatforms(null, msgs);
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
			case ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES:
				return getAlliances();
			case ClusterDeskPackage.GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE:
				return getEnvironmentNarrative();
			case ClusterDeskPackage.GOVERNANCE_SECTION__GOVERNANCE_WORKS:
				return getGovernanceWorks();
			case ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS:
				return getNationalServicePlatforms();
			case ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS:
				return getProvincialServicePlatforms();
			case ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS:
				return getOtherServicePlatforms();
			case ClusterDeskPackage.GOVERNANCE_SECTION__PLATFORM_WORKS:
				return getPlatformWorks();
			case ClusterDeskPackage.GOVERNANCE_SECTION__PUBLIC_SERVICES:
				return getPublicServices();
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
			case ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES:
				setAlliances((NamedCount)newValue);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE:
				setEnvironmentNarrative((String)newValue);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__GOVERNANCE_WORKS:
				getGovernanceWorks().clear();
				getGovernanceWorks().addAll((Collection<? extends GovernanceWork>)newValue);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS:
				setNationalServicePlatforms((NamedCount)newValue);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS:
				setProvincialServicePlatforms((NamedCount)newValue);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS:
				setOtherServicePlatforms((NamedCount)newValue);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__PLATFORM_WORKS:
				getPlatformWorks().clear();
				getPlatformWorks().addAll((Collection<? extends PublicServicePlatformWork>)newValue);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__PUBLIC_SERVICES:
				getPublicServices().clear();
				getPublicServices().addAll((Collection<? extends PublicService>)newValue);
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
			case ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES:
				setAlliances((NamedCount)null);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE:
				setEnvironmentNarrative(ENVIRONMENT_NARRATIVE_EDEFAULT);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__GOVERNANCE_WORKS:
				getGovernanceWorks().clear();
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS:
				setNationalServicePlatforms((NamedCount)null);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS:
				setProvincialServicePlatforms((NamedCount)null);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS:
				setOtherServicePlatforms((NamedCount)null);
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__PLATFORM_WORKS:
				getPlatformWorks().clear();
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__PUBLIC_SERVICES:
				getPublicServices().clear();
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
			case ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES:
				return alliances != null;
			case ClusterDeskPackage.GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE:
				return ENVIRONMENT_NARRATIVE_EDEFAULT == null ? environmentNarrative != null : !ENVIRONMENT_NARRATIVE_EDEFAULT.equals(environmentNarrative);
			case ClusterDeskPackage.GOVERNANCE_SECTION__GOVERNANCE_WORKS:
				return governanceWorks != null && !governanceWorks.isEmpty();
			case ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS:
				return nationalServicePlatforms != null;
			case ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS:
				return provincialServicePlatforms != null;
			case ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS:
				return otherServicePlatforms != null;
			case ClusterDeskPackage.GOVERNANCE_SECTION__PLATFORM_WORKS:
				return platformWorks != null && !platformWorks.isEmpty();
			case ClusterDeskPackage.GOVERNANCE_SECTION__PUBLIC_SERVICES:
				return publicServices != null && !publicServices.isEmpty();
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
		result.append(" (environmentNarrative: ");
		result.append(environmentNarrative);
		result.append(", governanceWorks: ");
		result.append(governanceWorks);
		result.append(", platformWorks: ");
		result.append(platformWorks);
		result.append(", publicServices: ");
		result.append(publicServices);
		result.append(')');
		return result.toString();
	}

} //GovernanceSectionImpl
