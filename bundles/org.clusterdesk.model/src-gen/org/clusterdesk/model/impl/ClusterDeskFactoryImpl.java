/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.time.LocalDate;
import java.time.YearMonth;

import org.clusterdesk.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ClusterDeskFactoryImpl extends EFactoryImpl implements ClusterDeskFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ClusterDeskFactory init() {
		try {
			ClusterDeskFactory theClusterDeskFactory = (ClusterDeskFactory)EPackage.Registry.INSTANCE.getEFactory(ClusterDeskPackage.eNS_URI);
			if (theClusterDeskFactory != null) {
				return theClusterDeskFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ClusterDeskFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClusterDeskFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ClusterDeskPackage.EDITION: return createEdition();
			case ClusterDeskPackage.RECOGNITION_CRITERIA: return createRecognitionCriteria();
			case ClusterDeskPackage.PLAN_RULES: return createPlanRules();
			case ClusterDeskPackage.FORM_SECTION: return createFormSection();
			case ClusterDeskPackage.FORM_ROW: return createFormRow();
			case ClusterDeskPackage.YEAR_DECIMAL: return createYearDecimal();
			case ClusterDeskPackage.YEAR_COUNT: return createYearCount();
			case ClusterDeskPackage.YEARLY_DECIMAL: return createYearlyDecimal();
			case ClusterDeskPackage.YEARLY_COUNT: return createYearlyCount();
			case ClusterDeskPackage.COMPARED_DECIMAL: return createComparedDecimal();
			case ClusterDeskPackage.COMPARED_COUNT: return createComparedCount();
			case ClusterDeskPackage.ATTACHMENT: return createAttachment();
			case ClusterDeskPackage.EVIDENCE_REF: return createEvidenceRef();
			case ClusterDeskPackage.EVIDENCE_LINK: return createEvidenceLink();
			case ClusterDeskPackage.NAMED_COUNT: return createNamedCount();
			case ClusterDeskPackage.EXPLAINED_ANSWER: return createExplainedAnswer();
			case ClusterDeskPackage.CONTACT: return createContact();
			case ClusterDeskPackage.ORGANISATION: return createOrganisation();
			case ClusterDeskPackage.REGION: return createRegion();
			case ClusterDeskPackage.DECLARATION: return createDeclaration();
			case ClusterDeskPackage.RECOMMENDATION: return createRecommendation();
			case ClusterDeskPackage.STANDARD_COUNT: return createStandardCount();
			case ClusterDeskPackage.HONOUR: return createHonour();
			case ClusterDeskPackage.QUALIFIED_SME_LIST: return createQualifiedSmeList();
			case ClusterDeskPackage.STAGE_GOAL: return createStageGoal();
			case ClusterDeskPackage.APPLICATION: return createApplication();
			case ClusterDeskPackage.BASIC_INFO_SECTION: return createBasicInfoSection();
			case ClusterDeskPackage.INDUSTRY_SECTION: return createIndustrySection();
			case ClusterDeskPackage.INNOVATION_SECTION: return createInnovationSection();
			case ClusterDeskPackage.DIGITAL_SECTION: return createDigitalSection();
			case ClusterDeskPackage.GREEN_SECTION: return createGreenSection();
			case ClusterDeskPackage.OPENNESS_SECTION: return createOpennessSection();
			case ClusterDeskPackage.GOVERNANCE_SECTION: return createGovernanceSection();
			case ClusterDeskPackage.PLAN_INDICATOR: return createPlanIndicator();
			case ClusterDeskPackage.COMPLETION_INDICATOR: return createCompletionIndicator();
			case ClusterDeskPackage.PLAN_SECTION: return createPlanSection();
			case ClusterDeskPackage.REVIEW_SECTION: return createReviewSection();
			case ClusterDeskPackage.COMMITMENT_LETTER: return createCommitmentLetter();
			case ClusterDeskPackage.WRITING_OUTLINE: return createWritingOutline();
			case ClusterDeskPackage.UNIT_CONTACT: return createUnitContact();
			case ClusterDeskPackage.RANKED_ENTERPRISE: return createRankedEnterprise();
			case ClusterDeskPackage.RANKING_TABLE: return createRankingTable();
			case ClusterDeskPackage.KEY_PROJECT: return createKeyProject();
			case ClusterDeskPackage.APPROVED_LISTING: return createApprovedListing();
			case ClusterDeskPackage.SMART_FACTORY_COUNT: return createSmartFactoryCount();
			case ClusterDeskPackage.ECONOMIC_INDICATORS: return createEconomicIndicators();
			case ClusterDeskPackage.ENTERPRISE_INDICATORS: return createEnterpriseIndicators();
			case ClusterDeskPackage.INNOVATION_INDICATORS: return createInnovationIndicators();
			case ClusterDeskPackage.GREEN_INDICATORS: return createGreenIndicators();
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS: return createPublicServiceIndicators();
			case ClusterDeskPackage.PARK_INDICATOR: return createParkIndicator();
			case ClusterDeskPackage.PARK: return createPark();
			case ClusterDeskPackage.PROMOTION_ORGANISATION: return createPromotionOrganisation();
			case ClusterDeskPackage.IMPLEMENTATION_TARGET: return createImplementationTarget();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN: return createImplementationPlan();
			case ClusterDeskPackage.EXISTING_ENTERPRISE: return createExistingEnterprise();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE: return createProspectiveEnterprise();
			case ClusterDeskPackage.CONSTRUCTION_PROJECT: return createConstructionProject();
			case ClusterDeskPackage.PLANNED_PROJECT: return createPlannedProject();
			case ClusterDeskPackage.CLUSTER_LIBRARIES: return createClusterLibraries();
			case ClusterDeskPackage.COMPETITION_REPORT: return createCompetitionReport();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ClusterDeskPackage.UNIT:
				return createUnitFromString(eDataType, initialValue);
			case ClusterDeskPackage.YES_NO:
				return createYesNoFromString(eDataType, initialValue);
			case ClusterDeskPackage.GREEN_PARK_LEVEL:
				return createGreenParkLevelFromString(eDataType, initialValue);
			case ClusterDeskPackage.YES_NO_NOT_APPLICABLE:
				return createYesNoNotApplicableFromString(eDataType, initialValue);
			case ClusterDeskPackage.INDUSTRY_TYPE:
				return createIndustryTypeFromString(eDataType, initialValue);
			case ClusterDeskPackage.FORM_KIND:
				return createFormKindFromString(eDataType, initialValue);
			case ClusterDeskPackage.CONTACT_KIND:
				return createContactKindFromString(eDataType, initialValue);
			case ClusterDeskPackage.ADMINISTRATIVE_LEVEL:
				return createAdministrativeLevelFromString(eDataType, initialValue);
			case ClusterDeskPackage.BENCHMARK_KIND:
				return createBenchmarkKindFromString(eDataType, initialValue);
			case ClusterDeskPackage.STANDARD_CATEGORY:
				return createStandardCategoryFromString(eDataType, initialValue);
			case ClusterDeskPackage.CHAIN_WORK:
				return createChainWorkFromString(eDataType, initialValue);
			case ClusterDeskPackage.RESOURCE_SHARING_WORK:
				return createResourceSharingWorkFromString(eDataType, initialValue);
			case ClusterDeskPackage.QUALITY_BRAND_WORK:
				return createQualityBrandWorkFromString(eDataType, initialValue);
			case ClusterDeskPackage.DIGITAL_SERVICE_WORK:
				return createDigitalServiceWorkFromString(eDataType, initialValue);
			case ClusterDeskPackage.NEW_MODEL_WORK:
				return createNewModelWorkFromString(eDataType, initialValue);
			case ClusterDeskPackage.GREEN_WORK:
				return createGreenWorkFromString(eDataType, initialValue);
			case ClusterDeskPackage.INTERNATIONAL_WORK:
				return createInternationalWorkFromString(eDataType, initialValue);
			case ClusterDeskPackage.GOVERNANCE_WORK:
				return createGovernanceWorkFromString(eDataType, initialValue);
			case ClusterDeskPackage.PUBLIC_SERVICE_PLATFORM_WORK:
				return createPublicServicePlatformWorkFromString(eDataType, initialValue);
			case ClusterDeskPackage.PUBLIC_SERVICE:
				return createPublicServiceFromString(eDataType, initialValue);
			case ClusterDeskPackage.QUALIFIED_SME_KIND:
				return createQualifiedSmeKindFromString(eDataType, initialValue);
			case ClusterDeskPackage.PLAN_DIRECTION:
				return createPlanDirectionFromString(eDataType, initialValue);
			case ClusterDeskPackage.PLAN_INDICATOR_KIND:
				return createPlanIndicatorKindFromString(eDataType, initialValue);
			case ClusterDeskPackage.CLUSTER_CATEGORY:
				return createClusterCategoryFromString(eDataType, initialValue);
			case ClusterDeskPackage.BRAND_HONOUR:
				return createBrandHonourFromString(eDataType, initialValue);
			case ClusterDeskPackage.ENTERPRISE_MARK:
				return createEnterpriseMarkFromString(eDataType, initialValue);
			case ClusterDeskPackage.LISTING_KIND:
				return createListingKindFromString(eDataType, initialValue);
			case ClusterDeskPackage.SMART_FACTORY_GRADE:
				return createSmartFactoryGradeFromString(eDataType, initialValue);
			case ClusterDeskPackage.IMPLEMENTATION_INDICATOR_KIND:
				return createImplementationIndicatorKindFromString(eDataType, initialValue);
			case ClusterDeskPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case ClusterDeskPackage.YEAR_MONTH:
				return createYearMonthFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ClusterDeskPackage.UNIT:
				return convertUnitToString(eDataType, instanceValue);
			case ClusterDeskPackage.YES_NO:
				return convertYesNoToString(eDataType, instanceValue);
			case ClusterDeskPackage.GREEN_PARK_LEVEL:
				return convertGreenParkLevelToString(eDataType, instanceValue);
			case ClusterDeskPackage.YES_NO_NOT_APPLICABLE:
				return convertYesNoNotApplicableToString(eDataType, instanceValue);
			case ClusterDeskPackage.INDUSTRY_TYPE:
				return convertIndustryTypeToString(eDataType, instanceValue);
			case ClusterDeskPackage.FORM_KIND:
				return convertFormKindToString(eDataType, instanceValue);
			case ClusterDeskPackage.CONTACT_KIND:
				return convertContactKindToString(eDataType, instanceValue);
			case ClusterDeskPackage.ADMINISTRATIVE_LEVEL:
				return convertAdministrativeLevelToString(eDataType, instanceValue);
			case ClusterDeskPackage.BENCHMARK_KIND:
				return convertBenchmarkKindToString(eDataType, instanceValue);
			case ClusterDeskPackage.STANDARD_CATEGORY:
				return convertStandardCategoryToString(eDataType, instanceValue);
			case ClusterDeskPackage.CHAIN_WORK:
				return convertChainWorkToString(eDataType, instanceValue);
			case ClusterDeskPackage.RESOURCE_SHARING_WORK:
				return convertResourceSharingWorkToString(eDataType, instanceValue);
			case ClusterDeskPackage.QUALITY_BRAND_WORK:
				return convertQualityBrandWorkToString(eDataType, instanceValue);
			case ClusterDeskPackage.DIGITAL_SERVICE_WORK:
				return convertDigitalServiceWorkToString(eDataType, instanceValue);
			case ClusterDeskPackage.NEW_MODEL_WORK:
				return convertNewModelWorkToString(eDataType, instanceValue);
			case ClusterDeskPackage.GREEN_WORK:
				return convertGreenWorkToString(eDataType, instanceValue);
			case ClusterDeskPackage.INTERNATIONAL_WORK:
				return convertInternationalWorkToString(eDataType, instanceValue);
			case ClusterDeskPackage.GOVERNANCE_WORK:
				return convertGovernanceWorkToString(eDataType, instanceValue);
			case ClusterDeskPackage.PUBLIC_SERVICE_PLATFORM_WORK:
				return convertPublicServicePlatformWorkToString(eDataType, instanceValue);
			case ClusterDeskPackage.PUBLIC_SERVICE:
				return convertPublicServiceToString(eDataType, instanceValue);
			case ClusterDeskPackage.QUALIFIED_SME_KIND:
				return convertQualifiedSmeKindToString(eDataType, instanceValue);
			case ClusterDeskPackage.PLAN_DIRECTION:
				return convertPlanDirectionToString(eDataType, instanceValue);
			case ClusterDeskPackage.PLAN_INDICATOR_KIND:
				return convertPlanIndicatorKindToString(eDataType, instanceValue);
			case ClusterDeskPackage.CLUSTER_CATEGORY:
				return convertClusterCategoryToString(eDataType, instanceValue);
			case ClusterDeskPackage.BRAND_HONOUR:
				return convertBrandHonourToString(eDataType, instanceValue);
			case ClusterDeskPackage.ENTERPRISE_MARK:
				return convertEnterpriseMarkToString(eDataType, instanceValue);
			case ClusterDeskPackage.LISTING_KIND:
				return convertListingKindToString(eDataType, instanceValue);
			case ClusterDeskPackage.SMART_FACTORY_GRADE:
				return convertSmartFactoryGradeToString(eDataType, instanceValue);
			case ClusterDeskPackage.IMPLEMENTATION_INDICATOR_KIND:
				return convertImplementationIndicatorKindToString(eDataType, instanceValue);
			case ClusterDeskPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case ClusterDeskPackage.YEAR_MONTH:
				return convertYearMonthToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Edition createEdition() {
		EditionImpl edition = new EditionImpl();
		return edition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecognitionCriteria createRecognitionCriteria() {
		RecognitionCriteriaImpl recognitionCriteria = new RecognitionCriteriaImpl();
		return recognitionCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanRules createPlanRules() {
		PlanRulesImpl planRules = new PlanRulesImpl();
		return planRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormSection createFormSection() {
		FormSectionImpl formSection = new FormSectionImpl();
		return formSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormRow createFormRow() {
		FormRowImpl formRow = new FormRowImpl();
		return formRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearDecimal createYearDecimal() {
		YearDecimalImpl yearDecimal = new YearDecimalImpl();
		return yearDecimal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearCount createYearCount() {
		YearCountImpl yearCount = new YearCountImpl();
		return yearCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal createYearlyDecimal() {
		YearlyDecimalImpl yearlyDecimal = new YearlyDecimalImpl();
		return yearlyDecimal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount createYearlyCount() {
		YearlyCountImpl yearlyCount = new YearlyCountImpl();
		return yearlyCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal createComparedDecimal() {
		ComparedDecimalImpl comparedDecimal = new ComparedDecimalImpl();
		return comparedDecimal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount createComparedCount() {
		ComparedCountImpl comparedCount = new ComparedCountImpl();
		return comparedCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attachment createAttachment() {
		AttachmentImpl attachment = new AttachmentImpl();
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceRef createEvidenceRef() {
		EvidenceRefImpl evidenceRef = new EvidenceRefImpl();
		return evidenceRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceLink createEvidenceLink() {
		EvidenceLinkImpl evidenceLink = new EvidenceLinkImpl();
		return evidenceLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount createNamedCount() {
		NamedCountImpl namedCount = new NamedCountImpl();
		return namedCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplainedAnswer createExplainedAnswer() {
		ExplainedAnswerImpl explainedAnswer = new ExplainedAnswerImpl();
		return explainedAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region createRegion() {
		RegionImpl region = new RegionImpl();
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Declaration createDeclaration() {
		DeclarationImpl declaration = new DeclarationImpl();
		return declaration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recommendation createRecommendation() {
		RecommendationImpl recommendation = new RecommendationImpl();
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardCount createStandardCount() {
		StandardCountImpl standardCount = new StandardCountImpl();
		return standardCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Honour createHonour() {
		HonourImpl honour = new HonourImpl();
		return honour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QualifiedSmeList createQualifiedSmeList() {
		QualifiedSmeListImpl qualifiedSmeList = new QualifiedSmeListImpl();
		return qualifiedSmeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageGoal createStageGoal() {
		StageGoalImpl stageGoal = new StageGoalImpl();
		return stageGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Application createApplication() {
		ApplicationImpl application = new ApplicationImpl();
		return application;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BasicInfoSection createBasicInfoSection() {
		BasicInfoSectionImpl basicInfoSection = new BasicInfoSectionImpl();
		return basicInfoSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustrySection createIndustrySection() {
		IndustrySectionImpl industrySection = new IndustrySectionImpl();
		return industrySection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnovationSection createInnovationSection() {
		InnovationSectionImpl innovationSection = new InnovationSectionImpl();
		return innovationSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DigitalSection createDigitalSection() {
		DigitalSectionImpl digitalSection = new DigitalSectionImpl();
		return digitalSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GreenSection createGreenSection() {
		GreenSectionImpl greenSection = new GreenSectionImpl();
		return greenSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpennessSection createOpennessSection() {
		OpennessSectionImpl opennessSection = new OpennessSectionImpl();
		return opennessSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceSection createGovernanceSection() {
		GovernanceSectionImpl governanceSection = new GovernanceSectionImpl();
		return governanceSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanIndicator createPlanIndicator() {
		PlanIndicatorImpl planIndicator = new PlanIndicatorImpl();
		return planIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompletionIndicator createCompletionIndicator() {
		CompletionIndicatorImpl completionIndicator = new CompletionIndicatorImpl();
		return completionIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanSection createPlanSection() {
		PlanSectionImpl planSection = new PlanSectionImpl();
		return planSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewSection createReviewSection() {
		ReviewSectionImpl reviewSection = new ReviewSectionImpl();
		return reviewSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitmentLetter createCommitmentLetter() {
		CommitmentLetterImpl commitmentLetter = new CommitmentLetterImpl();
		return commitmentLetter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WritingOutline createWritingOutline() {
		WritingOutlineImpl writingOutline = new WritingOutlineImpl();
		return writingOutline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitContact createUnitContact() {
		UnitContactImpl unitContact = new UnitContactImpl();
		return unitContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RankedEnterprise createRankedEnterprise() {
		RankedEnterpriseImpl rankedEnterprise = new RankedEnterpriseImpl();
		return rankedEnterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RankingTable createRankingTable() {
		RankingTableImpl rankingTable = new RankingTableImpl();
		return rankingTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyProject createKeyProject() {
		KeyProjectImpl keyProject = new KeyProjectImpl();
		return keyProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApprovedListing createApprovedListing() {
		ApprovedListingImpl approvedListing = new ApprovedListingImpl();
		return approvedListing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmartFactoryCount createSmartFactoryCount() {
		SmartFactoryCountImpl smartFactoryCount = new SmartFactoryCountImpl();
		return smartFactoryCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EconomicIndicators createEconomicIndicators() {
		EconomicIndicatorsImpl economicIndicators = new EconomicIndicatorsImpl();
		return economicIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnterpriseIndicators createEnterpriseIndicators() {
		EnterpriseIndicatorsImpl enterpriseIndicators = new EnterpriseIndicatorsImpl();
		return enterpriseIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnovationIndicators createInnovationIndicators() {
		InnovationIndicatorsImpl innovationIndicators = new InnovationIndicatorsImpl();
		return innovationIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GreenIndicators createGreenIndicators() {
		GreenIndicatorsImpl greenIndicators = new GreenIndicatorsImpl();
		return greenIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublicServiceIndicators createPublicServiceIndicators() {
		PublicServiceIndicatorsImpl publicServiceIndicators = new PublicServiceIndicatorsImpl();
		return publicServiceIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParkIndicator createParkIndicator() {
		ParkIndicatorImpl parkIndicator = new ParkIndicatorImpl();
		return parkIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Park createPark() {
		ParkImpl park = new ParkImpl();
		return park;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PromotionOrganisation createPromotionOrganisation() {
		PromotionOrganisationImpl promotionOrganisation = new PromotionOrganisationImpl();
		return promotionOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationTarget createImplementationTarget() {
		ImplementationTargetImpl implementationTarget = new ImplementationTargetImpl();
		return implementationTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationPlan createImplementationPlan() {
		ImplementationPlanImpl implementationPlan = new ImplementationPlanImpl();
		return implementationPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExistingEnterprise createExistingEnterprise() {
		ExistingEnterpriseImpl existingEnterprise = new ExistingEnterpriseImpl();
		return existingEnterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProspectiveEnterprise createProspectiveEnterprise() {
		ProspectiveEnterpriseImpl prospectiveEnterprise = new ProspectiveEnterpriseImpl();
		return prospectiveEnterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConstructionProject createConstructionProject() {
		ConstructionProjectImpl constructionProject = new ConstructionProjectImpl();
		return constructionProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlannedProject createPlannedProject() {
		PlannedProjectImpl plannedProject = new PlannedProjectImpl();
		return plannedProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterLibraries createClusterLibraries() {
		ClusterLibrariesImpl clusterLibraries = new ClusterLibrariesImpl();
		return clusterLibraries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompetitionReport createCompetitionReport() {
		CompetitionReportImpl competitionReport = new CompetitionReportImpl();
		return competitionReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit createUnitFromString(EDataType eDataType, String initialValue) {
		Unit result = Unit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YesNo createYesNoFromString(EDataType eDataType, String initialValue) {
		YesNo result = YesNo.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYesNoToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GreenParkLevel createGreenParkLevelFromString(EDataType eDataType, String initialValue) {
		GreenParkLevel result = GreenParkLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGreenParkLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YesNoNotApplicable createYesNoNotApplicableFromString(EDataType eDataType, String initialValue) {
		YesNoNotApplicable result = YesNoNotApplicable.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYesNoNotApplicableToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndustryType createIndustryTypeFromString(EDataType eDataType, String initialValue) {
		IndustryType result = IndustryType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndustryTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormKind createFormKindFromString(EDataType eDataType, String initialValue) {
		FormKind result = FormKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFormKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContactKind createContactKindFromString(EDataType eDataType, String initialValue) {
		ContactKind result = ContactKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContactKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeLevel createAdministrativeLevelFromString(EDataType eDataType, String initialValue) {
		AdministrativeLevel result = AdministrativeLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdministrativeLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BenchmarkKind createBenchmarkKindFromString(EDataType eDataType, String initialValue) {
		BenchmarkKind result = BenchmarkKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBenchmarkKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StandardCategory createStandardCategoryFromString(EDataType eDataType, String initialValue) {
		StandardCategory result = StandardCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStandardCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChainWork createChainWorkFromString(EDataType eDataType, String initialValue) {
		ChainWork result = ChainWork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChainWorkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResourceSharingWork createResourceSharingWorkFromString(EDataType eDataType, String initialValue) {
		ResourceSharingWork result = ResourceSharingWork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResourceSharingWorkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QualityBrandWork createQualityBrandWorkFromString(EDataType eDataType, String initialValue) {
		QualityBrandWork result = QualityBrandWork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQualityBrandWorkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DigitalServiceWork createDigitalServiceWorkFromString(EDataType eDataType, String initialValue) {
		DigitalServiceWork result = DigitalServiceWork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDigitalServiceWorkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NewModelWork createNewModelWorkFromString(EDataType eDataType, String initialValue) {
		NewModelWork result = NewModelWork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNewModelWorkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GreenWork createGreenWorkFromString(EDataType eDataType, String initialValue) {
		GreenWork result = GreenWork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGreenWorkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InternationalWork createInternationalWorkFromString(EDataType eDataType, String initialValue) {
		InternationalWork result = InternationalWork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInternationalWorkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceWork createGovernanceWorkFromString(EDataType eDataType, String initialValue) {
		GovernanceWork result = GovernanceWork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGovernanceWorkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublicServicePlatformWork createPublicServicePlatformWorkFromString(EDataType eDataType, String initialValue) {
		PublicServicePlatformWork result = PublicServicePlatformWork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPublicServicePlatformWorkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublicService createPublicServiceFromString(EDataType eDataType, String initialValue) {
		PublicService result = PublicService.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPublicServiceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QualifiedSmeKind createQualifiedSmeKindFromString(EDataType eDataType, String initialValue) {
		QualifiedSmeKind result = QualifiedSmeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQualifiedSmeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanDirection createPlanDirectionFromString(EDataType eDataType, String initialValue) {
		PlanDirection result = PlanDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanIndicatorKind createPlanIndicatorKindFromString(EDataType eDataType, String initialValue) {
		PlanIndicatorKind result = PlanIndicatorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanIndicatorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClusterCategory createClusterCategoryFromString(EDataType eDataType, String initialValue) {
		ClusterCategory result = ClusterCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClusterCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BrandHonour createBrandHonourFromString(EDataType eDataType, String initialValue) {
		BrandHonour result = BrandHonour.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBrandHonourToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnterpriseMark createEnterpriseMarkFromString(EDataType eDataType, String initialValue) {
		EnterpriseMark result = EnterpriseMark.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnterpriseMarkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ListingKind createListingKindFromString(EDataType eDataType, String initialValue) {
		ListingKind result = ListingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertListingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SmartFactoryGrade createSmartFactoryGradeFromString(EDataType eDataType, String initialValue) {
		SmartFactoryGrade result = SmartFactoryGrade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSmartFactoryGradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImplementationIndicatorKind createImplementationIndicatorKindFromString(EDataType eDataType, String initialValue) {
		ImplementationIndicatorKind result = ImplementationIndicatorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImplementationIndicatorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonth(final String it) {
		return it == null || it.isBlank() ? null : java.time.YearMonth.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonthFromString(EDataType eDataType, String initialValue) {
		return createYearMonth(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonth(final YearMonth it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonthToString(EDataType eDataType, Object instanceValue) {
		return convertYearMonth((YearMonth)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterDeskPackage getClusterDeskPackage() {
		return (ClusterDeskPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ClusterDeskPackage getPackage() {
		return ClusterDeskPackage.eINSTANCE;
	}

} //ClusterDeskFactoryImpl
