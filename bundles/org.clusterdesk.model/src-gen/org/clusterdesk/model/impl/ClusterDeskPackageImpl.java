/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.time.LocalDate;
import java.time.YearMonth;

import org.clusterdesk.model.AdministrativeLevel;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.BasicInfoSection;
import org.clusterdesk.model.BenchmarkKind;
import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ChainWork;
import org.clusterdesk.model.ClusterCategory;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ContactKind;
import org.clusterdesk.model.Declaration;
import org.clusterdesk.model.DigitalSection;
import org.clusterdesk.model.DigitalServiceWork;
import org.clusterdesk.model.EconomicIndicators;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.EnterpriseIndicators;
import org.clusterdesk.model.EnterpriseMark;
import org.clusterdesk.model.EvidenceHolder;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.FormKind;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.GovernanceSection;
import org.clusterdesk.model.GovernanceWork;
import org.clusterdesk.model.GreenIndicators;
import org.clusterdesk.model.GreenParkLevel;
import org.clusterdesk.model.GreenSection;
import org.clusterdesk.model.GreenWork;
import org.clusterdesk.model.Honour;
import org.clusterdesk.model.ImplementationIndicatorKind;
import org.clusterdesk.model.ImplementationPlan;
import org.clusterdesk.model.ImplementationTarget;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.IndustryType;
import org.clusterdesk.model.InnovationIndicators;
import org.clusterdesk.model.InnovationSection;
import org.clusterdesk.model.InternationalWork;
import org.clusterdesk.model.KeyProject;
import org.clusterdesk.model.LibraryRow;
import org.clusterdesk.model.ListingKind;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.NewModelWork;
import org.clusterdesk.model.OpennessSection;
import org.clusterdesk.model.Organisation;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.PlanDirection;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanRules;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.Project;
import org.clusterdesk.model.PromotionOrganisation;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.clusterdesk.model.PublicService;
import org.clusterdesk.model.PublicServiceIndicators;
import org.clusterdesk.model.PublicServicePlatformWork;
import org.clusterdesk.model.QualifiedSmeKind;
import org.clusterdesk.model.QualifiedSmeList;
import org.clusterdesk.model.QualityBrandWork;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.RecognitionCriteria;
import org.clusterdesk.model.Recommendation;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.ResourceSharingWork;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.SmartFactoryGrade;
import org.clusterdesk.model.StageGoal;
import org.clusterdesk.model.StandardCategory;
import org.clusterdesk.model.StandardCount;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.UnitContact;
import org.clusterdesk.model.WritingOutline;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.YesNoNotApplicable;

