/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Digital Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getCloudSmes <em>Cloud Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getCloudRatio <em>Cloud Ratio</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getIiotSmes <em>Iiot Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getIiotPenetration <em>Iiot Penetration</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getDigitalRdToolRate <em>Digital Rd Tool Rate</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getIdentifierRatio <em>Identifier Ratio</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getSoftwarePurchases <em>Software Purchases</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getSoftwareRateRising <em>Software Rate Rising</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getServiceNarrative <em>Service Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getServiceWorks <em>Service Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getNewModelNarrative <em>New Model Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getNewModelWorks <em>New Model Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getNationalPilots <em>National Pilots</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getProvincialPilots <em>Provincial Pilots</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getOtherPilots <em>Other Pilots</em>}</li>
 *   <li>{@link org.clusterdesk.model.DigitalSection#getProvincialOrAbovePilots <em>Provincial Or Above Pilots</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection()
 * @model
 * @generated
 */
public interface DigitalSection extends EvidenceHolder {
	/**
	 * Returns the value of the '<em><b>Cloud Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cloud Smes</em>' containment reference.
	 * @see #setCloudSmes(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_CloudSmes()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getCloudSmes();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getCloudSmes <em>Cloud Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cloud Smes</em>' containment reference.
	 * @see #getCloudSmes()
	 * @generated
	 */
	void setCloudSmes(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Cloud Ratio</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cloud Ratio</em>' containment reference.
	 * @see #setCloudRatio(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_CloudRatio()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getCloudRatio();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getCloudRatio <em>Cloud Ratio</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cloud Ratio</em>' containment reference.
	 * @see #getCloudRatio()
	 * @generated
	 */
	void setCloudRatio(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Iiot Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iiot Smes</em>' containment reference.
	 * @see #setIiotSmes(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_IiotSmes()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getIiotSmes();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getIiotSmes <em>Iiot Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iiot Smes</em>' containment reference.
	 * @see #getIiotSmes()
	 * @generated
	 */
	void setIiotSmes(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Iiot Penetration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iiot Penetration</em>' containment reference.
	 * @see #setIiotPenetration(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_IiotPenetration()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getIiotPenetration();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getIiotPenetration <em>Iiot Penetration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iiot Penetration</em>' containment reference.
	 * @see #getIiotPenetration()
	 * @generated
	 */
	void setIiotPenetration(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Digital Rd Tool Rate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Digital Rd Tool Rate</em>' containment reference.
	 * @see #setDigitalRdToolRate(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_DigitalRdToolRate()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getDigitalRdToolRate();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getDigitalRdToolRate <em>Digital Rd Tool Rate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital Rd Tool Rate</em>' containment reference.
	 * @see #getDigitalRdToolRate()
	 * @generated
	 */
	void setDigitalRdToolRate(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Identifier Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identifier Ratio</em>' attribute.
	 * @see #setIdentifierRatio(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_IdentifierRatio()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getIdentifierRatio();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getIdentifierRatio <em>Identifier Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifier Ratio</em>' attribute.
	 * @see #getIdentifierRatio()
	 * @generated
	 */
	void setIdentifierRatio(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Software Purchases</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Software Purchases</em>' containment reference.
	 * @see #setSoftwarePurchases(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_SoftwarePurchases()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='WAN_YUAN'"
	 * @generated
	 */
	YearlyDecimal getSoftwarePurchases();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getSoftwarePurchases <em>Software Purchases</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Purchases</em>' containment reference.
	 * @see #getSoftwarePurchases()
	 * @generated
	 */
	void setSoftwarePurchases(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Software Rate Rising</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Software Rate Rising</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #setSoftwareRateRising(YesNo)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_SoftwareRateRising()
	 * @model
	 * @generated
	 */
	YesNo getSoftwareRateRising();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getSoftwareRateRising <em>Software Rate Rising</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Rate Rising</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #getSoftwareRateRising()
	 * @generated
	 */
	void setSoftwareRateRising(YesNo value);

	/**
	 * Returns the value of the '<em><b>Service Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Narrative</em>' attribute.
	 * @see #setServiceNarrative(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_ServiceNarrative()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getServiceNarrative();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getServiceNarrative <em>Service Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Narrative</em>' attribute.
	 * @see #getServiceNarrative()
	 * @generated
	 */
	void setServiceNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Service Works</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.DigitalServiceWork}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.DigitalServiceWork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Works</em>' attribute list.
	 * @see org.clusterdesk.model.DigitalServiceWork
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_ServiceWorks()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<DigitalServiceWork> getServiceWorks();

	/**
	 * Returns the value of the '<em><b>New Model Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Model Narrative</em>' attribute.
	 * @see #setNewModelNarrative(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_NewModelNarrative()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getNewModelNarrative();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getNewModelNarrative <em>New Model Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Model Narrative</em>' attribute.
	 * @see #getNewModelNarrative()
	 * @generated
	 */
	void setNewModelNarrative(String value);

	/**
	 * Returns the value of the '<em><b>New Model Works</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.NewModelWork}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.NewModelWork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Model Works</em>' attribute list.
	 * @see org.clusterdesk.model.NewModelWork
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_NewModelWorks()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<NewModelWork> getNewModelWorks();

	/**
	 * Returns the value of the '<em><b>National Pilots</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Pilots</em>' containment reference.
	 * @see #setNationalPilots(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_NationalPilots()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getNationalPilots();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getNationalPilots <em>National Pilots</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Pilots</em>' containment reference.
	 * @see #getNationalPilots()
	 * @generated
	 */
	void setNationalPilots(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Pilots</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Pilots</em>' containment reference.
	 * @see #setProvincialPilots(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_ProvincialPilots()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getProvincialPilots();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getProvincialPilots <em>Provincial Pilots</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Pilots</em>' containment reference.
	 * @see #getProvincialPilots()
	 * @generated
	 */
	void setProvincialPilots(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Other Pilots</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other Pilots</em>' containment reference.
	 * @see #setOtherPilots(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_OtherPilots()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getOtherPilots();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getOtherPilots <em>Other Pilots</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Pilots</em>' containment reference.
	 * @see #getOtherPilots()
	 * @generated
	 */
	void setOtherPilots(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Or Above Pilots</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Or Above Pilots</em>' containment reference.
	 * @see #setProvincialOrAbovePilots(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalSection_ProvincialOrAbovePilots()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getProvincialOrAbovePilots();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.DigitalSection#getProvincialOrAbovePilots <em>Provincial Or Above Pilots</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Or Above Pilots</em>' containment reference.
	 * @see #getProvincialOrAbovePilots()
	 * @generated
	 */
	void setProvincialOrAbovePilots(NamedCount value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D04: cloud SMEs / SMEs x 100.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedCloudRatio(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D04: connected SMEs / SMEs x 100.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedIiotPenetration(int year);

} // DigitalSection
