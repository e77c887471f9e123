/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 中小企业特色产业集群申报表 and 复核申报表 of every issuer; the edition says which rows apply.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.Application#getRegion <em>Region</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getBasicInfo <em>Basic Info</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getInnovation <em>Innovation</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getDigital <em>Digital</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getGreen <em>Green</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getOpenness <em>Openness</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getGovernance <em>Governance</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getReview <em>Review</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getDeclaration <em>Declaration</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getRecommendation <em>Recommendation</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getCommitment <em>Commitment</em>}</li>
 *   <li>{@link org.clusterdesk.model.Application#getOutline <em>Outline</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication()
 * @model
 * @generated
 */
public interface Application extends ClusterDocument {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' containment reference.
	 * @see #setRegion(Region)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Region()
	 * @model containment="true"
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getRegion <em>Region</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' containment reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Basic Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basic Info</em>' containment reference.
	 * @see #setBasicInfo(BasicInfoSection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_BasicInfo()
	 * @model containment="true"
	 * @generated
	 */
	BasicInfoSection getBasicInfo();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getBasicInfo <em>Basic Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basic Info</em>' containment reference.
	 * @see #getBasicInfo()
	 * @generated
	 */
	void setBasicInfo(BasicInfoSection value);

	/**
	 * Returns the value of the '<em><b>Industry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Industry</em>' containment reference.
	 * @see #setIndustry(IndustrySection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Industry()
	 * @model containment="true"
	 * @generated
	 */
	IndustrySection getIndustry();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getIndustry <em>Industry</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry</em>' containment reference.
	 * @see #getIndustry()
	 * @generated
	 */
	void setIndustry(IndustrySection value);

	/**
	 * Returns the value of the '<em><b>Innovation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Innovation</em>' containment reference.
	 * @see #setInnovation(InnovationSection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Innovation()
	 * @model containment="true"
	 * @generated
	 */
	InnovationSection getInnovation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getInnovation <em>Innovation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Innovation</em>' containment reference.
	 * @see #getInnovation()
	 * @generated
	 */
	void setInnovation(InnovationSection value);

	/**
	 * Returns the value of the '<em><b>Digital</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Digital</em>' containment reference.
	 * @see #setDigital(DigitalSection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Digital()
	 * @model containment="true"
	 * @generated
	 */
	DigitalSection getDigital();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getDigital <em>Digital</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital</em>' containment reference.
	 * @see #getDigital()
	 * @generated
	 */
	void setDigital(DigitalSection value);

	/**
	 * Returns the value of the '<em><b>Green</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green</em>' containment reference.
	 * @see #setGreen(GreenSection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Green()
	 * @model containment="true"
	 * @generated
	 */
	GreenSection getGreen();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getGreen <em>Green</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green</em>' containment reference.
	 * @see #getGreen()
	 * @generated
	 */
	void setGreen(GreenSection value);

	/**
	 * Returns the value of the '<em><b>Openness</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Openness</em>' containment reference.
	 * @see #setOpenness(OpennessSection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Openness()
	 * @model containment="true"
	 * @generated
	 */
	OpennessSection getOpenness();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getOpenness <em>Openness</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Openness</em>' containment reference.
	 * @see #getOpenness()
	 * @generated
	 */
	void setOpenness(OpennessSection value);

	/**
	 * Returns the value of the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governance</em>' containment reference.
	 * @see #setGovernance(GovernanceSection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Governance()
	 * @model containment="true"
	 * @generated
	 */
	GovernanceSection getGovernance();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getGovernance <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Governance</em>' containment reference.
	 * @see #getGovernance()
	 * @generated
	 */
	void setGovernance(GovernanceSection value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' containment reference.
	 * @see #setPlan(PlanSection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Plan()
	 * @model containment="true"
	 * @generated
	 */
	PlanSection getPlan();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getPlan <em>Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' containment reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(PlanSection value);

	/**
	 * Returns the value of the '<em><b>Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review</em>' containment reference.
	 * @see #setReview(ReviewSection)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Review()
	 * @model containment="true"
	 * @generated
	 */
	ReviewSection getReview();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getReview <em>Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review</em>' containment reference.
	 * @see #getReview()
	 * @generated
	 */
	void setReview(ReviewSection value);

	/**
	 * Returns the value of the '<em><b>Declaration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Declaration</em>' containment reference.
	 * @see #setDeclaration(Declaration)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Declaration()
	 * @model containment="true"
	 * @generated
	 */
	Declaration getDeclaration();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getDeclaration <em>Declaration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declaration</em>' containment reference.
	 * @see #getDeclaration()
	 * @generated
	 */
	void setDeclaration(Declaration value);

	/**
	 * Returns the value of the '<em><b>Recommendation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendation</em>' containment reference.
	 * @see #setRecommendation(Recommendation)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Recommendation()
	 * @model containment="true"
	 * @generated
	 */
	Recommendation getRecommendation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getRecommendation <em>Recommendation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendation</em>' containment reference.
	 * @see #getRecommendation()
	 * @generated
	 */
	void setRecommendation(Recommendation value);

	/**
	 * Returns the value of the '<em><b>Commitment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commitment</em>' containment reference.
	 * @see #setCommitment(CommitmentLetter)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Commitment()
	 * @model containment="true"
	 * @generated
	 */
	CommitmentLetter getCommitment();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getCommitment <em>Commitment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commitment</em>' containment reference.
	 * @see #getCommitment()
	 * @generated
	 */
	void setCommitment(CommitmentLetter value);

	/**
	 * Returns the value of the '<em><b>Outline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outline</em>' containment reference.
	 * @see #setOutline(WritingOutline)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApplication_Outline()
	 * @model containment="true"
	 * @generated
	 */
	WritingOutline getOutline();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.Application#getOutline <em>Outline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outline</em>' containment reference.
	 * @see #getOutline()
	 * @generated
	 */
	void setOutline(WritingOutline value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * G06: false when the industry is prohibited, an accident or a tax/credit problem is declared.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean eligible();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G06: Eligibility: prohibited industry, accidents or tax/credit problems make the cluster ineligible.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G06(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G09: Subsets are not larger than their set, year by year.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G09(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G10: 小巨人 <= 省级专精特新.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G10(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P09: Baselines meet the recognition criteria of the edition.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P09(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Application
