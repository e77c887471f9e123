/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Green Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.GreenSection#getCarbonMonitoring <em>Carbon Monitoring</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getCarbonMonitoringEvidence <em>Carbon Monitoring Evidence</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getCo2PerOutput <em>Co2 Per Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getCo2Formula <em>Co2 Formula</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getEnergyPerOutput <em>Energy Per Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getEnergyFormula <em>Energy Formula</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getCo2ReductionRate <em>Co2 Reduction Rate</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getEnergyReductionRate <em>Energy Reduction Rate</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getSolidWasteUtilisation <em>Solid Waste Utilisation</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getSolidWasteAboveAverage <em>Solid Waste Above Average</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getWaterReuse <em>Water Reuse</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getWaterReuseAboveAverage <em>Water Reuse Above Average</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getGreenNarrative <em>Green Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getGreenWorks <em>Green Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getNationalGreenSystem <em>National Green System</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getProvincialGreenSystem <em>Provincial Green System</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getOtherGreenSystem <em>Other Green System</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getGreenFactories <em>Green Factories</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getGreenParks <em>Green Parks</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getGreenSupplyChains <em>Green Supply Chains</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getGreenDesignProducts <em>Green Design Products</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenSection#getGreenCountEvidence <em>Green Count Evidence</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection()
 * @model
 * @generated
 */
public interface GreenSection extends EvidenceHolder {
	/**
	 * Returns the value of the '<em><b>Carbon Monitoring</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Carbon Monitoring</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #setCarbonMonitoring(YesNo)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_CarbonMonitoring()
	 * @model
	 * @generated
	 */
	YesNo getCarbonMonitoring();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getCarbonMonitoring <em>Carbon Monitoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carbon Monitoring</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #getCarbonMonitoring()
	 * @generated
	 */
	void setCarbonMonitoring(YesNo value);