import org.clusterdesk.model.util.ClusterDeskValidator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ClusterDeskPackageImpl extends EPackageImpl implements ClusterDeskPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass editionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recognitionCriteriaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planRulesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass formSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass formRowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass yearDecimalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass yearCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass yearlyDecimalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass yearlyCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparedDecimalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparedCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attachmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceHolderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass explainedAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass declarationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recommendationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass honourEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass qualifiedSmeListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageGoalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass applicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass basicInfoSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass industrySectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass innovationSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass digitalSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass greenSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass opennessSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governanceSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planIndicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass completionIndicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commitmentLetterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass writingOutlineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unitContactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rankedEnterpriseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rankingTableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass approvedListingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass smartFactoryCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass economicIndicatorsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseIndicatorsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass innovationIndicatorsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass greenIndicatorsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass publicServiceIndicatorsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parkIndicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass promotionOrganisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass implementationTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass implementationPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass libraryRowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass existingEnterpriseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass prospectiveEnterpriseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass constructionProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass plannedProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterLibrariesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass competitionReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum yesNoEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum greenParkLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum yesNoNotApplicableEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum industryTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum formKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contactKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum administrativeLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum benchmarkKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum standardCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum chainWorkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum resourceSharingWorkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum qualityBrandWorkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum digitalServiceWorkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum newModelWorkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum greenWorkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum internationalWorkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum governanceWorkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum publicServicePlatformWorkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum publicServiceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum qualifiedSmeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planIndicatorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum clusterCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum brandHonourEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum enterpriseMarkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum listingKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum smartFactoryGradeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum implementationIndicatorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType yearMonthEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.clusterdesk.model.ClusterDeskPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ClusterDeskPackageImpl() {
		super(eNS_URI, ClusterDeskFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ClusterDeskPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ClusterDeskPackage init() {
		if (isInited) return (ClusterDeskPackage)EPackage.Registry.INSTANCE.getEPackage(ClusterDeskPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredClusterDeskPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ClusterDeskPackageImpl theClusterDeskPackage = registeredClusterDeskPackage instanceof ClusterDeskPackageImpl ? (ClusterDeskPackageImpl)registeredClusterDeskPackage : new ClusterDeskPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theClusterDeskPackage.createPackageContents();

		// Initialize created meta-data
		theClusterDeskPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theClusterDeskPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return ClusterDeskValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theClusterDeskPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ClusterDeskPackage.eNS_URI, theClusterDeskPackage);
		return theClusterDeskPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdition() {
		return editionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_Id() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_Issuer() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_Title() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_Kind() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_DataYears() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_DataCutoff() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_PlanBaselineYear() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_PlanTargetYear() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_StageYears() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_ReviewBaselineYear() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_ReviewTargetYear() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_ContactKind() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_RecommenderLevel() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_RecommendationTitle() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_DeclarationText() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_DeclarationSignerTitle() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_DeclarationSealTitle() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_NamePattern() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_NamePatternHint() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_Instructions() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdition_Criteria() {
		return (EReference)editionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdition_PlanRules() {
		return (EReference)editionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdition_Sections() {
		return (EReference)editionEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEdition__HasField__EStructuralFeature() {
		return editionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEdition__RowFor__EStructuralFeature() {
		return editionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEdition__LabelFor__EStructuralFeature() {
		return editionEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecognitionCriteria() {
		return recognitionCriteriaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecognitionCriteria_MinOutput() {
		return (EAttribute)recognitionCriteriaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecognitionCriteria_MinSmeShare() {
		return (EAttribute)recognitionCriteriaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecognitionCriteria_MinLeadingIndustryShare() {
		return (EAttribute)recognitionCriteriaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecognitionCriteria_MaxArea() {
		return (EAttribute)recognitionCriteriaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanRules() {
		return planRulesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRules_OutputAverageGrowthMin() {
		return (EAttribute)planRulesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRules_RdAverageGrowthMin() {
		return (EAttribute)planRulesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRules_PatentAverageGrowthMin() {
		return (EAttribute)planRulesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRules_Benchmark() {
		return (EAttribute)planRulesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRules_IiotPenetrationTarget() {
		return (EAttribute)planRulesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRules_Co2ReductionTarget() {
		return (EAttribute)planRulesEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRules_EnergyReductionTarget() {
		return (EAttribute)planRulesEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFormSection() {
		return formSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormSection_Number() {
		return (EAttribute)formSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormSection_Title() {
		return (EAttribute)formSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormSection_Feature() {
		return (EReference)formSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormSection_NewPage() {
		return (EAttribute)formSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormSection_PartNumber() {
		return (EAttribute)formSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormSection_PartTitle() {
		return (EAttribute)formSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormSection_Rows() {
		return (EReference)formSectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFormRow() {
		return formRowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormRow_Feature() {
		return (EReference)formRowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormRow_Label() {
		return (EAttribute)formRowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormRow_Note() {
		return (EAttribute)formRowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormRow_Required() {
		return (EAttribute)formRowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormRow_LastYearOnly() {
		return (EAttribute)formRowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormRow_MaxLength() {
		return (EAttribute)formRowEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getYearDecimal() {
		return yearDecimalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getYearDecimal_Year() {
		return (EAttribute)yearDecimalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getYearDecimal_Value() {
		return (EAttribute)yearDecimalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getYearCount() {
		return yearCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getYearCount_Year() {
		return (EAttribute)yearCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getYearCount_Value() {
		return (EAttribute)yearCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getYearlyDecimal() {
		return yearlyDecimalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getYearlyDecimal_Values() {
		return (EReference)yearlyDecimalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getYearlyDecimal__ValueOf__int() {
		return yearlyDecimalEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getYearlyDecimal__Put__int_BigDecimal() {
		return yearlyDecimalEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getYearlyDecimal__Years() {
		return yearlyDecimalEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getYearlyDecimal__Growth__int() {
		return yearlyDecimalEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getYearlyDecimal__AverageGrowth() {
		return yearlyDecimalEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getYearlyCount() {
		return yearlyCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getYearlyCount_Values() {
		return (EReference)yearlyCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getYearlyCount__ValueOf__int() {
		return yearlyCountEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getYearlyCount__Put__int_Integer() {
		return yearlyCountEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getYearlyCount__Years() {
		return yearlyCountEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getYearlyCount__Growth__int() {
		return yearlyCountEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparedDecimal() {
		return comparedDecimalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparedDecimal_Growth() {
		return (EAttribute)comparedDecimalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparedDecimal_EvidencePage() {
		return (EAttribute)comparedDecimalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getComparedDecimal__ComputedGrowth() {
		return comparedDecimalEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparedCount() {
		return comparedCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparedCount_Growth() {
		return (EAttribute)comparedCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparedCount_EvidencePage() {
		return (EAttribute)comparedCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getComparedCount__ComputedGrowth() {
		return comparedCountEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttachment() {
		return attachmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_Id() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_Title() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_FileName() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_Pages() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceRef() {
		return evidenceRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceRef_Attachment() {
		return (EReference)evidenceRefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceRef_Page() {
		return (EAttribute)evidenceRefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceRef_Note() {
		return (EAttribute)evidenceRefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceLink() {
		return evidenceLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceLink_Feature() {
		return (EReference)evidenceLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceLink_Option() {
		return (EAttribute)evidenceLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceLink_Evidence() {
		return (EReference)evidenceLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceHolder() {
		return evidenceHolderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceHolder_EvidenceLinks() {
		return (EReference)evidenceHolderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEvidenceHolder__EvidenceFor__EStructuralFeature_String() {
		return evidenceHolderEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEvidenceHolder__G07__DiagnosticChain_Map() {
		return evidenceHolderEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedCount() {
		return namedCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedCount_Count() {
		return (EAttribute)namedCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedCount_Names() {
		return (EAttribute)namedCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamedCount_Evidence() {
		return (EReference)namedCountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getNamedCount__G08__DiagnosticChain_Map() {
		return namedCountEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExplainedAnswer() {
		return explainedAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplainedAnswer_Answer() {
		return (EAttribute)explainedAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplainedAnswer_Explanation() {
		return (EAttribute)explainedAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExplainedAnswer_Evidence() {
		return (EReference)explainedAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Person() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Phone() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Name() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Contact() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegion() {
		return regionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Province() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_City() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_County() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeclaration() {
		return declarationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Signer() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Unit() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Date() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Sealed() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecommendation() {
		return recommendationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Opinion() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Unit() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Date() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardCount() {
		return standardCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardCount_Year() {
		return (EAttribute)standardCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardCount_Category() {
		return (EAttribute)standardCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardCount_Led() {
		return (EAttribute)standardCountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardCount_Participated() {
		return (EAttribute)standardCountEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHonour() {
		return honourEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHonour_Level() {
		return (EAttribute)honourEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHonour_Title() {
		return (EAttribute)honourEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHonour_Evidence() {
		return (EReference)honourEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQualifiedSmeList() {
		return qualifiedSmeListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualifiedSmeList_Kind() {
		return (EAttribute)qualifiedSmeListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualifiedSmeList_Names() {
		return (EAttribute)qualifiedSmeListEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStageGoal() {
		return stageGoalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageGoal_Year() {
		return (EAttribute)stageGoalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageGoal_Text() {
		return (EAttribute)stageGoalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClusterDocument() {
		return clusterDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterDocument_EditionId() {
		return (EAttribute)clusterDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterDocument_Name() {
		return (EAttribute)clusterDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterDocument_FilingDate() {
		return (EAttribute)clusterDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterDocument_Contact() {
		return (EReference)clusterDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterDocument_Draft() {
		return (EAttribute)clusterDocumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterDocument_Attachments() {
		return (EReference)clusterDocumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterDocument_EvidencePages() {
		return (EAttribute)clusterDocumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterDocument_Edition() {
		return (EReference)clusterDocumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G01__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G02__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G03__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G04__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G05__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G11__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G12__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G13__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G14__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__G15__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__D01__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__D02__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__D03__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__D04__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__D05__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__D06__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__D07__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__D08__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterDocument__D09__DiagnosticChain_Map() {
		return clusterDocumentEClass.getEOperations().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApplication() {
		return applicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Region() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_BasicInfo() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Industry() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Innovation() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Digital() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Green() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Openness() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Governance() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Plan() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Review() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Declaration() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Recommendation() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Commitment() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Outline() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getApplication__Eligible() {
		return applicationEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getApplication__G06__DiagnosticChain_Map() {
		return applicationEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getApplication__G09__DiagnosticChain_Map() {
		return applicationEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getApplication__G10__DiagnosticChain_Map() {
		return applicationEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getApplication__P09__DiagnosticChain_Map() {
		return applicationEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBasicInfoSection() {
		return basicInfoSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBasicInfoSection_Department() {
		return (EReference)basicInfoSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBasicInfoSection_Operator() {
		return (EReference)basicInfoSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBasicInfoSection_OperatorChanged() {
		return (EReference)basicInfoSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasicInfoSection_Area() {
		return (EAttribute)basicInfoSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasicInfoSection_IndustryType() {
		return (EAttribute)basicInfoSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasicInfoSection_ProhibitedIndustry() {
		return (EAttribute)basicInfoSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBasicInfoSection_Accidents() {
		return (EReference)basicInfoSectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBasicInfoSection_Violations() {
		return (EReference)basicInfoSectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasicInfoSection_EnergyEfficiency() {
		return (EAttribute)basicInfoSectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasicInfoSection_WaterEfficiency() {
		return (EAttribute)basicInfoSectionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasicInfoSection_ProvinciallyRecognised() {
		return (EAttribute)basicInfoSectionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBasicInfoSection_KeyChainMember() {
		return (EAttribute)basicInfoSectionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBasicInfoSection_KeyChainEvidence() {
		return (EReference)basicInfoSectionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndustrySection() {
		return industrySectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_TotalOutput() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_CountyShare() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_SmeOutputShare() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_LeadingIndustryShare() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_LeadingIndustryGrowth() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustrySection_LeadingIndustryAverageGrowth() {
		return (EAttribute)industrySectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_Enterprises() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_Smes() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_SpecialisedSmes() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_LittleGiants() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_SingleChampions() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_HighTechEnterprises() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_InnovativeSmes() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_ListedSmes() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_PreListingSmes() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_QualifiedSmeLists() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_Fdi() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_FdiGrowth() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_Exports() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_ExportGrowth() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_FdiCumulativeGrowthByYear() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_ExportCumulativeGrowthByYear() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustrySection_ChainNarrative() {
		return (EAttribute)industrySectionEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustrySection_ChainWorks() {
		return (EAttribute)industrySectionEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustrySection_ResourceNarrative() {
		return (EAttribute)industrySectionEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustrySection_ResourceWorks() {
		return (EAttribute)industrySectionEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrySection_Honours() {
		return (EReference)industrySectionEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustrySection_QualityNarrative() {
		return (EAttribute)industrySectionEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustrySection_QualityWorks() {
		return (EAttribute)industrySectionEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getIndustrySection__LeadingIndustryOutput__int() {
		return industrySectionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getIndustrySection__LeadingIndustryOutputGrowth__int() {
		return industrySectionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getIndustrySection__ComputedLeadingIndustryAverageGrowth() {
		return industrySectionEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getIndustrySection__ComputedFdiGrowth__int() {
		return industrySectionEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getIndustrySection__ComputedExportGrowth__int() {
		return industrySectionEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getIndustrySection__OutputAverageGrowth() {
		return industrySectionEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInnovationSection() {
		return innovationSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_RdIntensity() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_RdExpenditure() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_RdGrowth() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_SmeEmployees() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_RdStaff() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationSection_RdStaffShare() {
		return (EAttribute)innovationSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_IpGrants() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_Standards() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_NationalPlatforms() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_ProvincialPlatforms() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_OtherPlatforms() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationSection_PctApplications() {
		return (EAttribute)innovationSectionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationSection_PatentAverageGrowth() {
		return (EAttribute)innovationSectionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationSection_PatentsPer10k() {
		return (EAttribute)innovationSectionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationSection_ValidInventionPatents() {
		return (EAttribute)innovationSectionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSection_PatentEvidence() {
		return (EReference)innovationSectionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getInnovationSection__ComputedRdGrowth__int() {
		return innovationSectionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getInnovationSection__ComputedPatentsPer10k() {
		return innovationSectionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getInnovationSection__ComputedRdStaffShare__int() {
		return innovationSectionEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getInnovationSection__RdAverageGrowth() {
		return innovationSectionEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDigitalSection() {
		return digitalSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_CloudSmes() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_CloudRatio() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_IiotSmes() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_IiotPenetration() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_DigitalRdToolRate() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalSection_IdentifierRatio() {
		return (EAttribute)digitalSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_SoftwarePurchases() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalSection_SoftwareRateRising() {
		return (EAttribute)digitalSectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalSection_ServiceNarrative() {
		return (EAttribute)digitalSectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalSection_ServiceWorks() {
		return (EAttribute)digitalSectionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalSection_NewModelNarrative() {
		return (EAttribute)digitalSectionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalSection_NewModelWorks() {
		return (EAttribute)digitalSectionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_NationalPilots() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_ProvincialPilots() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_OtherPilots() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalSection_ProvincialOrAbovePilots() {
		return (EReference)digitalSectionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getDigitalSection__ComputedCloudRatio__int() {
		return digitalSectionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getDigitalSection__ComputedIiotPenetration__int() {
		return digitalSectionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGreenSection() {
		return greenSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_CarbonMonitoring() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenSection_CarbonMonitoringEvidence() {
		return (EReference)greenSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenSection_Co2PerOutput() {
		return (EReference)greenSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_Co2Formula() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenSection_EnergyPerOutput() {
		return (EReference)greenSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_EnergyFormula() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_Co2ReductionRate() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_EnergyReductionRate() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_SolidWasteUtilisation() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_SolidWasteAboveAverage() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_WaterReuse() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_WaterReuseAboveAverage() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_GreenNarrative() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_GreenWorks() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenSection_NationalGreenSystem() {
		return (EReference)greenSectionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenSection_ProvincialGreenSystem() {
		return (EReference)greenSectionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenSection_OtherGreenSystem() {
		return (EReference)greenSectionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_GreenFactories() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_GreenParks() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_GreenSupplyChains() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGreenSection_GreenDesignProducts() {
		return (EAttribute)greenSectionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenSection_GreenCountEvidence() {
		return (EReference)greenSectionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGreenSection__ComputedEnergyReduction() {
		return greenSectionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGreenSection__ComputedCo2Reduction() {
		return greenSectionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpennessSection() {
		return opennessSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpennessSection_InternationalNarrative() {
		return (EAttribute)opennessSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpennessSection_InternationalWorks() {
		return (EAttribute)opennessSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpennessSection_OverseasBranches() {
		return (EAttribute)opennessSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpennessSection_OverseasEvidence() {
		return (EReference)opennessSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernanceSection() {
		return governanceSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceSection_Alliances() {
		return (EReference)governanceSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceSection_EnvironmentNarrative() {
		return (EAttribute)governanceSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceSection_GovernanceWorks() {
		return (EAttribute)governanceSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceSection_NationalServicePlatforms() {
		return (EReference)governanceSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceSection_ProvincialServicePlatforms() {
		return (EReference)governanceSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceSection_OtherServicePlatforms() {
		return (EReference)governanceSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceSection_PlatformWorks() {
		return (EAttribute)governanceSectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceSection_PublicServices() {
		return (EAttribute)governanceSectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanIndicator() {
		return planIndicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanIndicator_Direction() {
		return (EAttribute)planIndicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanIndicator_Kind() {
		return (EAttribute)planIndicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanIndicator_Name() {
		return (EAttribute)planIndicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanIndicator_Unit() {
		return (EAttribute)planIndicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanIndicator_Reduction() {
		return (EAttribute)planIndicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanIndicator_Baseline() {
		return (EAttribute)planIndicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanIndicator_Target() {
		return (EAttribute)planIndicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanIndicator_StageTargets() {
		return (EReference)planIndicatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanIndicator_IndustryAverage() {
		return (EAttribute)planIndicatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanIndicator_Description() {
		return (EAttribute)planIndicatorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanIndicator__AverageGrowth() {
		return planIndicatorEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanIndicator__ChangeRate() {
		return planIndicatorEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompletionIndicator() {
		return completionIndicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionIndicator_Achieved() {
		return (EAttribute)completionIndicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionIndicator_BaselineDescription() {
		return (EAttribute)completionIndicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionIndicator_AchievedDescription() {
		return (EAttribute)completionIndicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompletionIndicator__Met() {
		return completionIndicatorEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompletionIndicator__Attainment() {
		return completionIndicatorEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanSection() {
		return planSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_Introduction() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_Achievements() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_Problems() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_Approach() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_BaselineYear() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_TargetYear() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanSection_Targets() {
		return (EReference)planSectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanSection_StageGoals() {
		return (EReference)planSectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_KeyTasks() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_Safeguards() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__NarrativeLength() {
		return planSectionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__TargetOf__PlanIndicatorKind() {
		return planSectionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__P01__DiagnosticChain_Map() {
		return planSectionEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__P02__DiagnosticChain_Map() {
		return planSectionEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__P03__DiagnosticChain_Map() {
		return planSectionEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__P04__DiagnosticChain_Map() {
		return planSectionEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__P05__DiagnosticChain_Map() {
		return planSectionEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__P06__DiagnosticChain_Map() {
		return planSectionEClass.getEOperations().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__P07__DiagnosticChain_Map() {
		return planSectionEClass.getEOperations().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanSection__P08__DiagnosticChain_Map() {
		return planSectionEClass.getEOperations().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewSection() {
		return reviewSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSection_Introduction() {
		return (EAttribute)reviewSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSection_Cultivation() {
		return (EAttribute)reviewSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSection_BaselineYear() {
		return (EAttribute)reviewSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSection_TargetYear() {
		return (EAttribute)reviewSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewSection_Completion() {
		return (EReference)reviewSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewSection_NewPlan() {
		return (EReference)reviewSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getReviewSection__UnmetCount() {
		return reviewSectionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getReviewSection__MetCount() {
		return reviewSectionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getReviewSection__P10__DiagnosticChain_Map() {
		return reviewSectionEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommitmentLetter() {
		return commitmentLetterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentLetter_Addressee() {
		return (EAttribute)commitmentLetterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentLetter_IssuingBureau() {
		return (EAttribute)commitmentLetterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentLetter_Commitments() {
		return (EAttribute)commitmentLetterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentLetter_Date() {
		return (EAttribute)commitmentLetterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentLetter_Sealed() {
		return (EAttribute)commitmentLetterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWritingOutline() {
		return writingOutlineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_BasicInformation() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_DevelopmentLevel() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_AboveScaleEnterprises() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_ChainStrengthening() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_ResourceCollaboration() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_QualityBrand() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_CollaborativeInnovation() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_IntelligentTransformation() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_DigitalServices() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_GreenLowCarbon() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_InternationalCooperation() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWritingOutline_DevelopmentEnvironment() {
		return (EAttribute)writingOutlineEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWritingOutline_AboveScaleEvidence() {
		return (EReference)writingOutlineEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnitContact() {
		return unitContactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitContact_Name() {
		return (EAttribute)unitContactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitContact_Head() {
		return (EAttribute)unitContactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitContact_HeadPhone() {
		return (EAttribute)unitContactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitContact_Contact() {
		return (EAttribute)unitContactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitContact_ContactPhone() {
		return (EAttribute)unitContactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRankedEnterprise() {
		return rankedEnterpriseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRankedEnterprise_Name() {
		return (EAttribute)rankedEnterpriseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRankedEnterprise_Products() {
		return (EAttribute)rankedEnterpriseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRankingTable() {
		return rankingTableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRankingTable_Rows() {
		return (EReference)rankingTableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRankingTable_Total() {
		return (EReference)rankingTableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRankingTable_EvidencePage() {
		return (EAttribute)rankingTableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRankingTable__ComputedTotal__int() {
		return rankingTableEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyProject() {
		return keyProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyProject_Builder() {
		return (EAttribute)keyProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyProject_Name() {
		return (EAttribute)keyProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyProject_Investment() {
		return (EAttribute)keyProjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyProject_PeriodStart() {
		return (EAttribute)keyProjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyProject_PeriodEnd() {
		return (EAttribute)keyProjectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApprovedListing() {
		return approvedListingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovedListing_Kind() {
		return (EAttribute)approvedListingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovedListing_Name() {
		return (EAttribute)approvedListingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovedListing_Level() {
		return (EAttribute)approvedListingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovedListing_ApprovedOn() {
		return (EAttribute)approvedListingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovedListing_Approver() {
		return (EAttribute)approvedListingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSmartFactoryCount() {
		return smartFactoryCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartFactoryCount_Year() {
		return (EAttribute)smartFactoryCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartFactoryCount_Leading() {
		return (EAttribute)smartFactoryCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartFactoryCount_Excellent() {
		return (EAttribute)smartFactoryCountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartFactoryCount_Advanced() {
		return (EAttribute)smartFactoryCountEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartFactoryCount_Basic() {
		return (EAttribute)smartFactoryCountEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEconomicIndicators() {
		return economicIndicatorsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEconomicIndicators_Output() {
		return (EReference)economicIndicatorsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEconomicIndicators_Revenue() {
		return (EReference)economicIndicatorsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEconomicIndicators_SmeOutputShare() {
		return (EReference)economicIndicatorsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEconomicIndicators_Profit() {
		return (EReference)economicIndicatorsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEconomicIndicators_Tax() {
		return (EReference)economicIndicatorsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEconomicIndicators_Trade() {
		return (EReference)economicIndicatorsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEconomicIndicators_ForeignCapital() {
		return (EReference)economicIndicatorsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEconomicIndicators_ProjectInvestment() {
		return (EReference)economicIndicatorsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEconomicIndicators_Employees() {
		return (EReference)economicIndicatorsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterpriseIndicators() {
		return enterpriseIndicatorsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_Enterprises() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_AboveScale() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_HighTech() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_Listed() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_NationalChampions() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_ProvincialChampions() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_LittleGiants() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_ProvincialSpecialised() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_IntegrationCertified() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_SmartFactories() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseIndicators_SmartFactoriesEvidencePage() {
		return (EAttribute)enterpriseIndicatorsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseIndicators_TopRevenue() {
		return (EReference)enterpriseIndicatorsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInnovationIndicators() {
		return innovationIndicatorsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_RdExpenditure() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_RdRevenueShare() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_RdGrowth() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_RdStaffShare() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_NewPatents() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_NewStandards() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_NationalAwards() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_ProvincialAwards() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_NationalCarriers() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_ProvincialCarriers() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_NationalDesignCentres() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_ProvincialDesignCentres() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_Carriers() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationIndicators_TopRd() {
		return (EReference)innovationIndicatorsEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getInnovationIndicators__ComputedRdRevenueShare__int() {
		return innovationIndicatorsEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGreenIndicators() {
		return greenIndicatorsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenIndicators_NationalGreenFactories() {
		return (EReference)greenIndicatorsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenIndicators_ProvincialGreenFactories() {
		return (EReference)greenIndicatorsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenIndicators_NationalGreenSupplyChains() {
		return (EReference)greenIndicatorsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenIndicators_ProvincialGreenSupplyChains() {
		return (EReference)greenIndicatorsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenIndicators_Co2PerOutput() {
		return (EReference)greenIndicatorsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenIndicators_SolidWasteUtilisation() {
		return (EReference)greenIndicatorsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenIndicators_WaterReuse() {
		return (EReference)greenIndicatorsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGreenIndicators_Listings() {
		return (EReference)greenIndicatorsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPublicServiceIndicators() {
		return publicServiceIndicatorsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPublicServiceIndicators_NationalPlatforms() {
		return (EReference)publicServiceIndicatorsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPublicServiceIndicators_ProvincialPlatforms() {
		return (EReference)publicServiceIndicatorsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPublicServiceIndicators_Platforms() {
		return (EReference)publicServiceIndicatorsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParkIndicator() {
		return parkIndicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParkIndicator_ParkTotal() {
		return (EReference)parkIndicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParkIndicator_ClusterPart() {
		return (EReference)parkIndicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParkIndicator_Growth() {
		return (EAttribute)parkIndicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getParkIndicator__ComputedGrowth() {
		return parkIndicatorEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPark() {
		return parkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPark_Name() {
		return (EAttribute)parkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPark_LeadingIndustry() {
		return (EAttribute)parkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_Gdp() {
		return (EReference)parkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_AboveScaleEnterprises() {
		return (EReference)parkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_AboveScaleRevenue() {
		return (EReference)parkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_Tax() {
		return (EReference)parkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_Trade() {
		return (EReference)parkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_FixedInvestment() {
		return (EReference)parkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_InvestmentAttracted() {
		return (EReference)parkEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_ForeignCapitalUsed() {
		return (EReference)parkEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_DevelopedArea() {
		return (EReference)parkEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_InvestmentIntensity() {
		return (EReference)parkEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPark_TaxPerMu() {
		return (EReference)parkEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPark_GreenParkLevel() {
		return (EAttribute)parkEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPark_EvidencePage() {
		return (EAttribute)parkEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPark_Report() {
		return (EAttribute)parkEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPark__ComputedInvestmentIntensity__int() {
		return parkEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPark__ComputedTaxPerMu__int() {
		return parkEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPromotionOrganisation() {
		return promotionOrganisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotionOrganisation_Name() {
		return (EAttribute)promotionOrganisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotionOrganisation_BasicInformation() {
		return (EAttribute)promotionOrganisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotionOrganisation_Operations() {
		return (EAttribute)promotionOrganisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPromotionOrganisation_Evidence() {
		return (EReference)promotionOrganisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImplementationTarget() {
		return implementationTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationTarget_Actual() {
		return (EAttribute)implementationTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationTarget_Targets() {
		return (EReference)implementationTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getImplementationTarget__TargetFor__int() {
		return implementationTargetEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImplementationPlan() {
		return implementationPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_LeadUnit() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Revenue() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_AboveScaleEnterprises() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Profit() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Tax() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_Background() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_Foundations() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_Goals() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_Pathways() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_Safeguards() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Document() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getImplementationPlan__P11__DiagnosticChain_Map() {
		return implementationPlanEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLibraryRow() {
		return libraryRowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLibraryRow_SourceRow() {
		return (EAttribute)libraryRowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLibraryRow__C06__DiagnosticChain_Map() {
		return libraryRowEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLibraryRow__C07__DiagnosticChain_Map() {
		return libraryRowEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExistingEnterprise() {
		return existingEnterpriseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_Name() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_City() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_County() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_Park() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_Overview() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_Products() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_AboveScale() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_Revenue() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_Listed() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_HighTech() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingEnterprise_Honours() {
		return (EAttribute)existingEnterpriseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExistingEnterprise_Contact() {
		return (EReference)existingEnterpriseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getExistingEnterprise__Carries__EnterpriseMark() {
		return existingEnterpriseEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProspectiveEnterprise() {
		return prospectiveEnterpriseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProspectiveEnterprise_Name() {
		return (EAttribute)prospectiveEnterpriseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProspectiveEnterprise_Country() {
		return (EAttribute)prospectiveEnterpriseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProspectiveEnterprise_Province() {
		return (EAttribute)prospectiveEnterpriseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProspectiveEnterprise_City() {
		return (EAttribute)prospectiveEnterpriseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProspectiveEnterprise_Overview() {
		return (EAttribute)prospectiveEnterpriseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProspectiveEnterprise_Products() {
		return (EAttribute)prospectiveEnterpriseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProspectiveEnterprise_AboveScale() {
		return (EAttribute)prospectiveEnterpriseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProspectiveEnterprise_DomesticBrand() {
		return (EAttribute)prospectiveEnterpriseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProspectiveEnterprise_InternationalBrand() {
		return (EAttribute)prospectiveEnterpriseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProject() {
		return projectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Name() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Builder() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Investment() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_PeriodStart() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_PeriodEnd() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_PeriodYearsOnly() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Content() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Contact() {
		return (EReference)projectEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getProject__C08__DiagnosticChain_Map() {
		return projectEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConstructionProject() {
		return constructionProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConstructionProject_City() {
		return (EAttribute)constructionProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConstructionProject_County() {
		return (EAttribute)constructionProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConstructionProject_Park() {
		return (EAttribute)constructionProjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConstructionProject_StartDate() {
		return (EAttribute)constructionProjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConstructionProject_Progress() {
		return (EAttribute)constructionProjectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlannedProject() {
		return plannedProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedProject_Location() {
		return (EAttribute)plannedProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedProject_PlannedStart() {
		return (EAttribute)plannedProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClusterLibraries() {
		return clusterLibrariesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterLibraries_Existing() {
		return (EReference)clusterLibrariesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterLibraries_Prospective() {
		return (EReference)clusterLibrariesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterLibraries_UnderConstruction() {
		return (EReference)clusterLibrariesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterLibraries_Planned() {
		return (EReference)clusterLibrariesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterLibraries__CountExisting__EnterpriseMark() {
		return clusterLibrariesEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterLibraries__ExistingSummary() {
		return clusterLibrariesEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterLibraries__ProspectiveSummary() {
		return clusterLibrariesEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterLibraries__UnderConstructionSummary() {
		return clusterLibrariesEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterLibraries__PlannedSummary() {
		return clusterLibrariesEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterLibraries__TotalInvestment__boolean() {
		return clusterLibrariesEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterLibraries__C05__DiagnosticChain_Map() {
		return clusterLibrariesEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClusterLibraries__C06__DiagnosticChain_Map() {
		return clusterLibrariesEClass.getEOperations().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompetitionReport() {
		return competitionReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitionReport_Category() {
		return (EAttribute)competitionReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitionReport_IndustryField() {
		return (EAttribute)competitionReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitionReport_LeadingIndustry() {
		return (EAttribute)competitionReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitionReport_GeographicScope() {
		return (EAttribute)competitionReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_PromotionOrganisation() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_CoreParks() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_GovernmentOpinion() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_Economy() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_Enterprises() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_KeyProjects() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitionReport_KeyProjectsTotal() {
		return (EAttribute)competitionReportEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_Innovation() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_Green() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_PublicService() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitionReport_SelfAssessment() {
		return (EAttribute)competitionReportEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_IndustryChainMap() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_Parks() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_PromotionDetails() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_Implementation() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_Libraries() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_PromotionDeclaration() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitionReport_ParkDeclaration() {
		return (EReference)competitionReportEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__ComputedKeyProjectsTotal() {
		return competitionReportEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__C01__DiagnosticChain_Map() {
		return competitionReportEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__C02__DiagnosticChain_Map() {
		return competitionReportEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__C03__DiagnosticChain_Map() {
		return competitionReportEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__C04__DiagnosticChain_Map() {
		return competitionReportEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__C09__DiagnosticChain_Map() {
		return competitionReportEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__C10__DiagnosticChain_Map() {
		return competitionReportEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__C11__DiagnosticChain_Map() {
		return competitionReportEClass.getEOperations().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__C12__DiagnosticChain_Map() {
		return competitionReportEClass.getEOperations().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCompetitionReport__C13__DiagnosticChain_Map() {
		return competitionReportEClass.getEOperations().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnit() {
		return unitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getYesNo() {
		return yesNoEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGreenParkLevel() {
		return greenParkLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getYesNoNotApplicable() {
		return yesNoNotApplicableEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndustryType() {
		return industryTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFormKind() {
		return formKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContactKind() {
		return contactKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdministrativeLevel() {
		return administrativeLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBenchmarkKind() {
		return benchmarkKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStandardCategory() {
		return standardCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChainWork() {
		return chainWorkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResourceSharingWork() {
		return resourceSharingWorkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQualityBrandWork() {
		return qualityBrandWorkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDigitalServiceWork() {
		return digitalServiceWorkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNewModelWork() {
		return newModelWorkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGreenWork() {
		return greenWorkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInternationalWork() {
		return internationalWorkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGovernanceWork() {
		return governanceWorkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPublicServicePlatformWork() {
		return publicServicePlatformWorkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPublicService() {
		return publicServiceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQualifiedSmeKind() {
		return qualifiedSmeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanDirection() {
		return planDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanIndicatorKind() {
		return planIndicatorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getClusterCategory() {
		return clusterCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBrandHonour() {
		return brandHonourEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnterpriseMark() {
		return enterpriseMarkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getListingKind() {
		return listingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSmartFactoryGrade() {
		return smartFactoryGradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImplementationIndicatorKind() {
		return implementationIndicatorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getYearMonth() {
		return yearMonthEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterDeskFactory getClusterDeskFactory() {
		return (ClusterDeskFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		editionEClass = createEClass(EDITION);
		createEAttribute(editionEClass, EDITION__ID);
		createEAttribute(editionEClass, EDITION__ISSUER);
		createEAttribute(editionEClass, EDITION__TITLE);
		createEAttribute(editionEClass, EDITION__KIND);
		createEAttribute(editionEClass, EDITION__DATA_YEARS);
		createEAttribute(editionEClass, EDITION__DATA_CUTOFF);
		createEAttribute(editionEClass, EDITION__PLAN_BASELINE_YEAR);
		createEAttribute(editionEClass, EDITION__PLAN_TARGET_YEAR);
		createEAttribute(editionEClass, EDITION__STAGE_YEARS);
		createEAttribute(editionEClass, EDITION__REVIEW_BASELINE_YEAR);
		createEAttribute(editionEClass, EDITION__REVIEW_TARGET_YEAR);
		createEAttribute(editionEClass, EDITION__CONTACT_KIND);
		createEAttribute(editionEClass, EDITION__RECOMMENDER_LEVEL);
		createEAttribute(editionEClass, EDITION__RECOMMENDATION_TITLE);
		createEAttribute(editionEClass, EDITION__DECLARATION_TEXT);
		createEAttribute(editionEClass, EDITION__DECLARATION_SIGNER_TITLE);
		createEAttribute(editionEClass, EDITION__DECLARATION_SEAL_TITLE);
		createEAttribute(editionEClass, EDITION__NAME_PATTERN);
		createEAttribute(editionEClass, EDITION__NAME_PATTERN_HINT);
		createEAttribute(editionEClass, EDITION__INSTRUCTIONS);
		createEReference(editionEClass, EDITION__CRITERIA);
		createEReference(editionEClass, EDITION__PLAN_RULES);
		createEReference(editionEClass, EDITION__SECTIONS);
		createEOperation(editionEClass, EDITION___HAS_FIELD__ESTRUCTURALFEATURE);
		createEOperation(editionEClass, EDITION___ROW_FOR__ESTRUCTURALFEATURE);
		createEOperation(editionEClass, EDITION___LABEL_FOR__ESTRUCTURALFEATURE);

		recognitionCriteriaEClass = createEClass(RECOGNITION_CRITERIA);
		createEAttribute(recognitionCriteriaEClass, RECOGNITION_CRITERIA__MIN_OUTPUT);
		createEAttribute(recognitionCriteriaEClass, RECOGNITION_CRITERIA__MIN_SME_SHARE);
		createEAttribute(recognitionCriteriaEClass, RECOGNITION_CRITERIA__MIN_LEADING_INDUSTRY_SHARE);
		createEAttribute(recognitionCriteriaEClass, RECOGNITION_CRITERIA__MAX_AREA);

		planRulesEClass = createEClass(PLAN_RULES);
		createEAttribute(planRulesEClass, PLAN_RULES__OUTPUT_AVERAGE_GROWTH_MIN);
		createEAttribute(planRulesEClass, PLAN_RULES__RD_AVERAGE_GROWTH_MIN);
		createEAttribute(planRulesEClass, PLAN_RULES__PATENT_AVERAGE_GROWTH_MIN);
		createEAttribute(planRulesEClass, PLAN_RULES__BENCHMARK);
		createEAttribute(planRulesEClass, PLAN_RULES__IIOT_PENETRATION_TARGET);
		createEAttribute(planRulesEClass, PLAN_RULES__CO2_REDUCTION_TARGET);
		createEAttribute(planRulesEClass, PLAN_RULES__ENERGY_REDUCTION_TARGET);

		formSectionEClass = createEClass(FORM_SECTION);
		createEAttribute(formSectionEClass, FORM_SECTION__NUMBER);
		createEAttribute(formSectionEClass, FORM_SECTION__TITLE);
		createEReference(formSectionEClass, FORM_SECTION__FEATURE);
		createEAttribute(formSectionEClass, FORM_SECTION__NEW_PAGE);
		createEAttribute(formSectionEClass, FORM_SECTION__PART_NUMBER);
		createEAttribute(formSectionEClass, FORM_SECTION__PART_TITLE);
		createEReference(formSectionEClass, FORM_SECTION__ROWS);

		formRowEClass = createEClass(FORM_ROW);
		createEReference(formRowEClass, FORM_ROW__FEATURE);
		createEAttribute(formRowEClass, FORM_ROW__LABEL);
		createEAttribute(formRowEClass, FORM_ROW__NOTE);
		createEAttribute(formRowEClass, FORM_ROW__REQUIRED);
		createEAttribute(formRowEClass, FORM_ROW__LAST_YEAR_ONLY);
		createEAttribute(formRowEClass, FORM_ROW__MAX_LENGTH);

		yearDecimalEClass = createEClass(YEAR_DECIMAL);
		createEAttribute(yearDecimalEClass, YEAR_DECIMAL__YEAR);
		createEAttribute(yearDecimalEClass, YEAR_DECIMAL__VALUE);

		yearCountEClass = createEClass(YEAR_COUNT);
		createEAttribute(yearCountEClass, YEAR_COUNT__YEAR);
		createEAttribute(yearCountEClass, YEAR_COUNT__VALUE);

		yearlyDecimalEClass = createEClass(YEARLY_DECIMAL);
		createEReference(yearlyDecimalEClass, YEARLY_DECIMAL__VALUES);
		createEOperation(yearlyDecimalEClass, YEARLY_DECIMAL___VALUE_OF__INT);
		createEOperation(yearlyDecimalEClass, YEARLY_DECIMAL___PUT__INT_BIGDECIMAL);
		createEOperation(yearlyDecimalEClass, YEARLY_DECIMAL___YEARS);
		createEOperation(yearlyDecimalEClass, YEARLY_DECIMAL___GROWTH__INT);
		createEOperation(yearlyDecimalEClass, YEARLY_DECIMAL___AVERAGE_GROWTH);

		yearlyCountEClass = createEClass(YEARLY_COUNT);
		createEReference(yearlyCountEClass, YEARLY_COUNT__VALUES);
		createEOperation(yearlyCountEClass, YEARLY_COUNT___VALUE_OF__INT);
		createEOperation(yearlyCountEClass, YEARLY_COUNT___PUT__INT_INTEGER);
		createEOperation(yearlyCountEClass, YEARLY_COUNT___YEARS);
		createEOperation(yearlyCountEClass, YEARLY_COUNT___GROWTH__INT);

		comparedDecimalEClass = createEClass(COMPARED_DECIMAL);
		createEAttribute(comparedDecimalEClass, COMPARED_DECIMAL__GROWTH);
		createEAttribute(comparedDecimalEClass, COMPARED_DECIMAL__EVIDENCE_PAGE);
		createEOperation(comparedDecimalEClass, COMPARED_DECIMAL___COMPUTED_GROWTH);

		comparedCountEClass = createEClass(COMPARED_COUNT);
		createEAttribute(comparedCountEClass, COMPARED_COUNT__GROWTH);
		createEAttribute(comparedCountEClass, COMPARED_COUNT__EVIDENCE_PAGE);
		createEOperation(comparedCountEClass, COMPARED_COUNT___COMPUTED_GROWTH);

		attachmentEClass = createEClass(ATTACHMENT);
		createEAttribute(attachmentEClass, ATTACHMENT__ID);
		createEAttribute(attachmentEClass, ATTACHMENT__TITLE);
		createEAttribute(attachmentEClass, ATTACHMENT__FILE_NAME);
		createEAttribute(attachmentEClass, ATTACHMENT__PAGES);

		evidenceRefEClass = createEClass(EVIDENCE_REF);
		createEReference(evidenceRefEClass, EVIDENCE_REF__ATTACHMENT);
		createEAttribute(evidenceRefEClass, EVIDENCE_REF__PAGE);
		createEAttribute(evidenceRefEClass, EVIDENCE_REF__NOTE);

		evidenceLinkEClass = createEClass(EVIDENCE_LINK);
		createEReference(evidenceLinkEClass, EVIDENCE_LINK__FEATURE);
		createEAttribute(evidenceLinkEClass, EVIDENCE_LINK__OPTION);
		createEReference(evidenceLinkEClass, EVIDENCE_LINK__EVIDENCE);

		evidenceHolderEClass = createEClass(EVIDENCE_HOLDER);
		createEReference(evidenceHolderEClass, EVIDENCE_HOLDER__EVIDENCE_LINKS);
		createEOperation(evidenceHolderEClass, EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING);
		createEOperation(evidenceHolderEClass, EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP);

		namedCountEClass = createEClass(NAMED_COUNT);
		createEAttribute(namedCountEClass, NAMED_COUNT__COUNT);
		createEAttribute(namedCountEClass, NAMED_COUNT__NAMES);
		createEReference(namedCountEClass, NAMED_COUNT__EVIDENCE);
		createEOperation(namedCountEClass, NAMED_COUNT___G08__DIAGNOSTICCHAIN_MAP);

		explainedAnswerEClass = createEClass(EXPLAINED_ANSWER);
		createEAttribute(explainedAnswerEClass, EXPLAINED_ANSWER__ANSWER);
		createEAttribute(explainedAnswerEClass, EXPLAINED_ANSWER__EXPLANATION);
		createEReference(explainedAnswerEClass, EXPLAINED_ANSWER__EVIDENCE);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__PERSON);
		createEAttribute(contactEClass, CONTACT__PHONE);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__NAME);
		createEReference(organisationEClass, ORGANISATION__CONTACT);

		regionEClass = createEClass(REGION);
		createEAttribute(regionEClass, REGION__PROVINCE);
		createEAttribute(regionEClass, REGION__CITY);
		createEAttribute(regionEClass, REGION__COUNTY);

		declarationEClass = createEClass(DECLARATION);
		createEAttribute(declarationEClass, DECLARATION__SIGNER);
		createEAttribute(declarationEClass, DECLARATION__UNIT);
		createEAttribute(declarationEClass, DECLARATION__DATE);
		createEAttribute(declarationEClass, DECLARATION__SEALED);

		recommendationEClass = createEClass(RECOMMENDATION);
		createEAttribute(recommendationEClass, RECOMMENDATION__OPINION);
		createEAttribute(recommendationEClass, RECOMMENDATION__UNIT);
		createEAttribute(recommendationEClass, RECOMMENDATION__DATE);

		standardCountEClass = createEClass(STANDARD_COUNT);
		createEAttribute(standardCountEClass, STANDARD_COUNT__YEAR);
		createEAttribute(standardCountEClass, STANDARD_COUNT__CATEGORY);
		createEAttribute(standardCountEClass, STANDARD_COUNT__LED);
		createEAttribute(standardCountEClass, STANDARD_COUNT__PARTICIPATED);

		honourEClass = createEClass(HONOUR);
		createEAttribute(honourEClass, HONOUR__LEVEL);
		createEAttribute(honourEClass, HONOUR__TITLE);
		createEReference(honourEClass, HONOUR__EVIDENCE);

		qualifiedSmeListEClass = createEClass(QUALIFIED_SME_LIST);
		createEAttribute(qualifiedSmeListEClass, QUALIFIED_SME_LIST__KIND);
		createEAttribute(qualifiedSmeListEClass, QUALIFIED_SME_LIST__NAMES);

		stageGoalEClass = createEClass(STAGE_GOAL);
		createEAttribute(stageGoalEClass, STAGE_GOAL__YEAR);
		createEAttribute(stageGoalEClass, STAGE_GOAL__TEXT);

		clusterDocumentEClass = createEClass(CLUSTER_DOCUMENT);
		createEAttribute(clusterDocumentEClass, CLUSTER_DOCUMENT__EDITION_ID);
		createEAttribute(clusterDocumentEClass, CLUSTER_DOCUMENT__NAME);
		createEAttribute(clusterDocumentEClass, CLUSTER_DOCUMENT__FILING_DATE);
		createEReference(clusterDocumentEClass, CLUSTER_DOCUMENT__CONTACT);
		createEAttribute(clusterDocumentEClass, CLUSTER_DOCUMENT__DRAFT);
		createEReference(clusterDocumentEClass, CLUSTER_DOCUMENT__ATTACHMENTS);
		createEAttribute(clusterDocumentEClass, CLUSTER_DOCUMENT__EVIDENCE_PAGES);
		createEReference(clusterDocumentEClass, CLUSTER_DOCUMENT__EDITION);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G01__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G02__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G03__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G04__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G05__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G11__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G12__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G13__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G14__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___G15__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___D01__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___D02__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___D03__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___D04__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___D05__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___D06__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___D07__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___D08__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterDocumentEClass, CLUSTER_DOCUMENT___D09__DIAGNOSTICCHAIN_MAP);

		applicationEClass = createEClass(APPLICATION);
		createEReference(applicationEClass, APPLICATION__REGION);
		createEReference(applicationEClass, APPLICATION__BASIC_INFO);
		createEReference(applicationEClass, APPLICATION__INDUSTRY);
		createEReference(applicationEClass, APPLICATION__INNOVATION);
		createEReference(applicationEClass, APPLICATION__DIGITAL);
		createEReference(applicationEClass, APPLICATION__GREEN);
		createEReference(applicationEClass, APPLICATION__OPENNESS);
		createEReference(applicationEClass, APPLICATION__GOVERNANCE);
		createEReference(applicationEClass, APPLICATION__PLAN);
		createEReference(applicationEClass, APPLICATION__REVIEW);
		createEReference(applicationEClass, APPLICATION__DECLARATION);
		createEReference(applicationEClass, APPLICATION__RECOMMENDATION);
		createEReference(applicationEClass, APPLICATION__COMMITMENT);
		createEReference(applicationEClass, APPLICATION__OUTLINE);
		createEOperation(applicationEClass, APPLICATION___ELIGIBLE);
		createEOperation(applicationEClass, APPLICATION___G06__DIAGNOSTICCHAIN_MAP);
		createEOperation(applicationEClass, APPLICATION___G09__DIAGNOSTICCHAIN_MAP);
		createEOperation(applicationEClass, APPLICATION___G10__DIAGNOSTICCHAIN_MAP);
		createEOperation(applicationEClass, APPLICATION___P09__DIAGNOSTICCHAIN_MAP);

		basicInfoSectionEClass = createEClass(BASIC_INFO_SECTION);
		createEReference(basicInfoSectionEClass, BASIC_INFO_SECTION__DEPARTMENT);
		createEReference(basicInfoSectionEClass, BASIC_INFO_SECTION__OPERATOR);
		createEReference(basicInfoSectionEClass, BASIC_INFO_SECTION__OPERATOR_CHANGED);
		createEAttribute(basicInfoSectionEClass, BASIC_INFO_SECTION__AREA);
		createEAttribute(basicInfoSectionEClass, BASIC_INFO_SECTION__INDUSTRY_TYPE);
		createEAttribute(basicInfoSectionEClass, BASIC_INFO_SECTION__PROHIBITED_INDUSTRY);
		createEReference(basicInfoSectionEClass, BASIC_INFO_SECTION__ACCIDENTS);
		createEReference(basicInfoSectionEClass, BASIC_INFO_SECTION__VIOLATIONS);
		createEAttribute(basicInfoSectionEClass, BASIC_INFO_SECTION__ENERGY_EFFICIENCY);
		createEAttribute(basicInfoSectionEClass, BASIC_INFO_SECTION__WATER_EFFICIENCY);
		createEAttribute(basicInfoSectionEClass, BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED);
		createEAttribute(basicInfoSectionEClass, BASIC_INFO_SECTION__KEY_CHAIN_MEMBER);
		createEReference(basicInfoSectionEClass, BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE);

		industrySectionEClass = createEClass(INDUSTRY_SECTION);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__TOTAL_OUTPUT);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__COUNTY_SHARE);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__SME_OUTPUT_SHARE);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH);
		createEAttribute(industrySectionEClass, INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__ENTERPRISES);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__SMES);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__SPECIALISED_SMES);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__LITTLE_GIANTS);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__SINGLE_CHAMPIONS);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__INNOVATIVE_SMES);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__LISTED_SMES);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__PRE_LISTING_SMES);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__QUALIFIED_SME_LISTS);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__FDI);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__FDI_GROWTH);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__EXPORTS);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__EXPORT_GROWTH);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR);
		createEAttribute(industrySectionEClass, INDUSTRY_SECTION__CHAIN_NARRATIVE);
		createEAttribute(industrySectionEClass, INDUSTRY_SECTION__CHAIN_WORKS);
		createEAttribute(industrySectionEClass, INDUSTRY_SECTION__RESOURCE_NARRATIVE);
		createEAttribute(industrySectionEClass, INDUSTRY_SECTION__RESOURCE_WORKS);
		createEReference(industrySectionEClass, INDUSTRY_SECTION__HONOURS);
		createEAttribute(industrySectionEClass, INDUSTRY_SECTION__QUALITY_NARRATIVE);
		createEAttribute(industrySectionEClass, INDUSTRY_SECTION__QUALITY_WORKS);
		createEOperation(industrySectionEClass, INDUSTRY_SECTION___LEADING_INDUSTRY_OUTPUT__INT);
		createEOperation(industrySectionEClass, INDUSTRY_SECTION___LEADING_INDUSTRY_OUTPUT_GROWTH__INT);
		createEOperation(industrySectionEClass, INDUSTRY_SECTION___COMPUTED_LEADING_INDUSTRY_AVERAGE_GROWTH);
		createEOperation(industrySectionEClass, INDUSTRY_SECTION___COMPUTED_FDI_GROWTH__INT);
		createEOperation(industrySectionEClass, INDUSTRY_SECTION___COMPUTED_EXPORT_GROWTH__INT);
		createEOperation(industrySectionEClass, INDUSTRY_SECTION___OUTPUT_AVERAGE_GROWTH);

		innovationSectionEClass = createEClass(INNOVATION_SECTION);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__RD_INTENSITY);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__RD_EXPENDITURE);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__RD_GROWTH);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__SME_EMPLOYEES);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__RD_STAFF);
		createEAttribute(innovationSectionEClass, INNOVATION_SECTION__RD_STAFF_SHARE);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__IP_GRANTS);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__STANDARDS);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__NATIONAL_PLATFORMS);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__PROVINCIAL_PLATFORMS);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__OTHER_PLATFORMS);
		createEAttribute(innovationSectionEClass, INNOVATION_SECTION__PCT_APPLICATIONS);
		createEAttribute(innovationSectionEClass, INNOVATION_SECTION__PATENT_AVERAGE_GROWTH);
		createEAttribute(innovationSectionEClass, INNOVATION_SECTION__PATENTS_PER10K);
		createEAttribute(innovationSectionEClass, INNOVATION_SECTION__VALID_INVENTION_PATENTS);
		createEReference(innovationSectionEClass, INNOVATION_SECTION__PATENT_EVIDENCE);
		createEOperation(innovationSectionEClass, INNOVATION_SECTION___COMPUTED_RD_GROWTH__INT);
		createEOperation(innovationSectionEClass, INNOVATION_SECTION___COMPUTED_PATENTS_PER10K);
		createEOperation(innovationSectionEClass, INNOVATION_SECTION___COMPUTED_RD_STAFF_SHARE__INT);
		createEOperation(innovationSectionEClass, INNOVATION_SECTION___RD_AVERAGE_GROWTH);

		digitalSectionEClass = createEClass(DIGITAL_SECTION);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__CLOUD_SMES);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__CLOUD_RATIO);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__IIOT_SMES);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__IIOT_PENETRATION);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE);
		createEAttribute(digitalSectionEClass, DIGITAL_SECTION__IDENTIFIER_RATIO);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__SOFTWARE_PURCHASES);
		createEAttribute(digitalSectionEClass, DIGITAL_SECTION__SOFTWARE_RATE_RISING);
		createEAttribute(digitalSectionEClass, DIGITAL_SECTION__SERVICE_NARRATIVE);
		createEAttribute(digitalSectionEClass, DIGITAL_SECTION__SERVICE_WORKS);
		createEAttribute(digitalSectionEClass, DIGITAL_SECTION__NEW_MODEL_NARRATIVE);
		createEAttribute(digitalSectionEClass, DIGITAL_SECTION__NEW_MODEL_WORKS);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__NATIONAL_PILOTS);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__PROVINCIAL_PILOTS);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__OTHER_PILOTS);
		createEReference(digitalSectionEClass, DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS);
		createEOperation(digitalSectionEClass, DIGITAL_SECTION___COMPUTED_CLOUD_RATIO__INT);
		createEOperation(digitalSectionEClass, DIGITAL_SECTION___COMPUTED_IIOT_PENETRATION__INT);

		greenSectionEClass = createEClass(GREEN_SECTION);
		createEAttribute(greenSectionEClass, GREEN_SECTION__CARBON_MONITORING);
		createEReference(greenSectionEClass, GREEN_SECTION__CARBON_MONITORING_EVIDENCE);
		createEReference(greenSectionEClass, GREEN_SECTION__CO2_PER_OUTPUT);
		createEAttribute(greenSectionEClass, GREEN_SECTION__CO2_FORMULA);
		createEReference(greenSectionEClass, GREEN_SECTION__ENERGY_PER_OUTPUT);
		createEAttribute(greenSectionEClass, GREEN_SECTION__ENERGY_FORMULA);
		createEAttribute(greenSectionEClass, GREEN_SECTION__CO2_REDUCTION_RATE);
		createEAttribute(greenSectionEClass, GREEN_SECTION__ENERGY_REDUCTION_RATE);
		createEAttribute(greenSectionEClass, GREEN_SECTION__SOLID_WASTE_UTILISATION);
		createEAttribute(greenSectionEClass, GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE);
		createEAttribute(greenSectionEClass, GREEN_SECTION__WATER_REUSE);
		createEAttribute(greenSectionEClass, GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE);
		createEAttribute(greenSectionEClass, GREEN_SECTION__GREEN_NARRATIVE);
		createEAttribute(greenSectionEClass, GREEN_SECTION__GREEN_WORKS);
		createEReference(greenSectionEClass, GREEN_SECTION__NATIONAL_GREEN_SYSTEM);
		createEReference(greenSectionEClass, GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM);
		createEReference(greenSectionEClass, GREEN_SECTION__OTHER_GREEN_SYSTEM);
		createEAttribute(greenSectionEClass, GREEN_SECTION__GREEN_FACTORIES);
		createEAttribute(greenSectionEClass, GREEN_SECTION__GREEN_PARKS);
		createEAttribute(greenSectionEClass, GREEN_SECTION__GREEN_SUPPLY_CHAINS);
		createEAttribute(greenSectionEClass, GREEN_SECTION__GREEN_DESIGN_PRODUCTS);
		createEReference(greenSectionEClass, GREEN_SECTION__GREEN_COUNT_EVIDENCE);
		createEOperation(greenSectionEClass, GREEN_SECTION___COMPUTED_ENERGY_REDUCTION);
		createEOperation(greenSectionEClass, GREEN_SECTION___COMPUTED_CO2_REDUCTION);

		opennessSectionEClass = createEClass(OPENNESS_SECTION);
		createEAttribute(opennessSectionEClass, OPENNESS_SECTION__INTERNATIONAL_NARRATIVE);
		createEAttribute(opennessSectionEClass, OPENNESS_SECTION__INTERNATIONAL_WORKS);
		createEAttribute(opennessSectionEClass, OPENNESS_SECTION__OVERSEAS_BRANCHES);
		createEReference(opennessSectionEClass, OPENNESS_SECTION__OVERSEAS_EVIDENCE);

		governanceSectionEClass = createEClass(GOVERNANCE_SECTION);
		createEReference(governanceSectionEClass, GOVERNANCE_SECTION__ALLIANCES);
		createEAttribute(governanceSectionEClass, GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE);
		createEAttribute(governanceSectionEClass, GOVERNANCE_SECTION__GOVERNANCE_WORKS);
		createEReference(governanceSectionEClass, GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS);
		createEReference(governanceSectionEClass, GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS);
		createEReference(governanceSectionEClass, GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS);
		createEAttribute(governanceSectionEClass, GOVERNANCE_SECTION__PLATFORM_WORKS);
		createEAttribute(governanceSectionEClass, GOVERNANCE_SECTION__PUBLIC_SERVICES);

		planIndicatorEClass = createEClass(PLAN_INDICATOR);
		createEAttribute(planIndicatorEClass, PLAN_INDICATOR__DIRECTION);
		createEAttribute(planIndicatorEClass, PLAN_INDICATOR__KIND);
		createEAttribute(planIndicatorEClass, PLAN_INDICATOR__NAME);
		createEAttribute(planIndicatorEClass, PLAN_INDICATOR__UNIT);
		createEAttribute(planIndicatorEClass, PLAN_INDICATOR__REDUCTION);
		createEAttribute(planIndicatorEClass, PLAN_INDICATOR__BASELINE);
		createEAttribute(planIndicatorEClass, PLAN_INDICATOR__TARGET);
		createEReference(planIndicatorEClass, PLAN_INDICATOR__STAGE_TARGETS);
		createEAttribute(planIndicatorEClass, PLAN_INDICATOR__INDUSTRY_AVERAGE);
		createEAttribute(planIndicatorEClass, PLAN_INDICATOR__DESCRIPTION);
		createEOperation(planIndicatorEClass, PLAN_INDICATOR___AVERAGE_GROWTH);
		createEOperation(planIndicatorEClass, PLAN_INDICATOR___CHANGE_RATE);

		completionIndicatorEClass = createEClass(COMPLETION_INDICATOR);
		createEAttribute(completionIndicatorEClass, COMPLETION_INDICATOR__ACHIEVED);
		createEAttribute(completionIndicatorEClass, COMPLETION_INDICATOR__BASELINE_DESCRIPTION);
		createEAttribute(completionIndicatorEClass, COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION);
		createEOperation(completionIndicatorEClass, COMPLETION_INDICATOR___MET);
		createEOperation(completionIndicatorEClass, COMPLETION_INDICATOR___ATTAINMENT);

		planSectionEClass = createEClass(PLAN_SECTION);
		createEAttribute(planSectionEClass, PLAN_SECTION__INTRODUCTION);
		createEAttribute(planSectionEClass, PLAN_SECTION__ACHIEVEMENTS);
		createEAttribute(planSectionEClass, PLAN_SECTION__PROBLEMS);
		createEAttribute(planSectionEClass, PLAN_SECTION__APPROACH);
		createEAttribute(planSectionEClass, PLAN_SECTION__BASELINE_YEAR);
		createEAttribute(planSectionEClass, PLAN_SECTION__TARGET_YEAR);
		createEReference(planSectionEClass, PLAN_SECTION__TARGETS);
		createEReference(planSectionEClass, PLAN_SECTION__STAGE_GOALS);
		createEAttribute(planSectionEClass, PLAN_SECTION__KEY_TASKS);
		createEAttribute(planSectionEClass, PLAN_SECTION__SAFEGUARDS);
		createEOperation(planSectionEClass, PLAN_SECTION___NARRATIVE_LENGTH);
		createEOperation(planSectionEClass, PLAN_SECTION___TARGET_OF__PLANINDICATORKIND);
		createEOperation(planSectionEClass, PLAN_SECTION___P01__DIAGNOSTICCHAIN_MAP);
		createEOperation(planSectionEClass, PLAN_SECTION___P02__DIAGNOSTICCHAIN_MAP);
		createEOperation(planSectionEClass, PLAN_SECTION___P03__DIAGNOSTICCHAIN_MAP);
		createEOperation(planSectionEClass, PLAN_SECTION___P04__DIAGNOSTICCHAIN_MAP);
		createEOperation(planSectionEClass, PLAN_SECTION___P05__DIAGNOSTICCHAIN_MAP);
		createEOperation(planSectionEClass, PLAN_SECTION___P06__DIAGNOSTICCHAIN_MAP);
		createEOperation(planSectionEClass, PLAN_SECTION___P07__DIAGNOSTICCHAIN_MAP);
		createEOperation(planSectionEClass, PLAN_SECTION___P08__DIAGNOSTICCHAIN_MAP);

		reviewSectionEClass = createEClass(REVIEW_SECTION);
		createEAttribute(reviewSectionEClass, REVIEW_SECTION__INTRODUCTION);
		createEAttribute(reviewSectionEClass, REVIEW_SECTION__CULTIVATION);
		createEAttribute(reviewSectionEClass, REVIEW_SECTION__BASELINE_YEAR);
		createEAttribute(reviewSectionEClass, REVIEW_SECTION__TARGET_YEAR);
		createEReference(reviewSectionEClass, REVIEW_SECTION__COMPLETION);
		createEReference(reviewSectionEClass, REVIEW_SECTION__NEW_PLAN);
		createEOperation(reviewSectionEClass, REVIEW_SECTION___UNMET_COUNT);
		createEOperation(reviewSectionEClass, REVIEW_SECTION___MET_COUNT);
		createEOperation(reviewSectionEClass, REVIEW_SECTION___P10__DIAGNOSTICCHAIN_MAP);

		commitmentLetterEClass = createEClass(COMMITMENT_LETTER);
		createEAttribute(commitmentLetterEClass, COMMITMENT_LETTER__ADDRESSEE);
		createEAttribute(commitmentLetterEClass, COMMITMENT_LETTER__ISSUING_BUREAU);
		createEAttribute(commitmentLetterEClass, COMMITMENT_LETTER__COMMITMENTS);
		createEAttribute(commitmentLetterEClass, COMMITMENT_LETTER__DATE);
		createEAttribute(commitmentLetterEClass, COMMITMENT_LETTER__SEALED);

		writingOutlineEClass = createEClass(WRITING_OUTLINE);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__BASIC_INFORMATION);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__DEVELOPMENT_LEVEL);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__CHAIN_STRENGTHENING);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__RESOURCE_COLLABORATION);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__QUALITY_BRAND);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__COLLABORATIVE_INNOVATION);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__DIGITAL_SERVICES);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__GREEN_LOW_CARBON);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__INTERNATIONAL_COOPERATION);
		createEAttribute(writingOutlineEClass, WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT);
		createEReference(writingOutlineEClass, WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE);

		unitContactEClass = createEClass(UNIT_CONTACT);
		createEAttribute(unitContactEClass, UNIT_CONTACT__NAME);
		createEAttribute(unitContactEClass, UNIT_CONTACT__HEAD);
		createEAttribute(unitContactEClass, UNIT_CONTACT__HEAD_PHONE);
		createEAttribute(unitContactEClass, UNIT_CONTACT__CONTACT);
		createEAttribute(unitContactEClass, UNIT_CONTACT__CONTACT_PHONE);

		rankedEnterpriseEClass = createEClass(RANKED_ENTERPRISE);
		createEAttribute(rankedEnterpriseEClass, RANKED_ENTERPRISE__NAME);
		createEAttribute(rankedEnterpriseEClass, RANKED_ENTERPRISE__PRODUCTS);

		rankingTableEClass = createEClass(RANKING_TABLE);
		createEReference(rankingTableEClass, RANKING_TABLE__ROWS);
		createEReference(rankingTableEClass, RANKING_TABLE__TOTAL);
		createEAttribute(rankingTableEClass, RANKING_TABLE__EVIDENCE_PAGE);
		createEOperation(rankingTableEClass, RANKING_TABLE___COMPUTED_TOTAL__INT);

		keyProjectEClass = createEClass(KEY_PROJECT);
		createEAttribute(keyProjectEClass, KEY_PROJECT__BUILDER);
		createEAttribute(keyProjectEClass, KEY_PROJECT__NAME);
		createEAttribute(keyProjectEClass, KEY_PROJECT__INVESTMENT);
		createEAttribute(keyProjectEClass, KEY_PROJECT__PERIOD_START);
		createEAttribute(keyProjectEClass, KEY_PROJECT__PERIOD_END);

		approvedListingEClass = createEClass(APPROVED_LISTING);
		createEAttribute(approvedListingEClass, APPROVED_LISTING__KIND);
		createEAttribute(approvedListingEClass, APPROVED_LISTING__NAME);
		createEAttribute(approvedListingEClass, APPROVED_LISTING__LEVEL);
		createEAttribute(approvedListingEClass, APPROVED_LISTING__APPROVED_ON);
		createEAttribute(approvedListingEClass, APPROVED_LISTING__APPROVER);

		smartFactoryCountEClass = createEClass(SMART_FACTORY_COUNT);
		createEAttribute(smartFactoryCountEClass, SMART_FACTORY_COUNT__YEAR);
		createEAttribute(smartFactoryCountEClass, SMART_FACTORY_COUNT__LEADING);
		createEAttribute(smartFactoryCountEClass, SMART_FACTORY_COUNT__EXCELLENT);
		createEAttribute(smartFactoryCountEClass, SMART_FACTORY_COUNT__ADVANCED);
		createEAttribute(smartFactoryCountEClass, SMART_FACTORY_COUNT__BASIC);

		economicIndicatorsEClass = createEClass(ECONOMIC_INDICATORS);
		createEReference(economicIndicatorsEClass, ECONOMIC_INDICATORS__OUTPUT);
		createEReference(economicIndicatorsEClass, ECONOMIC_INDICATORS__REVENUE);
		createEReference(economicIndicatorsEClass, ECONOMIC_INDICATORS__SME_OUTPUT_SHARE);
		createEReference(economicIndicatorsEClass, ECONOMIC_INDICATORS__PROFIT);
		createEReference(economicIndicatorsEClass, ECONOMIC_INDICATORS__TAX);
		createEReference(economicIndicatorsEClass, ECONOMIC_INDICATORS__TRADE);
		createEReference(economicIndicatorsEClass, ECONOMIC_INDICATORS__FOREIGN_CAPITAL);
		createEReference(economicIndicatorsEClass, ECONOMIC_INDICATORS__PROJECT_INVESTMENT);
		createEReference(economicIndicatorsEClass, ECONOMIC_INDICATORS__EMPLOYEES);

		enterpriseIndicatorsEClass = createEClass(ENTERPRISE_INDICATORS);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__ENTERPRISES);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__ABOVE_SCALE);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__HIGH_TECH);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__LISTED);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__LITTLE_GIANTS);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__SMART_FACTORIES);
		createEAttribute(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE);
		createEReference(enterpriseIndicatorsEClass, ENTERPRISE_INDICATORS__TOP_REVENUE);

		innovationIndicatorsEClass = createEClass(INNOVATION_INDICATORS);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__RD_EXPENDITURE);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__RD_REVENUE_SHARE);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__RD_GROWTH);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__RD_STAFF_SHARE);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__NEW_PATENTS);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__NEW_STANDARDS);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__NATIONAL_AWARDS);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__PROVINCIAL_AWARDS);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__NATIONAL_CARRIERS);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__PROVINCIAL_CARRIERS);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__CARRIERS);
		createEReference(innovationIndicatorsEClass, INNOVATION_INDICATORS__TOP_RD);
		createEOperation(innovationIndicatorsEClass, INNOVATION_INDICATORS___COMPUTED_RD_REVENUE_SHARE__INT);

		greenIndicatorsEClass = createEClass(GREEN_INDICATORS);
		createEReference(greenIndicatorsEClass, GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES);
		createEReference(greenIndicatorsEClass, GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES);
		createEReference(greenIndicatorsEClass, GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS);
		createEReference(greenIndicatorsEClass, GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS);
		createEReference(greenIndicatorsEClass, GREEN_INDICATORS__CO2_PER_OUTPUT);
		createEReference(greenIndicatorsEClass, GREEN_INDICATORS__SOLID_WASTE_UTILISATION);
		createEReference(greenIndicatorsEClass, GREEN_INDICATORS__WATER_REUSE);
		createEReference(greenIndicatorsEClass, GREEN_INDICATORS__LISTINGS);

		publicServiceIndicatorsEClass = createEClass(PUBLIC_SERVICE_INDICATORS);
		createEReference(publicServiceIndicatorsEClass, PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS);
		createEReference(publicServiceIndicatorsEClass, PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS);
		createEReference(publicServiceIndicatorsEClass, PUBLIC_SERVICE_INDICATORS__PLATFORMS);

		parkIndicatorEClass = createEClass(PARK_INDICATOR);
		createEReference(parkIndicatorEClass, PARK_INDICATOR__PARK_TOTAL);
		createEReference(parkIndicatorEClass, PARK_INDICATOR__CLUSTER_PART);
		createEAttribute(parkIndicatorEClass, PARK_INDICATOR__GROWTH);
		createEOperation(parkIndicatorEClass, PARK_INDICATOR___COMPUTED_GROWTH);

		parkEClass = createEClass(PARK);
		createEAttribute(parkEClass, PARK__NAME);
		createEAttribute(parkEClass, PARK__LEADING_INDUSTRY);
		createEReference(parkEClass, PARK__GDP);
		createEReference(parkEClass, PARK__ABOVE_SCALE_ENTERPRISES);
		createEReference(parkEClass, PARK__ABOVE_SCALE_REVENUE);
		createEReference(parkEClass, PARK__TAX);
		createEReference(parkEClass, PARK__TRADE);
		createEReference(parkEClass, PARK__FIXED_INVESTMENT);
		createEReference(parkEClass, PARK__INVESTMENT_ATTRACTED);
		createEReference(parkEClass, PARK__FOREIGN_CAPITAL_USED);
		createEReference(parkEClass, PARK__DEVELOPED_AREA);
		createEReference(parkEClass, PARK__INVESTMENT_INTENSITY);
		createEReference(parkEClass, PARK__TAX_PER_MU);
		createEAttribute(parkEClass, PARK__GREEN_PARK_LEVEL);
		createEAttribute(parkEClass, PARK__EVIDENCE_PAGE);
		createEAttribute(parkEClass, PARK__REPORT);
		createEOperation(parkEClass, PARK___COMPUTED_INVESTMENT_INTENSITY__INT);
		createEOperation(parkEClass, PARK___COMPUTED_TAX_PER_MU__INT);

		promotionOrganisationEClass = createEClass(PROMOTION_ORGANISATION);
		createEAttribute(promotionOrganisationEClass, PROMOTION_ORGANISATION__NAME);
		createEAttribute(promotionOrganisationEClass, PROMOTION_ORGANISATION__BASIC_INFORMATION);
		createEAttribute(promotionOrganisationEClass, PROMOTION_ORGANISATION__OPERATIONS);
		createEReference(promotionOrganisationEClass, PROMOTION_ORGANISATION__EVIDENCE);

		implementationTargetEClass = createEClass(IMPLEMENTATION_TARGET);
		createEAttribute(implementationTargetEClass, IMPLEMENTATION_TARGET__ACTUAL);
		createEReference(implementationTargetEClass, IMPLEMENTATION_TARGET__TARGETS);
		createEOperation(implementationTargetEClass, IMPLEMENTATION_TARGET___TARGET_FOR__INT);

		implementationPlanEClass = createEClass(IMPLEMENTATION_PLAN);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__LEAD_UNIT);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__REVENUE);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__PROFIT);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__TAX);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__BACKGROUND);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__FOUNDATIONS);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__GOALS);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__PATHWAYS);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__SAFEGUARDS);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__DOCUMENT);
		createEOperation(implementationPlanEClass, IMPLEMENTATION_PLAN___P11__DIAGNOSTICCHAIN_MAP);

		libraryRowEClass = createEClass(LIBRARY_ROW);
		createEAttribute(libraryRowEClass, LIBRARY_ROW__SOURCE_ROW);
		createEOperation(libraryRowEClass, LIBRARY_ROW___C06__DIAGNOSTICCHAIN_MAP);
		createEOperation(libraryRowEClass, LIBRARY_ROW___C07__DIAGNOSTICCHAIN_MAP);

		existingEnterpriseEClass = createEClass(EXISTING_ENTERPRISE);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__NAME);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__CITY);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__COUNTY);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__PARK);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__OVERVIEW);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__PRODUCTS);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__ABOVE_SCALE);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__REVENUE);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__LISTED);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__HIGH_TECH);
		createEAttribute(existingEnterpriseEClass, EXISTING_ENTERPRISE__HONOURS);
		createEReference(existingEnterpriseEClass, EXISTING_ENTERPRISE__CONTACT);
		createEOperation(existingEnterpriseEClass, EXISTING_ENTERPRISE___CARRIES__ENTERPRISEMARK);

		prospectiveEnterpriseEClass = createEClass(PROSPECTIVE_ENTERPRISE);
		createEAttribute(prospectiveEnterpriseEClass, PROSPECTIVE_ENTERPRISE__NAME);
		createEAttribute(prospectiveEnterpriseEClass, PROSPECTIVE_ENTERPRISE__COUNTRY);
		createEAttribute(prospectiveEnterpriseEClass, PROSPECTIVE_ENTERPRISE__PROVINCE);
		createEAttribute(prospectiveEnterpriseEClass, PROSPECTIVE_ENTERPRISE__CITY);
		createEAttribute(prospectiveEnterpriseEClass, PROSPECTIVE_ENTERPRISE__OVERVIEW);
		createEAttribute(prospectiveEnterpriseEClass, PROSPECTIVE_ENTERPRISE__PRODUCTS);
		createEAttribute(prospectiveEnterpriseEClass, PROSPECTIVE_ENTERPRISE__ABOVE_SCALE);
		createEAttribute(prospectiveEnterpriseEClass, PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND);
		createEAttribute(prospectiveEnterpriseEClass, PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND);

		projectEClass = createEClass(PROJECT);
		createEAttribute(projectEClass, PROJECT__NAME);
		createEAttribute(projectEClass, PROJECT__BUILDER);
		createEAttribute(projectEClass, PROJECT__INVESTMENT);
		createEAttribute(projectEClass, PROJECT__PERIOD_START);
		createEAttribute(projectEClass, PROJECT__PERIOD_END);
		createEAttribute(projectEClass, PROJECT__PERIOD_YEARS_ONLY);
		createEAttribute(projectEClass, PROJECT__CONTENT);
		createEReference(projectEClass, PROJECT__CONTACT);
		createEOperation(projectEClass, PROJECT___C08__DIAGNOSTICCHAIN_MAP);

		constructionProjectEClass = createEClass(CONSTRUCTION_PROJECT);
		createEAttribute(constructionProjectEClass, CONSTRUCTION_PROJECT__CITY);
		createEAttribute(constructionProjectEClass, CONSTRUCTION_PROJECT__COUNTY);
		createEAttribute(constructionProjectEClass, CONSTRUCTION_PROJECT__PARK);
		createEAttribute(constructionProjectEClass, CONSTRUCTION_PROJECT__START_DATE);
		createEAttribute(constructionProjectEClass, CONSTRUCTION_PROJECT__PROGRESS);

		plannedProjectEClass = createEClass(PLANNED_PROJECT);
		createEAttribute(plannedProjectEClass, PLANNED_PROJECT__LOCATION);
		createEAttribute(plannedProjectEClass, PLANNED_PROJECT__PLANNED_START);

		clusterLibrariesEClass = createEClass(CLUSTER_LIBRARIES);
		createEReference(clusterLibrariesEClass, CLUSTER_LIBRARIES__EXISTING);
		createEReference(clusterLibrariesEClass, CLUSTER_LIBRARIES__PROSPECTIVE);
		createEReference(clusterLibrariesEClass, CLUSTER_LIBRARIES__UNDER_CONSTRUCTION);
		createEReference(clusterLibrariesEClass, CLUSTER_LIBRARIES__PLANNED);
		createEOperation(clusterLibrariesEClass, CLUSTER_LIBRARIES___COUNT_EXISTING__ENTERPRISEMARK);
		createEOperation(clusterLibrariesEClass, CLUSTER_LIBRARIES___EXISTING_SUMMARY);
		createEOperation(clusterLibrariesEClass, CLUSTER_LIBRARIES___PROSPECTIVE_SUMMARY);
		createEOperation(clusterLibrariesEClass, CLUSTER_LIBRARIES___UNDER_CONSTRUCTION_SUMMARY);
		createEOperation(clusterLibrariesEClass, CLUSTER_LIBRARIES___PLANNED_SUMMARY);
		createEOperation(clusterLibrariesEClass, CLUSTER_LIBRARIES___TOTAL_INVESTMENT__BOOLEAN);
		createEOperation(clusterLibrariesEClass, CLUSTER_LIBRARIES___C05__DIAGNOSTICCHAIN_MAP);
		createEOperation(clusterLibrariesEClass, CLUSTER_LIBRARIES___C06__DIAGNOSTICCHAIN_MAP);

		competitionReportEClass = createEClass(COMPETITION_REPORT);
		createEAttribute(competitionReportEClass, COMPETITION_REPORT__CATEGORY);
		createEAttribute(competitionReportEClass, COMPETITION_REPORT__INDUSTRY_FIELD);
		createEAttribute(competitionReportEClass, COMPETITION_REPORT__LEADING_INDUSTRY);
		createEAttribute(competitionReportEClass, COMPETITION_REPORT__GEOGRAPHIC_SCOPE);
		createEReference(competitionReportEClass, COMPETITION_REPORT__PROMOTION_ORGANISATION);
		createEReference(competitionReportEClass, COMPETITION_REPORT__CORE_PARKS);
		createEReference(competitionReportEClass, COMPETITION_REPORT__GOVERNMENT_OPINION);
		createEReference(competitionReportEClass, COMPETITION_REPORT__ECONOMY);
		createEReference(competitionReportEClass, COMPETITION_REPORT__ENTERPRISES);
		createEReference(competitionReportEClass, COMPETITION_REPORT__KEY_PROJECTS);
		createEAttribute(competitionReportEClass, COMPETITION_REPORT__KEY_PROJECTS_TOTAL);
		createEReference(competitionReportEClass, COMPETITION_REPORT__INNOVATION);
		createEReference(competitionReportEClass, COMPETITION_REPORT__GREEN);
		createEReference(competitionReportEClass, COMPETITION_REPORT__PUBLIC_SERVICE);
		createEAttribute(competitionReportEClass, COMPETITION_REPORT__SELF_ASSESSMENT);
		createEReference(competitionReportEClass, COMPETITION_REPORT__INDUSTRY_CHAIN_MAP);
		createEReference(competitionReportEClass, COMPETITION_REPORT__PARKS);
		createEReference(competitionReportEClass, COMPETITION_REPORT__PROMOTION_DETAILS);
		createEReference(competitionReportEClass, COMPETITION_REPORT__IMPLEMENTATION);
		createEReference(competitionReportEClass, COMPETITION_REPORT__LIBRARIES);
		createEReference(competitionReportEClass, COMPETITION_REPORT__PROMOTION_DECLARATION);
		createEReference(competitionReportEClass, COMPETITION_REPORT__PARK_DECLARATION);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___COMPUTED_KEY_PROJECTS_TOTAL);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___C01__DIAGNOSTICCHAIN_MAP);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___C02__DIAGNOSTICCHAIN_MAP);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___C03__DIAGNOSTICCHAIN_MAP);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___C04__DIAGNOSTICCHAIN_MAP);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___C09__DIAGNOSTICCHAIN_MAP);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___C10__DIAGNOSTICCHAIN_MAP);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___C11__DIAGNOSTICCHAIN_MAP);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___C12__DIAGNOSTICCHAIN_MAP);
		createEOperation(competitionReportEClass, COMPETITION_REPORT___C13__DIAGNOSTICCHAIN_MAP);

		// Create enums
		unitEEnum = createEEnum(UNIT);
		yesNoEEnum = createEEnum(YES_NO);
		greenParkLevelEEnum = createEEnum(GREEN_PARK_LEVEL);
		yesNoNotApplicableEEnum = createEEnum(YES_NO_NOT_APPLICABLE);
		industryTypeEEnum = createEEnum(INDUSTRY_TYPE);
		formKindEEnum = createEEnum(FORM_KIND);
		contactKindEEnum = createEEnum(CONTACT_KIND);
		administrativeLevelEEnum = createEEnum(ADMINISTRATIVE_LEVEL);
		benchmarkKindEEnum = createEEnum(BENCHMARK_KIND);
		standardCategoryEEnum = createEEnum(STANDARD_CATEGORY);
		chainWorkEEnum = createEEnum(CHAIN_WORK);
		resourceSharingWorkEEnum = createEEnum(RESOURCE_SHARING_WORK);
		qualityBrandWorkEEnum = createEEnum(QUALITY_BRAND_WORK);
		digitalServiceWorkEEnum = createEEnum(DIGITAL_SERVICE_WORK);
		newModelWorkEEnum = createEEnum(NEW_MODEL_WORK);
		greenWorkEEnum = createEEnum(GREEN_WORK);
		internationalWorkEEnum = createEEnum(INTERNATIONAL_WORK);
		governanceWorkEEnum = createEEnum(GOVERNANCE_WORK);
		publicServicePlatformWorkEEnum = createEEnum(PUBLIC_SERVICE_PLATFORM_WORK);
		publicServiceEEnum = createEEnum(PUBLIC_SERVICE);
		qualifiedSmeKindEEnum = createEEnum(QUALIFIED_SME_KIND);
		planDirectionEEnum = createEEnum(PLAN_DIRECTION);
		planIndicatorKindEEnum = createEEnum(PLAN_INDICATOR_KIND);
		clusterCategoryEEnum = createEEnum(CLUSTER_CATEGORY);
		brandHonourEEnum = createEEnum(BRAND_HONOUR);
		enterpriseMarkEEnum = createEEnum(ENTERPRISE_MARK);
		listingKindEEnum = createEEnum(LISTING_KIND);
		smartFactoryGradeEEnum = createEEnum(SMART_FACTORY_GRADE);
		implementationIndicatorKindEEnum = createEEnum(IMPLEMENTATION_INDICATOR_KIND);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		yearMonthEDataType = createEDataType(YEAR_MONTH);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		comparedDecimalEClass.getESuperTypes().add(this.getYearlyDecimal());
		comparedCountEClass.getESuperTypes().add(this.getYearlyCount());
		applicationEClass.getESuperTypes().add(this.getClusterDocument());
		basicInfoSectionEClass.getESuperTypes().add(this.getEvidenceHolder());
		industrySectionEClass.getESuperTypes().add(this.getEvidenceHolder());
		innovationSectionEClass.getESuperTypes().add(this.getEvidenceHolder());
		digitalSectionEClass.getESuperTypes().add(this.getEvidenceHolder());
		greenSectionEClass.getESuperTypes().add(this.getEvidenceHolder());
		opennessSectionEClass.getESuperTypes().add(this.getEvidenceHolder());
		governanceSectionEClass.getESuperTypes().add(this.getEvidenceHolder());
		completionIndicatorEClass.getESuperTypes().add(this.getPlanIndicator());
		rankedEnterpriseEClass.getESuperTypes().add(this.getComparedDecimal());
		existingEnterpriseEClass.getESuperTypes().add(this.getLibraryRow());
		prospectiveEnterpriseEClass.getESuperTypes().add(this.getLibraryRow());
		projectEClass.getESuperTypes().add(this.getLibraryRow());
		constructionProjectEClass.getESuperTypes().add(this.getProject());
		plannedProjectEClass.getESuperTypes().add(this.getProject());
		competitionReportEClass.getESuperTypes().add(this.getClusterDocument());

		// Initialize classes, features, and operations; add parameters
		initEClass(editionEClass, Edition.class, "Edition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEdition_Id(), ecorePackage.getEString(), "id", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_Issuer(), ecorePackage.getEString(), "issuer", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_Title(), ecorePackage.getEString(), "title", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_Kind(), this.getFormKind(), "kind", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_DataYears(), ecorePackage.getEInt(), "dataYears", null, 0, -1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_DataCutoff(), ecorePackage.getEString(), "dataCutoff", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_PlanBaselineYear(), ecorePackage.getEIntegerObject(), "planBaselineYear", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_PlanTargetYear(), ecorePackage.getEIntegerObject(), "planTargetYear", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_StageYears(), ecorePackage.getEInt(), "stageYears", null, 0, -1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_ReviewBaselineYear(), ecorePackage.getEIntegerObject(), "reviewBaselineYear", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_ReviewTargetYear(), ecorePackage.getEIntegerObject(), "reviewTargetYear", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_ContactKind(), this.getContactKind(), "contactKind", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_RecommenderLevel(), this.getAdministrativeLevel(), "recommenderLevel", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_RecommendationTitle(), ecorePackage.getEString(), "recommendationTitle", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_DeclarationText(), ecorePackage.getEString(), "declarationText", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_DeclarationSignerTitle(), ecorePackage.getEString(), "declarationSignerTitle", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_DeclarationSealTitle(), ecorePackage.getEString(), "declarationSealTitle", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_NamePattern(), ecorePackage.getEString(), "namePattern", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_NamePatternHint(), ecorePackage.getEString(), "namePatternHint", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_Instructions(), ecorePackage.getEString(), "instructions", null, 0, -1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdition_Criteria(), this.getRecognitionCriteria(), null, "criteria", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdition_PlanRules(), this.getPlanRules(), null, "planRules", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdition_Sections(), this.getFormSection(), null, "sections", null, 0, -1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getEdition__HasField__EStructuralFeature(), ecorePackage.getEBoolean(), "hasField", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEStructuralFeature(), "feature", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getEdition__RowFor__EStructuralFeature(), this.getFormRow(), "rowFor", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEStructuralFeature(), "feature", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getEdition__LabelFor__EStructuralFeature(), ecorePackage.getEString(), "labelFor", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEStructuralFeature(), "feature", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(recognitionCriteriaEClass, RecognitionCriteria.class, "RecognitionCriteria", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecognitionCriteria_MinOutput(), ecorePackage.getEBigDecimal(), "minOutput", null, 0, 1, RecognitionCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecognitionCriteria_MinSmeShare(), ecorePackage.getEBigDecimal(), "minSmeShare", null, 0, 1, RecognitionCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecognitionCriteria_MinLeadingIndustryShare(), ecorePackage.getEBigDecimal(), "minLeadingIndustryShare", null, 0, 1, RecognitionCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecognitionCriteria_MaxArea(), ecorePackage.getEBigDecimal(), "maxArea", null, 0, 1, RecognitionCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planRulesEClass, PlanRules.class, "PlanRules", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanRules_OutputAverageGrowthMin(), ecorePackage.getEBigDecimal(), "outputAverageGrowthMin", null, 0, 1, PlanRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRules_RdAverageGrowthMin(), ecorePackage.getEBigDecimal(), "rdAverageGrowthMin", null, 0, 1, PlanRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRules_PatentAverageGrowthMin(), ecorePackage.getEBigDecimal(), "patentAverageGrowthMin", null, 0, 1, PlanRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRules_Benchmark(), this.getBenchmarkKind(), "benchmark", null, 0, 1, PlanRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRules_IiotPenetrationTarget(), ecorePackage.getEBigDecimal(), "iiotPenetrationTarget", null, 0, 1, PlanRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRules_Co2ReductionTarget(), ecorePackage.getEBigDecimal(), "co2ReductionTarget", null, 0, 1, PlanRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRules_EnergyReductionTarget(), ecorePackage.getEBigDecimal(), "energyReductionTarget", null, 0, 1, PlanRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(formSectionEClass, FormSection.class, "FormSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFormSection_Number(), ecorePackage.getEString(), "number", null, 0, 1, FormSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormSection_Title(), ecorePackage.getEString(), "title", null, 0, 1, FormSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFormSection_Feature(), ecorePackage.getEReference(), null, "feature", null, 0, 1, FormSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormSection_NewPage(), ecorePackage.getEBoolean(), "newPage", null, 0, 1, FormSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormSection_PartNumber(), ecorePackage.getEString(), "partNumber", null, 0, 1, FormSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormSection_PartTitle(), ecorePackage.getEString(), "partTitle", null, 0, 1, FormSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFormSection_Rows(), this.getFormRow(), null, "rows", null, 0, -1, FormSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(formRowEClass, FormRow.class, "FormRow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFormRow_Feature(), ecorePackage.getEStructuralFeature(), null, "feature", null, 0, 1, FormRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormRow_Label(), ecorePackage.getEString(), "label", null, 0, 1, FormRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormRow_Note(), ecorePackage.getEString(), "note", null, 0, 1, FormRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormRow_Required(), ecorePackage.getEBoolean(), "required", "true", 0, 1, FormRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormRow_LastYearOnly(), ecorePackage.getEBoolean(), "lastYearOnly", null, 0, 1, FormRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormRow_MaxLength(), ecorePackage.getEIntegerObject(), "maxLength", null, 0, 1, FormRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(yearDecimalEClass, YearDecimal.class, "YearDecimal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getYearDecimal_Year(), ecorePackage.getEInt(), "year", null, 0, 1, YearDecimal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getYearDecimal_Value(), ecorePackage.getEBigDecimal(), "value", null, 0, 1, YearDecimal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(yearCountEClass, YearCount.class, "YearCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getYearCount_Year(), ecorePackage.getEInt(), "year", null, 0, 1, YearCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getYearCount_Value(), ecorePackage.getEIntegerObject(), "value", null, 0, 1, YearCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(yearlyDecimalEClass, YearlyDecimal.class, "YearlyDecimal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getYearlyDecimal_Values(), this.getYearDecimal(), null, "values", null, 0, -1, YearlyDecimal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getYearlyDecimal__ValueOf__int(), ecorePackage.getEBigDecimal(), "valueOf", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getYearlyDecimal__Put__int_BigDecimal(), null, "put", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEBigDecimal(), "value", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getYearlyDecimal__Years(), ecorePackage.getEInt(), "years", 0, -1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getYearlyDecimal__Growth__int(), ecorePackage.getEBigDecimal(), "growth", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getYearlyDecimal__AverageGrowth(), ecorePackage.getEBigDecimal(), "averageGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(yearlyCountEClass, YearlyCount.class, "YearlyCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getYearlyCount_Values(), this.getYearCount(), null, "values", null, 0, -1, YearlyCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getYearlyCount__ValueOf__int(), ecorePackage.getEIntegerObject(), "valueOf", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getYearlyCount__Put__int_Integer(), null, "put", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEIntegerObject(), "value", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getYearlyCount__Years(), ecorePackage.getEInt(), "years", 0, -1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getYearlyCount__Growth__int(), ecorePackage.getEBigDecimal(), "growth", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(comparedDecimalEClass, ComparedDecimal.class, "ComparedDecimal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparedDecimal_Growth(), ecorePackage.getEBigDecimal(), "growth", null, 0, 1, ComparedDecimal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparedDecimal_EvidencePage(), ecorePackage.getEString(), "evidencePage", null, 0, 1, ComparedDecimal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getComparedDecimal__ComputedGrowth(), ecorePackage.getEBigDecimal(), "computedGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(comparedCountEClass, ComparedCount.class, "ComparedCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparedCount_Growth(), ecorePackage.getEBigDecimal(), "growth", null, 0, 1, ComparedCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparedCount_EvidencePage(), ecorePackage.getEString(), "evidencePage", null, 0, 1, ComparedCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getComparedCount__ComputedGrowth(), ecorePackage.getEBigDecimal(), "computedGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(attachmentEClass, Attachment.class, "Attachment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttachment_Id(), ecorePackage.getEString(), "id", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_Title(), ecorePackage.getEString(), "title", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_Pages(), ecorePackage.getEIntegerObject(), "pages", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceRefEClass, EvidenceRef.class, "EvidenceRef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEvidenceRef_Attachment(), this.getAttachment(), null, "attachment", null, 0, 1, EvidenceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceRef_Page(), ecorePackage.getEIntegerObject(), "page", null, 0, 1, EvidenceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceRef_Note(), ecorePackage.getEString(), "note", null, 0, 1, EvidenceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceLinkEClass, EvidenceLink.class, "EvidenceLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEvidenceLink_Feature(), ecorePackage.getEStructuralFeature(), null, "feature", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceLink_Option(), ecorePackage.getEString(), "option", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvidenceLink_Evidence(), this.getEvidenceRef(), null, "evidence", null, 0, -1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceHolderEClass, EvidenceHolder.class, "EvidenceHolder", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEvidenceHolder_EvidenceLinks(), this.getEvidenceLink(), null, "evidenceLinks", null, 0, -1, EvidenceHolder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getEvidenceHolder__EvidenceFor__EStructuralFeature_String(), this.getEvidenceLink(), "evidenceFor", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEStructuralFeature(), "feature", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "option", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getEvidenceHolder__G07__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G07", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(namedCountEClass, NamedCount.class, "NamedCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedCount_Count(), ecorePackage.getEIntegerObject(), "count", null, 0, 1, NamedCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedCount_Names(), ecorePackage.getEString(), "names", null, 0, -1, NamedCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNamedCount_Evidence(), this.getEvidenceRef(), null, "evidence", null, 0, -1, NamedCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getNamedCount__G08__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G08", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(explainedAnswerEClass, ExplainedAnswer.class, "ExplainedAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExplainedAnswer_Answer(), this.getYesNo(), "answer", null, 0, 1, ExplainedAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExplainedAnswer_Explanation(), ecorePackage.getEString(), "explanation", null, 0, 1, ExplainedAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExplainedAnswer_Evidence(), this.getEvidenceRef(), null, "evidence", null, 0, -1, ExplainedAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_Person(), ecorePackage.getEString(), "person", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Contact(), this.getContact(), null, "contact", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionEClass, Region.class, "Region", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegion_Province(), ecorePackage.getEString(), "province", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_City(), ecorePackage.getEString(), "city", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_County(), ecorePackage.getEString(), "county", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(declarationEClass, Declaration.class, "Declaration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeclaration_Signer(), ecorePackage.getEString(), "signer", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaration_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaration_Date(), this.getLocalDate(), "date", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaration_Sealed(), ecorePackage.getEBoolean(), "sealed", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recommendationEClass, Recommendation.class, "Recommendation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecommendation_Opinion(), ecorePackage.getEString(), "opinion", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecommendation_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecommendation_Date(), this.getLocalDate(), "date", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardCountEClass, StandardCount.class, "StandardCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStandardCount_Year(), ecorePackage.getEInt(), "year", null, 0, 1, StandardCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardCount_Category(), this.getStandardCategory(), "category", null, 0, 1, StandardCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardCount_Led(), ecorePackage.getEIntegerObject(), "led", null, 0, 1, StandardCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardCount_Participated(), ecorePackage.getEIntegerObject(), "participated", null, 0, 1, StandardCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(honourEClass, Honour.class, "Honour", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHonour_Level(), this.getAdministrativeLevel(), "level", null, 0, 1, Honour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHonour_Title(), ecorePackage.getEString(), "title", null, 0, 1, Honour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHonour_Evidence(), this.getEvidenceRef(), null, "evidence", null, 0, -1, Honour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(qualifiedSmeListEClass, QualifiedSmeList.class, "QualifiedSmeList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQualifiedSmeList_Kind(), this.getQualifiedSmeKind(), "kind", null, 0, 1, QualifiedSmeList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualifiedSmeList_Names(), ecorePackage.getEString(), "names", null, 0, -1, QualifiedSmeList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stageGoalEClass, StageGoal.class, "StageGoal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStageGoal_Year(), ecorePackage.getEInt(), "year", null, 0, 1, StageGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageGoal_Text(), ecorePackage.getEString(), "text", null, 0, 1, StageGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clusterDocumentEClass, ClusterDocument.class, "ClusterDocument", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClusterDocument_EditionId(), ecorePackage.getEString(), "editionId", null, 0, 1, ClusterDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClusterDocument_Name(), ecorePackage.getEString(), "name", null, 0, 1, ClusterDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClusterDocument_FilingDate(), this.getLocalDate(), "filingDate", null, 0, 1, ClusterDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClusterDocument_Contact(), this.getContact(), null, "contact", null, 0, 1, ClusterDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClusterDocument_Draft(), ecorePackage.getEBoolean(), "draft", "true", 0, 1, ClusterDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClusterDocument_Attachments(), this.getAttachment(), null, "attachments", null, 0, -1, ClusterDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClusterDocument_EvidencePages(), ecorePackage.getEIntegerObject(), "evidencePages", null, 0, 1, ClusterDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClusterDocument_Edition(), this.getEdition(), null, "edition", null, 0, 1, ClusterDocument.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		op = initEOperation(getClusterDocument__G01__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G01", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__G02__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G02", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__G03__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G03", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__G04__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G04", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__G05__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G05", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__G11__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G11", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__G12__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G12", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__G13__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G13", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__G14__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G14", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__G15__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G15", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__D01__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "D01", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__D02__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "D02", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__D03__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "D03", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__D04__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "D04", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__D05__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "D05", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__D06__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "D06", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__D07__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "D07", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__D08__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "D08", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterDocument__D09__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "D09", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(applicationEClass, Application.class, "Application", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getApplication_Region(), this.getRegion(), null, "region", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_BasicInfo(), this.getBasicInfoSection(), null, "basicInfo", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Industry(), this.getIndustrySection(), null, "industry", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Innovation(), this.getInnovationSection(), null, "innovation", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Digital(), this.getDigitalSection(), null, "digital", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Green(), this.getGreenSection(), null, "green", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Openness(), this.getOpennessSection(), null, "openness", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Governance(), this.getGovernanceSection(), null, "governance", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Plan(), this.getPlanSection(), null, "plan", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Review(), this.getReviewSection(), null, "review", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Declaration(), this.getDeclaration(), null, "declaration", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Recommendation(), this.getRecommendation(), null, "recommendation", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Commitment(), this.getCommitmentLetter(), null, "commitment", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Outline(), this.getWritingOutline(), null, "outline", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getApplication__Eligible(), ecorePackage.getEBoolean(), "eligible", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getApplication__G06__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G06", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getApplication__G09__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G09", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getApplication__G10__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "G10", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getApplication__P09__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P09", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(basicInfoSectionEClass, BasicInfoSection.class, "BasicInfoSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBasicInfoSection_Department(), this.getOrganisation(), null, "department", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBasicInfoSection_Operator(), this.getOrganisation(), null, "operator", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBasicInfoSection_OperatorChanged(), this.getExplainedAnswer(), null, "operatorChanged", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBasicInfoSection_Area(), ecorePackage.getEBigDecimal(), "area", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBasicInfoSection_IndustryType(), this.getIndustryType(), "industryType", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBasicInfoSection_ProhibitedIndustry(), this.getYesNo(), "prohibitedIndustry", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBasicInfoSection_Accidents(), this.getExplainedAnswer(), null, "accidents", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBasicInfoSection_Violations(), this.getExplainedAnswer(), null, "violations", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBasicInfoSection_EnergyEfficiency(), this.getYesNoNotApplicable(), "energyEfficiency", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBasicInfoSection_WaterEfficiency(), this.getYesNoNotApplicable(), "waterEfficiency", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBasicInfoSection_ProvinciallyRecognised(), this.getYesNo(), "provinciallyRecognised", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBasicInfoSection_KeyChainMember(), this.getYesNo(), "keyChainMember", null, 0, 1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBasicInfoSection_KeyChainEvidence(), this.getEvidenceRef(), null, "keyChainEvidence", null, 0, -1, BasicInfoSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(industrySectionEClass, IndustrySection.class, "IndustrySection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIndustrySection_TotalOutput(), this.getYearlyDecimal(), null, "totalOutput", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_CountyShare(), this.getYearlyDecimal(), null, "countyShare", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_SmeOutputShare(), this.getYearlyDecimal(), null, "smeOutputShare", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_LeadingIndustryShare(), this.getYearlyDecimal(), null, "leadingIndustryShare", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_LeadingIndustryGrowth(), this.getYearlyDecimal(), null, "leadingIndustryGrowth", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustrySection_LeadingIndustryAverageGrowth(), ecorePackage.getEBigDecimal(), "leadingIndustryAverageGrowth", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_Enterprises(), this.getYearlyCount(), null, "enterprises", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_Smes(), this.getYearlyCount(), null, "smes", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_SpecialisedSmes(), this.getYearlyCount(), null, "specialisedSmes", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_LittleGiants(), this.getYearlyCount(), null, "littleGiants", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_SingleChampions(), this.getYearlyCount(), null, "singleChampions", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_HighTechEnterprises(), this.getYearlyCount(), null, "highTechEnterprises", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_InnovativeSmes(), this.getYearlyCount(), null, "innovativeSmes", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_ListedSmes(), this.getYearlyCount(), null, "listedSmes", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_PreListingSmes(), this.getYearlyCount(), null, "preListingSmes", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_QualifiedSmeLists(), this.getQualifiedSmeList(), null, "qualifiedSmeLists", null, 0, -1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_Fdi(), this.getYearlyDecimal(), null, "fdi", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_FdiGrowth(), this.getYearlyDecimal(), null, "fdiGrowth", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_Exports(), this.getYearlyDecimal(), null, "exports", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_ExportGrowth(), this.getYearlyDecimal(), null, "exportGrowth", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_FdiCumulativeGrowthByYear(), this.getYearlyDecimal(), null, "fdiCumulativeGrowthByYear", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_ExportCumulativeGrowthByYear(), this.getYearlyDecimal(), null, "exportCumulativeGrowthByYear", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustrySection_ChainNarrative(), ecorePackage.getEString(), "chainNarrative", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustrySection_ChainWorks(), this.getChainWork(), "chainWorks", null, 0, -1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustrySection_ResourceNarrative(), ecorePackage.getEString(), "resourceNarrative", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustrySection_ResourceWorks(), this.getResourceSharingWork(), "resourceWorks", null, 0, -1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrySection_Honours(), this.getHonour(), null, "honours", null, 0, -1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustrySection_QualityNarrative(), ecorePackage.getEString(), "qualityNarrative", null, 0, 1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustrySection_QualityWorks(), this.getQualityBrandWork(), "qualityWorks", null, 0, -1, IndustrySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getIndustrySection__LeadingIndustryOutput__int(), ecorePackage.getEBigDecimal(), "leadingIndustryOutput", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getIndustrySection__LeadingIndustryOutputGrowth__int(), ecorePackage.getEBigDecimal(), "leadingIndustryOutputGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getIndustrySection__ComputedLeadingIndustryAverageGrowth(), ecorePackage.getEBigDecimal(), "computedLeadingIndustryAverageGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getIndustrySection__ComputedFdiGrowth__int(), ecorePackage.getEBigDecimal(), "computedFdiGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getIndustrySection__ComputedExportGrowth__int(), ecorePackage.getEBigDecimal(), "computedExportGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getIndustrySection__OutputAverageGrowth(), ecorePackage.getEBigDecimal(), "outputAverageGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(innovationSectionEClass, InnovationSection.class, "InnovationSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInnovationSection_RdIntensity(), this.getYearlyDecimal(), null, "rdIntensity", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_RdExpenditure(), this.getYearlyDecimal(), null, "rdExpenditure", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_RdGrowth(), this.getYearlyDecimal(), null, "rdGrowth", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_SmeEmployees(), this.getYearlyCount(), null, "smeEmployees", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_RdStaff(), this.getYearlyCount(), null, "rdStaff", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInnovationSection_RdStaffShare(), ecorePackage.getEBigDecimal(), "rdStaffShare", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_IpGrants(), this.getYearlyCount(), null, "ipGrants", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_Standards(), this.getStandardCount(), null, "standards", null, 0, -1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_NationalPlatforms(), this.getNamedCount(), null, "nationalPlatforms", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_ProvincialPlatforms(), this.getNamedCount(), null, "provincialPlatforms", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_OtherPlatforms(), this.getNamedCount(), null, "otherPlatforms", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInnovationSection_PctApplications(), ecorePackage.getEIntegerObject(), "pctApplications", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInnovationSection_PatentAverageGrowth(), ecorePackage.getEBigDecimal(), "patentAverageGrowth", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInnovationSection_PatentsPer10k(), ecorePackage.getEBigDecimal(), "patentsPer10k", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInnovationSection_ValidInventionPatents(), ecorePackage.getEIntegerObject(), "validInventionPatents", null, 0, 1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSection_PatentEvidence(), this.getEvidenceRef(), null, "patentEvidence", null, 0, -1, InnovationSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getInnovationSection__ComputedRdGrowth__int(), ecorePackage.getEBigDecimal(), "computedRdGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getInnovationSection__ComputedPatentsPer10k(), ecorePackage.getEBigDecimal(), "computedPatentsPer10k", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getInnovationSection__ComputedRdStaffShare__int(), ecorePackage.getEBigDecimal(), "computedRdStaffShare", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getInnovationSection__RdAverageGrowth(), ecorePackage.getEBigDecimal(), "rdAverageGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(digitalSectionEClass, DigitalSection.class, "DigitalSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDigitalSection_CloudSmes(), this.getYearlyCount(), null, "cloudSmes", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalSection_CloudRatio(), this.getYearlyDecimal(), null, "cloudRatio", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalSection_IiotSmes(), this.getYearlyCount(), null, "iiotSmes", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalSection_IiotPenetration(), this.getYearlyDecimal(), null, "iiotPenetration", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalSection_DigitalRdToolRate(), this.getYearlyDecimal(), null, "digitalRdToolRate", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalSection_IdentifierRatio(), ecorePackage.getEBigDecimal(), "identifierRatio", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalSection_SoftwarePurchases(), this.getYearlyDecimal(), null, "softwarePurchases", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalSection_SoftwareRateRising(), this.getYesNo(), "softwareRateRising", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalSection_ServiceNarrative(), ecorePackage.getEString(), "serviceNarrative", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalSection_ServiceWorks(), this.getDigitalServiceWork(), "serviceWorks", null, 0, -1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalSection_NewModelNarrative(), ecorePackage.getEString(), "newModelNarrative", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalSection_NewModelWorks(), this.getNewModelWork(), "newModelWorks", null, 0, -1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalSection_NationalPilots(), this.getNamedCount(), null, "nationalPilots", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalSection_ProvincialPilots(), this.getNamedCount(), null, "provincialPilots", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalSection_OtherPilots(), this.getNamedCount(), null, "otherPilots", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalSection_ProvincialOrAbovePilots(), this.getNamedCount(), null, "provincialOrAbovePilots", null, 0, 1, DigitalSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getDigitalSection__ComputedCloudRatio__int(), ecorePackage.getEBigDecimal(), "computedCloudRatio", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getDigitalSection__ComputedIiotPenetration__int(), ecorePackage.getEBigDecimal(), "computedIiotPenetration", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(greenSectionEClass, GreenSection.class, "GreenSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGreenSection_CarbonMonitoring(), this.getYesNo(), "carbonMonitoring", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenSection_CarbonMonitoringEvidence(), this.getEvidenceRef(), null, "carbonMonitoringEvidence", null, 0, -1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenSection_Co2PerOutput(), this.getYearlyDecimal(), null, "co2PerOutput", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_Co2Formula(), ecorePackage.getEString(), "co2Formula", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenSection_EnergyPerOutput(), this.getYearlyDecimal(), null, "energyPerOutput", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_EnergyFormula(), ecorePackage.getEString(), "energyFormula", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_Co2ReductionRate(), ecorePackage.getEBigDecimal(), "co2ReductionRate", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_EnergyReductionRate(), ecorePackage.getEBigDecimal(), "energyReductionRate", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_SolidWasteUtilisation(), ecorePackage.getEBigDecimal(), "solidWasteUtilisation", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_SolidWasteAboveAverage(), this.getYesNoNotApplicable(), "solidWasteAboveAverage", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_WaterReuse(), ecorePackage.getEBigDecimal(), "waterReuse", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_WaterReuseAboveAverage(), this.getYesNoNotApplicable(), "waterReuseAboveAverage", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_GreenNarrative(), ecorePackage.getEString(), "greenNarrative", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_GreenWorks(), this.getGreenWork(), "greenWorks", null, 0, -1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenSection_NationalGreenSystem(), this.getNamedCount(), null, "nationalGreenSystem", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenSection_ProvincialGreenSystem(), this.getNamedCount(), null, "provincialGreenSystem", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenSection_OtherGreenSystem(), this.getNamedCount(), null, "otherGreenSystem", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_GreenFactories(), ecorePackage.getEIntegerObject(), "greenFactories", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_GreenParks(), ecorePackage.getEIntegerObject(), "greenParks", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_GreenSupplyChains(), ecorePackage.getEIntegerObject(), "greenSupplyChains", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGreenSection_GreenDesignProducts(), ecorePackage.getEIntegerObject(), "greenDesignProducts", null, 0, 1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenSection_GreenCountEvidence(), this.getEvidenceRef(), null, "greenCountEvidence", null, 0, -1, GreenSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getGreenSection__ComputedEnergyReduction(), ecorePackage.getEBigDecimal(), "computedEnergyReduction", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getGreenSection__ComputedCo2Reduction(), ecorePackage.getEBigDecimal(), "computedCo2Reduction", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(opennessSectionEClass, OpennessSection.class, "OpennessSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOpennessSection_InternationalNarrative(), ecorePackage.getEString(), "internationalNarrative", null, 0, 1, OpennessSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpennessSection_InternationalWorks(), this.getInternationalWork(), "internationalWorks", null, 0, -1, OpennessSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpennessSection_OverseasBranches(), ecorePackage.getEIntegerObject(), "overseasBranches", null, 0, 1, OpennessSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpennessSection_OverseasEvidence(), this.getEvidenceRef(), null, "overseasEvidence", null, 0, -1, OpennessSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(governanceSectionEClass, GovernanceSection.class, "GovernanceSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGovernanceSection_Alliances(), this.getNamedCount(), null, "alliances", null, 0, 1, GovernanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceSection_EnvironmentNarrative(), ecorePackage.getEString(), "environmentNarrative", null, 0, 1, GovernanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceSection_GovernanceWorks(), this.getGovernanceWork(), "governanceWorks", null, 0, -1, GovernanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceSection_NationalServicePlatforms(), this.getNamedCount(), null, "nationalServicePlatforms", null, 0, 1, GovernanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceSection_ProvincialServicePlatforms(), this.getNamedCount(), null, "provincialServicePlatforms", null, 0, 1, GovernanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceSection_OtherServicePlatforms(), this.getNamedCount(), null, "otherServicePlatforms", null, 0, 1, GovernanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceSection_PlatformWorks(), this.getPublicServicePlatformWork(), "platformWorks", null, 0, -1, GovernanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceSection_PublicServices(), this.getPublicService(), "publicServices", null, 0, -1, GovernanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planIndicatorEClass, PlanIndicator.class, "PlanIndicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanIndicator_Direction(), this.getPlanDirection(), "direction", null, 0, 1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanIndicator_Kind(), this.getPlanIndicatorKind(), "kind", null, 0, 1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanIndicator_Name(), ecorePackage.getEString(), "name", null, 0, 1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanIndicator_Unit(), this.getUnit(), "unit", null, 0, 1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanIndicator_Reduction(), ecorePackage.getEBoolean(), "reduction", null, 0, 1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanIndicator_Baseline(), ecorePackage.getEBigDecimal(), "baseline", null, 0, 1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanIndicator_Target(), ecorePackage.getEBigDecimal(), "target", null, 0, 1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanIndicator_StageTargets(), this.getYearDecimal(), null, "stageTargets", null, 0, -1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanIndicator_IndustryAverage(), ecorePackage.getEBigDecimal(), "industryAverage", null, 0, 1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanIndicator_Description(), ecorePackage.getEString(), "description", null, 0, 1, PlanIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getPlanIndicator__AverageGrowth(), ecorePackage.getEBigDecimal(), "averageGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getPlanIndicator__ChangeRate(), ecorePackage.getEBigDecimal(), "changeRate", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(completionIndicatorEClass, CompletionIndicator.class, "CompletionIndicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompletionIndicator_Achieved(), ecorePackage.getEBigDecimal(), "achieved", null, 0, 1, CompletionIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionIndicator_BaselineDescription(), ecorePackage.getEString(), "baselineDescription", null, 0, 1, CompletionIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionIndicator_AchievedDescription(), ecorePackage.getEString(), "achievedDescription", null, 0, 1, CompletionIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getCompletionIndicator__Met(), ecorePackage.getEBooleanObject(), "met", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getCompletionIndicator__Attainment(), ecorePackage.getEBigDecimal(), "attainment", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(planSectionEClass, PlanSection.class, "PlanSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanSection_Introduction(), ecorePackage.getEString(), "introduction", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSection_Achievements(), ecorePackage.getEString(), "achievements", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSection_Problems(), ecorePackage.getEString(), "problems", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSection_Approach(), ecorePackage.getEString(), "approach", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSection_BaselineYear(), ecorePackage.getEIntegerObject(), "baselineYear", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSection_TargetYear(), ecorePackage.getEIntegerObject(), "targetYear", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanSection_Targets(), this.getPlanIndicator(), null, "targets", null, 0, -1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanSection_StageGoals(), this.getStageGoal(), null, "stageGoals", null, 0, -1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSection_KeyTasks(), ecorePackage.getEString(), "keyTasks", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSection_Safeguards(), ecorePackage.getEString(), "safeguards", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getPlanSection__NarrativeLength(), ecorePackage.getEInt(), "narrativeLength", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPlanSection__TargetOf__PlanIndicatorKind(), this.getPlanIndicator(), "targetOf", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getPlanIndicatorKind(), "kind", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPlanSection__P01__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P01", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPlanSection__P02__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P02", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPlanSection__P03__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P03", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPlanSection__P04__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P04", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPlanSection__P05__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P05", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPlanSection__P06__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P06", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPlanSection__P07__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P07", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPlanSection__P08__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P08", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(reviewSectionEClass, ReviewSection.class, "ReviewSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewSection_Introduction(), ecorePackage.getEString(), "introduction", null, 0, 1, ReviewSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSection_Cultivation(), ecorePackage.getEString(), "cultivation", null, 0, 1, ReviewSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSection_BaselineYear(), ecorePackage.getEIntegerObject(), "baselineYear", null, 0, 1, ReviewSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSection_TargetYear(), ecorePackage.getEIntegerObject(), "targetYear", null, 0, 1, ReviewSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewSection_Completion(), this.getCompletionIndicator(), null, "completion", null, 0, -1, ReviewSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewSection_NewPlan(), this.getPlanSection(), null, "newPlan", null, 0, 1, ReviewSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getReviewSection__UnmetCount(), ecorePackage.getEInt(), "unmetCount", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getReviewSection__MetCount(), ecorePackage.getEInt(), "metCount", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getReviewSection__P10__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P10", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(commitmentLetterEClass, CommitmentLetter.class, "CommitmentLetter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommitmentLetter_Addressee(), ecorePackage.getEString(), "addressee", "\u7701\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u5385", 0, 1, CommitmentLetter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentLetter_IssuingBureau(), ecorePackage.getEString(), "issuingBureau", null, 0, 1, CommitmentLetter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentLetter_Commitments(), ecorePackage.getEString(), "commitments", null, 0, -1, CommitmentLetter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentLetter_Date(), this.getLocalDate(), "date", null, 0, 1, CommitmentLetter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentLetter_Sealed(), ecorePackage.getEBoolean(), "sealed", null, 0, 1, CommitmentLetter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(writingOutlineEClass, WritingOutline.class, "WritingOutline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWritingOutline_BasicInformation(), ecorePackage.getEString(), "basicInformation", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_DevelopmentLevel(), ecorePackage.getEString(), "developmentLevel", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_AboveScaleEnterprises(), ecorePackage.getEString(), "aboveScaleEnterprises", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_ChainStrengthening(), ecorePackage.getEString(), "chainStrengthening", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_ResourceCollaboration(), ecorePackage.getEString(), "resourceCollaboration", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_QualityBrand(), ecorePackage.getEString(), "qualityBrand", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_CollaborativeInnovation(), ecorePackage.getEString(), "collaborativeInnovation", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_IntelligentTransformation(), ecorePackage.getEString(), "intelligentTransformation", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_DigitalServices(), ecorePackage.getEString(), "digitalServices", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_GreenLowCarbon(), ecorePackage.getEString(), "greenLowCarbon", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_InternationalCooperation(), ecorePackage.getEString(), "internationalCooperation", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWritingOutline_DevelopmentEnvironment(), ecorePackage.getEString(), "developmentEnvironment", null, 0, 1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWritingOutline_AboveScaleEvidence(), this.getEvidenceRef(), null, "aboveScaleEvidence", null, 0, -1, WritingOutline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(unitContactEClass, UnitContact.class, "UnitContact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUnitContact_Name(), ecorePackage.getEString(), "name", null, 0, 1, UnitContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitContact_Head(), ecorePackage.getEString(), "head", null, 0, 1, UnitContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitContact_HeadPhone(), ecorePackage.getEString(), "headPhone", null, 0, 1, UnitContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitContact_Contact(), ecorePackage.getEString(), "contact", null, 0, 1, UnitContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitContact_ContactPhone(), ecorePackage.getEString(), "contactPhone", null, 0, 1, UnitContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rankedEnterpriseEClass, RankedEnterprise.class, "RankedEnterprise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRankedEnterprise_Name(), ecorePackage.getEString(), "name", null, 0, 1, RankedEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRankedEnterprise_Products(), ecorePackage.getEString(), "products", null, 0, -1, RankedEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rankingTableEClass, RankingTable.class, "RankingTable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRankingTable_Rows(), this.getRankedEnterprise(), null, "rows", null, 0, -1, RankingTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRankingTable_Total(), this.getComparedDecimal(), null, "total", null, 0, 1, RankingTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRankingTable_EvidencePage(), ecorePackage.getEString(), "evidencePage", null, 0, 1, RankingTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getRankingTable__ComputedTotal__int(), ecorePackage.getEBigDecimal(), "computedTotal", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(keyProjectEClass, KeyProject.class, "KeyProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKeyProject_Builder(), ecorePackage.getEString(), "builder", null, 0, 1, KeyProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyProject_Name(), ecorePackage.getEString(), "name", null, 0, 1, KeyProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyProject_Investment(), ecorePackage.getEBigDecimal(), "investment", null, 0, 1, KeyProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyProject_PeriodStart(), this.getYearMonth(), "periodStart", null, 0, 1, KeyProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyProject_PeriodEnd(), this.getYearMonth(), "periodEnd", null, 0, 1, KeyProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(approvedListingEClass, ApprovedListing.class, "ApprovedListing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApprovedListing_Kind(), this.getListingKind(), "kind", null, 0, 1, ApprovedListing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovedListing_Name(), ecorePackage.getEString(), "name", null, 0, 1, ApprovedListing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovedListing_Level(), this.getAdministrativeLevel(), "level", null, 0, 1, ApprovedListing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovedListing_ApprovedOn(), this.getYearMonth(), "approvedOn", null, 0, 1, ApprovedListing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovedListing_Approver(), ecorePackage.getEString(), "approver", null, 0, 1, ApprovedListing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(smartFactoryCountEClass, SmartFactoryCount.class, "SmartFactoryCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSmartFactoryCount_Year(), ecorePackage.getEInt(), "year", null, 0, 1, SmartFactoryCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartFactoryCount_Leading(), ecorePackage.getEIntegerObject(), "leading", null, 0, 1, SmartFactoryCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartFactoryCount_Excellent(), ecorePackage.getEIntegerObject(), "excellent", null, 0, 1, SmartFactoryCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartFactoryCount_Advanced(), ecorePackage.getEIntegerObject(), "advanced", null, 0, 1, SmartFactoryCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartFactoryCount_Basic(), ecorePackage.getEIntegerObject(), "basic", null, 0, 1, SmartFactoryCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(economicIndicatorsEClass, EconomicIndicators.class, "EconomicIndicators", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEconomicIndicators_Output(), this.getComparedDecimal(), null, "output", null, 0, 1, EconomicIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEconomicIndicators_Revenue(), this.getComparedDecimal(), null, "revenue", null, 0, 1, EconomicIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEconomicIndicators_SmeOutputShare(), this.getComparedDecimal(), null, "smeOutputShare", null, 0, 1, EconomicIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEconomicIndicators_Profit(), this.getComparedDecimal(), null, "profit", null, 0, 1, EconomicIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEconomicIndicators_Tax(), this.getComparedDecimal(), null, "tax", null, 0, 1, EconomicIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEconomicIndicators_Trade(), this.getComparedDecimal(), null, "trade", null, 0, 1, EconomicIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEconomicIndicators_ForeignCapital(), this.getComparedDecimal(), null, "foreignCapital", null, 0, 1, EconomicIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEconomicIndicators_ProjectInvestment(), this.getComparedDecimal(), null, "projectInvestment", null, 0, 1, EconomicIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEconomicIndicators_Employees(), this.getComparedCount(), null, "employees", null, 0, 1, EconomicIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(enterpriseIndicatorsEClass, EnterpriseIndicators.class, "EnterpriseIndicators", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEnterpriseIndicators_Enterprises(), this.getComparedCount(), null, "enterprises", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_AboveScale(), this.getComparedCount(), null, "aboveScale", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_HighTech(), this.getComparedCount(), null, "highTech", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_Listed(), this.getComparedCount(), null, "listed", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_NationalChampions(), this.getComparedCount(), null, "nationalChampions", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_ProvincialChampions(), this.getComparedCount(), null, "provincialChampions", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_LittleGiants(), this.getComparedCount(), null, "littleGiants", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_ProvincialSpecialised(), this.getComparedCount(), null, "provincialSpecialised", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_IntegrationCertified(), this.getComparedCount(), null, "integrationCertified", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_SmartFactories(), this.getSmartFactoryCount(), null, "smartFactories", null, 0, -1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterpriseIndicators_SmartFactoriesEvidencePage(), ecorePackage.getEString(), "smartFactoriesEvidencePage", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseIndicators_TopRevenue(), this.getRankingTable(), null, "topRevenue", null, 0, 1, EnterpriseIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(innovationIndicatorsEClass, InnovationIndicators.class, "InnovationIndicators", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInnovationIndicators_RdExpenditure(), this.getComparedDecimal(), null, "rdExpenditure", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_RdRevenueShare(), this.getComparedDecimal(), null, "rdRevenueShare", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_RdGrowth(), this.getComparedDecimal(), null, "rdGrowth", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_RdStaffShare(), this.getComparedDecimal(), null, "rdStaffShare", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_NewPatents(), this.getComparedCount(), null, "newPatents", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_NewStandards(), this.getComparedCount(), null, "newStandards", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_NationalAwards(), this.getComparedCount(), null, "nationalAwards", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_ProvincialAwards(), this.getComparedCount(), null, "provincialAwards", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_NationalCarriers(), this.getComparedCount(), null, "nationalCarriers", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_ProvincialCarriers(), this.getComparedCount(), null, "provincialCarriers", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_NationalDesignCentres(), this.getComparedCount(), null, "nationalDesignCentres", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_ProvincialDesignCentres(), this.getComparedCount(), null, "provincialDesignCentres", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_Carriers(), this.getApprovedListing(), null, "carriers", null, 0, -1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationIndicators_TopRd(), this.getRankingTable(), null, "topRd", null, 0, 1, InnovationIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getInnovationIndicators__ComputedRdRevenueShare__int(), ecorePackage.getEBigDecimal(), "computedRdRevenueShare", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(greenIndicatorsEClass, GreenIndicators.class, "GreenIndicators", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGreenIndicators_NationalGreenFactories(), this.getComparedCount(), null, "nationalGreenFactories", null, 0, 1, GreenIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenIndicators_ProvincialGreenFactories(), this.getComparedCount(), null, "provincialGreenFactories", null, 0, 1, GreenIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenIndicators_NationalGreenSupplyChains(), this.getComparedCount(), null, "nationalGreenSupplyChains", null, 0, 1, GreenIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenIndicators_ProvincialGreenSupplyChains(), this.getComparedCount(), null, "provincialGreenSupplyChains", null, 0, 1, GreenIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenIndicators_Co2PerOutput(), this.getComparedDecimal(), null, "co2PerOutput", null, 0, 1, GreenIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenIndicators_SolidWasteUtilisation(), this.getComparedDecimal(), null, "solidWasteUtilisation", null, 0, 1, GreenIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenIndicators_WaterReuse(), this.getComparedDecimal(), null, "waterReuse", null, 0, 1, GreenIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGreenIndicators_Listings(), this.getApprovedListing(), null, "listings", null, 0, -1, GreenIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(publicServiceIndicatorsEClass, PublicServiceIndicators.class, "PublicServiceIndicators", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPublicServiceIndicators_NationalPlatforms(), this.getComparedCount(), null, "nationalPlatforms", null, 0, 1, PublicServiceIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPublicServiceIndicators_ProvincialPlatforms(), this.getComparedCount(), null, "provincialPlatforms", null, 0, 1, PublicServiceIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPublicServiceIndicators_Platforms(), this.getApprovedListing(), null, "platforms", null, 0, -1, PublicServiceIndicators.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parkIndicatorEClass, ParkIndicator.class, "ParkIndicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getParkIndicator_ParkTotal(), this.getYearlyDecimal(), null, "parkTotal", null, 0, 1, ParkIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParkIndicator_ClusterPart(), this.getYearlyDecimal(), null, "clusterPart", null, 0, 1, ParkIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParkIndicator_Growth(), ecorePackage.getEBigDecimal(), "growth", null, 0, 1, ParkIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getParkIndicator__ComputedGrowth(), ecorePackage.getEBigDecimal(), "computedGrowth", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(parkEClass, Park.class, "Park", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPark_Name(), ecorePackage.getEString(), "name", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPark_LeadingIndustry(), ecorePackage.getEString(), "leadingIndustry", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_Gdp(), this.getParkIndicator(), null, "gdp", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_AboveScaleEnterprises(), this.getParkIndicator(), null, "aboveScaleEnterprises", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_AboveScaleRevenue(), this.getParkIndicator(), null, "aboveScaleRevenue", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_Tax(), this.getParkIndicator(), null, "tax", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_Trade(), this.getParkIndicator(), null, "trade", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_FixedInvestment(), this.getParkIndicator(), null, "fixedInvestment", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_InvestmentAttracted(), this.getParkIndicator(), null, "investmentAttracted", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_ForeignCapitalUsed(), this.getParkIndicator(), null, "foreignCapitalUsed", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_DevelopedArea(), this.getYearlyDecimal(), null, "developedArea", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_InvestmentIntensity(), this.getYearlyDecimal(), null, "investmentIntensity", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPark_TaxPerMu(), this.getYearlyDecimal(), null, "taxPerMu", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPark_GreenParkLevel(), this.getGreenParkLevel(), "greenParkLevel", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPark_EvidencePage(), ecorePackage.getEString(), "evidencePage", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPark_Report(), ecorePackage.getEString(), "report", null, 0, 1, Park.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getPark__ComputedInvestmentIntensity__int(), ecorePackage.getEBigDecimal(), "computedInvestmentIntensity", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPark__ComputedTaxPerMu__int(), ecorePackage.getEBigDecimal(), "computedTaxPerMu", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(promotionOrganisationEClass, PromotionOrganisation.class, "PromotionOrganisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPromotionOrganisation_Name(), ecorePackage.getEString(), "name", null, 0, 1, PromotionOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPromotionOrganisation_BasicInformation(), ecorePackage.getEString(), "basicInformation", null, 0, 1, PromotionOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPromotionOrganisation_Operations(), ecorePackage.getEString(), "operations", null, 0, 1, PromotionOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPromotionOrganisation_Evidence(), this.getEvidenceRef(), null, "evidence", null, 0, -1, PromotionOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(implementationTargetEClass, ImplementationTarget.class, "ImplementationTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImplementationTarget_Actual(), ecorePackage.getEBigDecimal(), "actual", null, 0, 1, ImplementationTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationTarget_Targets(), this.getYearDecimal(), null, "targets", null, 0, -1, ImplementationTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getImplementationTarget__TargetFor__int(), ecorePackage.getEBigDecimal(), "targetFor", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "year", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(implementationPlanEClass, ImplementationPlan.class, "ImplementationPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImplementationPlan_LeadUnit(), ecorePackage.getEString(), "leadUnit", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Revenue(), this.getImplementationTarget(), null, "revenue", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_AboveScaleEnterprises(), this.getImplementationTarget(), null, "aboveScaleEnterprises", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Profit(), this.getImplementationTarget(), null, "profit", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Tax(), this.getImplementationTarget(), null, "tax", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplementationPlan_Background(), ecorePackage.getEString(), "background", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplementationPlan_Foundations(), ecorePackage.getEString(), "foundations", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplementationPlan_Goals(), ecorePackage.getEString(), "goals", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplementationPlan_Pathways(), ecorePackage.getEString(), "pathways", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplementationPlan_Safeguards(), ecorePackage.getEString(), "safeguards", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Document(), this.getEvidenceRef(), null, "document", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getImplementationPlan__P11__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "P11", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(libraryRowEClass, LibraryRow.class, "LibraryRow", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLibraryRow_SourceRow(), ecorePackage.getEIntegerObject(), "sourceRow", null, 0, 1, LibraryRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getLibraryRow__C06__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C06", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getLibraryRow__C07__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C07", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(existingEnterpriseEClass, ExistingEnterprise.class, "ExistingEnterprise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExistingEnterprise_Name(), ecorePackage.getEString(), "name", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_City(), ecorePackage.getEString(), "city", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_County(), ecorePackage.getEString(), "county", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_Park(), ecorePackage.getEString(), "park", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_Overview(), ecorePackage.getEString(), "overview", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_Products(), ecorePackage.getEString(), "products", null, 0, -1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_AboveScale(), ecorePackage.getEBoolean(), "aboveScale", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_Revenue(), ecorePackage.getEBigDecimal(), "revenue", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_Listed(), ecorePackage.getEBoolean(), "listed", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_HighTech(), ecorePackage.getEBoolean(), "highTech", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingEnterprise_Honours(), this.getBrandHonour(), "honours", null, 0, -1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExistingEnterprise_Contact(), this.getContact(), null, "contact", null, 0, 1, ExistingEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getExistingEnterprise__Carries__EnterpriseMark(), ecorePackage.getEBoolean(), "carries", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getEnterpriseMark(), "mark", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(prospectiveEnterpriseEClass, ProspectiveEnterprise.class, "ProspectiveEnterprise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProspectiveEnterprise_Name(), ecorePackage.getEString(), "name", null, 0, 1, ProspectiveEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProspectiveEnterprise_Country(), ecorePackage.getEString(), "country", null, 0, 1, ProspectiveEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProspectiveEnterprise_Province(), ecorePackage.getEString(), "province", null, 0, 1, ProspectiveEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProspectiveEnterprise_City(), ecorePackage.getEString(), "city", null, 0, 1, ProspectiveEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProspectiveEnterprise_Overview(), ecorePackage.getEString(), "overview", null, 0, 1, ProspectiveEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProspectiveEnterprise_Products(), ecorePackage.getEString(), "products", null, 0, -1, ProspectiveEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProspectiveEnterprise_AboveScale(), ecorePackage.getEBoolean(), "aboveScale", null, 0, 1, ProspectiveEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProspectiveEnterprise_DomesticBrand(), ecorePackage.getEBoolean(), "domesticBrand", null, 0, 1, ProspectiveEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProspectiveEnterprise_InternationalBrand(), ecorePackage.getEBoolean(), "internationalBrand", null, 0, 1, ProspectiveEnterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(projectEClass, Project.class, "Project", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProject_Name(), ecorePackage.getEString(), "name", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_Builder(), ecorePackage.getEString(), "builder", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_Investment(), ecorePackage.getEBigDecimal(), "investment", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_PeriodStart(), this.getYearMonth(), "periodStart", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_PeriodEnd(), this.getYearMonth(), "periodEnd", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_PeriodYearsOnly(), ecorePackage.getEBoolean(), "periodYearsOnly", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_Content(), ecorePackage.getEString(), "content", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Contact(), this.getContact(), null, "contact", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getProject__C08__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C08", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(constructionProjectEClass, ConstructionProject.class, "ConstructionProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConstructionProject_City(), ecorePackage.getEString(), "city", null, 0, 1, ConstructionProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConstructionProject_County(), ecorePackage.getEString(), "county", null, 0, 1, ConstructionProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConstructionProject_Park(), ecorePackage.getEString(), "park", null, 0, 1, ConstructionProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConstructionProject_StartDate(), this.getYearMonth(), "startDate", null, 0, 1, ConstructionProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConstructionProject_Progress(), ecorePackage.getEString(), "progress", null, 0, 1, ConstructionProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(plannedProjectEClass, PlannedProject.class, "PlannedProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlannedProject_Location(), ecorePackage.getEString(), "location", null, 0, 1, PlannedProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedProject_PlannedStart(), this.getYearMonth(), "plannedStart", null, 0, 1, PlannedProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clusterLibrariesEClass, ClusterLibraries.class, "ClusterLibraries", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getClusterLibraries_Existing(), this.getExistingEnterprise(), null, "existing", null, 0, -1, ClusterLibraries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClusterLibraries_Prospective(), this.getProspectiveEnterprise(), null, "prospective", null, 0, -1, ClusterLibraries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClusterLibraries_UnderConstruction(), this.getConstructionProject(), null, "underConstruction", null, 0, -1, ClusterLibraries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClusterLibraries_Planned(), this.getPlannedProject(), null, "planned", null, 0, -1, ClusterLibraries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getClusterLibraries__CountExisting__EnterpriseMark(), ecorePackage.getEInt(), "countExisting", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getEnterpriseMark(), "mark", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getClusterLibraries__ExistingSummary(), ecorePackage.getEString(), "existingSummary", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getClusterLibraries__ProspectiveSummary(), ecorePackage.getEString(), "prospectiveSummary", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getClusterLibraries__UnderConstructionSummary(), ecorePackage.getEString(), "underConstructionSummary", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getClusterLibraries__PlannedSummary(), ecorePackage.getEString(), "plannedSummary", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterLibraries__TotalInvestment__boolean(), ecorePackage.getEBigDecimal(), "totalInvestment", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEBoolean(), "planned", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterLibraries__C05__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C05", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClusterLibraries__C06__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C06", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(competitionReportEClass, CompetitionReport.class, "CompetitionReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompetitionReport_Category(), this.getClusterCategory(), "category", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitionReport_IndustryField(), ecorePackage.getEString(), "industryField", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitionReport_LeadingIndustry(), ecorePackage.getEString(), "leadingIndustry", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitionReport_GeographicScope(), ecorePackage.getEString(), "geographicScope", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_PromotionOrganisation(), this.getUnitContact(), null, "promotionOrganisation", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_CoreParks(), this.getUnitContact(), null, "coreParks", null, 0, -1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_GovernmentOpinion(), this.getRecommendation(), null, "governmentOpinion", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_Economy(), this.getEconomicIndicators(), null, "economy", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_Enterprises(), this.getEnterpriseIndicators(), null, "enterprises", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_KeyProjects(), this.getKeyProject(), null, "keyProjects", null, 0, -1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitionReport_KeyProjectsTotal(), ecorePackage.getEBigDecimal(), "keyProjectsTotal", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_Innovation(), this.getInnovationIndicators(), null, "innovation", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_Green(), this.getGreenIndicators(), null, "green", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_PublicService(), this.getPublicServiceIndicators(), null, "publicService", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitionReport_SelfAssessment(), ecorePackage.getEString(), "selfAssessment", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_IndustryChainMap(), this.getEvidenceRef(), null, "industryChainMap", null, 0, -1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_Parks(), this.getPark(), null, "parks", null, 0, -1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_PromotionDetails(), this.getPromotionOrganisation(), null, "promotionDetails", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_Implementation(), this.getImplementationPlan(), null, "implementation", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_Libraries(), this.getClusterLibraries(), null, "libraries", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_PromotionDeclaration(), this.getDeclaration(), null, "promotionDeclaration", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetitionReport_ParkDeclaration(), this.getDeclaration(), null, "parkDeclaration", null, 0, 1, CompetitionReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getCompetitionReport__ComputedKeyProjectsTotal(), ecorePackage.getEBigDecimal(), "computedKeyProjectsTotal", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCompetitionReport__C01__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C01", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCompetitionReport__C02__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C02", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCompetitionReport__C03__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C03", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCompetitionReport__C04__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C04", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCompetitionReport__C09__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C09", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCompetitionReport__C10__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C10", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCompetitionReport__C11__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C11", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCompetitionReport__C12__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C12", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCompetitionReport__C13__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "C13", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(unitEEnum, Unit.class, "Unit");
		addEEnumLiteral(unitEEnum, Unit.NONE);
		addEEnumLiteral(unitEEnum, Unit.YI_YUAN);
		addEEnumLiteral(unitEEnum, Unit.WAN_YUAN);
		addEEnumLiteral(unitEEnum, Unit.YI_USD);
		addEEnumLiteral(unitEEnum, Unit.PERCENT);
		addEEnumLiteral(unitEEnum, Unit.TONNE_CO2_PER_WAN_YUAN);
		addEEnumLiteral(unitEEnum, Unit.TCE_PER_WAN_YUAN);
		addEEnumLiteral(unitEEnum, Unit.MU);
		addEEnumLiteral(unitEEnum, Unit.WAN_YUAN_PER_MU);
		addEEnumLiteral(unitEEnum, Unit.SQUARE_KM);
		addEEnumLiteral(unitEEnum, Unit.PERSON);
		addEEnumLiteral(unitEEnum, Unit.PIECE);
		addEEnumLiteral(unitEEnum, Unit.PER_10K_PERSONS);

		initEEnum(yesNoEEnum, YesNo.class, "YesNo");
		addEEnumLiteral(yesNoEEnum, YesNo.NONE);
		addEEnumLiteral(yesNoEEnum, YesNo.YES);
		addEEnumLiteral(yesNoEEnum, YesNo.NO);

		initEEnum(greenParkLevelEEnum, GreenParkLevel.class, "GreenParkLevel");
		addEEnumLiteral(greenParkLevelEEnum, GreenParkLevel.NONE);
		addEEnumLiteral(greenParkLevelEEnum, GreenParkLevel.NATIONAL);
		addEEnumLiteral(greenParkLevelEEnum, GreenParkLevel.PROVINCIAL);
		addEEnumLiteral(greenParkLevelEEnum, GreenParkLevel.NO);

		initEEnum(yesNoNotApplicableEEnum, YesNoNotApplicable.class, "YesNoNotApplicable");
		addEEnumLiteral(yesNoNotApplicableEEnum, YesNoNotApplicable.NONE);
		addEEnumLiteral(yesNoNotApplicableEEnum, YesNoNotApplicable.YES);
		addEEnumLiteral(yesNoNotApplicableEEnum, YesNoNotApplicable.NO);
		addEEnumLiteral(yesNoNotApplicableEEnum, YesNoNotApplicable.NOT_APPLICABLE);

		initEEnum(industryTypeEEnum, IndustryType.class, "IndustryType");
		addEEnumLiteral(industryTypeEEnum, IndustryType.NONE);
		addEEnumLiteral(industryTypeEEnum, IndustryType.PRIMARY);
		addEEnumLiteral(industryTypeEEnum, IndustryType.SECONDARY);
		addEEnumLiteral(industryTypeEEnum, IndustryType.TERTIARY);

		initEEnum(formKindEEnum, FormKind.class, "FormKind");
		addEEnumLiteral(formKindEEnum, FormKind.APPLICATION);
		addEEnumLiteral(formKindEEnum, FormKind.REVIEW);
		addEEnumLiteral(formKindEEnum, FormKind.COMPETITION);

		initEEnum(contactKindEEnum, ContactKind.class, "ContactKind");
		addEEnumLiteral(contactKindEEnum, ContactKind.ANY_PHONE);
		addEEnumLiteral(contactKindEEnum, ContactKind.MOBILE_ONLY);

		initEEnum(administrativeLevelEEnum, AdministrativeLevel.class, "AdministrativeLevel");
		addEEnumLiteral(administrativeLevelEEnum, AdministrativeLevel.NONE);
		addEEnumLiteral(administrativeLevelEEnum, AdministrativeLevel.NATIONAL);
		addEEnumLiteral(administrativeLevelEEnum, AdministrativeLevel.PROVINCE);
		addEEnumLiteral(administrativeLevelEEnum, AdministrativeLevel.CITY);
		addEEnumLiteral(administrativeLevelEEnum, AdministrativeLevel.DISTRICT);
		addEEnumLiteral(administrativeLevelEEnum, AdministrativeLevel.COUNTY);

		initEEnum(benchmarkKindEEnum, BenchmarkKind.class, "BenchmarkKind");
		addEEnumLiteral(benchmarkKindEEnum, BenchmarkKind.INDUSTRY_AVERAGE);
		addEEnumLiteral(benchmarkKindEEnum, BenchmarkKind.ABSOLUTE);

		initEEnum(standardCategoryEEnum, StandardCategory.class, "StandardCategory");
		addEEnumLiteral(standardCategoryEEnum, StandardCategory.NONE);
		addEEnumLiteral(standardCategoryEEnum, StandardCategory.INTERNATIONAL);
		addEEnumLiteral(standardCategoryEEnum, StandardCategory.NATIONAL);
		addEEnumLiteral(standardCategoryEEnum, StandardCategory.INDUSTRY);
		addEEnumLiteral(standardCategoryEEnum, StandardCategory.ASSOCIATION);

		initEEnum(chainWorkEEnum, ChainWork.class, "ChainWork");
		addEEnumLiteral(chainWorkEEnum, ChainWork.CHAIN_MAP);
		addEEnumLiteral(chainWorkEEnum, ChainWork.CHALLENGE_LIST);
		addEEnumLiteral(chainWorkEEnum, ChainWork.INNOVATION_CONSORTIUM);
		addEEnumLiteral(chainWorkEEnum, ChainWork.ACADEMIC_COOPERATION);
		addEEnumLiteral(chainWorkEEnum, ChainWork.SUPPLY_COORDINATION);
		addEEnumLiteral(chainWorkEEnum, ChainWork.CHAIN_LEADER_PARTNERSHIP);
		addEEnumLiteral(chainWorkEEnum, ChainWork.ADVANCED_CLUSTER_PARTNERSHIP);
		addEEnumLiteral(chainWorkEEnum, ChainWork.SUPPLY_RISK_ASSESSMENT);

		initEEnum(resourceSharingWorkEEnum, ResourceSharingWork.class, "ResourceSharingWork");
		addEEnumLiteral(resourceSharingWorkEEnum, ResourceSharingWork.EQUIPMENT_SHARING);
		addEEnumLiteral(resourceSharingWorkEEnum, ResourceSharingWork.SERVICE_SHARING);
		addEEnumLiteral(resourceSharingWorkEEnum, ResourceSharingWork.HUMAN_RESOURCE_SHARING);
		addEEnumLiteral(resourceSharingWorkEEnum, ResourceSharingWork.JOINT_PROCUREMENT);
		addEEnumLiteral(resourceSharingWorkEEnum, ResourceSharingWork.SHARED_FACTORY);

		initEEnum(qualityBrandWorkEEnum, QualityBrandWork.class, "QualityBrandWork");
		addEEnumLiteral(qualityBrandWorkEEnum, QualityBrandWork.QUALITY_MANAGEMENT);
		addEEnumLiteral(qualityBrandWorkEEnum, QualityBrandWork.QUALITY_DIAGNOSIS);
		addEEnumLiteral(qualityBrandWorkEEnum, QualityBrandWork.BRAND_MECHANISM);
		addEEnumLiteral(qualityBrandWorkEEnum, QualityBrandWork.COLLECTIVE_TRADEMARK);

		initEEnum(digitalServiceWorkEEnum, DigitalServiceWork.class, "DigitalServiceWork");
		addEEnumLiteral(digitalServiceWorkEEnum, DigitalServiceWork.SOLUTION_PROVIDERS);
		addEEnumLiteral(digitalServiceWorkEEnum, DigitalServiceWork.COMMON_SOLUTIONS);
		addEEnumLiteral(digitalServiceWorkEEnum, DigitalServiceWork.INTEGRATION_SYSTEM);
		addEEnumLiteral(digitalServiceWorkEEnum, DigitalServiceWork.MATURITY_ASSESSMENT);

		initEEnum(newModelWorkEEnum, NewModelWork.class, "NewModelWork");
		addEEnumLiteral(newModelWorkEEnum, NewModelWork.NATIONAL_PILOTS);
		addEEnumLiteral(newModelWorkEEnum, NewModelWork.PROVINCIAL_PILOTS);
		addEEnumLiteral(newModelWorkEEnum, NewModelWork.INNOVATIVE_APPLICATIONS);

		initEEnum(greenWorkEEnum, GreenWork.class, "GreenWork");
		addEEnumLiteral(greenWorkEEnum, GreenWork.ENERGY_DIAGNOSIS);
		addEEnumLiteral(greenWorkEEnum, GreenWork.CARBON_ACCOUNTING);
		addEEnumLiteral(greenWorkEEnum, GreenWork.RECYCLING_FACILITIES);
		addEEnumLiteral(greenWorkEEnum, GreenWork.CLEAN_PRODUCTION);
		addEEnumLiteral(greenWorkEEnum, GreenWork.GREEN_SOLUTIONS);

		initEEnum(internationalWorkEEnum, InternationalWork.class, "InternationalWork");
		addEEnumLiteral(internationalWorkEEnum, InternationalWork.COOPERATION_MECHANISM);
		addEEnumLiteral(internationalWorkEEnum, InternationalWork.OVERSEAS_PARKS);
		addEEnumLiteral(internationalWorkEEnum, InternationalWork.IMPORTED_TECHNOLOGY);
		addEEnumLiteral(internationalWorkEEnum, InternationalWork.EXPOSITIONS);
		addEEnumLiteral(internationalWorkEEnum, InternationalWork.HOSTED_SEMINARS);

		initEEnum(governanceWorkEEnum, GovernanceWork.class, "GovernanceWork");
		addEEnumLiteral(governanceWorkEEnum, GovernanceWork.PROMOTION_AGENCY);
		addEEnumLiteral(governanceWorkEEnum, GovernanceWork.POLICY_OUTREACH);
		addEEnumLiteral(governanceWorkEEnum, GovernanceWork.RIGHTS_PROTECTION);
		addEEnumLiteral(governanceWorkEEnum, GovernanceWork.SERVICE_EVALUATION);
		addEEnumLiteral(governanceWorkEEnum, GovernanceWork.SAFETY_CONTROL);
		addEEnumLiteral(governanceWorkEEnum, GovernanceWork.DIGITAL_GOVERNANCE);

		initEEnum(publicServicePlatformWorkEEnum, PublicServicePlatformWork.class, "PublicServicePlatformWork");
		addEEnumLiteral(publicServicePlatformWorkEEnum, PublicServicePlatformWork.NATIONAL_DEMONSTRATION);
		addEEnumLiteral(publicServicePlatformWorkEEnum, PublicServicePlatformWork.PROVINCIAL_DEMONSTRATION);
		addEEnumLiteral(publicServicePlatformWorkEEnum, PublicServicePlatformWork.OWN_PLATFORM);

		initEEnum(publicServiceEEnum, PublicService.class, "PublicService");
		addEEnumLiteral(publicServiceEEnum, PublicService.INFORMATION);
		addEEnumLiteral(publicServiceEEnum, PublicService.ENTREPRENEURSHIP);
		addEEnumLiteral(publicServiceEEnum, PublicService.INNOVATION_SUPPORT);
		addEEnumLiteral(publicServiceEEnum, PublicService.TRAINING);
		addEEnumLiteral(publicServiceEEnum, PublicService.MARKETING);
		addEEnumLiteral(publicServiceEEnum, PublicService.FINANCING);
		addEEnumLiteral(publicServiceEEnum, PublicService.CONSULTING);

		initEEnum(qualifiedSmeKindEEnum, QualifiedSmeKind.class, "QualifiedSmeKind");
		addEEnumLiteral(qualifiedSmeKindEEnum, QualifiedSmeKind.NONE);
		addEEnumLiteral(qualifiedSmeKindEEnum, QualifiedSmeKind.PROVINCIAL_SPECIALISED);
		addEEnumLiteral(qualifiedSmeKindEEnum, QualifiedSmeKind.LITTLE_GIANT);
		addEEnumLiteral(qualifiedSmeKindEEnum, QualifiedSmeKind.SINGLE_CHAMPION);
		addEEnumLiteral(qualifiedSmeKindEEnum, QualifiedSmeKind.HIGH_TECH);
		addEEnumLiteral(qualifiedSmeKindEEnum, QualifiedSmeKind.INNOVATIVE);
		addEEnumLiteral(qualifiedSmeKindEEnum, QualifiedSmeKind.LISTED);
		addEEnumLiteral(qualifiedSmeKindEEnum, QualifiedSmeKind.PRE_LISTING);

		initEEnum(planDirectionEEnum, PlanDirection.class, "PlanDirection");
		addEEnumLiteral(planDirectionEEnum, PlanDirection.NONE);
		addEEnumLiteral(planDirectionEEnum, PlanDirection.LEADING_INDUSTRY);
		addEEnumLiteral(planDirectionEEnum, PlanDirection.INNOVATION);
		addEEnumLiteral(planDirectionEEnum, PlanDirection.DIGITAL);
		addEEnumLiteral(planDirectionEEnum, PlanDirection.GREEN);
		addEEnumLiteral(planDirectionEEnum, PlanDirection.OPENNESS);
		addEEnumLiteral(planDirectionEEnum, PlanDirection.GOVERNANCE);
		addEEnumLiteral(planDirectionEEnum, PlanDirection.OTHER);

		initEEnum(planIndicatorKindEEnum, PlanIndicatorKind.class, "PlanIndicatorKind");
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.NONE);
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.OUTPUT_AVERAGE_GROWTH);
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.QUALITY_SME_COUNT);
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.RD_EXPENDITURE);
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.VALID_PATENTS);
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.IIOT_PENETRATION);
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.CO2_EMISSION);
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.ENERGY_PER_OUTPUT);
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.QUALITATIVE);
		addEEnumLiteral(planIndicatorKindEEnum, PlanIndicatorKind.CUSTOM);

		initEEnum(clusterCategoryEEnum, ClusterCategory.class, "ClusterCategory");
		addEEnumLiteral(clusterCategoryEEnum, ClusterCategory.NONE);
		addEEnumLiteral(clusterCategoryEEnum, ClusterCategory.ADVANCED_MANUFACTURING);
		addEEnumLiteral(clusterCategoryEEnum, ClusterCategory.SME_FEATURED);

		initEEnum(brandHonourEEnum, BrandHonour.class, "BrandHonour");
		addEEnumLiteral(brandHonourEEnum, BrandHonour.FORTUNE_GLOBAL_500);
		addEEnumLiteral(brandHonourEEnum, BrandHonour.CHINA_TOP_500);
		addEEnumLiteral(brandHonourEEnum, BrandHonour.PRIVATE_TOP_500);
		addEEnumLiteral(brandHonourEEnum, BrandHonour.GLOBAL_INDUSTRY_TOP_50);
		addEEnumLiteral(brandHonourEEnum, BrandHonour.NATIONAL_LITTLE_GIANT);
		addEEnumLiteral(brandHonourEEnum, BrandHonour.PROVINCIAL_LITTLE_GIANT);
		addEEnumLiteral(brandHonourEEnum, BrandHonour.NATIONAL_SINGLE_CHAMPION);
		addEEnumLiteral(brandHonourEEnum, BrandHonour.PROVINCIAL_SINGLE_CHAMPION);

		initEEnum(enterpriseMarkEEnum, EnterpriseMark.class, "EnterpriseMark");
		addEEnumLiteral(enterpriseMarkEEnum, EnterpriseMark.LISTED);
		addEEnumLiteral(enterpriseMarkEEnum, EnterpriseMark.SINGLE_CHAMPION);
		addEEnumLiteral(enterpriseMarkEEnum, EnterpriseMark.LITTLE_GIANT);
		addEEnumLiteral(enterpriseMarkEEnum, EnterpriseMark.ABOVE_SCALE);
		addEEnumLiteral(enterpriseMarkEEnum, EnterpriseMark.HIGH_TECH);
		addEEnumLiteral(enterpriseMarkEEnum, EnterpriseMark.BRAND);

		initEEnum(listingKindEEnum, ListingKind.class, "ListingKind");
		addEEnumLiteral(listingKindEEnum, ListingKind.NONE);
		addEEnumLiteral(listingKindEEnum, ListingKind.TECHNOLOGY_CARRIER);
		addEEnumLiteral(listingKindEEnum, ListingKind.DESIGN_CENTRE);
		addEEnumLiteral(listingKindEEnum, ListingKind.GREEN_FACTORY);
		addEEnumLiteral(listingKindEEnum, ListingKind.GREEN_SUPPLY_CHAIN);
		addEEnumLiteral(listingKindEEnum, ListingKind.PUBLIC_SERVICE_PLATFORM);

		initEEnum(smartFactoryGradeEEnum, SmartFactoryGrade.class, "SmartFactoryGrade");
		addEEnumLiteral(smartFactoryGradeEEnum, SmartFactoryGrade.LEADING);
		addEEnumLiteral(smartFactoryGradeEEnum, SmartFactoryGrade.EXCELLENT);
		addEEnumLiteral(smartFactoryGradeEEnum, SmartFactoryGrade.ADVANCED);
		addEEnumLiteral(smartFactoryGradeEEnum, SmartFactoryGrade.BASIC);

		initEEnum(implementationIndicatorKindEEnum, ImplementationIndicatorKind.class, "ImplementationIndicatorKind");
		addEEnumLiteral(implementationIndicatorKindEEnum, ImplementationIndicatorKind.NONE);
		addEEnumLiteral(implementationIndicatorKindEEnum, ImplementationIndicatorKind.REVENUE);
		addEEnumLiteral(implementationIndicatorKindEEnum, ImplementationIndicatorKind.ABOVE_SCALE_ENTERPRISES);
		addEEnumLiteral(implementationIndicatorKindEEnum, ImplementationIndicatorKind.PROFIT);
		addEEnumLiteral(implementationIndicatorKindEEnum, ImplementationIndicatorKind.TAX);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(yearMonthEDataType, YearMonth.class, "YearMonth", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.clusterdesk.org/model/form
		createFormAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.clusterdesk.org/model/form</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createFormAnnotations() {
		String source = "http://www.clusterdesk.org/model/form";
		addAnnotation
		  (getRecognitionCriteria_MinOutput(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getRecognitionCriteria_MinSmeShare(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getRecognitionCriteria_MinLeadingIndustryShare(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getRecognitionCriteria_MaxArea(),
		   source,
		   new String[] {
			   "unit", "SQUARE_KM"
		   });
		addAnnotation
		  (getPlanRules_OutputAverageGrowthMin(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getPlanRules_RdAverageGrowthMin(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getPlanRules_PatentAverageGrowthMin(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getPlanRules_IiotPenetrationTarget(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getPlanRules_Co2ReductionTarget(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getPlanRules_EnergyReductionTarget(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getComparedDecimal_Growth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getComparedCount_Growth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getNamedCount_Count(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getBasicInfoSection_Area(),
		   source,
		   new String[] {
			   "unit", "SQUARE_KM"
		   });
		addAnnotation
		  (getIndustrySection_TotalOutput(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getIndustrySection_CountyShare(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getIndustrySection_SmeOutputShare(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getIndustrySection_LeadingIndustryShare(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getIndustrySection_LeadingIndustryGrowth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getIndustrySection_LeadingIndustryAverageGrowth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getIndustrySection_Enterprises(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getIndustrySection_Smes(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getIndustrySection_SpecialisedSmes(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getIndustrySection_LittleGiants(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getIndustrySection_SingleChampions(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getIndustrySection_HighTechEnterprises(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getIndustrySection_InnovativeSmes(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getIndustrySection_ListedSmes(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getIndustrySection_PreListingSmes(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getIndustrySection_Fdi(),
		   source,
		   new String[] {
			   "unit", "WAN_YUAN"
		   });
		addAnnotation
		  (getIndustrySection_FdiGrowth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getIndustrySection_Exports(),
		   source,
		   new String[] {
			   "unit", "WAN_YUAN"
		   });
		addAnnotation
		  (getIndustrySection_ExportGrowth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getIndustrySection_FdiCumulativeGrowthByYear(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getIndustrySection_ExportCumulativeGrowthByYear(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getIndustrySection_ChainNarrative(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getIndustrySection_ChainWorks(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getIndustrySection_ResourceNarrative(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getIndustrySection_ResourceWorks(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getIndustrySection_QualityNarrative(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getIndustrySection_QualityWorks(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getInnovationSection_RdIntensity(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getInnovationSection_RdExpenditure(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getInnovationSection_RdGrowth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getInnovationSection_SmeEmployees(),
		   source,
		   new String[] {
			   "unit", "PERSON"
		   });
		addAnnotation
		  (getInnovationSection_RdStaff(),
		   source,
		   new String[] {
			   "unit", "PERSON"
		   });
		addAnnotation
		  (getInnovationSection_RdStaffShare(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getInnovationSection_IpGrants(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationSection_PctApplications(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationSection_PatentAverageGrowth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getInnovationSection_PatentsPer10k(),
		   source,
		   new String[] {
			   "unit", "PER_10K_PERSONS"
		   });
		addAnnotation
		  (getInnovationSection_ValidInventionPatents(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getDigitalSection_CloudSmes(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getDigitalSection_CloudRatio(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getDigitalSection_IiotSmes(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getDigitalSection_IiotPenetration(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getDigitalSection_DigitalRdToolRate(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getDigitalSection_IdentifierRatio(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getDigitalSection_SoftwarePurchases(),
		   source,
		   new String[] {
			   "unit", "WAN_YUAN"
		   });
		addAnnotation
		  (getDigitalSection_ServiceNarrative(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getDigitalSection_ServiceWorks(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getDigitalSection_NewModelNarrative(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getDigitalSection_NewModelWorks(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getGreenSection_Co2PerOutput(),
		   source,
		   new String[] {
			   "unit", "TONNE_CO2_PER_WAN_YUAN"
		   });
		addAnnotation
		  (getGreenSection_EnergyPerOutput(),
		   source,
		   new String[] {
			   "unit", "TCE_PER_WAN_YUAN"
		   });
		addAnnotation
		  (getGreenSection_Co2ReductionRate(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getGreenSection_EnergyReductionRate(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getGreenSection_SolidWasteUtilisation(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getGreenSection_WaterReuse(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getGreenSection_GreenNarrative(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getGreenSection_GreenWorks(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getGreenSection_GreenFactories(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getGreenSection_GreenParks(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getGreenSection_GreenSupplyChains(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getGreenSection_GreenDesignProducts(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getOpennessSection_InternationalNarrative(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getOpennessSection_InternationalWorks(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getOpennessSection_OverseasBranches(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getGovernanceSection_EnvironmentNarrative(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getGovernanceSection_GovernanceWorks(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getGovernanceSection_PlatformWorks(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getGovernanceSection_PublicServices(),
		   source,
		   new String[] {
			   "evidence", "true"
		   });
		addAnnotation
		  (getWritingOutline_BasicInformation(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_DevelopmentLevel(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_AboveScaleEnterprises(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_ChainStrengthening(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_ResourceCollaboration(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_QualityBrand(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_CollaborativeInnovation(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_IntelligentTransformation(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_DigitalServices(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_GreenLowCarbon(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_InternationalCooperation(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getWritingOutline_DevelopmentEnvironment(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getKeyProject_Investment(),
		   source,
		   new String[] {
			   "unit", "WAN_YUAN"
		   });
		addAnnotation
		  (getEconomicIndicators_Output(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getEconomicIndicators_Revenue(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getEconomicIndicators_SmeOutputShare(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getEconomicIndicators_Profit(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getEconomicIndicators_Tax(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getEconomicIndicators_Trade(),
		   source,
		   new String[] {
			   "unit", "YI_USD"
		   });
		addAnnotation
		  (getEconomicIndicators_ForeignCapital(),
		   source,
		   new String[] {
			   "unit", "YI_USD"
		   });
		addAnnotation
		  (getEconomicIndicators_ProjectInvestment(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getEconomicIndicators_Employees(),
		   source,
		   new String[] {
			   "unit", "PERSON"
		   });
		addAnnotation
		  (getEnterpriseIndicators_Enterprises(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getEnterpriseIndicators_AboveScale(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getEnterpriseIndicators_HighTech(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getEnterpriseIndicators_Listed(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getEnterpriseIndicators_NationalChampions(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getEnterpriseIndicators_ProvincialChampions(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getEnterpriseIndicators_LittleGiants(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getEnterpriseIndicators_ProvincialSpecialised(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getEnterpriseIndicators_IntegrationCertified(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationIndicators_RdExpenditure(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getInnovationIndicators_RdRevenueShare(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getInnovationIndicators_RdGrowth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getInnovationIndicators_RdStaffShare(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getInnovationIndicators_NewPatents(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationIndicators_NewStandards(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationIndicators_NationalAwards(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationIndicators_ProvincialAwards(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationIndicators_NationalCarriers(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationIndicators_ProvincialCarriers(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationIndicators_NationalDesignCentres(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getInnovationIndicators_ProvincialDesignCentres(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getGreenIndicators_NationalGreenFactories(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getGreenIndicators_ProvincialGreenFactories(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getGreenIndicators_NationalGreenSupplyChains(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getGreenIndicators_ProvincialGreenSupplyChains(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getGreenIndicators_Co2PerOutput(),
		   source,
		   new String[] {
			   "unit", "TONNE_CO2_PER_WAN_YUAN"
		   });
		addAnnotation
		  (getGreenIndicators_SolidWasteUtilisation(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getGreenIndicators_WaterReuse(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getPublicServiceIndicators_NationalPlatforms(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getPublicServiceIndicators_ProvincialPlatforms(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getParkIndicator_Growth(),
		   source,
		   new String[] {
			   "unit", "PERCENT"
		   });
		addAnnotation
		  (getPark_Gdp(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getPark_AboveScaleEnterprises(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getPark_AboveScaleRevenue(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getPark_Tax(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getPark_Trade(),
		   source,
		   new String[] {
			   "unit", "YI_USD"
		   });
		addAnnotation
		  (getPark_FixedInvestment(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getPark_InvestmentAttracted(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getPark_ForeignCapitalUsed(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getPark_DevelopedArea(),
		   source,
		   new String[] {
			   "unit", "MU"
		   });
		addAnnotation
		  (getPark_InvestmentIntensity(),
		   source,
		   new String[] {
			   "unit", "WAN_YUAN_PER_MU"
		   });
		addAnnotation
		  (getPark_TaxPerMu(),
		   source,
		   new String[] {
			   "unit", "WAN_YUAN_PER_MU"
		   });
		addAnnotation
		  (getPark_Report(),
		   source,
		   new String[] {
			   "maxLength", "2500"
		   });
		addAnnotation
		  (getImplementationPlan_Revenue(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getImplementationPlan_AboveScaleEnterprises(),
		   source,
		   new String[] {
			   "unit", "PIECE"
		   });
		addAnnotation
		  (getImplementationPlan_Profit(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getImplementationPlan_Tax(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getExistingEnterprise_Overview(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getExistingEnterprise_Revenue(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getProspectiveEnterprise_Overview(),
		   source,
		   new String[] {
			   "maxLength", "200"
		   });
		addAnnotation
		  (getProject_Investment(),
		   source,
		   new String[] {
			   "unit", "YI_YUAN"
		   });
		addAnnotation
		  (getCompetitionReport_KeyProjectsTotal(),
		   source,
		   new String[] {
			   "unit", "WAN_YUAN"
		   });
		addAnnotation
		  (getCompetitionReport_SelfAssessment(),
		   source,
		   new String[] {
			   "maxLength", "3000"
		   });
	}

} //ClusterDeskPackageImpl
