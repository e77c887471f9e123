/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.util;

import org.clusterdesk.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage
 * @generated
 */
public class ClusterDeskSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ClusterDeskPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClusterDeskSwitch() {
		if (modelPackage == null) {
			modelPackage = ClusterDeskPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ClusterDeskPackage.EDITION: {
				Edition edition = (Edition)theEObject;
				T result = caseEdition(edition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.RECOGNITION_CRITERIA: {
				RecognitionCriteria recognitionCriteria = (RecognitionCriteria)theEObject;
				T result = caseRecognitionCriteria(recognitionCriteria);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PLAN_RULES: {
				PlanRules planRules = (PlanRules)theEObject;
				T result = casePlanRules(planRules);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.FORM_SECTION: {
				FormSection formSection = (FormSection)theEObject;
				T result = caseFormSection(formSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.FORM_ROW: {
				FormRow formRow = (FormRow)theEObject;
				T result = caseFormRow(formRow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.YEAR_DECIMAL: {
				YearDecimal yearDecimal = (YearDecimal)theEObject;
				T result = caseYearDecimal(yearDecimal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.YEAR_COUNT: {
				YearCount yearCount = (YearCount)theEObject;
				T result = caseYearCount(yearCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.YEARLY_DECIMAL: {
				YearlyDecimal yearlyDecimal = (YearlyDecimal)theEObject;
				T result = caseYearlyDecimal(yearlyDecimal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.YEARLY_COUNT: {
				YearlyCount yearlyCount = (YearlyCount)theEObject;
				T result = caseYearlyCount(yearlyCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.COMPARED_DECIMAL: {
				ComparedDecimal comparedDecimal = (ComparedDecimal)theEObject;
				T result = caseComparedDecimal(comparedDecimal);
				if (result == null) result = caseYearlyDecimal(comparedDecimal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.COMPARED_COUNT: {
				ComparedCount comparedCount = (ComparedCount)theEObject;
				T result = caseComparedCount(comparedCount);
				if (result == null) result = caseYearlyCount(comparedCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.ATTACHMENT: {
				Attachment attachment = (Attachment)theEObject;
				T result = caseAttachment(attachment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.EVIDENCE_REF: {
				EvidenceRef evidenceRef = (EvidenceRef)theEObject;
				T result = caseEvidenceRef(evidenceRef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.EVIDENCE_LINK: {
				EvidenceLink evidenceLink = (EvidenceLink)theEObject;
				T result = caseEvidenceLink(evidenceLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.EVIDENCE_HOLDER: {
				EvidenceHolder evidenceHolder = (EvidenceHolder)theEObject;
				T result = caseEvidenceHolder(evidenceHolder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.NAMED_COUNT: {
				NamedCount namedCount = (NamedCount)theEObject;
				T result = caseNamedCount(namedCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.EXPLAINED_ANSWER: {
				ExplainedAnswer explainedAnswer = (ExplainedAnswer)theEObject;
				T result = caseExplainedAnswer(explainedAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.CONTACT: {
				Contact contact = (Contact)theEObject;
				T result = caseContact(contact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.ORGANISATION: {
				Organisation organisation = (Organisation)theEObject;
				T result = caseOrganisation(organisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.REGION: {
				Region region = (Region)theEObject;
				T result = caseRegion(region);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.DECLARATION: {
				Declaration declaration = (Declaration)theEObject;
				T result = caseDeclaration(declaration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.RECOMMENDATION: {
				Recommendation recommendation = (Recommendation)theEObject;
				T result = caseRecommendation(recommendation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.STANDARD_COUNT: {
				StandardCount standardCount = (StandardCount)theEObject;
				T result = caseStandardCount(standardCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.HONOUR: {
				Honour honour = (Honour)theEObject;
				T result = caseHonour(honour);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.QUALIFIED_SME_LIST: {
				QualifiedSmeList qualifiedSmeList = (QualifiedSmeList)theEObject;
				T result = caseQualifiedSmeList(qualifiedSmeList);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.STAGE_GOAL: {
				StageGoal stageGoal = (StageGoal)theEObject;
				T result = caseStageGoal(stageGoal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.CLUSTER_DOCUMENT: {
				ClusterDocument clusterDocument = (ClusterDocument)theEObject;
				T result = caseClusterDocument(clusterDocument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.APPLICATION: {
				Application application = (Application)theEObject;
				T result = caseApplication(application);
				if (result == null) result = caseClusterDocument(application);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.BASIC_INFO_SECTION: {
				BasicInfoSection basicInfoSection = (BasicInfoSection)theEObject;
				T result = caseBasicInfoSection(basicInfoSection);
				if (result == null) result = caseEvidenceHolder(basicInfoSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.INDUSTRY_SECTION: {
				IndustrySection industrySection = (IndustrySection)theEObject;
				T result = caseIndustrySection(industrySection);
				if (result == null) result = caseEvidenceHolder(industrySection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.INNOVATION_SECTION: {
				InnovationSection innovationSection = (InnovationSection)theEObject;
				T result = caseInnovationSection(innovationSection);
				if (result == null) result = caseEvidenceHolder(innovationSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.DIGITAL_SECTION: {
				DigitalSection digitalSection = (DigitalSection)theEObject;
				T result = caseDigitalSection(digitalSection);
				if (result == null) result = caseEvidenceHolder(digitalSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.GREEN_SECTION: {
				GreenSection greenSection = (GreenSection)theEObject;
				T result = caseGreenSection(greenSection);
				if (result == null) result = caseEvidenceHolder(greenSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.OPENNESS_SECTION: {
				OpennessSection opennessSection = (OpennessSection)theEObject;
				T result = caseOpennessSection(opennessSection);
				if (result == null) result = caseEvidenceHolder(opennessSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.GOVERNANCE_SECTION: {
				GovernanceSection governanceSection = (GovernanceSection)theEObject;
				T result = caseGovernanceSection(governanceSection);
				if (result == null) result = caseEvidenceHolder(governanceSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PLAN_INDICATOR: {
				PlanIndicator planIndicator = (PlanIndicator)theEObject;
				T result = casePlanIndicator(planIndicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.COMPLETION_INDICATOR: {
				CompletionIndicator completionIndicator = (CompletionIndicator)theEObject;
				T result = caseCompletionIndicator(completionIndicator);
				if (result == null) result = casePlanIndicator(completionIndicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PLAN_SECTION: {
				PlanSection planSection = (PlanSection)theEObject;
				T result = casePlanSection(planSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.REVIEW_SECTION: {
				ReviewSection reviewSection = (ReviewSection)theEObject;
				T result = caseReviewSection(reviewSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.COMMITMENT_LETTER: {
				CommitmentLetter commitmentLetter = (CommitmentLetter)theEObject;
				T result = caseCommitmentLetter(commitmentLetter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.WRITING_OUTLINE: {
				WritingOutline writingOutline = (WritingOutline)theEObject;
				T result = caseWritingOutline(writingOutline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.UNIT_CONTACT: {
				UnitContact unitContact = (UnitContact)theEObject;
				T result = caseUnitContact(unitContact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.RANKED_ENTERPRISE: {
				RankedEnterprise rankedEnterprise = (RankedEnterprise)theEObject;
				T result = caseRankedEnterprise(rankedEnterprise);
				if (result == null) result = caseComparedDecimal(rankedEnterprise);
				if (result == null) result = caseYearlyDecimal(rankedEnterprise);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.RANKING_TABLE: {
				RankingTable rankingTable = (RankingTable)theEObject;
				T result = caseRankingTable(rankingTable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.KEY_PROJECT: {
				KeyProject keyProject = (KeyProject)theEObject;
				T result = caseKeyProject(keyProject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.APPROVED_LISTING: {
				ApprovedListing approvedListing = (ApprovedListing)theEObject;
				T result = caseApprovedListing(approvedListing);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.SMART_FACTORY_COUNT: {
				SmartFactoryCount smartFactoryCount = (SmartFactoryCount)theEObject;
				T result = caseSmartFactoryCount(smartFactoryCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.ECONOMIC_INDICATORS: {
				EconomicIndicators economicIndicators = (EconomicIndicators)theEObject;
				T result = caseEconomicIndicators(economicIndicators);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.ENTERPRISE_INDICATORS: {
				EnterpriseIndicators enterpriseIndicators = (EnterpriseIndicators)theEObject;
				T result = caseEnterpriseIndicators(enterpriseIndicators);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.INNOVATION_INDICATORS: {
				InnovationIndicators innovationIndicators = (InnovationIndicators)theEObject;
				T result = caseInnovationIndicators(innovationIndicators);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.GREEN_INDICATORS: {
				GreenIndicators greenIndicators = (GreenIndicators)theEObject;
				T result = caseGreenIndicators(greenIndicators);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PUBLIC_SERVICE_INDICATORS: {
				PublicServiceIndicators publicServiceIndicators = (PublicServiceIndicators)theEObject;
				T result = casePublicServiceIndicators(publicServiceIndicators);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PARK_INDICATOR: {
				ParkIndicator parkIndicator = (ParkIndicator)theEObject;
				T result = caseParkIndicator(parkIndicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PARK: {
				Park park = (Park)theEObject;
				T result = casePark(park);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PROMOTION_ORGANISATION: {
				PromotionOrganisation promotionOrganisation = (PromotionOrganisation)theEObject;
				T result = casePromotionOrganisation(promotionOrganisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.IMPLEMENTATION_TARGET: {
				ImplementationTarget implementationTarget = (ImplementationTarget)theEObject;
				T result = caseImplementationTarget(implementationTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.IMPLEMENTATION_PLAN: {
				ImplementationPlan implementationPlan = (ImplementationPlan)theEObject;
				T result = caseImplementationPlan(implementationPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.LIBRARY_ROW: {
				LibraryRow libraryRow = (LibraryRow)theEObject;
				T result = caseLibraryRow(libraryRow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.EXISTING_ENTERPRISE: {
				ExistingEnterprise existingEnterprise = (ExistingEnterprise)theEObject;
				T result = caseExistingEnterprise(existingEnterprise);
				if (result == null) result = caseLibraryRow(existingEnterprise);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE: {
				ProspectiveEnterprise prospectiveEnterprise = (ProspectiveEnterprise)theEObject;
				T result = caseProspectiveEnterprise(prospectiveEnterprise);
				if (result == null) result = caseLibraryRow(prospectiveEnterprise);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PROJECT: {
				Project project = (Project)theEObject;
				T result = caseProject(project);
				if (result == null) result = caseLibraryRow(project);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.CONSTRUCTION_PROJECT: {
				ConstructionProject constructionProject = (ConstructionProject)theEObject;
				T result = caseConstructionProject(constructionProject);
				if (result == null) result = caseProject(constructionProject);
				if (result == null) result = caseLibraryRow(constructionProject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.PLANNED_PROJECT: {
				PlannedProject plannedProject = (PlannedProject)theEObject;
				T result = casePlannedProject(plannedProject);
				if (result == null) result = caseProject(plannedProject);
				if (result == null) result = caseLibraryRow(plannedProject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.CLUSTER_LIBRARIES: {
				ClusterLibraries clusterLibraries = (ClusterLibraries)theEObject;
				T result = caseClusterLibraries(clusterLibraries);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClusterDeskPackage.COMPETITION_REPORT: {
				CompetitionReport competitionReport = (CompetitionReport)theEObject;
				T result = caseCompetitionReport(competitionReport);
				if (result == null) result = caseClusterDocument(competitionReport);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdition(Edition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recognition Criteria</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recognition Criteria</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecognitionCriteria(RecognitionCriteria object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Rules</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Rules</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanRules(PlanRules object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Form Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Form Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFormSection(FormSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Form Row</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Form Row</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFormRow(FormRow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Year Decimal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Year Decimal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseYearDecimal(YearDecimal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Year Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Year Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseYearCount(YearCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Yearly Decimal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Yearly Decimal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseYearlyDecimal(YearlyDecimal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Yearly Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Yearly Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseYearlyCount(YearlyCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Compared Decimal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Compared Decimal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComparedDecimal(ComparedDecimal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Compared Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Compared Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComparedCount(ComparedCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Attachment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Attachment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAttachment(Attachment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence Ref</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence Ref</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceRef(EvidenceRef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceLink(EvidenceLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence Holder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence Holder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceHolder(EvidenceHolder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedCount(NamedCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Explained Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Explained Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExplainedAnswer(ExplainedAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContact(Contact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisation(Organisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegion(Region object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Declaration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Declaration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeclaration(Declaration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recommendation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recommendation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecommendation(Recommendation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standard Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standard Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandardCount(StandardCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Honour</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Honour</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHonour(Honour object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Qualified Sme List</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Qualified Sme List</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQualifiedSmeList(QualifiedSmeList object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stage Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stage Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStageGoal(StageGoal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cluster Document</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cluster Document</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClusterDocument(ClusterDocument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Application</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Application</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApplication(Application object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Basic Info Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Basic Info Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBasicInfoSection(BasicInfoSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Industry Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Industry Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndustrySection(IndustrySection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Innovation Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Innovation Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInnovationSection(InnovationSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Digital Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Digital Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDigitalSection(DigitalSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Green Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Green Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGreenSection(GreenSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Openness Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Openness Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOpennessSection(OpennessSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Governance Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Governance Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGovernanceSection(GovernanceSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanIndicator(PlanIndicator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Completion Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Completion Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompletionIndicator(CompletionIndicator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanSection(PlanSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Review Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Review Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReviewSection(ReviewSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Commitment Letter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Commitment Letter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommitmentLetter(CommitmentLetter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Writing Outline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Writing Outline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWritingOutline(WritingOutline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Unit Contact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Unit Contact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUnitContact(UnitContact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ranked Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ranked Enterprise</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRankedEnterprise(RankedEnterprise object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ranking Table</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ranking Table</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRankingTable(RankingTable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Key Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Key Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKeyProject(KeyProject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Approved Listing</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Approved Listing</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApprovedListing(ApprovedListing object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Smart Factory Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Smart Factory Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSmartFactoryCount(SmartFactoryCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Economic Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Economic Indicators</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEconomicIndicators(EconomicIndicators object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enterprise Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enterprise Indicators</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnterpriseIndicators(EnterpriseIndicators object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Innovation Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Innovation Indicators</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInnovationIndicators(InnovationIndicators object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Green Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Green Indicators</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGreenIndicators(GreenIndicators object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Public Service Indicators</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Public Service Indicators</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePublicServiceIndicators(PublicServiceIndicators object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Park Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Park Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParkIndicator(ParkIndicator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Park</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Park</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePark(Park object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Promotion Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Promotion Organisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePromotionOrganisation(PromotionOrganisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Implementation Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Implementation Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImplementationTarget(ImplementationTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Implementation Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Implementation Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImplementationPlan(ImplementationPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Library Row</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Library Row</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLibraryRow(LibraryRow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Existing Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Existing Enterprise</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExistingEnterprise(ExistingEnterprise object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Prospective Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Prospective Enterprise</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProspectiveEnterprise(ProspectiveEnterprise object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProject(Project object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Construction Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Construction Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConstructionProject(ConstructionProject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planned Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planned Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlannedProject(PlannedProject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cluster Libraries</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cluster Libraries</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClusterLibraries(ClusterLibraries object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Competition Report</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Competition Report</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompetitionReport(CompetitionReport object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ClusterDeskSwitch
