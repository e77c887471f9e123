/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competition Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getCategory <em>Category</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getIndustryField <em>Industry Field</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getLeadingIndustry <em>Leading Industry</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getGeographicScope <em>Geographic Scope</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getPromotionOrganisation <em>Promotion Organisation</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getCoreParks <em>Core Parks</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getGovernmentOpinion <em>Government Opinion</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getEconomy <em>Economy</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getKeyProjects <em>Key Projects</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getKeyProjectsTotal <em>Key Projects Total</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getInnovation <em>Innovation</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getGreen <em>Green</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getPublicService <em>Public Service</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getSelfAssessment <em>Self Assessment</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getIndustryChainMap <em>Industry Chain Map</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getParks <em>Parks</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getPromotionDetails <em>Promotion Details</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getImplementation <em>Implementation</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getLibraries <em>Libraries</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getPromotionDeclaration <em>Promotion Declaration</em>}</li>
 *   <li>{@link org.clusterdesk.model.CompetitionReport#getParkDeclaration <em>Park Declaration</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport()
 * @model
 * @generated
 */
public interface CompetitionReport extends ClusterDocument {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.ClusterCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.clusterdesk.model.ClusterCategory
	 * @see #setCategory(ClusterCategory)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_Category()
	 * @model
	 * @generated
	 */
	ClusterCategory getCategory();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.clusterdesk.model.ClusterCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ClusterCategory value);

	/**
	 * Returns the value of the '<em><b>Industry Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Industry Field</em>' attribute.
	 * @see #setIndustryField(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_IndustryField()
	 * @model
	 * @generated
	 */
	String getIndustryField();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getIndustryField <em>Industry Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry Field</em>' attribute.
	 * @see #getIndustryField()
	 * @generated
	 */
	void setIndustryField(String value);

	/**
	 * Returns the value of the '<em><b>Leading Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leading Industry</em>' attribute.
	 * @see #setLeadingIndustry(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_LeadingIndustry()
	 * @model
	 * @generated
	 */
	String getLeadingIndustry();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getLeadingIndustry <em>Leading Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading Industry</em>' attribute.
	 * @see #getLeadingIndustry()
	 * @generated
	 */
	void setLeadingIndustry(String value);

	/**
	 * Returns the value of the '<em><b>Geographic Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Geographic Scope</em>' attribute.
	 * @see #setGeographicScope(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_GeographicScope()
	 * @model
	 * @generated
	 */
	String getGeographicScope();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getGeographicScope <em>Geographic Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geographic Scope</em>' attribute.
	 * @see #getGeographicScope()
	 * @generated
	 */
	void setGeographicScope(String value);

	/**
	 * Returns the value of the '<em><b>Promotion Organisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promotion Organisation</em>' containment reference.
	 * @see #setPromotionOrganisation(UnitContact)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_PromotionOrganisation()
	 * @model containment="true"
	 * @generated
	 */
	UnitContact getPromotionOrganisation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getPromotionOrganisation <em>Promotion Organisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promotion Organisation</em>' containment reference.
	 * @see #getPromotionOrganisation()
	 * @generated
	 */
	void setPromotionOrganisation(UnitContact value);

	/**
	 * Returns the value of the '<em><b>Core Parks</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.UnitContact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Core Parks</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_CoreParks()
	 * @model containment="true"
	 * @generated
	 */
	EList<UnitContact> getCoreParks();

	/**
	 * Returns the value of the '<em><b>Government Opinion</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Government Opinion</em>' containment reference.
	 * @see #setGovernmentOpinion(Recommendation)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_GovernmentOpinion()
	 * @model containment="true"
	 * @generated
	 */
	Recommendation getGovernmentOpinion();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getGovernmentOpinion <em>Government Opinion</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Government Opinion</em>' containment reference.
	 * @see #getGovernmentOpinion()
	 * @generated
	 */
	void setGovernmentOpinion(Recommendation value);

	/**
	 * Returns the value of the '<em><b>Economy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Economy</em>' containment reference.
	 * @see #setEconomy(EconomicIndicators)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_Economy()
	 * @model containment="true"
	 * @generated
	 */
	EconomicIndicators getEconomy();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getEconomy <em>Economy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Economy</em>' containment reference.
	 * @see #getEconomy()
	 * @generated
	 */
	void setEconomy(EconomicIndicators value);

	/**
	 * Returns the value of the '<em><b>Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprises</em>' containment reference.
	 * @see #setEnterprises(EnterpriseIndicators)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_Enterprises()
	 * @model containment="true"
	 * @generated
	 */
	EnterpriseIndicators getEnterprises();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getEnterprises <em>Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprises</em>' containment reference.
	 * @see #getEnterprises()
	 * @generated
	 */
	void setEnterprises(EnterpriseIndicators value);

	/**
	 * Returns the value of the '<em><b>Key Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.KeyProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Projects</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_KeyProjects()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyProject> getKeyProjects();

	/**
	 * Returns the value of the '<em><b>Key Projects Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Projects Total</em>' attribute.
	 * @see #setKeyProjectsTotal(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_KeyProjectsTotal()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='WAN_YUAN'"
	 * @generated
	 */
	BigDecimal getKeyProjectsTotal();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getKeyProjectsTotal <em>Key Projects Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Projects Total</em>' attribute.
	 * @see #getKeyProjectsTotal()
	 * @generated
	 */
	void setKeyProjectsTotal(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Innovation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Innovation</em>' containment reference.
	 * @see #setInnovation(InnovationIndicators)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_Innovation()
	 * @model containment="true"
	 * @generated
	 */
	InnovationIndicators getInnovation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getInnovation <em>Innovation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Innovation</em>' containment reference.
	 * @see #getInnovation()
	 * @generated
	 */
	void setInnovation(InnovationIndicators value);

	/**
	 * Returns the value of the '<em><b>Green</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green</em>' containment reference.
	 * @see #setGreen(GreenIndicators)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_Green()
	 * @model containment="true"
	 * @generated
	 */
	GreenIndicators getGreen();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getGreen <em>Green</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green</em>' containment reference.
	 * @see #getGreen()
	 * @generated
	 */
	void setGreen(GreenIndicators value);

	/**
	 * Returns the value of the '<em><b>Public Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Public Service</em>' containment reference.
	 * @see #setPublicService(PublicServiceIndicators)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_PublicService()
	 * @model containment="true"
	 * @generated
	 */
	PublicServiceIndicators getPublicService();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getPublicService <em>Public Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Service</em>' containment reference.
	 * @see #getPublicService()
	 * @generated
	 */
	void setPublicService(PublicServiceIndicators value);

	/**
	 * Returns the value of the '<em><b>Self Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Self Assessment</em>' attribute.
	 * @see #setSelfAssessment(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_SelfAssessment()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='3000'"
	 * @generated
	 */
	String getSelfAssessment();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getSelfAssessment <em>Self Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Assessment</em>' attribute.
	 * @see #getSelfAssessment()
	 * @generated
	 */
	void setSelfAssessment(String value);

	/**
	 * Returns the value of the '<em><b>Industry Chain Map</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Industry Chain Map</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_IndustryChainMap()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getIndustryChainMap();

	/**
	 * Returns the value of the '<em><b>Parks</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.Park}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parks</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_Parks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Park> getParks();

	/**
	 * Returns the value of the '<em><b>Promotion Details</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promotion Details</em>' containment reference.
	 * @see #setPromotionDetails(PromotionOrganisation)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_PromotionDetails()
	 * @model containment="true"
	 * @generated
	 */
	PromotionOrganisation getPromotionDetails();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getPromotionDetails <em>Promotion Details</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promotion Details</em>' containment reference.
	 * @see #getPromotionDetails()
	 * @generated
	 */
	void setPromotionDetails(PromotionOrganisation value);

	/**
	 * Returns the value of the '<em><b>Implementation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Implementation</em>' containment reference.
	 * @see #setImplementation(ImplementationPlan)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_Implementation()
	 * @model containment="true"
	 * @generated
	 */
	ImplementationPlan getImplementation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getImplementation <em>Implementation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implementation</em>' containment reference.
	 * @see #getImplementation()
	 * @generated
	 */
	void setImplementation(ImplementationPlan value);

	/**
	 * Returns the value of the '<em><b>Libraries</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Libraries</em>' containment reference.
	 * @see #setLibraries(ClusterLibraries)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_Libraries()
	 * @model containment="true"
	 * @generated
	 */
	ClusterLibraries getLibraries();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getLibraries <em>Libraries</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Libraries</em>' containment reference.
	 * @see #getLibraries()
	 * @generated
	 */
	void setLibraries(ClusterLibraries value);

	/**
	 * Returns the value of the '<em><b>Promotion Declaration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promotion Declaration</em>' containment reference.
	 * @see #setPromotionDeclaration(Declaration)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_PromotionDeclaration()
	 * @model containment="true"
	 * @generated
	 */
	Declaration getPromotionDeclaration();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getPromotionDeclaration <em>Promotion Declaration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promotion Declaration</em>' containment reference.
	 * @see #getPromotionDeclaration()
	 * @generated
	 */
	void setPromotionDeclaration(Declaration value);

	/**
	 * Returns the value of the '<em><b>Park Declaration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Park Declaration</em>' containment reference.
	 * @see #setParkDeclaration(Declaration)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getCompetitionReport_ParkDeclaration()
	 * @model containment="true"
	 * @generated
	 */
	Declaration getParkDeclaration();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.CompetitionReport#getParkDeclaration <em>Park Declaration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Park Declaration</em>' containment reference.
	 * @see #getParkDeclaration()
	 * @generated
	 */
	void setParkDeclaration(Declaration value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D08: sum of the key projects.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedKeyProjectsTotal();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C01: The SME-share row only for the 中小企业特色产业集群 category.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C01(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C02: Top-10 tables: at most 10 rows, sorted descending, 1-3 products.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C02(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C03: Top-10 enterprises and key-project builders are in the existing-enterprise library, revenues agree.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C03(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C04: 2.2 enterprise counts equal the counts derived from the existing-enterprise library.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C04(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C09: Smart-factory counts are whole numbers for the four grades.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C09(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C10: Carrier, green and platform counts equal the rows of their lists at that level.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C10(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C11: Park cluster part <= park total; 投资强度 and 亩均税收 agree with investment, tax and area.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C11(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C12: Evidence pages read P<number> and lie inside the evidence bundle.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C12(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C13: The key-project table holds about ten rows.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C13(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CompetitionReport
