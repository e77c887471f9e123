/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.GreenSection;
import org.clusterdesk.model.GreenWork;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.YesNoNotApplicable;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Green Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getCarbonMonitoring <em>Carbon Monitoring</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getCarbonMonitoringEvidence <em>Carbon Monitoring Evidence</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getCo2PerOutput <em>Co2 Per Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getCo2Formula <em>Co2 Formula</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getEnergyPerOutput <em>Energy Per Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getEnergyFormula <em>Energy Formula</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getCo2ReductionRate <em>Co2 Reduction Rate</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getEnergyReductionRate <em>Energy Reduction Rate</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getSolidWasteUtilisation <em>Solid Waste Utilisation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getSolidWasteAboveAverage <em>Solid Waste Above Average</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getWaterReuse <em>Water Reuse</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getWaterReuseAboveAverage <em>Water Reuse Above Average</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getGreenNarrative <em>Green Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getGreenWorks <em>Green Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getNationalGreenSystem <em>National Green System</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getProvincialGreenSystem <em>Provincial Green System</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getOtherGreenSystem <em>Other Green System</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getGreenFactories <em>Green Factories</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getGreenParks <em>Green Parks</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getGreenSupplyChains <em>Green Supply Chains</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getGreenDesignProducts <em>Green Design Products</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.GreenSectionImpl#getGreenCountEvidence <em>Green Count Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GreenSectionImpl extends EvidenceHolderImpl implements GreenSection {
	/**
	 * The default value of the '{@link #getCarbonMonitoring() <em>Carbon Monitoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarbonMonitoring()
	 * @generated
	 * @ordered
	 */
	protected static final YesNo CARBON_MONITORING_EDEFAULT = YesNo.NONE;

	/**
	 * The cached value of the '{@link #getCarbonMonitoring() <em>Carbon Monitoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarbonMonitoring()
	 * @generated
	 * @ordered
	 */
	protected YesNo carbonMonitoring = CARBON_MONITORING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCarbonMonitoringEvidence() <em>Carbon Monitoring Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarbonMonitoringEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> carbonMonitoringEvidence;

	/**
	 * The cached value of the '{@link #getCo2PerOutput() <em>Co2 Per Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2PerOutput()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal co2PerOutput;

	/**
	 * The default value of the '{@link #getCo2Formula() <em>Co2 Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2Formula()
	 * @generated
	 * @ordered
	 */
	protected static final String CO2_FORMULA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCo2Formula() <em>Co2 Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2Formula()
	 * @generated
	 * @ordered
	 */
	protected String co2Formula = CO2_FORMULA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnergyPerOutput() <em>Energy Per Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyPerOutput()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal energyPerOutput;

	/**
	 * The default value of the '{@link #getEnergyFormula() <em>Energy Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyFormula()
	 * @generated
	 * @ordered
	 */
	protected static final String ENERGY_FORMULA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnergyFormula() <em>Energy Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyFormula()
	 * @generated
	 * @ordered
	 */
	protected String energyFormula = ENERGY_FORMULA_EDEFAULT;

	/**
	 * The default value of the '{@link #getCo2ReductionRate() <em>Co2 Reduction Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2ReductionRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CO2_REDUCTION_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCo2ReductionRate() <em>Co2 Reduction Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2ReductionRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal co2ReductionRate = CO2_REDUCTION_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnergyReductionRate() <em>Energy Reduction Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyReductionRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ENERGY_REDUCTION_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnergyReductionRate() <em>Energy Reduction Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyReductionRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal energyReductionRate = ENERGY_REDUCTION_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSolidWasteUtilisation() <em>Solid Waste Utilisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidWasteUtilisation()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SOLID_WASTE_UTILISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSolidWasteUtilisation() <em>Solid Waste Utilisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidWasteUtilisation()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal solidWasteUtilisation = SOLID_WASTE_UTILISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSolidWasteAboveAverage() <em>Solid Waste Above Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidWasteAboveAverage()
	 * @generated
	 * @ordered
	 */
	protected static final YesNoNotApplicable SOLID_WASTE_ABOVE_AVERAGE_EDEFAULT = YesNoNotApplicable.NONE;

	/**
	 * The cached value of the '{@link #getSolidWasteAboveAverage() <em>Solid Waste Above Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidWasteAboveAverage()
	 * @generated
	 * @ordered
	 */
	protected YesNoNotApplicable solidWasteAboveAverage = SOLID_WASTE_ABOVE_AVERAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWaterReuse() <em>Water Reuse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaterReuse()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal WATER_REUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWaterReuse() <em>Water Reuse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaterReuse()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal waterReuse = WATER_REUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWaterReuseAboveAverage() <em>Water Reuse Above Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaterReuseAboveAverage()
	 * @generated
	 * @ordered
	 */
	protected static final YesNoNotApplicable WATER_REUSE_ABOVE_AVERAGE_EDEFAULT = YesNoNotApplicable.NONE;

	/**
	 * The cached value of the '{@link #getWaterReuseAboveAverage() <em>Water Reuse Above Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaterReuseAboveAverage()
	 * @generated
	 * @ordered
	 */
	protected YesNoNotApplicable waterReuseAboveAverage = WATER_REUSE_ABOVE_AVERAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGreenNarrative() <em>Green Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String GREEN_NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGreenNarrative() <em>Green Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenNarrative()
	 * @generated
	 * @ordered
	 */
	protected String greenNarrative = GREEN_NARRATIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGreenWorks() <em>Green Works</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenWorks()
	 * @generated
	 * @ordered
	 */
	protected EList<GreenWork> greenWorks;

	/**
	 * The cached value of the '{@link #getNationalGreenSystem() <em>National Green System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalGreenSystem()
	 * @generated
	 * @ordered
	 */
	protected NamedCount nationalGreenSystem;

	/**
	 * The cached value of the '{@link #getProvincialGreenSystem() <em>Provincial Green System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialGreenSystem()
	 * @generated
	 * @ordered
	 */
	protected NamedCount provincialGreenSystem;

	/**
	 * The cached value of the '{@link #getOtherGreenSystem() <em>Other Green System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherGreenSystem()
	 * @generated
	 * @ordered
	 */
	protected NamedCount otherGreenSystem;

	/**
	 * The default value of the '{@link #getGreenFactories() <em>Green Factories</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenFactories()
	 * @generated
	 * @ordered
	 */
	protected static final Integer GREEN_FACTORIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGreenFactories() <em>Green Factories</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenFactories()
	 * @generated
	 * @ordered
	 */
	protected Integer greenFactories = GREEN_FACTORIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getGreenParks() <em>Green Parks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenParks()
	 * @generated
	 * @ordered
	 */
	protected static final Integer GREEN_PARKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGreenParks() <em>Green Parks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenParks()
	 * @generated
	 * @ordered
	 */
	protected Integer greenParks = GREEN_PARKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGreenSupplyChains() <em>Green Supply Chains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenSupplyChains()
	 * @generated
	 * @ordered
	 */
	protected static final Integer GREEN_SUPPLY_CHAINS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGreenSupplyChains() <em>Green Supply Chains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenSupplyChains()
	 * @generated
	 * @ordered
	 */
	protected Integer greenSupplyChains = GREEN_SUPPLY_CHAINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGreenDesignProducts() <em>Green Design Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenDesignProducts()
	 * @generated
	 * @ordered
	 */
	protected static final Integer GREEN_DESIGN_PRODUCTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGreenDesignProducts() <em>Green Design Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenDesignProducts()
	 * @generated
	 * @ordered
	 */
	protected Integer greenDesignProducts = GREEN_DESIGN_PRODUCTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGreenCountEvidence() <em>Green Count Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenCountEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> greenCountEvidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GreenSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.GREEN_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNo getCarbonMonitoring() {
		return carbonMonitoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarbonMonitoring(YesNo newCarbonMonitoring) {
		YesNo oldCarbonMonitoring = carbonMonitoring;
		carbonMonitoring = newCarbonMonitoring == null ? CARBON_MONITORING_EDEFAULT : newCarbonMonitoring;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING, oldCarbonMonitoring, carbonMonitoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getCarbonMonitoringEvidence() {
		if (carbonMonitoringEvidence == null) {
			carbonMonitoringEvidence = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING_EVIDENCE);
		}
		return carbonMonitoringEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getCo2PerOutput() {
		return co2PerOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCo2PerOutput(YearlyDecimal newCo2PerOutput, NotificationChain msgs) {
		YearlyDecimal oldCo2PerOutput = co2PerOutput;
		co2PerOutput = newCo2PerOutput;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT, oldCo2PerOutput, newCo2PerOutput);
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
	public void setCo2PerOutput(YearlyDecimal newCo2PerOutput) {
		if (newCo2PerOutput != co2PerOutput) {
			NotificationChain msgs = null;
			if (co2PerOutput != null)
				msgs = ((InternalEObject)co2PerOutput).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT, null, msgs);
			if (newCo2PerOutput != null)
				msgs = ((InternalEObject)newCo2PerOutput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT, null, msgs);
			msgs = basicSetCo2PerOutput(newCo2PerOutput, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT, newCo2PerOutput, newCo2PerOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCo2Formula() {
		return co2Formula;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCo2Formula(String newCo2Formula) {
		String oldCo2Formula = co2Formula;
		co2Formula = newCo2Formula;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__CO2_FORMULA, oldCo2Formula, co2Formula));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getEnergyPerOutput() {
		return energyPerOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnergyPerOutput(YearlyDecimal newEnergyPerOutput, NotificationChain msgs) {
		YearlyDecimal oldEnergyPerOutput = energyPerOutput;
		energyPerOutput = newEnergyPerOutput;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT, oldEnergyPerOutput, newEnergyPerOutput);
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
	public void setEnergyPerOutput(YearlyDecimal newEnergyPerOutput) {
		if (newEnergyPerOutput != energyPerOutput) {
			NotificationChain msgs = null;
			if (energyPerOutput != null)
				msgs = ((InternalEObject)energyPerOutput).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT, null, msgs);
			if (newEnergyPerOutput != null)
				msgs = ((InternalEObject)newEnergyPerOutput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT, null, msgs);
			msgs = basicSetEnergyPerOutput(newEnergyPerOutput, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT, newEnergyPerOutput, newEnergyPerOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnergyFormula() {
		return energyFormula;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnergyFormula(String newEnergyFormula) {
		String oldEnergyFormula = energyFormula;
		energyFormula = newEnergyFormula;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__ENERGY_FORMULA, oldEnergyFormula, energyFormula));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCo2ReductionRate() {
		return co2ReductionRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCo2ReductionRate(BigDecimal newCo2ReductionRate) {
		BigDecimal oldCo2ReductionRate = co2ReductionRate;
		co2ReductionRate = newCo2ReductionRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__CO2_REDUCTION_RATE, oldCo2ReductionRate, co2ReductionRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getEnergyReductionRate() {
		return energyReductionRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnergyReductionRate(BigDecimal newEnergyReductionRate) {
		BigDecimal oldEnergyReductionRate = energyReductionRate;
		energyReductionRate = newEnergyReductionRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__ENERGY_REDUCTION_RATE, oldEnergyReductionRate, energyReductionRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getSolidWasteUtilisation() {
		return solidWasteUtilisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolidWasteUtilisation(BigDecimal newSolidWasteUtilisation) {
		BigDecimal oldSolidWasteUtilisation = solidWasteUtilisation;
		solidWasteUtilisation = newSolidWasteUtilisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_UTILISATION, oldSolidWasteUtilisation, solidWasteUtilisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNoNotApplicable getSolidWasteAboveAverage() {
		return solidWasteAboveAverage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolidWasteAboveAverage(YesNoNotApplicable newSolidWasteAboveAverage) {
		YesNoNotApplicable oldSolidWasteAboveAverage = solidWasteAboveAverage;
		solidWasteAboveAverage = newSolidWasteAboveAverage == null ? SOLID_WASTE_ABOVE_AVERAGE_EDEFAULT : newSolidWasteAboveAverage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE, oldSolidWasteAboveAverage, solidWasteAboveAverage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getWaterReuse() {
		return waterReuse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaterReuse(BigDecimal newWaterReuse) {
		BigDecimal oldWaterReuse = waterReuse;
		waterReuse = newWaterReuse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__WATER_REUSE, oldWaterReuse, waterReuse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNoNotApplicable getWaterReuseAboveAverage() {
		return waterReuseAboveAverage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaterReuseAboveAverage(YesNoNotApplicable newWaterReuseAboveAverage) {
		YesNoNotApplicable oldWaterReuseAboveAverage = waterReuseAboveAverage;
		waterReuseAboveAverage = newWaterReuseAboveAverage == null ? WATER_REUSE_ABOVE_AVERAGE_EDEFAULT : newWaterReuseAboveAverage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE, oldWaterReuseAboveAverage, waterReuseAboveAverage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGreenNarrative() {
		return greenNarrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGreenNarrative(String newGreenNarrative) {
		String oldGreenNarrative = greenNarrative;
		greenNarrative = newGreenNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__GREEN_NARRATIVE, oldGreenNarrative, greenNarrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GreenWork> getGreenWorks() {
		if (greenWorks == null) {
			greenWorks = new EDataTypeUniqueEList<GreenWork>(GreenWork.class, this, ClusterDeskPackage.GREEN_SECTION__GREEN_WORKS);
		}
		return greenWorks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getNationalGreenSystem() {
		return nationalGreenSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalGreenSystem(NamedCount newNationalGreenSystem, NotificationChain msgs) {
		NamedCount oldNationalGreenSystem = nationalGreenSystem;
		nationalGreenSystem = newNationalGreenSystem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM, oldNationalGreenSystem, newNationalGreenSystem);
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
	public void setNationalGreenSystem(NamedCount newNationalGreenSystem) {
		if (newNationalGreenSystem != nationalGreenSystem) {
			NotificationChain msgs = null;
			if (nationalGreenSystem != null)
				msgs = ((InternalEObject)nationalGreenSystem).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM, null, msgs);
			if (newNationalGreenSystem != null)
				msgs = ((InternalEObject)newNationalGreenSystem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM, null, msgs);
			msgs = basicSetNationalGreenSystem(newNationalGreenSystem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM, newNationalGreenSystem, newNationalGreenSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getProvincialGreenSystem() {
		return provincialGreenSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialGreenSystem(NamedCount newProvincialGreenSystem, NotificationChain msgs) {
		NamedCount oldProvincialGreenSystem = provincialGreenSystem;
		provincialGreenSystem = newProvincialGreenSystem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM, oldProvincialGreenSystem, newProvincialGreenSystem);
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
	public void setProvincialGreenSystem(NamedCount newProvincialGreenSystem) {
		if (newProvincialGreenSystem != provincialGreenSystem) {
			NotificationChain msgs = null;
			if (provincialGreenSystem != null)
				msgs = ((InternalEObject)provincialGreenSystem).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM, null, msgs);
			if (newProvincialGreenSystem != null)
				msgs = ((InternalEObject)newProvincialGreenSystem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM, null, msgs);
			msgs = basicSetProvincialGreenSystem(newProvincialGreenSystem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM, newProvincialGreenSystem, newProvincialGreenSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getOtherGreenSystem() {
		return otherGreenSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOtherGreenSystem(NamedCount newOtherGreenSystem, NotificationChain msgs) {
		NamedCount oldOtherGreenSystem = otherGreenSystem;
		otherGreenSystem = newOtherGreenSystem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM, oldOtherGreenSystem, newOtherGreenSystem);
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
	public void setOtherGreenSystem(NamedCount newOtherGreenSystem) {
		if (newOtherGreenSystem != otherGreenSystem) {
			NotificationChain msgs = null;
			if (otherGreenSystem != null)
				msgs = ((InternalEObject)otherGreenSystem).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM, null, msgs);
			if (newOtherGreenSystem != null)
				msgs = ((InternalEObject)newOtherGreenSystem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM, null, msgs);
			msgs = basicSetOtherGreenSystem(newOtherGreenSystem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM, newOtherGreenSystem, newOtherGreenSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getGreenFactories() {
		return greenFactories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGreenFactories(Integer newGreenFactories) {
		Integer oldGreenFactories = greenFactories;
		greenFactories = newGreenFactories;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__GREEN_FACTORIES, oldGreenFactories, greenFactories));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getGreenParks() {
		return greenParks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGreenParks(Integer newGreenParks) {
		Integer oldGreenParks = greenParks;
		greenParks = newGreenParks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__GREEN_PARKS, oldGreenParks, greenParks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getGreenSupplyChains() {
		return greenSupplyChains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGreenSupplyChains(Integer newGreenSupplyChains) {
		Integer oldGreenSupplyChains = greenSupplyChains;
		greenSupplyChains = newGreenSupplyChains;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__GREEN_SUPPLY_CHAINS, oldGreenSupplyChains, greenSupplyChains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getGreenDesignProducts() {
		return greenDesignProducts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGreenDesignProducts(Integer newGreenDesignProducts) {
		Integer oldGreenDesignProducts = greenDesignProducts;
		greenDesignProducts = newGreenDesignProducts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.GREEN_SECTION__GREEN_DESIGN_PRODUCTS, oldGreenDesignProducts, greenDesignProducts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getGreenCountEvidence() {
		if (greenCountEvidence == null) {
			greenCountEvidence = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, ClusterDeskPackage.GREEN_SECTION__GREEN_COUNT_EVIDENCE);
		}
		return greenCountEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedEnergyReduction() {
		return org.clusterdesk.model.derived.GreenFigures.energyReduction(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedCo2Reduction() {
		return org.clusterdesk.model.derived.GreenFigures.co2Reduction(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING_EVIDENCE:
				return ((InternalEList<?>)getCarbonMonitoringEvidence()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT:
				return basicSetCo2PerOutput(null, msgs);
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT:
				return basicSetEnergyPerOutput(null, msgs);
			case ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM:
				return basicSetNationalGreenSystem(null, msgs);
			case ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM:
				return basicSetProvincialGreenSystem(null, msgs);
			case ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM:
				return basicSetOtherGreenSystem(null, msgs);
			case ClusterDeskPackage.GREEN_SECTION__GREEN_COUNT_EVIDENCE:
				return ((InternalEList<?>)getGreenCountEvidence()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING:
				return getCarbonMonitoring();
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING_EVIDENCE:
				return getCarbonMonitoringEvidence();
			case ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT:
				return getCo2PerOutput();
			case ClusterDeskPackage.GREEN_SECTION__CO2_FORMULA:
				return getCo2Formula();
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT:
				return getEnergyPerOutput();
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_FORMULA:
				return getEnergyFormula();
			case ClusterDeskPackage.GREEN_SECTION__CO2_REDUCTION_RATE:
				return getCo2ReductionRate();
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_REDUCTION_RATE:
				return getEnergyReductionRate();
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_UTILISATION:
				return getSolidWasteUtilisation();
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE:
				return getSolidWasteAboveAverage();
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE:
				return getWaterReuse();
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE:
				return getWaterReuseAboveAverage();
			case ClusterDeskPackage.GREEN_SECTION__GREEN_NARRATIVE:
				return getGreenNarrative();
			case ClusterDeskPackage.GREEN_SECTION__GREEN_WORKS:
				return getGreenWorks();
			case ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM:
				return getNationalGreenSystem();
			case ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM:
				return getProvincialGreenSystem();
			case ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM:
				return getOtherGreenSystem();
			case ClusterDeskPackage.GREEN_SECTION__GREEN_FACTORIES:
				return getGreenFactories();
			case ClusterDeskPackage.GREEN_SECTION__GREEN_PARKS:
				return getGreenParks();
			case ClusterDeskPackage.GREEN_SECTION__GREEN_SUPPLY_CHAINS:
				return getGreenSupplyChains();
			case ClusterDeskPackage.GREEN_SECTION__GREEN_DESIGN_PRODUCTS:
				return getGreenDesignProducts();
			case ClusterDeskPackage.GREEN_SECTION__GREEN_COUNT_EVIDENCE:
				return getGreenCountEvidence();
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
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING:
				setCarbonMonitoring((YesNo)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING_EVIDENCE:
				getCarbonMonitoringEvidence().clear();
				getCarbonMonitoringEvidence().addAll((Collection<? extends EvidenceRef>)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT:
				setCo2PerOutput((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__CO2_FORMULA:
				setCo2Formula((String)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT:
				setEnergyPerOutput((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_FORMULA:
				setEnergyFormula((String)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__CO2_REDUCTION_RATE:
				setCo2ReductionRate((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_REDUCTION_RATE:
				setEnergyReductionRate((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_UTILISATION:
				setSolidWasteUtilisation((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE:
				setSolidWasteAboveAverage((YesNoNotApplicable)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE:
				setWaterReuse((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE:
				setWaterReuseAboveAverage((YesNoNotApplicable)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_NARRATIVE:
				setGreenNarrative((String)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_WORKS:
				getGreenWorks().clear();
				getGreenWorks().addAll((Collection<? extends GreenWork>)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM:
				setNationalGreenSystem((NamedCount)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM:
				setProvincialGreenSystem((NamedCount)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM:
				setOtherGreenSystem((NamedCount)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_FACTORIES:
				setGreenFactories((Integer)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_PARKS:
				setGreenParks((Integer)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_SUPPLY_CHAINS:
				setGreenSupplyChains((Integer)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_DESIGN_PRODUCTS:
				setGreenDesignProducts((Integer)newValue);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_COUNT_EVIDENCE:
				getGreenCountEvidence().clear();
				getGreenCountEvidence().addAll((Collection<? extends EvidenceRef>)newValue);
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
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING:
				setCarbonMonitoring(CARBON_MONITORING_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING_EVIDENCE:
				getCarbonMonitoringEvidence().clear();
				return;
			case ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT:
				setCo2PerOutput((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.GREEN_SECTION__CO2_FORMULA:
				setCo2Formula(CO2_FORMULA_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT:
				setEnergyPerOutput((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_FORMULA:
				setEnergyFormula(ENERGY_FORMULA_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__CO2_REDUCTION_RATE:
				setCo2ReductionRate(CO2_REDUCTION_RATE_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_REDUCTION_RATE:
				setEnergyReductionRate(ENERGY_REDUCTION_RATE_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_UTILISATION:
				setSolidWasteUtilisation(SOLID_WASTE_UTILISATION_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE:
				setSolidWasteAboveAverage(SOLID_WASTE_ABOVE_AVERAGE_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE:
				setWaterReuse(WATER_REUSE_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE:
				setWaterReuseAboveAverage(WATER_REUSE_ABOVE_AVERAGE_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_NARRATIVE:
				setGreenNarrative(GREEN_NARRATIVE_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_WORKS:
				getGreenWorks().clear();
				return;
			case ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM:
				setNationalGreenSystem((NamedCount)null);
				return;
			case ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM:
				setProvincialGreenSystem((NamedCount)null);
				return;
			case ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM:
				setOtherGreenSystem((NamedCount)null);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_FACTORIES:
				setGreenFactories(GREEN_FACTORIES_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_PARKS:
				setGreenParks(GREEN_PARKS_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_SUPPLY_CHAINS:
				setGreenSupplyChains(GREEN_SUPPLY_CHAINS_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_DESIGN_PRODUCTS:
				setGreenDesignProducts(GREEN_DESIGN_PRODUCTS_EDEFAULT);
				return;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_COUNT_EVIDENCE:
				getGreenCountEvidence().clear();
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
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING:
				return carbonMonitoring != CARBON_MONITORING_EDEFAULT;
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING_EVIDENCE:
				return carbonMonitoringEvidence != null && !carbonMonitoringEvidence.isEmpty();
			case ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT:
				return co2PerOutput != null;
			case ClusterDeskPackage.GREEN_SECTION__CO2_FORMULA:
				return CO2_FORMULA_EDEFAULT == null ? co2Formula != null : !CO2_FORMULA_EDEFAULT.equals(co2Formula);
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT:
				return energyPerOutput != null;
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_FORMULA:
				return ENERGY_FORMULA_EDEFAULT == null ? energyFormula != null : !ENERGY_FORMULA_EDEFAULT.equals(energyFormula);
			case ClusterDeskPackage.GREEN_SECTION__CO2_REDUCTION_RATE:
				return CO2_REDUCTION_RATE_EDEFAULT == null ? co2ReductionRate != null : !CO2_REDUCTION_RATE_EDEFAULT.equals(co2ReductionRate);
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_REDUCTION_RATE:
				return ENERGY_REDUCTION_RATE_EDEFAULT == null ? energyReductionRate != null : !ENERGY_REDUCTION_RATE_EDEFAULT.equals(energyReductionRate);
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_UTILISATION:
				return SOLID_WASTE_UTILISATION_EDEFAULT == null ? solidWasteUtilisation != null : !SOLID_WASTE_UTILISATION_EDEFAULT.equals(solidWasteUtilisation);
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE:
				return solidWasteAboveAverage != SOLID_WASTE_ABOVE_AVERAGE_EDEFAULT;
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE:
				return WATER_REUSE_EDEFAULT == null ? waterReuse != null : !WATER_REUSE_EDEFAULT.equals(waterReuse);
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE:
				return waterReuseAboveAverage != WATER_REUSE_ABOVE_AVERAGE_EDEFAULT;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_NARRATIVE:
				return GREEN_NARRATIVE_EDEFAULT == null ? greenNarrative != null : !GREEN_NARRATIVE_EDEFAULT.equals(greenNarrative);
			case ClusterDeskPackage.GREEN_SECTION__GREEN_WORKS:
				return greenWorks != null && !greenWorks.isEmpty();
			case ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM:
				return nationalGreenSystem != null;
			case ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM:
				return provincialGreenSystem != null;
			case ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM:
				return otherGreenSystem != null;
			case ClusterDeskPackage.GREEN_SECTION__GREEN_FACTORIES:
				return GREEN_FACTORIES_EDEFAULT == null ? greenFactories != null : !GREEN_FACTORIES_EDEFAULT.equals(greenFactories);
			case ClusterDeskPackage.GREEN_SECTION__GREEN_PARKS:
				return GREEN_PARKS_EDEFAULT == null ? greenParks != null : !GREEN_PARKS_EDEFAULT.equals(greenParks);
			case ClusterDeskPackage.GREEN_SECTION__GREEN_SUPPLY_CHAINS:
				return GREEN_SUPPLY_CHAINS_EDEFAULT == null ? greenSupplyChains != null : !GREEN_SUPPLY_CHAINS_EDEFAULT.equals(greenSupplyChains);
			case ClusterDeskPackage.GREEN_SECTION__GREEN_DESIGN_PRODUCTS:
				return GREEN_DESIGN_PRODUCTS_EDEFAULT == null ? greenDesignProducts != null : !GREEN_DESIGN_PRODUCTS_EDEFAULT.equals(greenDesignProducts);
			case ClusterDeskPackage.GREEN_SECTION__GREEN_COUNT_EVIDENCE:
				return greenCountEvidence != null && !greenCountEvidence.isEmpty();
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
			case ClusterDeskPackage.GREEN_SECTION___COMPUTED_ENERGY_REDUCTION:
				return computedEnergyReduction();
			case ClusterDeskPackage.GREEN_SECTION___COMPUTED_CO2_REDUCTION:
				return computedCo2Reduction();
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
		result.append(" (carbonMonitoring: ");
		result.append(carbonMonitoring);
		result.append(", co2Formula: ");
		result.append(co2Formula);
		result.append(", energyFormula: ");
		result.append(energyFormula);
		result.append(", co2ReductionRate: ");
		result.append(co2ReductionRate);
		result.append(", energyReductionRate: ");
		result.append(energyReductionRate);
		result.append(", solidWasteUtilisation: ");
		result.append(solidWasteUtilisation);
		result.append(", solidWasteAboveAverage: ");
		result.append(solidWasteAboveAverage);
		result.append(", waterReuse: ");
		result.append(waterReuse);
		result.append(", waterReuseAboveAverage: ");
		result.append(waterReuseAboveAverage);
		result.append(", greenNarrative: ");
		result.append(greenNarrative);
		result.append(", greenWorks: ");
		result.append(greenWorks);
		result.append(", greenFactories: ");
		result.append(greenFactories);
		result.append(", greenParks: ");
		result.append(greenParks);
		result.append(", greenSupplyChains: ");
		result.append(greenSupplyChains);
		result.append(", greenDesignProducts: ");
		result.append(greenDesignProducts);
		result.append(')');
		return result.toString();
	}

} //GreenSectionImpl