	/**
	 * Returns the value of the '<em><b>Carbon Monitoring Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Carbon Monitoring Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_CarbonMonitoringEvidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getCarbonMonitoringEvidence();

	/**
	 * Returns the value of the '<em><b>Co2 Per Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co2 Per Output</em>' containment reference.
	 * @see #setCo2PerOutput(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_Co2PerOutput()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='TONNE_CO2_PER_WAN_YUAN'"
	 * @generated
	 */
	YearlyDecimal getCo2PerOutput();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getCo2PerOutput <em>Co2 Per Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Co2 Per Output</em>' containment reference.
	 * @see #getCo2PerOutput()
	 * @generated
	 */
	void setCo2PerOutput(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Co2 Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co2 Formula</em>' attribute.
	 * @see #setCo2Formula(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_Co2Formula()
	 * @model
	 * @generated
	 */
	String getCo2Formula();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getCo2Formula <em>Co2 Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Co2 Formula</em>' attribute.
	 * @see #getCo2Formula()
	 * @generated
	 */
	void setCo2Formula(String value);

	/**
	 * Returns the value of the '<em><b>Energy Per Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Energy Per Output</em>' containment reference.
	 * @see #setEnergyPerOutput(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_EnergyPerOutput()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='TCE_PER_WAN_YUAN'"
	 * @generated
	 */
	YearlyDecimal getEnergyPerOutput();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getEnergyPerOutput <em>Energy Per Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Energy Per Output</em>' containment reference.
	 * @see #getEnergyPerOutput()
	 * @generated
	 */
	void setEnergyPerOutput(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Energy Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Energy Formula</em>' attribute.
	 * @see #setEnergyFormula(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_EnergyFormula()
	 * @model
	 * @generated
	 */
	String getEnergyFormula();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getEnergyFormula <em>Energy Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Energy Formula</em>' attribute.
	 * @see #getEnergyFormula()
	 * @generated
	 */
	void setEnergyFormula(String value);

	/**
	 * Returns the value of the '<em><b>Co2 Reduction Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co2 Reduction Rate</em>' attribute.
	 * @see #setCo2ReductionRate(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_Co2ReductionRate()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getCo2ReductionRate();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getCo2ReductionRate <em>Co2 Reduction Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Co2 Reduction Rate</em>' attribute.
	 * @see #getCo2ReductionRate()
	 * @generated
	 */
	void setCo2ReductionRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Energy Reduction Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Energy Reduction Rate</em>' attribute.
	 * @see #setEnergyReductionRate(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_EnergyReductionRate()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getEnergyReductionRate();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getEnergyReductionRate <em>Energy Reduction Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Energy Reduction Rate</em>' attribute.
	 * @see #getEnergyReductionRate()
	 * @generated
	 */
	void setEnergyReductionRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Solid Waste Utilisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Solid Waste Utilisation</em>' attribute.
	 * @see #setSolidWasteUtilisation(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_SolidWasteUtilisation()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getSolidWasteUtilisation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getSolidWasteUtilisation <em>Solid Waste Utilisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solid Waste Utilisation</em>' attribute.
	 * @see #getSolidWasteUtilisation()
	 * @generated
	 */
	void setSolidWasteUtilisation(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Solid Waste Above Average</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNoNotApplicable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Solid Waste Above Average</em>' attribute.
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @see #setSolidWasteAboveAverage(YesNoNotApplicable)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_SolidWasteAboveAverage()
	 * @model
	 * @generated
	 */
	YesNoNotApplicable getSolidWasteAboveAverage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getSolidWasteAboveAverage <em>Solid Waste Above Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solid Waste Above Average</em>' attribute.
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @see #getSolidWasteAboveAverage()
	 * @generated
	 */
	void setSolidWasteAboveAverage(YesNoNotApplicable value);

	/**
	 * Returns the value of the '<em><b>Water Reuse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Water Reuse</em>' attribute.
	 * @see #setWaterReuse(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_WaterReuse()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getWaterReuse();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getWaterReuse <em>Water Reuse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Water Reuse</em>' attribute.
	 * @see #getWaterReuse()
	 * @generated
	 */
	void setWaterReuse(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Water Reuse Above Average</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNoNotApplicable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Water Reuse Above Average</em>' attribute.
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @see #setWaterReuseAboveAverage(YesNoNotApplicable)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_WaterReuseAboveAverage()
	 * @model
	 * @generated
	 */
	YesNoNotApplicable getWaterReuseAboveAverage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getWaterReuseAboveAverage <em>Water Reuse Above Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Water Reuse Above Average</em>' attribute.
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @see #getWaterReuseAboveAverage()
	 * @generated
	 */
	void setWaterReuseAboveAverage(YesNoNotApplicable value);

	/**
	 * Returns the value of the '<em><b>Green Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green Narrative</em>' attribute.
	 * @see #setGreenNarrative(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_GreenNarrative()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getGreenNarrative();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getGreenNarrative <em>Green Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green Narrative</em>' attribute.
	 * @see #getGreenNarrative()
	 * @generated
	 */
	void setGreenNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Green Works</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.GreenWork}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.GreenWork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green Works</em>' attribute list.
	 * @see org.clusterdesk.model.GreenWork
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_GreenWorks()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<GreenWork> getGreenWorks();

	/**
	 * Returns the value of the '<em><b>National Green System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Green System</em>' containment reference.
	 * @see #setNationalGreenSystem(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_NationalGreenSystem()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getNationalGreenSystem();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getNationalGreenSystem <em>National Green System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Green System</em>' containment reference.
	 * @see #getNationalGreenSystem()
	 * @generated
	 */
	void setNationalGreenSystem(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Green System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Green System</em>' containment reference.
	 * @see #setProvincialGreenSystem(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_ProvincialGreenSystem()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getProvincialGreenSystem();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getProvincialGreenSystem <em>Provincial Green System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Green System</em>' containment reference.
	 * @see #getProvincialGreenSystem()
	 * @generated
	 */
	void setProvincialGreenSystem(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Other Green System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other Green System</em>' containment reference.
	 * @see #setOtherGreenSystem(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_OtherGreenSystem()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getOtherGreenSystem();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getOtherGreenSystem <em>Other Green System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Green System</em>' containment reference.
	 * @see #getOtherGreenSystem()
	 * @generated
	 */
	void setOtherGreenSystem(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Green Factories</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green Factories</em>' attribute.
	 * @see #setGreenFactories(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_GreenFactories()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	Integer getGreenFactories();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getGreenFactories <em>Green Factories</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green Factories</em>' attribute.
	 * @see #getGreenFactories()
	 * @generated
	 */
	void setGreenFactories(Integer value);

	/**
	 * Returns the value of the '<em><b>Green Parks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green Parks</em>' attribute.
	 * @see #setGreenParks(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_GreenParks()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	Integer getGreenParks();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getGreenParks <em>Green Parks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green Parks</em>' attribute.
	 * @see #getGreenParks()
	 * @generated
	 */
	void setGreenParks(Integer value);

	/**
	 * Returns the value of the '<em><b>Green Supply Chains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green Supply Chains</em>' attribute.
	 * @see #setGreenSupplyChains(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_GreenSupplyChains()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	Integer getGreenSupplyChains();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getGreenSupplyChains <em>Green Supply Chains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green Supply Chains</em>' attribute.
	 * @see #getGreenSupplyChains()
	 * @generated
	 */
	void setGreenSupplyChains(Integer value);

	/**
	 * Returns the value of the '<em><b>Green Design Products</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green Design Products</em>' attribute.
	 * @see #setGreenDesignProducts(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_GreenDesignProducts()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	Integer getGreenDesignProducts();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenSection#getGreenDesignProducts <em>Green Design Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green Design Products</em>' attribute.
	 * @see #getGreenDesignProducts()
	 * @generated
	 */
	void setGreenDesignProducts(Integer value);

	/**
	 * Returns the value of the '<em><b>Green Count Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green Count Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenSection_GreenCountEvidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getGreenCountEvidence();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D07: (e_first - e_last) / e_first x 100.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedEnergyReduction();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D07 for CO2 per output.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedCo2Reduction();

} // GreenSection
