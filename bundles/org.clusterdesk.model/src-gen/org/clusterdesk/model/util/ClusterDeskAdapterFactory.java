/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.util;

import org.clusterdesk.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage
 * @generated
 */
public class ClusterDeskAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ClusterDeskPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClusterDeskAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ClusterDeskPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterDeskSwitch<Adapter> modelSwitch =
		new ClusterDeskSwitch<Adapter>() {
			@Override
			public Adapter caseEdition(Edition object) {
				return createEditionAdapter();
			}
			@Override
			public Adapter caseRecognitionCriteria(RecognitionCriteria object) {
				return createRecognitionCriteriaAdapter();
			}
			@Override
			public Adapter casePlanRules(PlanRules object) {
				return createPlanRulesAdapter();
			}
			@Override
			public Adapter caseFormSection(FormSection object) {
				return createFormSectionAdapter();
			}
			@Override
			public Adapter caseFormRow(FormRow object) {
				return createFormRowAdapter();
			}
			@Override
			public Adapter caseYearDecimal(YearDecimal object) {
				return createYearDecimalAdapter();
			}
			@Override
			public Adapter caseYearCount(YearCount object) {
				return createYearCountAdapter();
			}
			@Override
			public Adapter caseYearlyDecimal(YearlyDecimal object) {
				return createYearlyDecimalAdapter();
			}
			@Override
			public Adapter caseYearlyCount(YearlyCount object) {
				return createYearlyCountAdapter();
			}
			@Override
			public Adapter caseComparedDecimal(ComparedDecimal object) {
				return createComparedDecimalAdapter();
			}
			@Override
			public Adapter caseComparedCount(ComparedCount object) {
				return createComparedCountAdapter();
			}
			@Override
			public Adapter caseAttachment(Attachment object) {
				return createAttachmentAdapter();
			}
			@Override
			public Adapter caseEvidenceRef(EvidenceRef object) {
				return createEvidenceRefAdapter();
			}
			@Override
			public Adapter caseEvidenceLink(EvidenceLink object) {
				return createEvidenceLinkAdapter();
			}
			@Override
			public Adapter caseEvidenceHolder(EvidenceHolder object) {
				return createEvidenceHolderAdapter();
			}
			@Override
			public Adapter caseNamedCount(NamedCount object) {
				return createNamedCountAdapter();
			}
			@Override
			public Adapter caseExplainedAnswer(ExplainedAnswer object) {
				return createExplainedAnswerAdapter();
			}
			@Override
			public Adapter caseContact(Contact object) {
				return createContactAdapter();
			}
			@Override
			public Adapter caseOrganisation(Organisation object) {
				return createOrganisationAdapter();
			}
			@Override
			public Adapter caseRegion(Region object) {
				return createRegionAdapter();
			}
			@Override
			public Adapter caseDeclaration(Declaration object) {
				return createDeclarationAdapter();
			}
			@Override
			public Adapter caseRecommendation(Recommendation object) {
				return createRecommendationAdapter();
			}
			@Override
			public Adapter caseStandardCount(StandardCount object) {
				return createStandardCountAdapter();
			}
			@Override
			public Adapter caseHonour(Honour object) {
				return createHonourAdapter();
			}
			@Override
			public Adapter caseQualifiedSmeList(QualifiedSmeList object) {
				return createQualifiedSmeListAdapter();
			}
			@Override
			public Adapter caseStageGoal(StageGoal object) {
				return createStageGoalAdapter();
			}
			@Override
			public Adapter caseClusterDocument(ClusterDocument object) {
				return createClusterDocumentAdapter();
			}
			@Override
			public Adapter caseApplication(Application object) {
				return createApplicationAdapter();
			}
			@Override
			public Adapter caseBasicInfoSection(BasicInfoSection object) {
				return createBasicInfoSectionAdapter();
			}
			@Override
			public Adapter caseIndustrySection(IndustrySection object) {
				return createIndustrySectionAdapter();
			}
			@Override
			public Adapter caseInnovationSection(InnovationSection object) {
				return createInnovationSectionAdapter();
			}
			@Override
			public Adapter caseDigitalSection(DigitalSection object) {
				return createDigitalSectionAdapter();
			}
			@Override
			public Adapter caseGreenSection(GreenSection object) {
				return createGreenSectionAdapter();
			}
			@Override
			public Adapter caseOpennessSection(OpennessSection object) {
				return createOpennessSectionAdapter();
			}
			@Override
			public Adapter caseGovernanceSection(GovernanceSection object) {
				return createGovernanceSectionAdapter();
			}
			@Override
			public Adapter casePlanIndicator(PlanIndicator object) {
				return createPlanIndicatorAdapter();
			}
			@Override
			public Adapter caseCompletionIndicator(CompletionIndicator object) {
				return createCompletionIndicatorAdapter();
			}
			@Override
			public Adapter casePlanSection(PlanSection object) {
				return createPlanSectionAdapter();
			}
			@Override
			public Adapter caseReviewSection(ReviewSection object) {
				return createReviewSectionAdapter();
			}
			@Override
			public Adapter caseCommitmentLetter(CommitmentLetter object) {
				return createCommitmentLetterAdapter();
			}
			@Override
			public Adapter caseWritingOutline(WritingOutline object) {
				return createWritingOutlineAdapter();
			}
			@Override
			public Adapter caseUnitContact(UnitContact object) {
				return createUnitContactAdapter();
			}
			@Override
			public Adapter caseRankedEnterprise(RankedEnterprise object) {
				return createRankedEnterpriseAdapter();
			}
			@Override
			public Adapter caseRankingTable(RankingTable object) {
				return createRankingTableAdapter();
			}
			@Override
			public Adapter caseKeyProject(KeyProject object) {
				return createKeyProjectAdapter();
			}
			@Override
			public Adapter caseApprovedListing(ApprovedListing object) {
				return createApprovedListingAdapter();
			}
			@Override
			public Adapter caseSmartFactoryCount(SmartFactoryCount object) {
				return createSmartFactoryCountAdapter();
			}
			@Override
			public Adapter caseEconomicIndicators(EconomicIndicators object) {
				return createEconomicIndicatorsAdapter();
			}
			@Override
			public Adapter caseEnterpriseIndicators(EnterpriseIndicators object) {
				return createEnterpriseIndicatorsAdapter();
			}
			@Override
			public Adapter caseInnovationIndicators(InnovationIndicators object) {
				return createInnovationIndicatorsAdapter();
			}
			@Override
			public Adapter caseGreenIndicators(GreenIndicators object) {
				return createGreenIndicatorsAdapter();
			}
			@Override
			public Adapter casePublicServiceIndicators(PublicServiceIndicators object) {
				return createPublicServiceIndicatorsAdapter();
			}
			@Override
			public Adapter caseParkIndicator(ParkIndicator object) {
				return createParkIndicatorAdapter();
			}
			@Override
			public Adapter casePark(Park object) {
				return createParkAdapter();
			}
			@Override
			public Adapter casePromotionOrganisation(PromotionOrganisation object) {
				return createPromotionOrganisationAdapter();
			}
			@Override
			public Adapter caseImplementationTarget(ImplementationTarget object) {
				return createImplementationTargetAdapter();
			}
			@Override
			public Adapter caseImplementationPlan(ImplementationPlan object) {
				return createImplementationPlanAdapter();
			}
			@Override
			public Adapter caseLibraryRow(LibraryRow object) {
				return createLibraryRowAdapter();
			}
			@Override
			public Adapter caseExistingEnterprise(ExistingEnterprise object) {
				return createExistingEnterpriseAdapter();
			}
			@Override
			public Adapter caseProspectiveEnterprise(ProspectiveEnterprise object) {
				return createProspectiveEnterpriseAdapter();
			}
			@Override
			public Adapter caseProject(Project object) {
				return createProjectAdapter();
			}
			@Override
			public Adapter caseConstructionProject(ConstructionProject object) {
				return createConstructionProjectAdapter();
			}
			@Override
			public Adapter casePlannedProject(PlannedProject object) {
				return createPlannedProjectAdapter();
			}
			@Override
			public Adapter caseClusterLibraries(ClusterLibraries object) {
				return createClusterLibrariesAdapter();
			}
			@Override
			public Adapter caseCompetitionReport(CompetitionReport object) {
				return createCompetitionReportAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Edition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Edition
	 * @generated
	 */
	public Adapter createEditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.RecognitionCriteria <em>Recognition Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.RecognitionCriteria
	 * @generated
	 */
	public Adapter createRecognitionCriteriaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.PlanRules <em>Plan Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.PlanRules
	 * @generated
	 */
	public Adapter createPlanRulesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.FormSection <em>Form Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.FormSection
	 * @generated
	 */
	public Adapter createFormSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.FormRow <em>Form Row</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.FormRow
	 * @generated
	 */
	public Adapter createFormRowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.YearDecimal <em>Year Decimal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.YearDecimal
	 * @generated
	 */
	public Adapter createYearDecimalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.YearCount <em>Year Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.YearCount
	 * @generated
	 */
	public Adapter createYearCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.YearlyDecimal <em>Yearly Decimal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.YearlyDecimal
	 * @generated
	 */
	public Adapter createYearlyDecimalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.YearlyCount <em>Yearly Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.YearlyCount
	 * @generated
	 */
	public Adapter createYearlyCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ComparedDecimal <em>Compared Decimal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ComparedDecimal
	 * @generated
	 */
	public Adapter createComparedDecimalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ComparedCount <em>Compared Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ComparedCount
	 * @generated
	 */
	public Adapter createComparedCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Attachment
	 * @generated
	 */
	public Adapter createAttachmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.EvidenceRef <em>Evidence Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.EvidenceRef
	 * @generated
	 */
	public Adapter createEvidenceRefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.EvidenceLink <em>Evidence Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.EvidenceLink
	 * @generated
	 */
	public Adapter createEvidenceLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.EvidenceHolder <em>Evidence Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.EvidenceHolder
	 * @generated
	 */
	public Adapter createEvidenceHolderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.NamedCount <em>Named Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.NamedCount
	 * @generated
	 */
	public Adapter createNamedCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ExplainedAnswer <em>Explained Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ExplainedAnswer
	 * @generated
	 */
	public Adapter createExplainedAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Contact
	 * @generated
	 */
	public Adapter createContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Organisation
	 * @generated
	 */
	public Adapter createOrganisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Region
	 * @generated
	 */
	public Adapter createRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Declaration <em>Declaration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Declaration
	 * @generated
	 */
	public Adapter createDeclarationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Recommendation
	 * @generated
	 */
	public Adapter createRecommendationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.StandardCount <em>Standard Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.StandardCount
	 * @generated
	 */
	public Adapter createStandardCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Honour <em>Honour</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Honour
	 * @generated
	 */
	public Adapter createHonourAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.QualifiedSmeList <em>Qualified Sme List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.QualifiedSmeList
	 * @generated
	 */
	public Adapter createQualifiedSmeListAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.StageGoal <em>Stage Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.StageGoal
	 * @generated
	 */
	public Adapter createStageGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ClusterDocument <em>Cluster Document</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ClusterDocument
	 * @generated
	 */
	public Adapter createClusterDocumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Application
	 * @generated
	 */
	public Adapter createApplicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.BasicInfoSection <em>Basic Info Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.BasicInfoSection
	 * @generated
	 */
	public Adapter createBasicInfoSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.IndustrySection <em>Industry Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.IndustrySection
	 * @generated
	 */
	public Adapter createIndustrySectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.InnovationSection <em>Innovation Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.InnovationSection
	 * @generated
	 */
	public Adapter createInnovationSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.DigitalSection <em>Digital Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.DigitalSection
	 * @generated
	 */
	public Adapter createDigitalSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.GreenSection <em>Green Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.GreenSection
	 * @generated
	 */
	public Adapter createGreenSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.OpennessSection <em>Openness Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.OpennessSection
	 * @generated
	 */
	public Adapter createOpennessSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.GovernanceSection <em>Governance Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.GovernanceSection
	 * @generated
	 */
	public Adapter createGovernanceSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.PlanIndicator <em>Plan Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.PlanIndicator
	 * @generated
	 */
	public Adapter createPlanIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.CompletionIndicator <em>Completion Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.CompletionIndicator
	 * @generated
	 */
	public Adapter createCompletionIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.PlanSection <em>Plan Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.PlanSection
	 * @generated
	 */
	public Adapter createPlanSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ReviewSection <em>Review Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ReviewSection
	 * @generated
	 */
	public Adapter createReviewSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.CommitmentLetter <em>Commitment Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.CommitmentLetter
	 * @generated
	 */
	public Adapter createCommitmentLetterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.WritingOutline <em>Writing Outline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.WritingOutline
	 * @generated
	 */
	public Adapter createWritingOutlineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.UnitContact <em>Unit Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.UnitContact
	 * @generated
	 */
	public Adapter createUnitContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.RankedEnterprise <em>Ranked Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.RankedEnterprise
	 * @generated
	 */
	public Adapter createRankedEnterpriseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.RankingTable <em>Ranking Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.RankingTable
	 * @generated
	 */
	public Adapter createRankingTableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.KeyProject <em>Key Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.KeyProject
	 * @generated
	 */
	public Adapter createKeyProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ApprovedListing <em>Approved Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ApprovedListing
	 * @generated
	 */
	public Adapter createApprovedListingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.SmartFactoryCount <em>Smart Factory Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.SmartFactoryCount
	 * @generated
	 */
	public Adapter createSmartFactoryCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.EconomicIndicators <em>Economic Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.EconomicIndicators
	 * @generated
	 */
	public Adapter createEconomicIndicatorsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.EnterpriseIndicators <em>Enterprise Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.EnterpriseIndicators
	 * @generated
	 */
	public Adapter createEnterpriseIndicatorsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.InnovationIndicators <em>Innovation Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.InnovationIndicators
	 * @generated
	 */
	public Adapter createInnovationIndicatorsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.GreenIndicators <em>Green Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.GreenIndicators
	 * @generated
	 */
	public Adapter createGreenIndicatorsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.PublicServiceIndicators <em>Public Service Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.PublicServiceIndicators
	 * @generated
	 */
	public Adapter createPublicServiceIndicatorsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ParkIndicator <em>Park Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ParkIndicator
	 * @generated
	 */
	public Adapter createParkIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Park <em>Park</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Park
	 * @generated
	 */
	public Adapter createParkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.PromotionOrganisation <em>Promotion Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.PromotionOrganisation
	 * @generated
	 */
	public Adapter createPromotionOrganisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ImplementationTarget <em>Implementation Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ImplementationTarget
	 * @generated
	 */
	public Adapter createImplementationTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ImplementationPlan <em>Implementation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ImplementationPlan
	 * @generated
	 */
	public Adapter createImplementationPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.LibraryRow <em>Library Row</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.LibraryRow
	 * @generated
	 */
	public Adapter createLibraryRowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ExistingEnterprise <em>Existing Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ExistingEnterprise
	 * @generated
	 */
	public Adapter createExistingEnterpriseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ProspectiveEnterprise <em>Prospective Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ProspectiveEnterprise
	 * @generated
	 */
	public Adapter createProspectiveEnterpriseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.Project
	 * @generated
	 */
	public Adapter createProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ConstructionProject <em>Construction Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ConstructionProject
	 * @generated
	 */
	public Adapter createConstructionProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.PlannedProject <em>Planned Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.PlannedProject
	 * @generated
	 */
	public Adapter createPlannedProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.ClusterLibraries <em>Cluster Libraries</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.ClusterLibraries
	 * @generated
	 */
	public Adapter createClusterLibrariesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.clusterdesk.model.CompetitionReport <em>Competition Report</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.clusterdesk.model.CompetitionReport
	 * @generated
	 */
	public Adapter createCompetitionReportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ClusterDeskAdapterFactory
