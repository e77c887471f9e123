/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Park</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.Park#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getLeadingIndustry <em>Leading Industry</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getGdp <em>Gdp</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getAboveScaleRevenue <em>Above Scale Revenue</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getTax <em>Tax</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getTrade <em>Trade</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getFixedInvestment <em>Fixed Investment</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getInvestmentAttracted <em>Investment Attracted</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getForeignCapitalUsed <em>Foreign Capital Used</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getDevelopedArea <em>Developed Area</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getInvestmentIntensity <em>Investment Intensity</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getTaxPerMu <em>Tax Per Mu</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getGreenParkLevel <em>Green Park Level</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getEvidencePage <em>Evidence Page</em>}</li>
 *   <li>{@link org.clusterdesk.model.Park#getReport <em>Report</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getPark()
 * @model
 * @generated
 */
public interface Park extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Leading Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leading Industry</em>' attribute.
	 * @see #setLeadingIndustry(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_LeadingIndustry()
	 * @model
	 * @generated
	 */
	String getLeadingIndustry();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getLeadingIndustry <em>Leading Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading Industry</em>' attribute.
	 * @see #getLeadingIndustry()
	 * @generated
	 */
	void setLeadingIndustry(String value);

	/**
	 * Returns the value of the '<em><b>Gdp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gdp</em>' containment reference.
	 * @see #setGdp(ParkIndicator)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_Gdp()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ParkIndicator getGdp();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getGdp <em>Gdp</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gdp</em>' containment reference.
	 * @see #getGdp()
	 * @generated
	 */
	void setGdp(ParkIndicator value);

	/**
	 * Returns the value of the '<em><b>Above Scale Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Above Scale Enterprises</em>' containment reference.
	 * @see #setAboveScaleEnterprises(ParkIndicator)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_AboveScaleEnterprises()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ParkIndicator getAboveScaleEnterprises();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Above Scale Enterprises</em>' containment reference.
	 * @see #getAboveScaleEnterprises()
	 * @generated
	 */
	void setAboveScaleEnterprises(ParkIndicator value);

	/**
	 * Returns the value of the '<em><b>Above Scale Revenue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Above Scale Revenue</em>' containment reference.
	 * @see #setAboveScaleRevenue(ParkIndicator)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_AboveScaleRevenue()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ParkIndicator getAboveScaleRevenue();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getAboveScaleRevenue <em>Above Scale Revenue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Above Scale Revenue</em>' containment reference.
	 * @see #getAboveScaleRevenue()
	 * @generated
	 */
	void setAboveScaleRevenue(ParkIndicator value);

	/**
	 * Returns the value of the '<em><b>Tax</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tax</em>' containment reference.
	 * @see #setTax(ParkIndicator)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_Tax()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ParkIndicator getTax();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getTax <em>Tax</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tax</em>' containment reference.
	 * @see #getTax()
	 * @generated
	 */
	void setTax(ParkIndicator value);

	/**
	 * Returns the value of the '<em><b>Trade</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trade</em>' containment reference.
	 * @see #setTrade(ParkIndicator)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_Trade()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_USD'"
	 * @generated
	 */
	ParkIndicator getTrade();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getTrade <em>Trade</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trade</em>' containment reference.
	 * @see #getTrade()
	 * @generated
	 */
	void setTrade(ParkIndicator value);

	/**
	 * Returns the value of the '<em><b>Fixed Investment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed Investment</em>' containment reference.
	 * @see #setFixedInvestment(ParkIndicator)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_FixedInvestment()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ParkIndicator getFixedInvestment();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getFixedInvestment <em>Fixed Investment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Investment</em>' containment reference.
	 * @see #getFixedInvestment()
	 * @generated
	 */
	void setFixedInvestment(ParkIndicator value);

	/**
	 * Returns the value of the '<em><b>Investment Attracted</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Investment Attracted</em>' containment reference.
	 * @see #setInvestmentAttracted(ParkIndicator)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_InvestmentAttracted()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ParkIndicator getInvestmentAttracted();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getInvestmentAttracted <em>Investment Attracted</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Investment Attracted</em>' containment reference.
	 * @see #getInvestmentAttracted()
	 * @generated
	 */
	void setInvestmentAttracted(ParkIndicator value);

	/**
	 * Returns the value of the '<em><b>Foreign Capital Used</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Foreign Capital Used</em>' containment reference.
	 * @see #setForeignCapitalUsed(ParkIndicator)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_ForeignCapitalUsed()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ParkIndicator getForeignCapitalUsed();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getForeignCapitalUsed <em>Foreign Capital Used</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreign Capital Used</em>' containment reference.
	 * @see #getForeignCapitalUsed()
	 * @generated
	 */
	void setForeignCapitalUsed(ParkIndicator value);

	/**
	 * Returns the value of the '<em><b>Developed Area</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One value per year, as the form prints the row: two cells under 2024年 and 2025年 (the park as a whole; no 其中：集群产业 part and no 增幅). Version 1 held a ParkIndicator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Developed Area</em>' containment reference.
	 * @see #setDevelopedArea(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_DevelopedArea()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='MU'"
	 * @generated
	 */
	YearlyDecimal getDevelopedArea();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getDevelopedArea <em>Developed Area</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Developed Area</em>' containment reference.
	 * @see #getDevelopedArea()
	 * @generated
	 */
	void setDevelopedArea(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Investment Intensity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One value per year, as the form prints the row: two cells under 2024年 and 2025年 (the park as a whole; no 其中：集群产业 part and no 增幅). Version 1 held a ParkIndicator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Investment Intensity</em>' containment reference.
	 * @see #setInvestmentIntensity(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_InvestmentIntensity()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='WAN_YUAN_PER_MU'"
	 * @generated
	 */
	YearlyDecimal getInvestmentIntensity();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getInvestmentIntensity <em>Investment Intensity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Investment Intensity</em>' containment reference.
	 * @see #getInvestmentIntensity()
	 * @generated
	 */
	void setInvestmentIntensity(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Tax Per Mu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One value per year, as the form prints the row: two cells under 2024年 and 2025年 (the park as a whole; no 其中：集群产业 part and no 增幅). Version 1 held a ParkIndicator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tax Per Mu</em>' containment reference.
	 * @see #setTaxPerMu(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_TaxPerMu()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='WAN_YUAN_PER_MU'"
	 * @generated
	 */
	YearlyDecimal getTaxPerMu();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getTaxPerMu <em>Tax Per Mu</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tax Per Mu</em>' containment reference.
	 * @see #getTaxPerMu()
	 * @generated
	 */
	void setTaxPerMu(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Green Park Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.GreenParkLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 是否为国/省级绿色园区: the level (国家级 / 省级), or 否. Version 1 held a yes/no (greenPark).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Green Park Level</em>' attribute.
	 * @see org.clusterdesk.model.GreenParkLevel
	 * @see #setGreenParkLevel(GreenParkLevel)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_GreenParkLevel()
	 * @model
	 * @generated
	 */
	GreenParkLevel getGreenParkLevel();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getGreenParkLevel <em>Green Park Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green Park Level</em>' attribute.
	 * @see org.clusterdesk.model.GreenParkLevel
	 * @see #getGreenParkLevel()
	 * @generated
	 */
	void setGreenParkLevel(GreenParkLevel value);

	/**
	 * Returns the value of the '<em><b>Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Page</em>' attribute.
	 * @see #setEvidencePage(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_EvidencePage()
	 * @model
	 * @generated
	 */
	String getEvidencePage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getEvidencePage <em>Evidence Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Page</em>' attribute.
	 * @see #getEvidencePage()
	 * @generated
	 */
	void setEvidencePage(String value);

	/**
	 * Returns the value of the '<em><b>Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Report</em>' attribute.
	 * @see #setReport(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPark_Report()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='2500'"
	 * @generated
	 */
	String getReport();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Park#getReport <em>Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report</em>' attribute.
	 * @see #getReport()
	 * @generated
	 */
	void setReport(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C11/D09: the park's fixed investment (亿元 -> 万元) / its developed area (亩) in the year.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedInvestmentIntensity(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C11/D09: the park's tax (亿元 -> 万元) / its developed area (亩) in the year.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedTaxPerMu(int year);

} // Park
