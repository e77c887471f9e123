/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Basic Info Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getOperatorChanged <em>Operator Changed</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getArea <em>Area</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getIndustryType <em>Industry Type</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getProhibitedIndustry <em>Prohibited Industry</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getAccidents <em>Accidents</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getViolations <em>Violations</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getEnergyEfficiency <em>Energy Efficiency</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getWaterEfficiency <em>Water Efficiency</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getProvinciallyRecognised <em>Provincially Recognised</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getKeyChainMember <em>Key Chain Member</em>}</li>
 *   <li>{@link org.clusterdesk.model.BasicInfoSection#getKeyChainEvidence <em>Key Chain Evidence</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection()
 * @model
 * @generated
 */
public interface BasicInfoSection extends EvidenceHolder {
	/**
	 * Returns the value of the '<em><b>Department</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' containment reference.
	 * @see #setDepartment(Organisation)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_Department()
	 * @model containment="true"
	 * @generated
	 */
	Organisation getDepartment();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getDepartment <em>Department</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' containment reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Organisation value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' containment reference.
	 * @see #setOperator(Organisation)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_Operator()
	 * @model containment="true"
	 * @generated
	 */
	Organisation getOperator();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getOperator <em>Operator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' containment reference.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(Organisation value);

	/**
	 * Returns the value of the '<em><b>Operator Changed</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator Changed</em>' containment reference.
	 * @see #setOperatorChanged(ExplainedAnswer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_OperatorChanged()
	 * @model containment="true"
	 * @generated
	 */
	ExplainedAnswer getOperatorChanged();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getOperatorChanged <em>Operator Changed</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator Changed</em>' containment reference.
	 * @see #getOperatorChanged()
	 * @generated
	 */
	void setOperatorChanged(ExplainedAnswer value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_Area()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='SQUARE_KM'"
	 * @generated
	 */
	BigDecimal getArea();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Industry Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.IndustryType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Industry Type</em>' attribute.
	 * @see org.clusterdesk.model.IndustryType
	 * @see #setIndustryType(IndustryType)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_IndustryType()
	 * @model
	 * @generated
	 */
	IndustryType getIndustryType();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getIndustryType <em>Industry Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry Type</em>' attribute.
	 * @see org.clusterdesk.model.IndustryType
	 * @see #getIndustryType()
	 * @generated
	 */
	void setIndustryType(IndustryType value);

	/**
	 * Returns the value of the '<em><b>Prohibited Industry</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prohibited Industry</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #setProhibitedIndustry(YesNo)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_ProhibitedIndustry()
	 * @model
	 * @generated
	 */
	YesNo getProhibitedIndustry();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getProhibitedIndustry <em>Prohibited Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prohibited Industry</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #getProhibitedIndustry()
	 * @generated
	 */
	void setProhibitedIndustry(YesNo value);

	/**
	 * Returns the value of the '<em><b>Accidents</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accidents</em>' containment reference.
	 * @see #setAccidents(ExplainedAnswer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_Accidents()
	 * @model containment="true"
	 * @generated
	 */
	ExplainedAnswer getAccidents();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getAccidents <em>Accidents</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accidents</em>' containment reference.
	 * @see #getAccidents()
	 * @generated
	 */
	void setAccidents(ExplainedAnswer value);

	/**
	 * Returns the value of the '<em><b>Violations</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Violations</em>' containment reference.
	 * @see #setViolations(ExplainedAnswer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_Violations()
	 * @model containment="true"
	 * @generated
	 */
	ExplainedAnswer getViolations();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getViolations <em>Violations</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Violations</em>' containment reference.
	 * @see #getViolations()
	 * @generated
	 */
	void setViolations(ExplainedAnswer value);

	/**
	 * Returns the value of the '<em><b>Energy Efficiency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNoNotApplicable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Energy Efficiency</em>' attribute.
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @see #setEnergyEfficiency(YesNoNotApplicable)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_EnergyEfficiency()
	 * @model
	 * @generated
	 */
	YesNoNotApplicable getEnergyEfficiency();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getEnergyEfficiency <em>Energy Efficiency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Energy Efficiency</em>' attribute.
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @see #getEnergyEfficiency()
	 * @generated
	 */
	void setEnergyEfficiency(YesNoNotApplicable value);

	/**
	 * Returns the value of the '<em><b>Water Efficiency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNoNotApplicable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Water Efficiency</em>' attribute.
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @see #setWaterEfficiency(YesNoNotApplicable)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_WaterEfficiency()
	 * @model
	 * @generated
	 */
	YesNoNotApplicable getWaterEfficiency();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getWaterEfficiency <em>Water Efficiency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Water Efficiency</em>' attribute.
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @see #getWaterEfficiency()
	 * @generated
	 */
	void setWaterEfficiency(YesNoNotApplicable value);

	/**
	 * Returns the value of the '<em><b>Provincially Recognised</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincially Recognised</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #setProvinciallyRecognised(YesNo)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_ProvinciallyRecognised()
	 * @model
	 * @generated
	 */
	YesNo getProvinciallyRecognised();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getProvinciallyRecognised <em>Provincially Recognised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincially Recognised</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #getProvinciallyRecognised()
	 * @generated
	 */
	void setProvinciallyRecognised(YesNo value);

	/**
	 * Returns the value of the '<em><b>Key Chain Member</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Chain Member</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #setKeyChainMember(YesNo)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_KeyChainMember()
	 * @model
	 * @generated
	 */
	YesNo getKeyChainMember();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.BasicInfoSection#getKeyChainMember <em>Key Chain Member</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Chain Member</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #getKeyChainMember()
	 * @generated
	 */
	void setKeyChainMember(YesNo value);

	/**
	 * Returns the value of the '<em><b>Key Chain Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Chain Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getBasicInfoSection_KeyChainEvidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getKeyChainEvidence();

} // BasicInfoSection
