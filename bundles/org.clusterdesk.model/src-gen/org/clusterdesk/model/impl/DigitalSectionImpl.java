/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.DigitalSection;
import org.clusterdesk.model.DigitalServiceWork;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.NewModelWork;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.YesNo;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Digital Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getCloudSmes <em>Cloud Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getCloudRatio <em>Cloud Ratio</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getIiotSmes <em>Iiot Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getIiotPenetration <em>Iiot Penetration</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getDigitalRdToolRate <em>Digital Rd Tool Rate</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getIdentifierRatio <em>Identifier Ratio</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getSoftwarePurchases <em>Software Purchases</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getSoftwareRateRising <em>Software Rate Rising</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getServiceNarrative <em>Service Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getServiceWorks <em>Service Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getNewModelNarrative <em>New Model Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getNewModelWorks <em>New Model Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getNationalPilots <em>National Pilots</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getProvincialPilots <em>Provincial Pilots</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getOtherPilots <em>Other Pilots</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.DigitalSectionImpl#getProvincialOrAbovePilots <em>Provincial Or Above Pilots</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DigitalSectionImpl extends EvidenceHolderImpl implements DigitalSection {
	/**
	 * The cached value of the '{@link #getCloudSmes() <em>Cloud Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloudSmes()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount cloudSmes;

	/**
	 * The cached value of the '{@link #getCloudRatio() <em>Cloud Ratio</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloudRatio()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal cloudRatio;

	/**
	 * The cached value of the '{@link #getIiotSmes() <em>Iiot Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIiotSmes()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount iiotSmes;

	/**
	 * The cached value of the '{@link #getIiotPenetration() <em>Iiot Penetration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIiotPenetration()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal iiotPenetration;

	/**
	 * The cached value of the '{@link #getDigitalRdToolRate() <em>Digital Rd Tool Rate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalRdToolRate()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal digitalRdToolRate;

	/**
	 * The default value of the '{@link #getIdentifierRatio() <em>Identifier Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifierRatio()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal IDENTIFIER_RATIO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentifierRatio() <em>Identifier Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifierRatio()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal identifierRatio = IDENTIFIER_RATIO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSoftwarePurchases() <em>Software Purchases</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwarePurchases()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal softwarePurchases;

	/**
	 * The default value of the '{@link #getSoftwareRateRising() <em>Software Rate Rising</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareRateRising()
	 * @generated
	 * @ordered
	 */
	protected static final YesNo SOFTWARE_RATE_RISING_EDEFAULT = YesNo.NONE;

	/**
	 * The cached value of the '{@link #getSoftwareRateRising() <em>Software Rate Rising</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareRateRising()
	 * @generated
	 * @ordered
	 */
	protected YesNo softwareRateRising = SOFTWARE_RATE_RISING_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceNarrative() <em>Service Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceNarrative() <em>Service Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceNarrative()
	 * @generated
	 * @ordered
	 */
	protected String serviceNarrative = SERVICE_NARRATIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServiceWorks() <em>Service Works</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceWorks()
	 * @generated
	 * @ordered
	 */
	protected EList<DigitalServiceWork> serviceWorks;

	/**
	 * The default value of the '{@link #getNewModelNarrative() <em>New Model Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewModelNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_MODEL_NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewModelNarrative() <em>New Model Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewModelNarrative()
	 * @generated
	 * @ordered
	 */
	protected String newModelNarrative = NEW_MODEL_NARRATIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNewModelWorks() <em>New Model Works</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewModelWorks()
	 * @generated
	 * @ordered
	 */
	protected EList<NewModelWork> newModelWorks;

	/**
	 * The cached value of the '{@link #getNationalPilots() <em>National Pilots</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalPilots()
	 * @generated
	 * @ordered
	 */
	protected NamedCount nationalPilots;

	/**
	 * The cached value of the '{@link #getProvincialPilots() <em>Provincial Pilots</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialPilots()
	 * @generated
	 * @ordered
	 */
	protected NamedCount provincialPilots;

	/**
	 * The cached value of the '{@link #getOtherPilots() <em>Other Pilots</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherPilots()
	 * @generated
	 * @ordered
	 */
	protected NamedCount otherPilots;

	/**
	 * The cached value of the '{@link #getProvincialOrAbovePilots() <em>Provincial Or Above Pilots</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialOrAbovePilots()
	 * @generated
	 * @ordered
	 */
	protected NamedCount provincialOrAbovePilots;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DigitalSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.DIGITAL_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getCloudSmes() {
		return cloudSmes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCloudSmes(YearlyCount newCloudSmes, NotificationChain msgs) {
		YearlyCount oldCloudSmes = cloudSmes;
		cloudSmes = newCloudSmes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES, oldCloudSmes, newCloudSmes);
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
	public void setCloudSmes(YearlyCount newCloudSmes) {
		if (newCloudSmes != cloudSmes) {
			NotificationChain msgs = null;
			if (cloudSmes != null)
				msgs = ((InternalEObject)cloudSmes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES, null, msgs);
			if (newCloudSmes != null)
				msgs = ((InternalEObject)newCloudSmes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES, null, msgs);
			msgs = basicSetCloudSmes(newCloudSmes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES, newCloudSmes, newCloudSmes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getCloudRatio() {
		return cloudRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCloudRatio(YearlyDecimal newCloudRatio, NotificationChain msgs) {
		YearlyDecimal oldCloudRatio = cloudRatio;
		cloudRatio = newCloudRatio;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO, oldCloudRatio, newCloudRatio);
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
	public void setCloudRatio(YearlyDecimal newCloudRatio) {
		if (newCloudRatio != cloudRatio) {
			NotificationChain msgs = null;
			if (cloudRatio != null)
				msgs = ((InternalEObject)cloudRatio).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO, null, msgs);
			if (newCloudRatio != null)
				msgs = ((InternalEObject)newCloudRatio).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO, null, msgs);
			msgs = basicSetCloudRatio(newCloudRatio, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO, newCloudRatio, newCloudRatio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getIiotSmes() {
		return iiotSmes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIiotSmes(YearlyCount newIiotSmes, NotificationChain msgs) {
		YearlyCount oldIiotSmes = iiotSmes;
		iiotSmes = newIiotSmes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES, oldIiotSmes, newIiotSmes);
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
	public void setIiotSmes(YearlyCount newIiotSmes) {
		if (newIiotSmes != iiotSmes) {
			NotificationChain msgs = null;
			if (iiotSmes != null)
				msgs = ((InternalEObject)iiotSmes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES, null, msgs);
			if (newIiotSmes != null)
				msgs = ((InternalEObject)newIiotSmes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES, null, msgs);
			msgs = basicSetIiotSmes(newIiotSmes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES, newIiotSmes, newIiotSmes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getIiotPenetration() {
		return iiotPenetration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIiotPenetration(YearlyDecimal newIiotPenetration, NotificationChain msgs) {
		YearlyDecimal oldIiotPenetration = iiotPenetration;
		iiotPenetration = newIiotPenetration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION, oldIiotPenetration, newIiotPenetration);
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
	public void setIiotPenetration(YearlyDecimal newIiotPenetration) {
		if (newIiotPenetration != iiotPenetration) {
			NotificationChain msgs = null;
			if (iiotPenetration != null)
				msgs = ((InternalEObject)iiotPenetration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION, null, msgs);
			if (newIiotPenetration != null)
				msgs = ((InternalEObject)newIiotPenetration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION, null, msgs);
			msgs = basicSetIiotPenetration(newIiotPenetration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION, newIiotPenetration, newIiotPenetration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getDigitalRdToolRate() {
		return digitalRdToolRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDigitalRdToolRate(YearlyDecimal newDigitalRdToolRate, NotificationChain msgs) {
		YearlyDecimal oldDigitalRdToolRate = digitalRdToolRate;
		digitalRdToolRate = newDigitalRdToolRate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE, oldDigitalRdToolRate, newDigitalRdToolRate);
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
	public void setDigitalRdToolRate(YearlyDecimal newDigitalRdToolRate) {
		if (newDigitalRdToolRate != digitalRdToolRate) {
			NotificationChain msgs = null;
			if (digitalRdToolRate != null)
				msgs = ((InternalEObject)digitalRdToolRate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE, null, msgs);
			if (newDigitalRdToolRate != null)
				msgs = ((InternalEObject)newDigitalRdToolRate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE, null, msgs);
			msgs = basicSetDigitalRdToolRate(newDigitalRdToolRate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE, newDigitalRdToolRate, newDigitalRdToolRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIdentifierRatio() {
		return identifierRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentifierRatio(BigDecimal newIdentifierRatio) {
		BigDecimal oldIdentifierRatio = identifierRatio;
		identifierRatio = newIdentifierRatio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__IDENTIFIER_RATIO, oldIdentifierRatio, identifierRatio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getSoftwarePurchases() {
		return softwarePurchases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSoftwarePurchases(YearlyDecimal newSoftwarePurchases, NotificationChain msgs) {
		YearlyDecimal oldSoftwarePurchases = softwarePurchases;
		softwarePurchases = newSoftwarePurchases;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES, oldSoftwarePurchases, newSoftwarePurchases);
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
	public void setSoftwarePurchases(YearlyDecimal newSoftwarePurchases) {
		if (newSoftwarePurchases != softwarePurchases) {
			NotificationChain msgs = null;
			if (softwarePurchases != null)
				msgs = ((InternalEObject)softwarePurchases).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES, null, msgs);
			if (newSoftwarePurchases != null)
				msgs = ((InternalEObject)newSoftwarePurchases).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES, null, msgs);
			msgs = basicSetSoftwarePurchases(newSoftwarePurchases, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES, newSoftwarePurchases, newSoftwarePurchases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNo getSoftwareRateRising() {
		return softwareRateRising;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftwareRateRising(YesNo newSoftwareRateRising) {
		YesNo oldSoftwareRateRising = softwareRateRising;
		softwareRateRising = newSoftwareRateRising == null ? SOFTWARE_RATE_RISING_EDEFAULT : newSoftwareRateRising;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_RATE_RISING, oldSoftwareRateRising, softwareRateRising));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceNarrative() {
		return serviceNarrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceNarrative(String newServiceNarrative) {
		String oldServiceNarrative = serviceNarrative;
		serviceNarrative = newServiceNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__SERVICE_NARRATIVE, oldServiceNarrative, serviceNarrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DigitalServiceWork> getServiceWorks() {
		if (serviceWorks == null) {
			serviceWorks = new EDataTypeUniqueEList<DigitalServiceWork>(DigitalServiceWork.class, this, ClusterDeskPackage.DIGITAL_SECTION__SERVICE_WORKS);
		}
		return serviceWorks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewModelNarrative() {
		return newModelNarrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewModelNarrative(String newNewModelNarrative) {
		String oldNewModelNarrative = newModelNarrative;
		newModelNarrative = newNewModelNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_NARRATIVE, oldNewModelNarrative, newModelNarrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NewModelWork> getNewModelWorks() {
		if (newModelWorks == null) {
			newModelWorks = new EDataTypeUniqueEList<NewModelWork>(NewModelWork.class, this, ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_WORKS);
		}
		return newModelWorks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getNationalPilots() {
		return nationalPilots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalPilots(NamedCount newNationalPilots, NotificationChain msgs) {
		NamedCount oldNationalPilots = nationalPilots;
		nationalPilots = newNationalPilots;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS, oldNationalPilots, newNationalPilots);
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
	public void setNationalPilots(NamedCount newNationalPilots) {
		if (newNationalPilots != nationalPilots) {
			NotificationChain msgs = null;
			if (nationalPilots != null)
				msgs = ((InternalEObject)nationalPilots).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS, null, msgs);
			if (newNationalPilots != null)
				msgs = ((InternalEObject)newNationalPilots).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS, null, msgs);
			msgs = basicSetNationalPilots(newNationalPilots, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS, newNationalPilots, newNationalPilots));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getProvincialPilots() {
		return provincialPilots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialPilots(NamedCount newProvincialPilots, NotificationChain msgs) {
		NamedCount oldProvincialPilots = provincialPilots;
		provincialPilots = newProvincialPilots;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS, oldProvincialPilots, newProvincialPilots);
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
	public void setProvincialPilots(NamedCount newProvincialPilots) {
		if (newProvincialPilots != provincialPilots) {
			NotificationChain msgs = null;
			if (provincialPilots != null)
				msgs = ((InternalEObject)provincialPilots).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS, null, msgs);
			if (newProvincialPilots != null)
				msgs = ((InternalEObject)newProvincialPilots).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS, null, msgs);
			msgs = basicSetProvincialPilots(newProvincialPilots, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS, newProvincialPilots, newProvincialPilots));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getOtherPilots() {
		return otherPilots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOtherPilots(NamedCount newOtherPilots, NotificationChain msgs) {
		NamedCount oldOtherPilots = otherPilots;
		otherPilots = newOtherPilots;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS, oldOtherPilots, newOtherPilots);
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
	public void setOtherPilots(NamedCount newOtherPilots) {
		if (newOtherPilots != otherPilots) {
			NotificationChain msgs = null;
			if (otherPilots != null)
				msgs = ((InternalEObject)otherPilots).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS, null, msgs);
			if (newOtherPilots != null)
				msgs = ((InternalEObject)newOtherPilots).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS, null, msgs);
			msgs = basicSetOtherPilots(newOtherPilots, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS, newOtherPilots, newOtherPilots));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getProvincialOrAbovePilots() {
		return provincialOrAbovePilots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialOrAbovePilots(NamedCount newProvincialOrAbovePilots, NotificationChain msgs) {
		NamedCount oldProvincialOrAbovePilots = provincialOrAbovePilots;
		provincialOrAbovePilots = newProvincialOrAbovePilots;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS, oldProvincialOrAbovePilots, newProvincialOrAbovePilots);
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
	public void setProvincialOrAbovePilots(NamedCount newProvincialOrAbovePilots) {
		if (newProvincialOrAbovePilots != provincialOrAbovePilots) {
			NotificationChain msgs = null;
			if (provincialOrAbovePilots != null)
				msgs = ((InternalEObject)provincialOrAbovePilots).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS, null, msgs);
			if (newProvincialOrAbovePilots != null)
				msgs = ((InternalEObject)newProvincialOrAbovePilots).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS, null, msgs);
			msgs = basicSetProvincialOrAbovePilots(newProvincialOrAbovePilots, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS, newProvincialOrAbovePilots, newProvincialOrAbovePilots));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedCloudRatio(final int year) {
		return org.clusterdesk.model.derived.DigitalFigures.cloudRatio(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedIiotPenetration(final int year) {
		return org.clusterdesk.model.derived.DigitalFigures.iiotPenetration(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES:
				return basicSetCloudSmes(null, msgs);
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO:
				return basicSetCloudRatio(null, msgs);
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES:
				return basicSetIiotSmes(null, msgs);
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION:
				return basicSetIiotPenetration(null, msgs);
			case ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE:
				return basicSetDigitalRdToolRate(null, msgs);
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES:
				return basicSetSoftwarePurchases(null, msgs);
			case ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS:
				return basicSetNationalPilots(null, msgs);
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS:
				return basicSetProvincialPilots(null, msgs);
			case ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS:
				return basicSetOtherPilots(null, msgs);
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS:
				return basicSetProvincialOrAbovePilots(null, msgs);
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
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES:
				return getCloudSmes();
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO:
				return getCloudRatio();
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES:
				return getIiotSmes();
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION:
				return getIiotPenetration();
			case ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE:
				return getDigitalRdToolRate();
			case ClusterDeskPackage.DIGITAL_SECTION__IDENTIFIER_RATIO:
				return getIdentifierRatio();
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES:
				return getSoftwarePurchases();
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_RATE_RISING:
				return getSoftwareRateRising();
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_NARRATIVE:
				return getServiceNarrative();
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_WORKS:
				return getServiceWorks();
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_NARRATIVE:
				return getNewModelNarrative();
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_WORKS:
				return getNewModelWorks();
			case ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS:
				return getNationalPilots();
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS:
				return getProvincialPilots();
			case ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS:
				return getOtherPilots();
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS:
				return getProvincialOrAbovePilots();
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
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES:
				setCloudSmes((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO:
				setCloudRatio((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES:
				setIiotSmes((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION:
				setIiotPenetration((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE:
				setDigitalRdToolRate((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__IDENTIFIER_RATIO:
				setIdentifierRatio((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES:
				setSoftwarePurchases((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_RATE_RISING:
				setSoftwareRateRising((YesNo)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_NARRATIVE:
				setServiceNarrative((String)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_WORKS:
				getServiceWorks().clear();
				getServiceWorks().addAll((Collection<? extends DigitalServiceWork>)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_NARRATIVE:
				setNewModelNarrative((String)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_WORKS:
				getNewModelWorks().clear();
				getNewModelWorks().addAll((Collection<? extends NewModelWork>)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS:
				setNationalPilots((NamedCount)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS:
				setProvincialPilots((NamedCount)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS:
				setOtherPilots((NamedCount)newValue);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS:
				setProvincialOrAbovePilots((NamedCount)newValue);
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
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES:
				setCloudSmes((YearlyCount)null);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO:
				setCloudRatio((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES:
				setIiotSmes((YearlyCount)null);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION:
				setIiotPenetration((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE:
				setDigitalRdToolRate((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__IDENTIFIER_RATIO:
				setIdentifierRatio(IDENTIFIER_RATIO_EDEFAULT);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES:
				setSoftwarePurchases((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_RATE_RISING:
				setSoftwareRateRising(SOFTWARE_RATE_RISING_EDEFAULT);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_NARRATIVE:
				setServiceNarrative(SERVICE_NARRATIVE_EDEFAULT);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_WORKS:
				getServiceWorks().clear();
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_NARRATIVE:
				setNewModelNarrative(NEW_MODEL_NARRATIVE_EDEFAULT);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_WORKS:
				getNewModelWorks().clear();
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS:
				setNationalPilots((NamedCount)null);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS:
				setProvincialPilots((NamedCount)null);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS:
				setOtherPilots((NamedCount)null);
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS:
				setProvincialOrAbovePilots((NamedCount)null);
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
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES:
				return cloudSmes != null;
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO:
				return cloudRatio != null;
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES:
				return iiotSmes != null;
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION:
				return iiotPenetration != null;
			case ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE:
				return digitalRdToolRate != null;
			case ClusterDeskPackage.DIGITAL_SECTION__IDENTIFIER_RATIO:
				return IDENTIFIER_RATIO_EDEFAULT == null ? identifierRatio != null : !IDENTIFIER_RATIO_EDEFAULT.equals(identifierRatio);
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES:
				return softwarePurchases != null;
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_RATE_RISING:
				return softwareRateRising != SOFTWARE_RATE_RISING_EDEFAULT;
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_NARRATIVE:
				return SERVICE_NARRATIVE_EDEFAULT == null ? serviceNarrative != null : !SERVICE_NARRATIVE_EDEFAULT.equals(serviceNarrative);
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_WORKS:
				return serviceWorks != null && !serviceWorks.isEmpty();
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_NARRATIVE:
				return NEW_MODEL_NARRATIVE_EDEFAULT == null ? newModelNarrative != null : !NEW_MODEL_NARRATIVE_EDEFAULT.equals(newModelNarrative);
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_WORKS:
				return newModelWorks != null && !newModelWorks.isEmpty();
			case ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS:
				return nationalPilots != null;
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS:
				return provincialPilots != null;
			case ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS:
				return otherPilots != null;
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS:
				return provincialOrAbovePilots != null;
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
			case ClusterDeskPackage.DIGITAL_SECTION___COMPUTED_CLOUD_RATIO__INT:
				return computedCloudRatio((Integer)arguments.get(0));
			case ClusterDeskPackage.DIGITAL_SECTION___COMPUTED_IIOT_PENETRATION__INT:
				return computedIiotPenetration((Integer)arguments.get(0));
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
		result.append(" (identifierRatio: ");
		result.append(identifierRatio);
		result.append(", softwareRateRising: ");
		result.append(softwareRateRising);
		result.append(", serviceNarrative: ");
		result.append(serviceNarrative);
		result.append(", serviceWorks: ");
		result.append(serviceWorks);
		result.append(", newModelNarrative: ");
		result.append(newModelNarrative);
		result.append(", newModelWorks: ");
		result.append(newModelWorks);
		result.append(')');
		return result.toString();
	}

} //DigitalSectionImpl
