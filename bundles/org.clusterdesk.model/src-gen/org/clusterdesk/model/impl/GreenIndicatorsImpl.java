/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.util.Collection;

import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.GreenIndicators;

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
 * An implementation of the model object '<em><b>Green Indicators</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.GreenIndicatorsImpl#getNationalGreenFactories <em>National Green Factories</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenIndicatorsImpl#getProvincialGreenFactories <em>Provincial Green Factories</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenIndicatorsImpl#getNationalGreenSupplyChains <em>National Green Supply Chains</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenIndicatorsImpl#getProvincialGreenSupplyChains <em>Provincial Green Supply Chains</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenIndicatorsImpl#getCo2PerOutput <em>Co2 Per Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenIndicatorsImpl#getSolidWasteUtilisation <em>Solid Waste Utilisation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenIndicatorsImpl#getWaterReuse <em>Water Reuse</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenIndicatorsImpl#getListings <em>Listings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GreenIndicatorsImpl extends EObjectImpl implements GreenIndicators {
	/**
	 * The cached value of the '{@link #getNationalGreenFactories() <em>National Green Factories</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalGreenFactories()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount nationalGreenFactories;

	/**
	 * The cached value of the '{@link #getProvincialGreenFactories() <em>Provincial Green Factories</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialGreenFactories()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount provincialGreenFactories;

	/**
	 * The cached value of the '{@link #getNationalGreenSupplyChains() <em>National Green Supply Chains</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalGreenSupplyChains()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount nationalGreenSupplyChains;

	/**
	 * The cached value of the '{@link #getProvincialGreenSupplyChains() <em>Provincial Green Supply Chains</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialGreenSupplyChains()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount provincialGreenSupplyChains;

	/**
	 * The cached value of the '{@link #getCo2PerOutput() <em>Co2 Per Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2PerOutput()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal co2PerOutput;

	/**
	 * The cached value of the '{@link #getSolidWasteUtilisation() <em>Solid Waste Utilisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidWasteUtilisation()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal solidWasteUtilisation;

	/**
	 * The cached value of the '{@link #getWaterReuse() <em>Water Reuse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaterReuse()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal waterReuse;

	/**
	 * The cached value of the '{@link #getListings() <em>Listings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListings()
	 * @generated
	 * @ordered
	 */
	protected EList<ApprovedListing> listings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GreenIndicatorsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.GREEN_INDICATORS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getNationalGreenFactories() {
		return nationalGreenFactories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalGreenFactories(ComparedCount newNationalGreenFactories, NotificationChain msgs) {
		ComparedCount oldNationalGreenFactories = nationalGreenFactories;
		nationalGreenFactories = newNationalGreenFactories;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES, oldNationalGreenFactories, newNationalGreenFactories);
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
	public void setNationalGreenFactories(ComparedCount newNationalGreenFactories) {
		if (newNationalGreenFactories != nationalGreenFactories) {
			NotificationChain msgs = null;
			if (nationalGreenFactories != null)
				msgs = ((InternalEObject)nationalGreenFactories).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES, null, msgs);
			if (newNationalGreenFactories != null)
				msgs = ((InternalEObject)newNationalGreenFactories).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES, null, msgs);
			msgs = basicSetNationalGreenFactories(newNationalGreenFactories, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES, newNationalGreenFactories, newNationalGreenFactories));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getProvincialGreenFactories() {
		return provincialGreenFactories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialGreenFactories(ComparedCount newProvincialGreenFactories, NotificationChain msgs) {
		ComparedCount oldProvincialGreenFactories = provincialGreenFactories;
		provincialGreenFactories = newProvincialGreenFactories;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES, oldProvincialGreenFactories, newProvincialGreenFactories);
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
	public void setProvincialGreenFactories(ComparedCount newProvincialGreenFactories) {
		if (newProvincialGreenFactories != provincialGreenFactories) {
			NotificationChain msgs = null;
			if (provincialGreenFactories != null)
				msgs = ((InternalEObject)provincialGreenFactories).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES, null, msgs);
			if (newProvincialGreenFactories != null)
				msgs = ((InternalEObject)newProvincialGreenFactories).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES, null, msgs);
			msgs = basicSetProvincialGreenFactories(newProvincialGreenFactories, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES, newProvincialGreenFactories, newProvincialGreenFactories));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getNationalGreenSupplyChains() {
		return nationalGreenSupplyChains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalGreenSupplyChains(ComparedCount newNationalGreenSupplyChains, NotificationChain msgs) {
		ComparedCount oldNationalGreenSupplyChains = nationalGreenSupplyChains;
		nationalGreenSupplyChains = newNationalGreenSupplyChains;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS, oldNationalGreenSupplyChains, newNationalGreenSupplyChains);
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
	public void setNationalGreenSupplyChains(ComparedCount newNationalGreenSupplyChains) {
		if (newNationalGreenSupplyChains != nationalGreenSupplyChains) {
			NotificationChain msgs = null;
			if (nationalGreenSupplyChains != null)
				msgs = ((InternalEObject)nationalGreenSupplyChains).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS, null, msgs);
			if (newNationalGreenSupplyChains != null)
				msgs = ((InternalEObject)newNationalGreenSupplyChains).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS, null, msgs);
			msgs = basicSetNationalGreenSupplyChains(newNationalGreenSupplyChains, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS, newNationalGreenSupplyChains, newNationalGreenSupplyChains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getProvincialGreenSupplyChains() {
		return provincialGreenSupplyChains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialGreenSupplyChains(ComparedCount newProvincialGreenSupplyChains, NotificationChain msgs) {
		ComparedCount oldProvincialGreenSupplyChains = provincialGreenSupplyChains;
		provincialGreenSupplyChains = newProvincialGreenSupplyChains;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS, oldProvincialGreenSupplyChains, newProvincialGreenSupplyChains);
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
	public void setProvincialGreenSupplyChains(ComparedCount newProvincialGreenSupplyChains) {
		if (newProvincialGreenSupplyChains != provincialGreenSupplyChains) {
			NotificationChain msgs = null;
			if (provincialGreenSupplyChains != null)
				msgs = ((InternalEObject)provincialGreenSupplyChains).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS, null, msgs);
			if (newProvincialGreenSupplyChains != null)
				msgs = ((InternalEObject)newProvincialGreenSupplyChains).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS, null, msgs);
			msgs = basicSetProvincialGreenSupplyChains(newProvincialGreenSupplyChains, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS, newProvincialGreenSupplyChains, newProvincialGreenSupplyChains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getCo2PerOutput() {
		return co2PerOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCo2PerOutput(ComparedDecimal newCo2PerOutput, NotificationChain msgs) {
		ComparedDecimal oldCo2PerOutput = co2PerOutput;
		co2PerOutput = newCo2PerOutput;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT, oldCo2PerOutput, newCo2PerOutput);
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
	public void setCo2PerOutput(ComparedDecimal newCo2PerOutput) {
		if (newCo2PerOutput != co2PerOutput) {
			NotificationChain msgs = null;
			if (co2PerOutput != null)
				msgs = ((InternalEObject)co2PerOutput).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT, null, msgs);
			if (newCo2PerOutput != null)
				msgs = ((InternalEObject)newCo2PerOutput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT, null, msgs);
			msgs = basicSetCo2PerOutput(newCo2PerOutput, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT, newCo2PerOutput, newCo2PerOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getSolidWasteUtilisation() {
		return solidWasteUtilisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSolidWasteUtilisation(ComparedDecimal newSolidWasteUtilisation, NotificationChain msgs) {
		ComparedDecimal oldSolidWasteUtilisation = solidWasteUtilisation;
		solidWasteUtilisation = newSolidWasteUtilisation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION, oldSolidWasteUtilisation, newSolidWasteUtilisation);
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
	public void setSolidWasteUtilisation(ComparedDecimal newSolidWasteUtilisation) {
		if (newSolidWasteUtilisation != solidWasteUtilisation) {
			NotificationChain msgs = null;
			if (solidWasteUtilisation != null)
				msgs = ((InternalEObject)solidWasteUtilisation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION, null, msgs);
			if (newSolidWasteUtilisation != null)
				msgs = ((InternalEObject)newSolidWasteUtilisation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION, null, msgs);
			msgs = basicSetSolidWasteUtilisation(newSolidWasteUtilisation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION, newSolidWasteUtilisation, newSolidWasteUtilisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getWaterReuse() {
		return waterReuse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWaterReuse(ComparedDecimal newWaterReuse, NotificationChain msgs) {
		ComparedDecimal oldWaterReuse = waterReuse;
		waterReuse = newWaterReuse;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE, oldWaterReuse, newWaterReuse);
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
	public void setWaterReuse(ComparedDecimal newWaterReuse) {
		if (newWaterReuse != waterReuse) {
			NotificationChain msgs = null;
			if (waterReuse != null)
				msgs = ((InternalEObject)waterReuse).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE, null, msgs);
			if (newWaterReuse != null)
				msgs = ((InternalEObject)newWaterReuse).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE, null, msgs);
			msgs = basicSetWaterReuse(newWaterReuse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE, newWaterReuse, newWaterReuse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApprovedListing> getListings() {
		if (listings == null) {
			listings = new EObjectContainmentEList<ApprovedListing>(ApprovedListing.class, this, ClusterDeskPackage.GREEN_INDICATORS__LISTINGS);
		}
		return listings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES:
				return basicSetNationalGreenFactories(null, msgs);
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES:
				return basicSetProvincialGreenFactories(null, msgs);
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS:
				return basicSetNationalGreenSupplyChains(null, msgs);
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS:
				return basicSetProvincialGreenSupplyChains(null, msgs);
			case ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT:
				return basicSetCo2PerOutput(null, msgs);
			case ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION:
				return basicSetSolidWasteUtilisation(null, msgs);
			case ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE:
				return basicSetWaterReuse(null, msgs);
			case ClusterDeskPackage.GREEN_INDICATORS__LISTINGS:
				return ((InternalEList<?>)getListings()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES:
				return getNationalGreenFactories();
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES:
				return getProvincialGreenFactories();
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS:
				return getNationalGreenSupplyChains();
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS:
				return getProvincialGreenSupplyChains();
			case ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT:
				return getCo2PerOutput();
			case ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION:
				return getSolidWasteUtilisation();
			case ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE:
				return getWaterReuse();
			case ClusterDeskPackage.GREEN_INDICATORS__LISTINGS:
				return getListings();
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
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES:
				setNationalGreenFactories((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES:
				setProvincialGreenFactories((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS:
				setNationalGreenSupplyChains((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS:
				setProvincialGreenSupplyChains((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT:
				setCo2PerOutput((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION:
				setSolidWasteUtilisation((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE:
				setWaterReuse((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__LISTINGS:
				getListings().clear();
				getListings().addAll((Collection<? extends ApprovedListing>)newValue);
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
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES:
				setNationalGreenFactories((ComparedCount)null);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES:
				setProvincialGreenFactories((ComparedCount)null);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS:
				setNationalGreenSupplyChains((ComparedCount)null);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS:
				setProvincialGreenSupplyChains((ComparedCount)null);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT:
				setCo2PerOutput((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION:
				setSolidWasteUtilisation((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE:
				setWaterReuse((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.GREEN_INDICATORS__LISTINGS:
				getListings().clear();
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
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES:
				return nationalGreenFactories != null;
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES:
				return provincialGreenFactories != null;
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS:
				return nationalGreenSupplyChains != null;
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS:
				return provincialGreenSupplyChains != null;
			case ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT:
				return co2PerOutput != null;
			case ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION:
				return solidWasteUtilisation != null;
			case ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE:
				return waterReuse != null;
			case ClusterDeskPackage.GREEN_INDICATORS__LISTINGS:
				return listings != null && !listings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GreenIndicatorsImpl
