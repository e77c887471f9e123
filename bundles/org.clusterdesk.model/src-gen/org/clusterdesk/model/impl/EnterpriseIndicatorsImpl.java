/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.EnterpriseIndicators;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.SmartFactoryCount;

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
 * An implementation of the model object '<em><b>Enterprise Indicators</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getAboveScale <em>Above Scale</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getHighTech <em>High Tech</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getListed <em>Listed</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getNationalChampions <em>National Champions</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getProvincialChampions <em>Provincial Champions</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getLittleGiants <em>Little Giants</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getProvincialSpecialised <em>Provincial Specialised</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getIntegrationCertified <em>Integration Certified</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getSmartFactories <em>Smart Factories</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getSmartFactoriesEvidencePage <em>Smart Factories Evidence Page</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl#getTopRevenue <em>Top Revenue</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnterpriseIndicatorsImpl extends EObjectImpl implements EnterpriseIndicators {
	/**
	 * The cached value of the '{@link #getEnterprises() <em>Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprises()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount enterprises;

	/**
	 * The cached value of the '{@link #getAboveScale() <em>Above Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboveScale()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount aboveScale;

	/**
	 * The cached value of the '{@link #getHighTech() <em>High Tech</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighTech()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount highTech;

	/**
	 * The cached value of the '{@link #getListed() <em>Listed</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListed()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount listed;

	/**
	 * The cached value of the '{@link #getNationalChampions() <em>National Champions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalChampions()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount nationalChampions;

	/**
	 * The cached value of the '{@link #getProvincialChampions() <em>Provincial Champions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialChampions()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount provincialChampions;

	/**
	 * The cached value of the '{@link #getLittleGiants() <em>Little Giants</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLittleGiants()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount littleGiants;

	/**
	 * The cached value of the '{@link #getProvincialSpecialised() <em>Provincial Specialised</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialSpecialised()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount provincialSpecialised;

	/**
	 * The cached value of the '{@link #getIntegrationCertified() <em>Integration Certified</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegrationCertified()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount integrationCertified;

	/**
	 * The cached value of the '{@link #getSmartFactories() <em>Smart Factories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartFactories()
	 * @generated
	 * @ordered
	 */
	protected EList<SmartFactoryCount> smartFactories;

	/**
	 * The default value of the '{@link #getSmartFactoriesEvidencePage() <em>Smart Factories Evidence Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartFactoriesEvidencePage()
	 * @generated
	 * @ordered
	 */
	protected static final String SMART_FACTORIES_EVIDENCE_PAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmartFactoriesEvidencePage() <em>Smart Factories Evidence Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartFactoriesEvidencePage()
	 * @generated
	 * @ordered
	 */
	protected String smartFactoriesEvidencePage = SMART_FACTORIES_EVIDENCE_PAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTopRevenue() <em>Top Revenue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopRevenue()
	 * @generated
	 * @ordered
	 */
	protected RankingTable topRevenue;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnterpriseIndicatorsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getEnterprises() {
		return enterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnterprises(ComparedCount newEnterprises, NotificationChain msgs) {
		ComparedCount oldEnterprises = enterprises;
		enterprises = newEnterprises;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES, oldEnterprises, newEnterprises);
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
	public void setEnterprises(ComparedCount newEnterprises) {
		if (newEnterprises != enterprises) {
			NotificationChain msgs = null;
			if (enterprises != null)
				msgs = ((InternalEObject)enterprises).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES, null, msgs);
			if (newEnterprises != null)
				msgs = ((InternalEObject)newEnterprises).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES, null, msgs);
			msgs = basicSetEnterprises(newEnterprises, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES, newEnterprises, newEnterprises));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getAboveScale() {
		return aboveScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAboveScale(ComparedCount newAboveScale, NotificationChain msgs) {
		ComparedCount oldAboveScale = aboveScale;
		aboveScale = newAboveScale;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE, oldAboveScale, newAboveScale);
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
	public void setAboveScale(ComparedCount newAboveScale) {
		if (newAboveScale != aboveScale) {
			NotificationChain msgs = null;
			if (aboveScale != null)
				msgs = ((InternalEObject)aboveScale).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE, null, msgs);
			if (newAboveScale != null)
				msgs = ((InternalEObject)newAboveScale).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE, null, msgs);
			msgs = basicSetAboveScale(newAboveScale, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE, newAboveScale, newAboveScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getHighTech() {
		return highTech;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHighTech(ComparedCount newHighTech, NotificationChain msgs) {
		ComparedCount oldHighTech = highTech;
		highTech = newHighTech;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH, oldHighTech, newHighTech);
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
	public void setHighTech(ComparedCount newHighTech) {
		if (newHighTech != highTech) {
			NotificationChain msgs = null;
			if (highTech != null)
				msgs = ((InternalEObject)highTech).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH, null, msgs);
			if (newHighTech != null)
				msgs = ((InternalEObject)newHighTech).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH, null, msgs);
			msgs = basicSetHighTech(newHighTech, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH, newHighTech, newHighTech));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getListed() {
		return listed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetListed(ComparedCount newListed, NotificationChain msgs) {
		ComparedCount oldListed = listed;
		listed = newListed;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED, oldListed, newListed);
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
	public void setListed(ComparedCount newListed) {
		if (newListed != listed) {
			NotificationChain msgs = null;
			if (listed != null)
				msgs = ((InternalEObject)listed).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED, null, msgs);
			if (newListed != null)
				msgs = ((InternalEObject)newListed).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED, null, msgs);
			msgs = basicSetListed(newListed, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED, newListed, newListed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getNationalChampions() {
		return nationalChampions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalChampions(ComparedCount newNationalChampions, NotificationChain msgs) {
		ComparedCount oldNationalChampions = nationalChampions;
		nationalChampions = newNationalChampions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS, oldNationalChampions, newNationalChampions);
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
	public void setNationalChampions(ComparedCount newNationalChampions) {
		if (newNationalChampions != nationalChampions) {
			NotificationChain msgs = null;
			if (nationalChampions != null)
				msgs = ((InternalEObject)nationalChampions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS, null, msgs);
			if (newNationalChampions != null)
				msgs = ((InternalEObject)newNationalChampions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS, null, msgs);
			msgs = basicSetNationalChampions(newNationalChampions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS, newNationalChampions, newNationalChampions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getProvincialChampions() {
		return provincialChampions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialChampions(ComparedCount newProvincialChampions, NotificationChain msgs) {
		ComparedCount oldProvincialChampions = provincialChampions;
		provincialChampions = newProvincialChampions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS, oldProvincialChampions, newProvincialChampions);
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
	public void setProvincialChampions(ComparedCount newProvincialChampions) {
		if (newProvincialChampions != provincialChampions) {
			NotificationChain msgs = null;
			if (provincialChampions != null)
				msgs = ((InternalEObject)provincialChampions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS, null, msgs);
			if (newProvincialChampions != null)
				msgs = ((InternalEObject)newProvincialChampions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS, null, msgs);
			msgs = basicSetProvincialChampions(newProvincialChampions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS, newProvincialChampions, newProvincialChampions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getLittleGiants() {
		return littleGiants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLittleGiants(ComparedCount newLittleGiants, NotificationChain msgs) {
		ComparedCount oldLittleGiants = littleGiants;
		littleGiants = newLittleGiants;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS, oldLittleGiants, newLittleGiants);
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
	public void setLittleGiants(ComparedCount newLittleGiants) {
		if (newLittleGiants != littleGiants) {
			NotificationChain msgs = null;
			if (littleGiants != null)
				msgs = ((InternalEObject)littleGiants).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS, null, msgs);
			if (newLittleGiants != null)
				msgs = ((InternalEObject)newLittleGiants).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS, null, msgs);
			msgs = basicSetLittleGiants(newLittleGiants, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS, newLittleGiants, newLittleGiants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getProvincialSpecialised() {
		return provincialSpecialised;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialSpecialised(ComparedCount newProvincialSpecialised, NotificationChain msgs) {
		ComparedCount oldProvincialSpecialised = provincialSpecialised;
		provincialSpecialised = newProvincialSpecialised;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED, oldProvincialSpecialised, newProvincialSpecialised);
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
	public void setProvincialSpecialised(ComparedCount newProvincialSpecialised) {
		if (newProvincialSpecialised != provincialSpecialised) {
			NotificationChain msgs = null;
			if (provincialSpecialised != null)
				msgs = ((InternalEObject)provincialSpecialised).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED, null, msgs);
			if (newProvincialSpecialised != null)
				msgs = ((InternalEObject)newProvincialSpecialised).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED, null, msgs);
			msgs = basicSetProvincialSpecialised(newProvincialSpecialised, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED, newProvincialSpecialised, newProvincialSpecialised));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getIntegrationCertified() {
		return integrationCertified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIntegrationCertified(ComparedCount newIntegrationCertified, NotificationChain msgs) {
		ComparedCount oldIntegrationCertified = integrationCertified;
		integrationCertified = newIntegrationCertified;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED, oldIntegrationCertified, newIntegrationCertified);
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
	public void setIntegrationCertified(ComparedCount newIntegrationCertified) {
		if (newIntegrationCertified != integrationCertified) {
			NotificationChain msgs = null;
			if (integrationCertified != null)
				msgs = ((InternalEObject)integrationCertified).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED, null, msgs);
			if (newIntegrationCertified != null)
				msgs = ((InternalEObject)newIntegrationCertified).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED, null, msgs);
			msgs = basicSetIntegrationCertified(newIntegrationCertified, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED, newIntegrationCertified, newIntegrationCertified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SmartFactoryCount> getSmartFactories() {
		if (smartFactories == null) {
			smartFactories = new EObjectContainmentEList<SmartFactoryCount>(SmartFactoryCount.class, this, ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES);
		}
		return smartFactories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmartFactoriesEvidencePage() {
		return smartFactoriesEvidencePage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmartFactoriesEvidencePage(String newSmartFactoriesEvidencePage) {
		String oldSmartFactoriesEvidencePage = smartFactoriesEvidencePage;
		smartFactoriesEvidencePage = newSmartFactoriesEvidencePage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE, oldSmartFactoriesEvidencePage, smartFactoriesEvidencePage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RankingTable getTopRevenue() {
		return topRevenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTopRevenue(RankingTable newTopRevenue, NotificationChain msgs) {
		RankingTable oldTopRevenue = topRevenue;
		topRevenue = newTopRevenue;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE, oldTopRevenue, newTopRevenue);
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
	public void setTopRevenue(RankingTable newTopRevenue) {
		if (newTopRevenue != topRevenue) {
			NotificationChain msgs = null;
			if (topRevenue != null)
				msgs = ((InternalEObject)topRevenue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE, null, msgs);
			if (newTopRevenue != null)
				msgs = ((InternalEObject)newTopRevenue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE, null, msgs);
			msgs = basicSetTopRevenue(newTopRevenue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE, newTopRevenue, newTopRevenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES:
				return basicSetEnterprises(null, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE:
				return basicSetAboveScale(null, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH:
				return basicSetHighTech(null, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED:
				return basicSetListed(null, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS:
				return basicSetNationalChampions(null, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS:
				return basicSetProvincialChampions(null, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS:
				return basicSetLittleGiants(null, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED:
				return basicSetProvincialSpecialised(null, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED:
				return basicSetIntegrationCertified(null, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES:
				return ((InternalEList<?>)getSmartFactories()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE:
				return basicSetTopRevenue(null, msgs);
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
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES:
				return getEnterprises();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE:
				return getAboveScale();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH:
				return getHighTech();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED:
				return getListed();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS:
				return getNationalChampions();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS:
				return getProvincialChampions();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS:
				return getLittleGiants();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED:
				return getProvincialSpecialised();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED:
				return getIntegrationCertified();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES:
				return getSmartFactories();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE:
				return getSmartFactoriesEvidencePage();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE:
				return getTopRevenue();
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
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES:
				setEnterprises((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE:
				setAboveScale((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH:
				setHighTech((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED:
				setListed((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS:
				setNationalChampions((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS:
				setProvincialChampions((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS:
				setLittleGiants((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED:
				setProvincialSpecialised((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED:
				setIntegrationCertified((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES:
				getSmartFactories().clear();
				getSmartFactories().addAll((Collection<? extends SmartFactoryCount>)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE:
				setSmartFactoriesEvidencePage((String)newValue);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE:
				setTopRevenue((RankingTable)newValue);
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
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES:
				setEnterprises((ComparedCount)null);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE:
				setAboveScale((ComparedCount)null);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH:
				setHighTech((ComparedCount)null);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED:
				setListed((ComparedCount)null);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS:
				setNationalChampions((ComparedCount)null);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS:
				setProvincialChampions((ComparedCount)null);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS:
				setLittleGiants((ComparedCount)null);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED:
				setProvincialSpecialised((ComparedCount)null);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED:
				setIntegrationCertified((ComparedCount)null);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES:
				getSmartFactories().clear();
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE:
				setSmartFactoriesEvidencePage(SMART_FACTORIES_EVIDENCE_PAGE_EDEFAULT);
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE:
				setTopRevenue((RankingTable)null);
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
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES:
				return enterprises != null;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE:
				return aboveScale != null;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH:
				return highTech != null;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED:
				return listed != null;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS:
				return nationalChampions != null;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS:
				return provincialChampions != null;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS:
				return littleGiants != null;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED:
				return provincialSpecialised != null;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED:
				return integrationCertified != null;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES:
				return smartFactories != null && !smartFactories.isEmpty();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE:
				return SMART_FACTORIES_EVIDENCE_PAGE_EDEFAULT == null ? smartFactoriesEvidencePage != null : !SMART_FACTORIES_EVIDENCE_PAGE_EDEFAULT.equals(smartFactoriesEvidencePage);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE:
				return topRevenue != null;
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
		result.append(" (smartFactoriesEvidencePage: ");
		result.append(smartFactoriesEvidencePage);
		result.append(')');
		return result.toString();
	}

} //EnterpriseIndicatorsImpl
