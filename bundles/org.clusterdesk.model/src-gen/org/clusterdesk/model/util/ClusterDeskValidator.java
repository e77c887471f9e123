/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.util;

import java.time.LocalDate;
import java.time.YearMonth;

import java.util.Map;

import org.clusterdesk.model.*;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage
 * @generated
 */
public class ClusterDeskValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ClusterDeskValidator INSTANCE = new ClusterDeskValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.clusterdesk.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G07' of 'Evidence Holder'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EVIDENCE_HOLDER__G07 = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G08' of 'Named Count'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int NAMED_COUNT__G08 = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G01' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G01 = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G02' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G02 = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G03' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G03 = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G04' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G04 = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G05' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G05 = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G11' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G11 = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G12' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G12 = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G13' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G13 = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G14' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G14 = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G15' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__G15 = 12;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'D01' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__D01 = 13;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'D02' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__D02 = 14;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'D03' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__D03 = 15;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'D04' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__D04 = 16;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'D05' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__D05 = 17;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'D06' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__D06 = 18;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'D07' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__D07 = 19;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'D08' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__D08 = 20;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'D09' of 'Cluster Document'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_DOCUMENT__D09 = 21;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G06' of 'Application'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int APPLICATION__G06 = 22;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G09' of 'Application'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int APPLICATION__G09 = 23;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'G10' of 'Application'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int APPLICATION__G10 = 24;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P09' of 'Application'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int APPLICATION__P09 = 25;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P01' of 'Plan Section'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN_SECTION__P01 = 26;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P02' of 'Plan Section'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN_SECTION__P02 = 27;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P03' of 'Plan Section'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN_SECTION__P03 = 28;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P04' of 'Plan Section'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN_SECTION__P04 = 29;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P05' of 'Plan Section'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN_SECTION__P05 = 30;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P06' of 'Plan Section'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN_SECTION__P06 = 31;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P07' of 'Plan Section'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN_SECTION__P07 = 32;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P08' of 'Plan Section'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN_SECTION__P08 = 33;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P10' of 'Review Section'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int REVIEW_SECTION__P10 = 34;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'P11' of 'Implementation Plan'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int IMPLEMENTATION_PLAN__P11 = 35;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C06' of 'Library Row'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int LIBRARY_ROW__C06 = 36;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C07' of 'Library Row'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int LIBRARY_ROW__C07 = 37;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C08' of 'Project'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PROJECT__C08 = 38;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C05' of 'Cluster Libraries'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_LIBRARIES__C05 = 39;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C06' of 'Cluster Libraries'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLUSTER_LIBRARIES__C06 = 40;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C01' of 'Competition Report'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_REPORT__C01 = 41;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C02' of 'Competition Report'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_REPORT__C02 = 42;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C03' of 'Competition Report'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_REPORT__C03 = 43;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C04' of 'Competition Report'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_REPORT__C04 = 44;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C09' of 'Competition Report'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_REPORT__C09 = 45;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C10' of 'Competition Report'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_REPORT__C10 = 46;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C11' of 'Competition Report'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_REPORT__C11 = 47;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C12' of 'Competition Report'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_REPORT__C12 = 48;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'C13' of 'Competition Report'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPETITION_REPORT__C13 = 49;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 49;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClusterDeskValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return ClusterDeskPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case ClusterDeskPackage.EDITION:
				return validateEdition((Edition)value, diagnostics, context);
			case ClusterDeskPackage.RECOGNITION_CRITERIA:
				return validateRecognitionCriteria((RecognitionCriteria)value, diagnostics, context);
			case ClusterDeskPackage.PLAN_RULES:
				return validatePlanRules((PlanRules)value, diagnostics, context);
			case ClusterDeskPackage.FORM_SECTION:
				return validateFormSection((FormSection)value, diagnostics, context);
			case ClusterDeskPackage.FORM_ROW:
				return validateFormRow((FormRow)value, diagnostics, context);
			case ClusterDeskPackage.YEAR_DECIMAL:
				return validateYearDecimal((YearDecimal)value, diagnostics, context);
			case ClusterDeskPackage.YEAR_COUNT:
				return validateYearCount((YearCount)value, diagnostics, context);
			case ClusterDeskPackage.YEARLY_DECIMAL:
				return validateYearlyDecimal((YearlyDecimal)value, diagnostics, context);
			case ClusterDeskPackage.YEARLY_COUNT:
				return validateYearlyCount((YearlyCount)value, diagnostics, context);
			case ClusterDeskPackage.COMPARED_DECIMAL:
				return validateComparedDecimal((ComparedDecimal)value, diagnostics, context);
			case ClusterDeskPackage.COMPARED_COUNT:
				return validateComparedCount((ComparedCount)value, diagnostics, context);
			case ClusterDeskPackage.ATTACHMENT:
				return validateAttachment((Attachment)value, diagnostics, context);
			case ClusterDeskPackage.EVIDENCE_REF:
				return validateEvidenceRef((EvidenceRef)value, diagnostics, context);
			case ClusterDeskPackage.EVIDENCE_LINK:
				return validateEvidenceLink((EvidenceLink)value, diagnostics, context);
			case ClusterDeskPackage.EVIDENCE_HOLDER:
				return validateEvidenceHolder((EvidenceHolder)value, diagnostics, context);
			case ClusterDeskPackage.NAMED_COUNT:
				return validateNamedCount((NamedCount)value, diagnostics, context);
			case ClusterDeskPackage.EXPLAINED_ANSWER:
				return validateExplainedAnswer((ExplainedAnswer)value, diagnostics, context);
			case ClusterDeskPackage.CONTACT:
				return validateContact((Contact)value, diagnostics, context);
			case ClusterDeskPackage.ORGANISATION:
				return validateOrganisation((Organisation)value, diagnostics, context);
			case ClusterDeskPackage.REGION:
				return validateRegion((Region)value, diagnostics, context);
			case ClusterDeskPackage.DECLARATION:
				return validateDeclaration((Declaration)value, diagnostics, context);
			case ClusterDeskPackage.RECOMMENDATION:
				return validateRecommendation((Recommendation)value, diagnostics, context);
			case ClusterDeskPackage.STANDARD_COUNT:
				return validateStandardCount((StandardCount)value, diagnostics, context);
			case ClusterDeskPackage.HONOUR:
				return validateHonour((Honour)value, diagnostics, context);
			case ClusterDeskPackage.QUALIFIED_SME_LIST:
				return validateQualifiedSmeList((QualifiedSmeList)value, diagnostics, context);
			case ClusterDeskPackage.STAGE_GOAL:
				return validateStageGoal((StageGoal)value, diagnostics, context);
			case ClusterDeskPackage.CLUSTER_DOCUMENT:
				return validateClusterDocument((ClusterDocument)value, diagnostics, context);
			case ClusterDeskPackage.APPLICATION:
				return validateApplication((Application)value, diagnostics, context);
			case ClusterDeskPackage.BASIC_INFO_SECTION:
				return validateBasicInfoSection((BasicInfoSection)value, diagnostics, context);
			case ClusterDeskPackage.INDUSTRY_SECTION:
				return validateIndustrySection((IndustrySection)value, diagnostics, context);
			case ClusterDeskPackage.INNOVATION_SECTION:
				return validateInnovationSection((InnovationSection)value, diagnostics, context);
			case ClusterDeskPackage.DIGITAL_SECTION:
				return validateDigitalSection((DigitalSection)value, diagnostics, context);
			case ClusterDeskPackage.GREEN_SECTION:
				return validateGreenSection((GreenSection)value, diagnostics, context);
			case ClusterDeskPackage.OPENNESS_SECTION:
				return validateOpennessSection((OpennessSection)value, diagnostics, context);
			case ClusterDeskPackage.GOVERNANCE_SECTION:
				return validateGovernanceSection((GovernanceSection)value, diagnostics, context);
			case ClusterDeskPackage.PLAN_INDICATOR:
				return validatePlanIndicator((PlanIndicator)value, diagnostics, context);
			case ClusterDeskPackage.COMPLETION_INDICATOR:
				return validateCompletionIndicator((CompletionIndicator)value, diagnostics, context);
			case ClusterDeskPackage.PLAN_SECTION:
				return validatePlanSection((PlanSection)value, diagnostics, context);
			case ClusterDeskPackage.REVIEW_SECTION:
				return validateReviewSection((ReviewSection)value, diagnostics, context);
			case ClusterDeskPackage.COMMITMENT_LETTER:
				return validateCommitmentLetter((CommitmentLetter)value, diagnostics, context);
			case ClusterDeskPackage.WRITING_OUTLINE:
				return validateWritingOutline((WritingOutline)value, diagnostics, context);
			case ClusterDeskPackage.UNIT_CONTACT:
				return validateUnitContact((UnitContact)value, diagnostics, context);
			case ClusterDeskPackage.RANKED_ENTERPRISE:
				return validateRankedEnterprise((RankedEnterprise)value, diagnostics, context);
			case ClusterDeskPackage.RANKING_TABLE:
				return validateRankingTable((RankingTable)value, diagnostics, context);
			case ClusterDeskPackage.KEY_PROJECT:
				return validateKeyProject((KeyProject)value, diagnostics, context);
			case ClusterDeskPackage.APPROVED_LISTING:
				return validateApprovedListing((ApprovedListing)value, diagnostics, context);
			case ClusterDeskPackage.SMART_FACTORY_COUNT:
				return validateSmartFactoryCount((SmartFactoryCount)value, diagnostics, context);
			case ClusterDeskPackage.ECONOMIC_INDICATORS:
				return validateEconomicIndicators((EconomicIndicators)value, diagnostics, context);
			case ClusterDeskPackage.ENTERPRISE_INDICATORS:
				return validateEnterpriseIndicators((EnterpriseIndicators)value, diagnostics, context);
			case ClusterDeskPackage.INNOVATION_INDICATORS:
				return validateInnovationIndicators((InnovationIndicators)value, diagnostics, context);
			case ClusterDeskPackage.GREEN_INDICATORS:
				return validateGreenIndicators((GreenIndicators)value, diagnostics, context);
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS:
				return validatePublicServiceIndicators((PublicServiceIndicators)value, diagnostics, context);
			case ClusterDeskPackage.PARK_INDICATOR:
				return validateParkIndicator((ParkIndicator)value, diagnostics, context);
			case ClusterDeskPackage.PARK:
				return validatePark((Park)value, diagnostics, context);
			case ClusterDeskPackage.PROMOTION_ORGANISATION:
				return validatePromotionOrganisation((PromotionOrganisation)value, diagnostics, context);
			case ClusterDeskPackage.IMPLEMENTATION_TARGET:
				return validateImplementationTarget((ImplementationTarget)value, diagnostics, context);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN:
				return validateImplementationPlan((ImplementationPlan)value, diagnostics, context);
			case ClusterDeskPackage.LIBRARY_ROW:
				return validateLibraryRow((LibraryRow)value, diagnostics, context);
			case ClusterDeskPackage.EXISTING_ENTERPRISE:
				return validateExistingEnterprise((ExistingEnterprise)value, diagnostics, context);
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE:
				return validateProspectiveEnterprise((ProspectiveEnterprise)value, diagnostics, context);
			case ClusterDeskPackage.PROJECT:
				return validateProject((Project)value, diagnostics, context);
			case ClusterDeskPackage.CONSTRUCTION_PROJECT:
				return validateConstructionProject((ConstructionProject)value, diagnostics, context);
			case ClusterDeskPackage.PLANNED_PROJECT:
				return validatePlannedProject((PlannedProject)value, diagnostics, context);
			case ClusterDeskPackage.CLUSTER_LIBRARIES:
				return validateClusterLibraries((ClusterLibraries)value, diagnostics, context);
			case ClusterDeskPackage.COMPETITION_REPORT:
				return validateCompetitionReport((CompetitionReport)value, diagnostics, context);
			case ClusterDeskPackage.UNIT:
				return validateUnit((Unit)value, diagnostics, context);
			case ClusterDeskPackage.YES_NO:
				return validateYesNo((YesNo)value, diagnostics, context);
			case ClusterDeskPackage.GREEN_PARK_LEVEL:
				return validateGreenParkLevel((GreenParkLevel)value, diagnostics, context);
			case ClusterDeskPackage.YES_NO_NOT_APPLICABLE:
				return validateYesNoNotApplicable((YesNoNotApplicable)value, diagnostics, context);
			case ClusterDeskPackage.INDUSTRY_TYPE:
				return validateIndustryType((IndustryType)value, diagnostics, context);
			case ClusterDeskPackage.FORM_KIND:
				return validateFormKind((FormKind)value, diagnostics, context);
			case ClusterDeskPackage.CONTACT_KIND:
				return validateContactKind((ContactKind)value, diagnostics, context);
			case ClusterDeskPackage.ADMINISTRATIVE_LEVEL:
				return validateAdministrativeLevel((AdministrativeLevel)value, diagnostics, context);
			case ClusterDeskPackage.BENCHMARK_KIND:
				return validateBenchmarkKind((BenchmarkKind)value, diagnostics, context);
			case ClusterDeskPackage.STANDARD_CATEGORY:
				return validateStandardCategory((StandardCategory)value, diagnostics, context);
			case ClusterDeskPackage.CHAIN_WORK:
				return validateChainWork((ChainWork)value, diagnostics, context);
			case ClusterDeskPackage.RESOURCE_SHARING_WORK:
				return validateResourceSharingWork((ResourceSharingWork)value, diagnostics, context);
			case ClusterDeskPackage.QUALITY_BRAND_WORK:
				return validateQualityBrandWork((QualityBrandWork)value, diagnostics, context);
			case ClusterDeskPackage.DIGITAL_SERVICE_WORK:
				return validateDigitalServiceWork((DigitalServiceWork)value, diagnostics, context);
			case ClusterDeskPackage.NEW_MODEL_WORK:
				return validateNewModelWork((NewModelWork)value, diagnostics, context);
			case ClusterDeskPackage.GREEN_WORK:
				return validateGreenWork((GreenWork)value, diagnostics, context);
			case ClusterDeskPackage.INTERNATIONAL_WORK:
				return validateInternationalWork((InternationalWork)value, diagnostics, context);
			case ClusterDeskPackage.GOVERNANCE_WORK:
				return validateGovernanceWork((GovernanceWork)value, diagnostics, context);
			case ClusterDeskPackage.PUBLIC_SERVICE_PLATFORM_WORK:
				return validatePublicServicePlatformWork((PublicServicePlatformWork)value, diagnostics, context);
			case ClusterDeskPackage.PUBLIC_SERVICE:
				return validatePublicService((PublicService)value, diagnostics, context);
			case ClusterDeskPackage.QUALIFIED_SME_KIND:
				return validateQualifiedSmeKind((QualifiedSmeKind)value, diagnostics, context);
			case ClusterDeskPackage.PLAN_DIRECTION:
				return validatePlanDirection((PlanDirection)value, diagnostics, context);
			case ClusterDeskPackage.PLAN_INDICATOR_KIND:
				return validatePlanIndicatorKind((PlanIndicatorKind)value, diagnostics, context);
			case ClusterDeskPackage.CLUSTER_CATEGORY:
				return validateClusterCategory((ClusterCategory)value, diagnostics, context);
			case ClusterDeskPackage.BRAND_HONOUR:
				return validateBrandHonour((BrandHonour)value, diagnostics, context);
			case ClusterDeskPackage.ENTERPRISE_MARK:
				return validateEnterpriseMark((EnterpriseMark)value, diagnostics, context);
			case ClusterDeskPackage.LISTING_KIND:
				return validateListingKind((ListingKind)value, diagnostics, context);
			case ClusterDeskPackage.SMART_FACTORY_GRADE:
				return validateSmartFactoryGrade((SmartFactoryGrade)value, diagnostics, context);
			case ClusterDeskPackage.IMPLEMENTATION_INDICATOR_KIND:
				return validateImplementationIndicatorKind((ImplementationIndicatorKind)value, diagnostics, context);
			case ClusterDeskPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			case ClusterDeskPackage.YEAR_MONTH:
				return validateYearMonth((YearMonth)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEdition(Edition edition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(edition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecognitionCriteria(RecognitionCriteria recognitionCriteria, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(recognitionCriteria, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanRules(PlanRules planRules, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(planRules, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFormSection(FormSection formSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(formSection, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFormRow(FormRow formRow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(formRow, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYearDecimal(YearDecimal yearDecimal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(yearDecimal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYearCount(YearCount yearCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(yearCount, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYearlyDecimal(YearlyDecimal yearlyDecimal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(yearlyDecimal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYearlyCount(YearlyCount yearlyCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(yearlyCount, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComparedDecimal(ComparedDecimal comparedDecimal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(comparedDecimal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComparedCount(ComparedCount comparedCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(comparedCount, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttachment(Attachment attachment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(attachment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidenceRef(EvidenceRef evidenceRef, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evidenceRef, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidenceLink(EvidenceLink evidenceLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evidenceLink, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidenceHolder(EvidenceHolder evidenceHolder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(evidenceHolder, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(evidenceHolder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(evidenceHolder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(evidenceHolder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(evidenceHolder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(evidenceHolder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(evidenceHolder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(evidenceHolder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(evidenceHolder, diagnostics, context);
		if (result || diagnostics != null) result &= validateEvidenceHolder_G07(evidenceHolder, diagnostics, context);
		return result;
	}

	/**
	 * Validates the G07 constraint of '<em>Evidence Holder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidenceHolder_G07(EvidenceHolder evidenceHolder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return evidenceHolder.G07(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedCount(NamedCount namedCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(namedCount, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(namedCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(namedCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(namedCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(namedCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(namedCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(namedCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(namedCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(namedCount, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedCount_G08(namedCount, diagnostics, context);
		return result;
	}

	/**
	 * Validates the G08 constraint of '<em>Named Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedCount_G08(NamedCount namedCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return namedCount.G08(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExplainedAnswer(ExplainedAnswer explainedAnswer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(explainedAnswer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(contact, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(organisation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegion(Region region, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(region, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeclaration(Declaration declaration, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(declaration, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecommendation(Recommendation recommendation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(recommendation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardCount(StandardCount standardCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(standardCount, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHonour(Honour honour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(honour, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQualifiedSmeList(QualifiedSmeList qualifiedSmeList, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(qualifiedSmeList, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStageGoal(StageGoal stageGoal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(stageGoal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(clusterDocument, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G01(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G02(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G03(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G04(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G05(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G11(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G12(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G13(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G14(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G15(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D01(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D02(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D03(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D04(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D05(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D06(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D07(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D08(clusterDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D09(clusterDocument, diagnostics, context);
		return result;
	}

	/**
	 * Validates the G01 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G01(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G01(diagnostics, context);
	}

	/**
	 * Validates the G02 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G02(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G02(diagnostics, context);
	}

	/**
	 * Validates the G03 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G03(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G03(diagnostics, context);
	}

	/**
	 * Validates the G04 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G04(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G04(diagnostics, context);
	}

	/**
	 * Validates the G05 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G05(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G05(diagnostics, context);
	}

	/**
	 * Validates the G11 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G11(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G11(diagnostics, context);
	}

	/**
	 * Validates the G12 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G12(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G12(diagnostics, context);
	}

	/**
	 * Validates the G13 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G13(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G13(diagnostics, context);
	}

	/**
	 * Validates the G14 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G14(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G14(diagnostics, context);
	}

	/**
	 * Validates the G15 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_G15(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.G15(diagnostics, context);
	}

	/**
	 * Validates the D01 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_D01(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.D01(diagnostics, context);
	}

	/**
	 * Validates the D02 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_D02(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.D02(diagnostics, context);
	}

	/**
	 * Validates the D03 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_D03(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.D03(diagnostics, context);
	}

	/**
	 * Validates the D04 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_D04(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.D04(diagnostics, context);
	}

	/**
	 * Validates the D05 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_D05(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.D05(diagnostics, context);
	}

	/**
	 * Validates the D06 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_D06(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.D06(diagnostics, context);
	}

	/**
	 * Validates the D07 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_D07(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.D07(diagnostics, context);
	}

	/**
	 * Validates the D08 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_D08(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.D08(diagnostics, context);
	}

	/**
	 * Validates the D09 constraint of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterDocument_D09(ClusterDocument clusterDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterDocument.D09(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApplication(Application application, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(application, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(application, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(application, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(application, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(application, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(application, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(application, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(application, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G01(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G02(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G03(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G04(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G05(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G11(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G12(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G13(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G14(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G15(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D01(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D02(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D03(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D04(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D05(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D06(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D07(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D08(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D09(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateApplication_G06(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateApplication_G09(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateApplication_G10(application, diagnostics, context);
		if (result || diagnostics != null) result &= validateApplication_P09(application, diagnostics, context);
		return result;
	}

	/**
	 * Validates the G06 constraint of '<em>Application</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApplication_G06(Application application, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return application.G06(diagnostics, context);
	}

	/**
	 * Validates the G09 constraint of '<em>Application</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApplication_G09(Application application, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return application.G09(diagnostics, context);
	}

	/**
	 * Validates the G10 constraint of '<em>Application</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApplication_G10(Application application, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return application.G10(diagnostics, context);
	}

	/**
	 * Validates the P09 constraint of '<em>Application</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApplication_P09(Application application, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return application.P09(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBasicInfoSection(BasicInfoSection basicInfoSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(basicInfoSection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(basicInfoSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(basicInfoSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(basicInfoSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(basicInfoSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(basicInfoSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(basicInfoSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(basicInfoSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(basicInfoSection, diagnostics, context);
		if (result || diagnostics != null) result &= validateEvidenceHolder_G07(basicInfoSection, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndustrySection(IndustrySection industrySection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(industrySection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(industrySection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(industrySection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(industrySection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(industrySection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(industrySection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(industrySection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(industrySection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(industrySection, diagnostics, context);
		if (result || diagnostics != null) result &= validateEvidenceHolder_G07(industrySection, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInnovationSection(InnovationSection innovationSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(innovationSection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(innovationSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(innovationSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(innovationSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(innovationSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(innovationSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(innovationSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(innovationSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(innovationSection, diagnostics, context);
		if (result || diagnostics != null) result &= validateEvidenceHolder_G07(innovationSection, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDigitalSection(DigitalSection digitalSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(digitalSection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(digitalSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(digitalSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(digitalSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(digitalSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(digitalSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(digitalSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(digitalSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(digitalSection, diagnostics, context);
		if (result || diagnostics != null) result &= validateEvidenceHolder_G07(digitalSection, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGreenSection(GreenSection greenSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(greenSection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(greenSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(greenSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(greenSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(greenSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(greenSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(greenSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(greenSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(greenSection, diagnostics, context);
		if (result || diagnostics != null) result &= validateEvidenceHolder_G07(greenSection, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpennessSection(OpennessSection opennessSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(opennessSection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(opennessSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(opennessSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(opennessSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(opennessSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(opennessSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(opennessSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(opennessSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(opennessSection, diagnostics, context);
		if (result || diagnostics != null) result &= validateEvidenceHolder_G07(opennessSection, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGovernanceSection(GovernanceSection governanceSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(governanceSection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(governanceSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(governanceSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(governanceSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(governanceSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(governanceSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(governanceSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(governanceSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(governanceSection, diagnostics, context);
		if (result || diagnostics != null) result &= validateEvidenceHolder_G07(governanceSection, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanIndicator(PlanIndicator planIndicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(planIndicator, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompletionIndicator(CompletionIndicator completionIndicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(completionIndicator, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSection(PlanSection planSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(planSection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanSection_P01(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanSection_P02(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanSection_P03(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanSection_P04(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanSection_P05(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanSection_P06(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanSection_P07(planSection, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanSection_P08(planSection, diagnostics, context);
		return result;
	}

	/**
	 * Validates the P01 constraint of '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSection_P01(PlanSection planSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return planSection.P01(diagnostics, context);
	}

	/**
	 * Validates the P02 constraint of '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSection_P02(PlanSection planSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return planSection.P02(diagnostics, context);
	}

	/**
	 * Validates the P03 constraint of '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSection_P03(PlanSection planSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return planSection.P03(diagnostics, context);
	}

	/**
	 * Validates the P04 constraint of '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSection_P04(PlanSection planSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return planSection.P04(diagnostics, context);
	}

	/**
	 * Validates the P05 constraint of '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSection_P05(PlanSection planSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return planSection.P05(diagnostics, context);
	}

	/**
	 * Validates the P06 constraint of '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSection_P06(PlanSection planSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return planSection.P06(diagnostics, context);
	}

	/**
	 * Validates the P07 constraint of '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSection_P07(PlanSection planSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return planSection.P07(diagnostics, context);
	}

	/**
	 * Validates the P08 constraint of '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanSection_P08(PlanSection planSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return planSection.P08(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReviewSection(ReviewSection reviewSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(reviewSection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(reviewSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(reviewSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(reviewSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(reviewSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(reviewSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(reviewSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(reviewSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(reviewSection, diagnostics, context);
		if (result || diagnostics != null) result &= validateReviewSection_P10(reviewSection, diagnostics, context);
		return result;
	}

	/**
	 * Validates the P10 constraint of '<em>Review Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReviewSection_P10(ReviewSection reviewSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return reviewSection.P10(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommitmentLetter(CommitmentLetter commitmentLetter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(commitmentLetter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWritingOutline(WritingOutline writingOutline, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(writingOutline, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnitContact(UnitContact unitContact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(unitContact, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRankedEnterprise(RankedEnterprise rankedEnterprise, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(rankedEnterprise, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRankingTable(RankingTable rankingTable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(rankingTable, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyProject(KeyProject keyProject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(keyProject, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApprovedListing(ApprovedListing approvedListing, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(approvedListing, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSmartFactoryCount(SmartFactoryCount smartFactoryCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(smartFactoryCount, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEconomicIndicators(EconomicIndicators economicIndicators, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(economicIndicators, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEnterpriseIndicators(EnterpriseIndicators enterpriseIndicators, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(enterpriseIndicators, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInnovationIndicators(InnovationIndicators innovationIndicators, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(innovationIndicators, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGreenIndicators(GreenIndicators greenIndicators, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(greenIndicators, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublicServiceIndicators(PublicServiceIndicators publicServiceIndicators, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(publicServiceIndicators, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParkIndicator(ParkIndicator parkIndicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(parkIndicator, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePark(Park park, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(park, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePromotionOrganisation(PromotionOrganisation promotionOrganisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(promotionOrganisation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImplementationTarget(ImplementationTarget implementationTarget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(implementationTarget, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImplementationPlan(ImplementationPlan implementationPlan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(implementationPlan, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(implementationPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(implementationPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(implementationPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(implementationPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(implementationPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(implementationPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(implementationPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(implementationPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validateImplementationPlan_P11(implementationPlan, diagnostics, context);
		return result;
	}

	/**
	 * Validates the P11 constraint of '<em>Implementation Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImplementationPlan_P11(ImplementationPlan implementationPlan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return implementationPlan.P11(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLibraryRow(LibraryRow libraryRow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(libraryRow, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(libraryRow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(libraryRow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(libraryRow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(libraryRow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(libraryRow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(libraryRow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(libraryRow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(libraryRow, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C06(libraryRow, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C07(libraryRow, diagnostics, context);
		return result;
	}

	/**
	 * Validates the C06 constraint of '<em>Library Row</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLibraryRow_C06(LibraryRow libraryRow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return libraryRow.C06(diagnostics, context);
	}

	/**
	 * Validates the C07 constraint of '<em>Library Row</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLibraryRow_C07(LibraryRow libraryRow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return libraryRow.C07(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExistingEnterprise(ExistingEnterprise existingEnterprise, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(existingEnterprise, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(existingEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(existingEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(existingEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(existingEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(existingEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(existingEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(existingEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(existingEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C06(existingEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C07(existingEnterprise, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProspectiveEnterprise(ProspectiveEnterprise prospectiveEnterprise, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(prospectiveEnterprise, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(prospectiveEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(prospectiveEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(prospectiveEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(prospectiveEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(prospectiveEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(prospectiveEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(prospectiveEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(prospectiveEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C06(prospectiveEnterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C07(prospectiveEnterprise, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProject(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(project, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C06(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C07(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateProject_C08(project, diagnostics, context);
		return result;
	}

	/**
	 * Validates the C08 constraint of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProject_C08(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return project.C08(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConstructionProject(ConstructionProject constructionProject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(constructionProject, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C06(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C07(constructionProject, diagnostics, context);
		if (result || diagnostics != null) result &= validateProject_C08(constructionProject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlannedProject(PlannedProject plannedProject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(plannedProject, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C06(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validateLibraryRow_C07(plannedProject, diagnostics, context);
		if (result || diagnostics != null) result &= validateProject_C08(plannedProject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterLibraries(ClusterLibraries clusterLibraries, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(clusterLibraries, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(clusterLibraries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(clusterLibraries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(clusterLibraries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(clusterLibraries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(clusterLibraries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(clusterLibraries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(clusterLibraries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(clusterLibraries, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterLibraries_C05(clusterLibraries, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterLibraries_C06(clusterLibraries, diagnostics, context);
		return result;
	}

	/**
	 * Validates the C05 constraint of '<em>Cluster Libraries</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterLibraries_C05(ClusterLibraries clusterLibraries, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterLibraries.C05(diagnostics, context);
	}

	/**
	 * Validates the C06 constraint of '<em>Cluster Libraries</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterLibraries_C06(ClusterLibraries clusterLibraries, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clusterLibraries.C06(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(competitionReport, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G01(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G02(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G03(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G04(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G05(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G11(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G12(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G13(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G14(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_G15(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D01(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D02(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D03(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D04(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D05(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D06(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D07(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D08(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateClusterDocument_D09(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionReport_C01(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionReport_C02(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionReport_C03(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionReport_C04(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionReport_C09(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionReport_C10(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionReport_C11(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionReport_C12(competitionReport, diagnostics, context);
		if (result || diagnostics != null) result &= validateCompetitionReport_C13(competitionReport, diagnostics, context);
		return result;
	}

	/**
	 * Validates the C01 constraint of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport_C01(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return competitionReport.C01(diagnostics, context);
	}

	/**
	 * Validates the C02 constraint of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport_C02(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return competitionReport.C02(diagnostics, context);
	}

	/**
	 * Validates the C03 constraint of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport_C03(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return competitionReport.C03(diagnostics, context);
	}

	/**
	 * Validates the C04 constraint of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport_C04(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return competitionReport.C04(diagnostics, context);
	}

	/**
	 * Validates the C09 constraint of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport_C09(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return competitionReport.C09(diagnostics, context);
	}

	/**
	 * Validates the C10 constraint of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport_C10(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return competitionReport.C10(diagnostics, context);
	}

	/**
	 * Validates the C11 constraint of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport_C11(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return competitionReport.C11(diagnostics, context);
	}

	/**
	 * Validates the C12 constraint of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport_C12(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return competitionReport.C12(diagnostics, context);
	}

	/**
	 * Validates the C13 constraint of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitionReport_C13(CompetitionReport competitionReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return competitionReport.C13(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnit(Unit unit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYesNo(YesNo yesNo, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGreenParkLevel(GreenParkLevel greenParkLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYesNoNotApplicable(YesNoNotApplicable yesNoNotApplicable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndustryType(IndustryType industryType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFormKind(FormKind formKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContactKind(ContactKind contactKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdministrativeLevel(AdministrativeLevel administrativeLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBenchmarkKind(BenchmarkKind benchmarkKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardCategory(StandardCategory standardCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChainWork(ChainWork chainWork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResourceSharingWork(ResourceSharingWork resourceSharingWork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQualityBrandWork(QualityBrandWork qualityBrandWork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDigitalServiceWork(DigitalServiceWork digitalServiceWork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNewModelWork(NewModelWork newModelWork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGreenWork(GreenWork greenWork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInternationalWork(InternationalWork internationalWork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGovernanceWork(GovernanceWork governanceWork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublicServicePlatformWork(PublicServicePlatformWork publicServicePlatformWork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublicService(PublicService publicService, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQualifiedSmeKind(QualifiedSmeKind qualifiedSmeKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanDirection(PlanDirection planDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanIndicatorKind(PlanIndicatorKind planIndicatorKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClusterCategory(ClusterCategory clusterCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrandHonour(BrandHonour brandHonour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEnterpriseMark(EnterpriseMark enterpriseMark, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateListingKind(ListingKind listingKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSmartFactoryGrade(SmartFactoryGrade smartFactoryGrade, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImplementationIndicatorKind(ImplementationIndicatorKind implementationIndicatorKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYearMonth(YearMonth yearMonth, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //ClusterDeskValidator
