/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage
 * @generated
 */
public interface ClusterDeskFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ClusterDeskFactory eINSTANCE = org.clusterdesk.model.impl.ClusterDeskFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Edition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edition</em>'.
	 * @generated
	 */
	Edition createEdition();

	/**
	 * Returns a new object of class '<em>Recognition Criteria</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recognition Criteria</em>'.
	 * @generated
	 */
	RecognitionCriteria createRecognitionCriteria();

	/**
	 * Returns a new object of class '<em>Plan Rules</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Rules</em>'.
	 * @generated
	 */
	PlanRules createPlanRules();

	/**
	 * Returns a new object of class '<em>Form Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Form Section</em>'.
	 * @generated
	 */
	FormSection createFormSection();

	/**
	 * Returns a new object of class '<em>Form Row</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Form Row</em>'.
	 * @generated
	 */
	FormRow createFormRow();

	/**
	 * Returns a new object of class '<em>Year Decimal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Year Decimal</em>'.
	 * @generated
	 */
	YearDecimal createYearDecimal();

	/**
	 * Returns a new object of class '<em>Year Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Year Count</em>'.
	 * @generated
	 */
	YearCount createYearCount();

	/**
	 * Returns a new object of class '<em>Yearly Decimal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Yearly Decimal</em>'.
	 * @generated
	 */
	YearlyDecimal createYearlyDecimal();

	/**
	 * Returns a new object of class '<em>Yearly Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Yearly Count</em>'.
	 * @generated
	 */
	YearlyCount createYearlyCount();

	/**
	 * Returns a new object of class '<em>Compared Decimal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Compared Decimal</em>'.
	 * @generated
	 */
	ComparedDecimal createComparedDecimal();

	/**
	 * Returns a new object of class '<em>Compared Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Compared Count</em>'.
	 * @generated
	 */
	ComparedCount createComparedCount();

	/**
	 * Returns a new object of class '<em>Attachment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attachment</em>'.
	 * @generated
	 */
	Attachment createAttachment();

	/**
	 * Returns a new object of class '<em>Evidence Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence Ref</em>'.
	 * @generated
	 */
	EvidenceRef createEvidenceRef();

	/**
	 * Returns a new object of class '<em>Evidence Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence Link</em>'.
	 * @generated
	 */
	EvidenceLink createEvidenceLink();

	/**
	 * Returns a new object of class '<em>Named Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Named Count</em>'.
	 * @generated
	 */
	NamedCount createNamedCount();

	/**
	 * Returns a new object of class '<em>Explained Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Explained Answer</em>'.
	 * @generated
	 */
	ExplainedAnswer createExplainedAnswer();

	/**
	 * Returns a new object of class '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact</em>'.
	 * @generated
	 */
	Contact createContact();

	/**
	 * Returns a new object of class '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organisation</em>'.
	 * @generated
	 */
	Organisation createOrganisation();

	/**
	 * Returns a new object of class '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region</em>'.
	 * @generated
	 */
	Region createRegion();

	/**
	 * Returns a new object of class '<em>Declaration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Declaration</em>'.
	 * @generated
	 */
	Declaration createDeclaration();

	/**
	 * Returns a new object of class '<em>Recommendation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recommendation</em>'.
	 * @generated
	 */
	Recommendation createRecommendation();

	/**
	 * Returns a new object of class '<em>Standard Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standard Count</em>'.
	 * @generated
	 */
	StandardCount createStandardCount();

	/**
	 * Returns a new object of class '<em>Honour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Honour</em>'.
	 * @generated
	 */
	Honour createHonour();

	/**
	 * Returns a new object of class '<em>Qualified Sme List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Qualified Sme List</em>'.
	 * @generated
	 */
	QualifiedSmeList createQualifiedSmeList();

	/**
	 * Returns a new object of class '<em>Stage Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stage Goal</em>'.
	 * @generated
	 */
	StageGoal createStageGoal();

	/**
	 * Returns a new object of class '<em>Application</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Application</em>'.
	 * @generated
	 */
	Application createApplication();

	/**
	 * Returns a new object of class '<em>Basic Info Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Basic Info Section</em>'.
	 * @generated
	 */
	BasicInfoSection createBasicInfoSection();

	/**
	 * Returns a new object of class '<em>Industry Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Industry Section</em>'.
	 * @generated
	 */
	IndustrySection createIndustrySection();

	/**
	 * Returns a new object of class '<em>Innovation Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Innovation Section</em>'.
	 * @generated
	 */
	InnovationSection createInnovationSection();

	/**
	 * Returns a new object of class '<em>Digital Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Digital Section</em>'.
	 * @generated
	 */
	DigitalSection createDigitalSection();

	/**
	 * Returns a new object of class '<em>Green Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Green Section</em>'.
	 * @generated
	 */
	GreenSection createGreenSection();

	/**
	 * Returns a new object of class '<em>Openness Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Openness Section</em>'.
	 * @generated
	 */
	OpennessSection createOpennessSection();

	/**
	 * Returns a new object of class '<em>Governance Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Governance Section</em>'.
	 * @generated
	 */
	GovernanceSection createGovernanceSection();

	/**
	 * Returns a new object of class '<em>Plan Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Indicator</em>'.
	 * @generated
	 */
	PlanIndicator createPlanIndicator();

	/**
	 * Returns a new object of class '<em>Completion Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Completion Indicator</em>'.
	 * @generated
	 */
	CompletionIndicator createCompletionIndicator();

	/**
	 * Returns a new object of class '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Section</em>'.
	 * @generated
	 */
	PlanSection createPlanSection();

	/**
	 * Returns a new object of class '<em>Review Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Section</em>'.
	 * @generated
	 */
	ReviewSection createReviewSection();

	/**
	 * Returns a new object of class '<em>Commitment Letter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Commitment Letter</em>'.
	 * @generated
	 */
	CommitmentLetter createCommitmentLetter();

	/**
	 * Returns a new object of class '<em>Writing Outline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Writing Outline</em>'.
	 * @generated
	 */
	WritingOutline createWritingOutline();

	/**
	 * Returns a new object of class '<em>Unit Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Unit Contact</em>'.
	 * @generated
	 */
	UnitContact createUnitContact();

	/**
	 * Returns a new object of class '<em>Ranked Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ranked Enterprise</em>'.
	 * @generated
	 */
	RankedEnterprise createRankedEnterprise();

	/**
	 * Returns a new object of class '<em>Ranking Table</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ranking Table</em>'.
	 * @generated
	 */
	RankingTable createRankingTable();

	/**
	 * Returns a new object of class '<em>Key Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Key Project</em>'.
	 * @generated
	 */
	KeyProject createKeyProject();

	/**
	 * Returns a new object of class '<em>Approved Listing</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Approved Listing</em>'.
	 * @generated
	 */
	ApprovedListing createApprovedListing();

	/**
	 * Returns a new object of class '<em>Smart Factory Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Smart Factory Count</em>'.
	 * @generated
	 */
	SmartFactoryCount createSmartFactoryCount();

	/**
	 * Returns a new object of class '<em>Economic Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Economic Indicators</em>'.
	 * @generated
	 */
	EconomicIndicators createEconomicIndicators();

	/**
	 * Returns a new object of class '<em>Enterprise Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enterprise Indicators</em>'.
	 * @generated
	 */
	EnterpriseIndicators createEnterpriseIndicators();

	/**
	 * Returns a new object of class '<em>Innovation Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Innovation Indicators</em>'.
	 * @generated
	 */
	InnovationIndicators createInnovationIndicators();

	/**
	 * Returns a new object of class '<em>Green Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Green Indicators</em>'.
	 * @generated
	 */
	GreenIndicators createGreenIndicators();

	/**
	 * Returns a new object of class '<em>Public Service Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Public Service Indicators</em>'.
	 * @generated
	 */
	PublicServiceIndicators createPublicServiceIndicators();

	/**
	 * Returns a new object of class '<em>Park Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Park Indicator</em>'.
	 * @generated
	 */
	ParkIndicator createParkIndicator();

	/**
	 * Returns a new object of class '<em>Park</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Park</em>'.
	 * @generated
	 */
	Park createPark();

	/**
	 * Returns a new object of class '<em>Promotion Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Promotion Organisation</em>'.
	 * @generated
	 */
	PromotionOrganisation createPromotionOrganisation();

	/**
	 * Returns a new object of class '<em>Implementation Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Implementation Target</em>'.
	 * @generated
	 */
	ImplementationTarget createImplementationTarget();

	/**
	 * Returns a new object of class '<em>Implementation Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Implementation Plan</em>'.
	 * @generated
	 */
	ImplementationPlan createImplementationPlan();

	/**
	 * Returns a new object of class '<em>Existing Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Existing Enterprise</em>'.
	 * @generated
	 */
	ExistingEnterprise createExistingEnterprise();

	/**
	 * Returns a new object of class '<em>Prospective Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Prospective Enterprise</em>'.
	 * @generated
	 */
	ProspectiveEnterprise createProspectiveEnterprise();

	/**
	 * Returns a new object of class '<em>Construction Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Construction Project</em>'.
	 * @generated
	 */
	ConstructionProject createConstructionProject();

	/**
	 * Returns a new object of class '<em>Planned Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planned Project</em>'.
	 * @generated
	 */
	PlannedProject createPlannedProject();

	/**
	 * Returns a new object of class '<em>Cluster Libraries</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster Libraries</em>'.
	 * @generated
	 */
	ClusterLibraries createClusterLibraries();

	/**
	 * Returns a new object of class '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Competition Report</em>'.
	 * @generated
	 */
	CompetitionReport createCompetitionReport();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ClusterDeskPackage getClusterDeskPackage();

} //ClusterDeskFactory
