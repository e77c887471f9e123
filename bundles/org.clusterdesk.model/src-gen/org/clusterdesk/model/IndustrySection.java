/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Industry Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getTotalOutput <em>Total Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getCountyShare <em>County Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getSmeOutputShare <em>Sme Output Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getLeadingIndustryShare <em>Leading Industry Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getLeadingIndustryGrowth <em>Leading Industry Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getLeadingIndustryAverageGrowth <em>Leading Industry Average Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getSmes <em>Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getSpecialisedSmes <em>Specialised Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getLittleGiants <em>Little Giants</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getSingleChampions <em>Single Champions</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getHighTechEnterprises <em>High Tech Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getInnovativeSmes <em>Innovative Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getListedSmes <em>Listed Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getPreListingSmes <em>Pre Listing Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getQualifiedSmeLists <em>Qualified Sme Lists</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getFdi <em>Fdi</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getFdiGrowth <em>Fdi Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getExports <em>Exports</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getExportGrowth <em>Export Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getFdiCumulativeGrowthByYear <em>Fdi Cumulative Growth By Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getExportCumulativeGrowthByYear <em>Export Cumulative Growth By Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getChainNarrative <em>Chain Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getChainWorks <em>Chain Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getResourceNarrative <em>Resource Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getResourceWorks <em>Resource Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getHonours <em>Honours</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getQualityNarrative <em>Quality Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.IndustrySection#getQualityWorks <em>Quality Works</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection()
 * @model
 * @generated
 */
