/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One edition of a form by one issuer: years, thresholds and the sections and rows that apply. Editions are data: one .edition file each.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.Edition#getId <em>Id</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getTitle <em>Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getKind <em>Kind</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getDataYears <em>Data Years</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getDataCutoff <em>Data Cutoff</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getPlanBaselineYear <em>Plan Baseline Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getPlanTargetYear <em>Plan Target Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getStageYears <em>Stage Years</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getReviewBaselineYear <em>Review Baseline Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getReviewTargetYear <em>Review Target Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getContactKind <em>Contact Kind</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getRecommenderLevel <em>Recommender Level</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getRecommendationTitle <em>Recommendation Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getDeclarationText <em>Declaration Text</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getDeclarationSignerTitle <em>Declaration Signer Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getDeclarationSealTitle <em>Declaration Seal Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getNamePattern <em>Name Pattern</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getNamePatternHint <em>Name Pattern Hint</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getPlanRules <em>Plan Rules</em>}</li>
 *   <li>{@link org.clusterdesk.model.Edition#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition()
 * @model
 * @generated
 */
public interface Edition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edition id as in shared/forms/README.md, e.g. miit-2025.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_Issuer()
	 * @model
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.FormKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.clusterdesk.model.FormKind
	 * @see #setKind(FormKind)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_Kind()
	 * @model
	 * @generated
	 */
	FormKind getKind();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.clusterdesk.model.FormKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FormKind value);

	/**
	 * Returns the value of the '<em><b>Data Years</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The years of every yearly table, in order (G11).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Years</em>' attribute list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_DataYears()
	 * @model
	 * @generated
	 */
	EList<Integer> getDataYears();

	/**
	 * Returns the value of the '<em><b>Data Cutoff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Cutoff</em>' attribute.
	 * @see #setDataCutoff(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_DataCutoff()
	 * @model
	 * @generated
	 */
	String getDataCutoff();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getDataCutoff <em>Data Cutoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Cutoff</em>' attribute.
	 * @see #getDataCutoff()
	 * @generated
	 */
	void setDataCutoff(String value);

	/**
	 * Returns the value of the '<em><b>Plan Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan Baseline Year</em>' attribute.
	 * @see #setPlanBaselineYear(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_PlanBaselineYear()
	 * @model
	 * @generated
	 */
	Integer getPlanBaselineYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getPlanBaselineYear <em>Plan Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Baseline Year</em>' attribute.
	 * @see #getPlanBaselineYear()
	 * @generated
	 */
	void setPlanBaselineYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Plan Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan Target Year</em>' attribute.
	 * @see #setPlanTargetYear(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_PlanTargetYear()
	 * @model
	 * @generated
	 */
	Integer getPlanTargetYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getPlanTargetYear <em>Plan Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Target Year</em>' attribute.
	 * @see #getPlanTargetYear()
	 * @generated
	 */
	void setPlanTargetYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Stage Years</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage Years</em>' attribute list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_StageYears()
	 * @model
	 * @generated
	 */
	EList<Integer> getStageYears();

	/**
	 * Returns the value of the '<em><b>Review Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Baseline Year</em>' attribute.
	 * @see #setReviewBaselineYear(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_ReviewBaselineYear()
	 * @model
	 * @generated
	 */
	Integer getReviewBaselineYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getReviewBaselineYear <em>Review Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Baseline Year</em>' attribute.
	 * @see #getReviewBaselineYear()
	 * @generated
	 */
	void setReviewBaselineYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Review Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Target Year</em>' attribute.
	 * @see #setReviewTargetYear(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_ReviewTargetYear()
	 * @model
	 * @generated
	 */
	Integer getReviewTargetYear();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getReviewTargetYear <em>Review Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Target Year</em>' attribute.
	 * @see #getReviewTargetYear()
	 * @generated
	 */
	void setReviewTargetYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Contact Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.ContactKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact Kind</em>' attribute.
	 * @see org.clusterdesk.model.ContactKind
	 * @see #setContactKind(ContactKind)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_ContactKind()
	 * @model
	 * @generated
	 */
	ContactKind getContactKind();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getContactKind <em>Contact Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Kind</em>' attribute.
	 * @see org.clusterdesk.model.ContactKind
	 * @see #getContactKind()
	 * @generated
	 */
	void setContactKind(ContactKind value);

	/**
	 * Returns the value of the '<em><b>Recommender Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.AdministrativeLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommender Level</em>' attribute.
	 * @see org.clusterdesk.model.AdministrativeLevel
	 * @see #setRecommenderLevel(AdministrativeLevel)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_RecommenderLevel()
	 * @model
	 * @generated
	 */
	AdministrativeLevel getRecommenderLevel();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getRecommenderLevel <em>Recommender Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommender Level</em>' attribute.
	 * @see org.clusterdesk.model.AdministrativeLevel
	 * @see #getRecommenderLevel()
	 * @generated
	 */
	void setRecommenderLevel(AdministrativeLevel value);

	/**
	 * Returns the value of the '<em><b>Recommendation Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendation Title</em>' attribute.
	 * @see #setRecommendationTitle(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_RecommendationTitle()
	 * @model
	 * @generated
	 */
	String getRecommendationTitle();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getRecommendationTitle <em>Recommendation Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendation Title</em>' attribute.
	 * @see #getRecommendationTitle()
	 * @generated
	 */
	void setRecommendationTitle(String value);

	/**
	 * Returns the value of the '<em><b>Declaration Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Declaration Text</em>' attribute.
	 * @see #setDeclarationText(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_DeclarationText()
	 * @model
	 * @generated
	 */
	String getDeclarationText();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getDeclarationText <em>Declaration Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declaration Text</em>' attribute.
	 * @see #getDeclarationText()
	 * @generated
	 */
	void setDeclarationText(String value);

	/**
	 * Returns the value of the '<em><b>Declaration Signer Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Declaration Signer Title</em>' attribute.
	 * @see #setDeclarationSignerTitle(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_DeclarationSignerTitle()
	 * @model
	 * @generated
	 */
	String getDeclarationSignerTitle();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getDeclarationSignerTitle <em>Declaration Signer Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declaration Signer Title</em>' attribute.
	 * @see #getDeclarationSignerTitle()
	 * @generated
	 */
	void setDeclarationSignerTitle(String value);

	/**
	 * Returns the value of the '<em><b>Declaration Seal Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Declaration Seal Title</em>' attribute.
	 * @see #setDeclarationSealTitle(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_DeclarationSealTitle()
	 * @model
	 * @generated
	 */
	String getDeclarationSealTitle();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getDeclarationSealTitle <em>Declaration Seal Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declaration Seal Title</em>' attribute.
	 * @see #getDeclarationSealTitle()
	 * @generated
	 */
	void setDeclarationSealTitle(String value);

	/**
	 * Returns the value of the '<em><b>Name Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A Java regular expression the cluster name must match (G13).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Pattern</em>' attribute.
	 * @see #setNamePattern(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_NamePattern()
	 * @model
	 * @generated
	 */
	String getNamePattern();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getNamePattern <em>Name Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Pattern</em>' attribute.
	 * @see #getNamePattern()
	 * @generated
	 */
	void setNamePattern(String value);

	/**
	 * Returns the value of the '<em><b>Name Pattern Hint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the form writes the pattern, e.g. XX（省、市）XX（县、区）XX产业.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Pattern Hint</em>' attribute.
	 * @see #setNamePatternHint(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_NamePatternHint()
	 * @model
	 * @generated
	 */
	String getNamePatternHint();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getNamePatternHint <em>Name Pattern Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Pattern Hint</em>' attribute.
	 * @see #getNamePatternHint()
	 * @generated
	 */
	void setNamePatternHint(String value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_Instructions()
	 * @model
	 * @generated
	 */
	EList<String> getInstructions();

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference.
	 * @see #setCriteria(RecognitionCriteria)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	RecognitionCriteria getCriteria();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getCriteria <em>Criteria</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria</em>' containment reference.
	 * @see #getCriteria()
	 * @generated
	 */
	void setCriteria(RecognitionCriteria value);

	/**
	 * Returns the value of the '<em><b>Plan Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan Rules</em>' containment reference.
	 * @see #setPlanRules(PlanRules)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_PlanRules()
	 * @model containment="true"
	 * @generated
	 */
	PlanRules getPlanRules();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Edition#getPlanRules <em>Plan Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Rules</em>' containment reference.
	 * @see #getPlanRules()
	 * @generated
	 */
	void setPlanRules(PlanRules value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.FormSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEdition_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<FormSection> getSections();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a row of this edition shows the feature.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasField(EStructuralFeature feature);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	FormRow rowFor(EStructuralFeature feature);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The form wording of the row that shows the feature, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String labelFor(EStructuralFeature feature);

} // Edition