public interface IndustrySection extends EvidenceHolder {
	/**
	 * Returns the value of the '<em><b>Total Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Output</em>' containment reference.
	 * @see #setTotalOutput(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_TotalOutput()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	YearlyDecimal getTotalOutput();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getTotalOutput <em>Total Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Output</em>' containment reference.
	 * @see #getTotalOutput()
	 * @generated
	 */
	void setTotalOutput(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>County Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>County Share</em>' containment reference.
	 * @see #setCountyShare(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_CountyShare()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getCountyShare();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getCountyShare <em>County Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County Share</em>' containment reference.
	 * @see #getCountyShare()
	 * @generated
	 */
	void setCountyShare(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Sme Output Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sme Output Share</em>' containment reference.
	 * @see #setSmeOutputShare(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_SmeOutputShare()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getSmeOutputShare();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getSmeOutputShare <em>Sme Output Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sme Output Share</em>' containment reference.
	 * @see #getSmeOutputShare()
	 * @generated
	 */
	void setSmeOutputShare(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Leading Industry Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leading Industry Share</em>' containment reference.
	 * @see #setLeadingIndustryShare(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_LeadingIndustryShare()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getLeadingIndustryShare();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getLeadingIndustryShare <em>Leading Industry Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading Industry Share</em>' containment reference.
	 * @see #getLeadingIndustryShare()
	 * @generated
	 */
	void setLeadingIndustryShare(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Leading Industry Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leading Industry Growth</em>' containment reference.
	 * @see #setLeadingIndustryGrowth(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_LeadingIndustryGrowth()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getLeadingIndustryGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getLeadingIndustryGrowth <em>Leading Industry Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading Industry Growth</em>' containment reference.
	 * @see #getLeadingIndustryGrowth()
	 * @generated
	 */
	void setLeadingIndustryGrowth(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Leading Industry Average Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leading Industry Average Growth</em>' attribute.
	 * @see #setLeadingIndustryAverageGrowth(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_LeadingIndustryAverageGrowth()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getLeadingIndustryAverageGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getLeadingIndustryAverageGrowth <em>Leading Industry Average Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading Industry Average Growth</em>' attribute.
	 * @see #getLeadingIndustryAverageGrowth()
	 * @generated
	 */
	void setLeadingIndustryAverageGrowth(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprises</em>' containment reference.
	 * @see #setEnterprises(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_Enterprises()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getEnterprises();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getEnterprises <em>Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprises</em>' containment reference.
	 * @see #getEnterprises()
	 * @generated
	 */
	void setEnterprises(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Smes</em>' containment reference.
	 * @see #setSmes(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_Smes()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getSmes();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getSmes <em>Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smes</em>' containment reference.
	 * @see #getSmes()
	 * @generated
	 */
	void setSmes(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Specialised Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specialised Smes</em>' containment reference.
	 * @see #setSpecialisedSmes(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_SpecialisedSmes()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getSpecialisedSmes();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getSpecialisedSmes <em>Specialised Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialised Smes</em>' containment reference.
	 * @see #getSpecialisedSmes()
	 * @generated
	 */
	void setSpecialisedSmes(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Little Giants</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Little Giants</em>' containment reference.
	 * @see #setLittleGiants(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_LittleGiants()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getLittleGiants();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getLittleGiants <em>Little Giants</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Little Giants</em>' containment reference.
	 * @see #getLittleGiants()
	 * @generated
	 */
	void setLittleGiants(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Single Champions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Single Champions</em>' containment reference.
	 * @see #setSingleChampions(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_SingleChampions()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getSingleChampions();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getSingleChampions <em>Single Champions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Single Champions</em>' containment reference.
	 * @see #getSingleChampions()
	 * @generated
	 */
	void setSingleChampions(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>High Tech Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High Tech Enterprises</em>' containment reference.
	 * @see #setHighTechEnterprises(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_HighTechEnterprises()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getHighTechEnterprises();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getHighTechEnterprises <em>High Tech Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Tech Enterprises</em>' containment reference.
	 * @see #getHighTechEnterprises()
	 * @generated
	 */
	void setHighTechEnterprises(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Innovative Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Innovative Smes</em>' containment reference.
	 * @see #setInnovativeSmes(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_InnovativeSmes()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getInnovativeSmes();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getInnovativeSmes <em>Innovative Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Innovative Smes</em>' containment reference.
	 * @see #getInnovativeSmes()
	 * @generated
	 */
	void setInnovativeSmes(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Listed Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listed Smes</em>' containment reference.
	 * @see #setListedSmes(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_ListedSmes()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getListedSmes();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getListedSmes <em>Listed Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listed Smes</em>' containment reference.
	 * @see #getListedSmes()
	 * @generated
	 */
	void setListedSmes(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Pre Listing Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pre Listing Smes</em>' containment reference.
	 * @see #setPreListingSmes(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_PreListingSmes()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getPreListingSmes();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getPreListingSmes <em>Pre Listing Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Listing Smes</em>' containment reference.
	 * @see #getPreListingSmes()
	 * @generated
	 */
	void setPreListingSmes(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Qualified Sme Lists</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.QualifiedSmeList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qualified Sme Lists</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_QualifiedSmeLists()
	 * @model containment="true"
	 * @generated
	 */
	EList<QualifiedSmeList> getQualifiedSmeLists();

	/**
	 * Returns the value of the '<em><b>Fdi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fdi</em>' containment reference.
	 * @see #setFdi(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_Fdi()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='WAN_YUAN'"
	 * @generated
	 */
	YearlyDecimal getFdi();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getFdi <em>Fdi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fdi</em>' containment reference.
	 * @see #getFdi()
	 * @generated
	 */
	void setFdi(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Fdi Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fdi Growth</em>' containment reference.
	 * @see #setFdiGrowth(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_FdiGrowth()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getFdiGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getFdiGrowth <em>Fdi Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fdi Growth</em>' containment reference.
	 * @see #getFdiGrowth()
	 * @generated
	 */
	void setFdiGrowth(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Exports</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exports</em>' containment reference.
	 * @see #setExports(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_Exports()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='WAN_YUAN'"
	 * @generated
	 */
	YearlyDecimal getExports();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getExports <em>Exports</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exports</em>' containment reference.
	 * @see #getExports()
	 * @generated
	 */
	void setExports(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Export Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Export Growth</em>' containment reference.
	 * @see #setExportGrowth(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_ExportGrowth()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getExportGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getExportGrowth <em>Export Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Export Growth</em>' containment reference.
	 * @see #getExportGrowth()
	 * @generated
	 */
	void setExportGrowth(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Fdi Cumulative Growth By Year</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fdi Cumulative Growth By Year</em>' containment reference.
	 * @see #setFdiCumulativeGrowthByYear(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_FdiCumulativeGrowthByYear()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getFdiCumulativeGrowthByYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getFdiCumulativeGrowthByYear <em>Fdi Cumulative Growth By Year</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fdi Cumulative Growth By Year</em>' containment reference.
	 * @see #getFdiCumulativeGrowthByYear()
	 * @generated
	 */
	void setFdiCumulativeGrowthByYear(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Export Cumulative Growth By Year</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Export Cumulative Growth By Year</em>' containment reference.
	 * @see #setExportCumulativeGrowthByYear(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_ExportCumulativeGrowthByYear()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getExportCumulativeGrowthByYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getExportCumulativeGrowthByYear <em>Export Cumulative Growth By Year</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Export Cumulative Growth By Year</em>' containment reference.
	 * @see #getExportCumulativeGrowthByYear()
	 * @generated
	 */
	void setExportCumulativeGrowthByYear(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Chain Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chain Narrative</em>' attribute.
	 * @see #setChainNarrative(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_ChainNarrative()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getChainNarrative();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getChainNarrative <em>Chain Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain Narrative</em>' attribute.
	 * @see #getChainNarrative()
	 * @generated
	 */
	void setChainNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Chain Works</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.ChainWork}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.ChainWork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chain Works</em>' attribute list.
	 * @see org.clusterdesk.model.ChainWork
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_ChainWorks()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<ChainWork> getChainWorks();

	/**
	 * Returns the value of the '<em><b>Resource Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Narrative</em>' attribute.
	 * @see #setResourceNarrative(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_ResourceNarrative()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getResourceNarrative();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getResourceNarrative <em>Resource Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Narrative</em>' attribute.
	 * @see #getResourceNarrative()
	 * @generated
	 */
	void setResourceNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Resource Works</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.ResourceSharingWork}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.ResourceSharingWork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Works</em>' attribute list.
	 * @see org.clusterdesk.model.ResourceSharingWork
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_ResourceWorks()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<ResourceSharingWork> getResourceWorks();

	/**
	 * Returns the value of the '<em><b>Honours</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.Honour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Honours</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_Honours()
	 * @model containment="true"
	 * @generated
	 */
	EList<Honour> getHonours();

	/**
	 * Returns the value of the '<em><b>Quality Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quality Narrative</em>' attribute.
	 * @see #setQualityNarrative(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_QualityNarrative()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getQualityNarrative();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.IndustrySection#getQualityNarrative <em>Quality Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quality Narrative</em>' attribute.
	 * @see #getQualityNarrative()
	 * @generated
	 */
	void setQualityNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Quality Works</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.QualityBrandWork}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.QualityBrandWork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quality Works</em>' attribute list.
	 * @see org.clusterdesk.model.QualityBrandWork
	 * @see org.clusterdesk.model.ClusterDeskPackage#getIndustrySection_QualityWorks()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<QualityBrandWork> getQualityWorks();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D03: 集群总产值 x 主导产业占比 / 100 (亿元).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal leadingIndustryOutput(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D03: growth of the leading-industry output.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal leadingIndustryOutputGrowth(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D02: geometric mean of the entered yearly growth rates.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedLeadingIndustryAverageGrowth();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedFdiGrowth(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedExportGrowth(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D02 from values: (v_last / v_first)^(1/(n-1)) - 1 of 集群总产值.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal outputAverageGrowth();

} // IndustrySection
