/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.clusterdesk.model.AdministrativeLevel;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ContactKind;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormKind;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.PlanRules;
import org.clusterdesk.model.RecognitionCriteria;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getDataYears <em>Data Years</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getDataCutoff <em>Data Cutoff</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getPlanBaselineYear <em>Plan Baseline Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getPlanTargetYear <em>Plan Target Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getStageYears <em>Stage Years</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getReviewBaselineYear <em>Review Baseline Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getReviewTargetYear <em>Review Target Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getContactKind <em>Contact Kind</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getRecommenderLevel <em>Recommender Level</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getRecommendationTitle <em>Recommendation Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getDeclarationText <em>Declaration Text</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getDeclarationSignerTitle <em>Declaration Signer Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getDeclarationSealTitle <em>Declaration Seal Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getNamePattern <em>Name Pattern</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getNamePatternHint <em>Name Pattern Hint</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getPlanRules <em>Plan Rules</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EditionImpl#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EditionImpl extends EObjectImpl implements Edition {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected String issuer = ISSUER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FormKind KIND_EDEFAULT = FormKind.APPLICATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FormKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataYears() <em>Data Years</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataYears()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> dataYears;

	/**
	 * The default value of the '{@link #getDataCutoff() <em>Data Cutoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCutoff()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_CUTOFF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataCutoff() <em>Data Cutoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCutoff()
	 * @generated
	 * @ordered
	 */
	protected String dataCutoff = DATA_CUTOFF_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlanBaselineYear() <em>Plan Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PLAN_BASELINE_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanBaselineYear() <em>Plan Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected Integer planBaselineYear = PLAN_BASELINE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlanTargetYear() <em>Plan Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanTargetYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PLAN_TARGET_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanTargetYear() <em>Plan Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanTargetYear()
	 * @generated
	 * @ordered
	 */
	protected Integer planTargetYear = PLAN_TARGET_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStageYears() <em>Stage Years</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageYears()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> stageYears;

	/**
	 * The default value of the '{@link #getReviewBaselineYear() <em>Review Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer REVIEW_BASELINE_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewBaselineYear() <em>Review Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected Integer reviewBaselineYear = REVIEW_BASELINE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewTargetYear() <em>Review Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewTargetYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer REVIEW_TARGET_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewTargetYear() <em>Review Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewTargetYear()
	 * @generated
	 * @ordered
	 */
	protected Integer reviewTargetYear = REVIEW_TARGET_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactKind() <em>Contact Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactKind()
	 * @generated
	 * @ordered
	 */
	protected static final ContactKind CONTACT_KIND_EDEFAULT = ContactKind.ANY_PHONE;

	/**
	 * The cached value of the '{@link #getContactKind() <em>Contact Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactKind()
	 * @generated
	 * @ordered
	 */
	protected ContactKind contactKind = CONTACT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommenderLevel() <em>Recommender Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommenderLevel()
	 * @generated
	 * @ordered
	 */
	protected static final AdministrativeLevel RECOMMENDER_LEVEL_EDEFAULT = AdministrativeLevel.NONE;

	/**
	 * The cached value of the '{@link #getRecommenderLevel() <em>Recommender Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommenderLevel()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeLevel recommenderLevel = RECOMMENDER_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommendationTitle() <em>Recommendation Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendationTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOMMENDATION_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecommendationTitle() <em>Recommendation Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendationTitle()
	 * @generated
	 * @ordered
	 */
	protected String recommendationTitle = RECOMMENDATION_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeclarationText() <em>Declaration Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclarationText()
	 * @generated
	 * @ordered
	 */
	protected static final String DECLARATION_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeclarationText() <em>Declaration Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclarationText()
	 * @generated
	 * @ordered
	 */
	protected String declarationText = DECLARATION_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeclarationSignerTitle() <em>Declaration Signer Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclarationSignerTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String DECLARATION_SIGNER_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeclarationSignerTitle() <em>Declaration Signer Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclarationSignerTitle()
	 * @generated
	 * @ordered
	 */
	protected String declarationSignerTitle = DECLARATION_SIGNER_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeclarationSealTitle() <em>Declaration Seal Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclarationSealTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String DECLARATION_SEAL_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeclarationSealTitle() <em>Declaration Seal Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclarationSealTitle()
	 * @generated
	 * @ordered
	 */
	protected String declarationSealTitle = DECLARATION_SEAL_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNamePattern() <em>Name Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamePattern()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamePattern() <em>Name Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamePattern()
	 * @generated
	 * @ordered
	 */
	protected String namePattern = NAME_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getNamePatternHint() <em>Name Pattern Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamePatternHint()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_PATTERN_HINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamePatternHint() <em>Name Pattern Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamePatternHint()
	 * @generated
	 * @ordered
	 */
	protected String namePatternHint = NAME_PATTERN_HINT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> instructions;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected RecognitionCriteria criteria;

	/**
	 * The cached value of the '{@link #getPlanRules() <em>Plan Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanRules()
	 * @generated
	 * @ordered
	 */
	protected PlanRules planRules;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<FormSection> sections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.EDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(String newIssuer) {
		String oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FormKind newKind) {
		FormKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getDataYears() {
		if (dataYears == null) {
			dataYears = new EDataTypeUniqueEList<Integer>(Integer.class, this, ClusterDeskPackage.EDITION__DATA_YEARS);
		}
		return dataYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataCutoff() {
		return dataCutoff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataCutoff(String newDataCutoff) {
		String oldDataCutoff = dataCutoff;
		dataCutoff = newDataCutoff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__DATA_CUTOFF, oldDataCutoff, dataCutoff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPlanBaselineYear() {
		return planBaselineYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanBaselineYear(Integer newPlanBaselineYear) {
		Integer oldPlanBaselineYear = planBaselineYear;
		planBaselineYear = newPlanBaselineYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__PLAN_BASELINE_YEAR, oldPlanBaselineYear, planBaselineYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPlanTargetYear() {
		return planTargetYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanTargetYear(Integer newPlanTargetYear) {
		Integer oldPlanTargetYear = planTargetYear;
		planTargetYear = newPlanTargetYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__PLAN_TARGET_YEAR, oldPlanTargetYear, planTargetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getStageYears() {
		if (stageYears == null) {
			stageYears = new EDataTypeUniqueEList<Integer>(Integer.class, this, ClusterDeskPackage.EDITION__STAGE_YEARS);
		}
		return stageYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getReviewBaselineYear() {
		return reviewBaselineYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewBaselineYear(Integer newReviewBaselineYear) {
		Integer oldReviewBaselineYear = reviewBaselineYear;
		reviewBaselineYear = newReviewBaselineYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__REVIEW_BASELINE_YEAR, oldReviewBaselineYear, reviewBaselineYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getReviewTargetYear() {
		return reviewTargetYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewTargetYear(Integer newReviewTargetYear) {
		Integer oldReviewTargetYear = reviewTargetYear;
		reviewTargetYear = newReviewTargetYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__REVIEW_TARGET_YEAR, oldReviewTargetYear, reviewTargetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactKind getContactKind() {
		return contactKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactKind(ContactKind newContactKind) {
		ContactKind oldContactKind = contactKind;
		contactKind = newContactKind == null ? CONTACT_KIND_EDEFAULT : newContactKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__CONTACT_KIND, oldContactKind, contactKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeLevel getRecommenderLevel() {
		return recommenderLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommenderLevel(AdministrativeLevel newRecommenderLevel) {
		AdministrativeLevel oldRecommenderLevel = recommenderLevel;
		recommenderLevel = newRecommenderLevel == null ? RECOMMENDER_LEVEL_EDEFAULT : newRecommenderLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__RECOMMENDER_LEVEL, oldRecommenderLevel, recommenderLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecommendationTitle() {
		return recommendationTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendationTitle(String newRecommendationTitle) {
		String oldRecommendationTitle = recommendationTitle;
		recommendationTitle = newRecommendationTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__RECOMMENDATION_TITLE, oldRecommendationTitle, recommendationTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeclarationText() {
		return declarationText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclarationText(String newDeclarationText) {
		String oldDeclarationText = declarationText;
		declarationText = newDeclarationText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__DECLARATION_TEXT, oldDeclarationText, declarationText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeclarationSignerTitle() {
		return declarationSignerTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclarationSignerTitle(String newDeclarationSignerTitle) {
		String oldDeclarationSignerTitle = declarationSignerTitle;
		declarationSignerTitle = newDeclarationSignerTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__DECLARATION_SIGNER_TITLE, oldDeclarationSignerTitle, declarationSignerTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeclarationSealTitle() {
		return declarationSealTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclarationSealTitle(String newDeclarationSealTitle) {
		String oldDeclarationSealTitle = declarationSealTitle;
		declarationSealTitle = newDeclarationSealTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__DECLARATION_SEAL_TITLE, oldDeclarationSealTitle, declarationSealTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNamePattern() {
		return namePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamePattern(String newNamePattern) {
		String oldNamePattern = namePattern;
		namePattern = newNamePattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__NAME_PATTERN, oldNamePattern, namePattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNamePatternHint() {
		return namePatternHint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamePatternHint(String newNamePatternHint) {
		String oldNamePatternHint = namePatternHint;
		namePatternHint = newNamePatternHint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__NAME_PATTERN_HINT, oldNamePatternHint, namePatternHint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInstructions() {
		if (instructions == null) {
			instructions = new EDataTypeUniqueEList<String>(String.class, this, ClusterDeskPackage.EDITION__INSTRUCTIONS);
		}
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecognitionCriteria getCriteria() {
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCriteria(RecognitionCriteria newCriteria, NotificationChain msgs) {
		RecognitionCriteria oldCriteria = criteria;
		criteria = newCriteria;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__CRITERIA, oldCriteria, newCriteria);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteria(RecognitionCriteria newCriteria) {
		if (newCriteria != criteria) {
			NotificationChain msgs = null;
			if (criteria != null)
				msgs = ((InternalEObject)criteria).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.EDITION__CRITERIA, null, msgs);
			if (newCriteria != null)
				msgs = ((InternalEObject)newCriteria).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.EDITION__CRITERIA, null, msgs);
			msgs = basicSetCriteria(newCriteria, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__CRITERIA, newCriteria, newCriteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanRules getPlanRules() {
		return planRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlanRules(PlanRules newPlanRules, NotificationChain msgs) {
		PlanRules oldPlanRules = planRules;
		planRules = newPlanRules;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__PLAN_RULES, oldPlanRules, newPlanRules);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanRules(PlanRules newPlanRules) {
		if (newPlanRules != planRules) {
			NotificationChain msgs = null;
			if (planRules != null)
				msgs = ((InternalEObject)planRules).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.EDITION__PLAN_RULES, null, msgs);
			if (newPlanRules != null)
				msgs = ((InternalEObject)newPlanRules).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.EDITION__PLAN_RULES, null, msgs);
			msgs = basicSetPlanRules(newPlanRules, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EDITION__PLAN_RULES, newPlanRules, newPlanRules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormSection> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<FormSection>(FormSection.class, this, ClusterDeskPackage.EDITION__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasField(final EStructuralFeature feature) {
		return org.clusterdesk.model.derived.EditionFigures.hasField(this, feature);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormRow rowFor(final EStructuralFeature feature) {
		return org.clusterdesk.model.derived.EditionFigures.rowFor(this, feature);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String labelFor(final EStructuralFeature feature) {
		return org.clusterdesk.model.derived.EditionFigures.labelFor(this, feature);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.EDITION__CRITERIA:
				return basicSetCriteria(null, msgs);
			case ClusterDeskPackage.EDITION__PLAN_RULES:
				return basicSetPlanRules(null, msgs);
			case ClusterDeskPackage.EDITION__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.EDITION__ID:
				return getId();
			case ClusterDeskPackage.EDITION__ISSUER:
				return getIssuer();
			case ClusterDeskPackage.EDITION__TITLE:
				return getTitle();
			case ClusterDeskPackage.EDITION__KIND:
				return getKind();
			case ClusterDeskPackage.EDITION__DATA_YEARS:
				return getDataYears();
			case ClusterDeskPackage.EDITION__DATA_CUTOFF:
				return getDataCutoff();
			case ClusterDeskPackage.EDITION__PLAN_BASELINE_YEAR:
				return getPlanBaselineYear();
			case ClusterDeskPackage.EDITION__PLAN_TARGET_YEAR:
				return getPlanTargetYear();
			case ClusterDeskPackage.EDITION__STAGE_YEARS:
				return getStageYears();
			case ClusterDeskPackage.EDITION__REVIEW_BASELINE_YEAR:
				return getReviewBaselineYear();
			case ClusterDeskPackage.EDITION__REVIEW_TARGET_YEAR:
				return getReviewTargetYear();
			case ClusterDeskPackage.EDITION__CONTACT_KIND:
				return getContactKind();
			case ClusterDeskPackage.EDITION__RECOMMENDER_LEVEL:
				return getRecommenderLevel();
			case ClusterDeskPackage.EDITION__RECOMMENDATION_TITLE:
				return getRecommendationTitle();
			case ClusterDeskPackage.EDITION__DECLARATION_TEXT:
				return getDeclarationText();
			case ClusterDeskPackage.EDITION__DECLARATION_SIGNER_TITLE:
				return getDeclarationSignerTitle();
			case ClusterDeskPackage.EDITION__DECLARATION_SEAL_TITLE:
				return getDeclarationSealTitle();
			case ClusterDeskPackage.EDITION__NAME_PATTERN:
				return getNamePattern();
			case ClusterDeskPackage.EDITION__NAME_PATTERN_HINT:
				return getNamePatternHint();
			case ClusterDeskPackage.EDITION__INSTRUCTIONS:
				return getInstructions();
			case ClusterDeskPackage.EDITION__CRITERIA:
				return getCriteria();
			case ClusterDeskPackage.EDITION__PLAN_RULES:
				return getPlanRules();
			case ClusterDeskPackage.EDITION__SECTIONS:
				return getSections();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClusterDeskPackage.EDITION__ID:
				setId((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__ISSUER:
				setIssuer((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__TITLE:
				setTitle((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__KIND:
				setKind((FormKind)newValue);
				return;
			case ClusterDeskPackage.EDITION__DATA_YEARS:
				getDataYears().clear();
				getDataYears().addAll((Collection<? extends Integer>)newValue);
				return;
			case ClusterDeskPackage.EDITION__DATA_CUTOFF:
				setDataCutoff((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__PLAN_BASELINE_YEAR:
				setPlanBaselineYear((Integer)newValue);
				return;
			case ClusterDeskPackage.EDITION__PLAN_TARGET_YEAR:
				setPlanTargetYear((Integer)newValue);
				return;
			case ClusterDeskPackage.EDITION__STAGE_YEARS:
				getStageYears().clear();
				getStageYears().addAll((Collection<? extends Integer>)newValue);
				return;
			case ClusterDeskPackage.EDITION__REVIEW_BASELINE_YEAR:
				setReviewBaselineYear((Integer)newValue);
				return;
			case ClusterDeskPackage.EDITION__REVIEW_TARGET_YEAR:
				setReviewTargetYear((Integer)newValue);
				return;
			case ClusterDeskPackage.EDITION__CONTACT_KIND:
				setContactKind((ContactKind)newValue);
				return;
			case ClusterDeskPackage.EDITION__RECOMMENDER_LEVEL:
				setRecommenderLevel((AdministrativeLevel)newValue);
				return;
			case ClusterDeskPackage.EDITION__RECOMMENDATION_TITLE:
				setRecommendationTitle((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__DECLARATION_TEXT:
				setDeclarationText((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__DECLARATION_SIGNER_TITLE:
				setDeclarationSignerTitle((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__DECLARATION_SEAL_TITLE:
				setDeclarationSealTitle((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__NAME_PATTERN:
				setNamePattern((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__NAME_PATTERN_HINT:
				setNamePatternHint((String)newValue);
				return;
			case ClusterDeskPackage.EDITION__INSTRUCTIONS:
				getInstructions().clear();
				getInstructions().addAll((Collection<? extends String>)newValue);
				return;
			case ClusterDeskPackage.EDITION__CRITERIA:
				setCriteria((RecognitionCriteria)newValue);
				return;
			case ClusterDeskPackage.EDITION__PLAN_RULES:
				setPlanRules((PlanRules)newValue);
				return;
			case ClusterDeskPackage.EDITION__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends FormSection>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ClusterDeskPackage.EDITION__ID:
				setId(ID_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__ISSUER:
				setIssuer(ISSUER_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__DATA_YEARS:
				getDataYears().clear();
				return;
			case ClusterDeskPackage.EDITION__DATA_CUTOFF:
				setDataCutoff(DATA_CUTOFF_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__PLAN_BASELINE_YEAR:
				setPlanBaselineYear(PLAN_BASELINE_YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__PLAN_TARGET_YEAR:
				setPlanTargetYear(PLAN_TARGET_YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__STAGE_YEARS:
				getStageYears().clear();
				return;
			case ClusterDeskPackage.EDITION__REVIEW_BASELINE_YEAR:
				setReviewBaselineYear(REVIEW_BASELINE_YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__REVIEW_TARGET_YEAR:
				setReviewTargetYear(REVIEW_TARGET_YEAR_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__CONTACT_KIND:
				setContactKind(CONTACT_KIND_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__RECOMMENDER_LEVEL:
				setRecommenderLevel(RECOMMENDER_LEVEL_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__RECOMMENDATION_TITLE:
				setRecommendationTitle(RECOMMENDATION_TITLE_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__DECLARATION_TEXT:
				setDeclarationText(DECLARATION_TEXT_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__DECLARATION_SIGNER_TITLE:
				setDeclarationSignerTitle(DECLARATION_SIGNER_TITLE_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__DECLARATION_SEAL_TITLE:
				setDeclarationSealTitle(DECLARATION_SEAL_TITLE_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__NAME_PATTERN:
				setNamePattern(NAME_PATTERN_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__NAME_PATTERN_HINT:
				setNamePatternHint(NAME_PATTERN_HINT_EDEFAULT);
				return;
			case ClusterDeskPackage.EDITION__INSTRUCTIONS:
				getInstructions().clear();
				return;
			case ClusterDeskPackage.EDITION__CRITERIA:
				setCriteria((RecognitionCriteria)null);
				return;
			case ClusterDeskPackage.EDITION__PLAN_RULES:
				setPlanRules((PlanRules)null);
				return;
			case ClusterDeskPackage.EDITION__SECTIONS:
				getSections().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ClusterDeskPackage.EDITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ClusterDeskPackage.EDITION__ISSUER:
				return ISSUER_EDEFAULT == null ? issuer != null : !ISSUER_EDEFAULT.equals(issuer);
			case ClusterDeskPackage.EDITION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ClusterDeskPackage.EDITION__KIND:
				return kind != KIND_EDEFAULT;
			case ClusterDeskPackage.EDITION__DATA_YEARS:
				return dataYears != null && !dataYears.isEmpty();
			case ClusterDeskPackage.EDITION__DATA_CUTOFF:
				return DATA_CUTOFF_EDEFAULT == null ? dataCutoff != null : !DATA_CUTOFF_EDEFAULT.equals(dataCutoff);
			case ClusterDeskPackage.EDITION__PLAN_BASELINE_YEAR:
				return PLAN_BASELINE_YEAR_EDEFAULT == null ? planBaselineYear != null : !PLAN_BASELINE_YEAR_EDEFAULT.equals(planBaselineYear);
			case ClusterDeskPackage.EDITION__PLAN_TARGET_YEAR:
				return PLAN_TARGET_YEAR_EDEFAULT == null ? planTargetYear != null : !PLAN_TARGET_YEAR_EDEFAULT.equals(planTargetYear);
			case ClusterDeskPackage.EDITION__STAGE_YEARS:
				return stageYears != null && !stageYears.isEmpty();
			case ClusterDeskPackage.EDITION__REVIEW_BASELINE_YEAR:
				return REVIEW_BASELINE_YEAR_EDEFAULT == null ? reviewBaselineYear != null : !REVIEW_BASELINE_YEAR_EDEFAULT.equals(reviewBaselineYear);
			case ClusterDeskPackage.EDITION__REVIEW_TARGET_YEAR:
				return REVIEW_TARGET_YEAR_EDEFAULT == null ? reviewTargetYear != null : !REVIEW_TARGET_YEAR_EDEFAULT.equals(reviewTargetYear);
			case ClusterDeskPackage.EDITION__CONTACT_KIND:
				return contactKind != CONTACT_KIND_EDEFAULT;
			case ClusterDeskPackage.EDITION__RECOMMENDER_LEVEL:
				return recommenderLevel != RECOMMENDER_LEVEL_EDEFAULT;
			case ClusterDeskPackage.EDITION__RECOMMENDATION_TITLE:
				return RECOMMENDATION_TITLE_EDEFAULT == null ? recommendationTitle != null : !RECOMMENDATION_TITLE_EDEFAULT.equals(recommendationTitle);
			case ClusterDeskPackage.EDITION__DECLARATION_TEXT:
				return DECLARATION_TEXT_EDEFAULT == null ? declarationText != null : !DECLARATION_TEXT_EDEFAULT.equals(declarationText);
			case ClusterDeskPackage.EDITION__DECLARATION_SIGNER_TITLE:
				return DECLARATION_SIGNER_TITLE_EDEFAULT == null ? declarationSignerTitle != null : !DECLARATION_SIGNER_TITLE_EDEFAULT.equals(declarationSignerTitle);
			case ClusterDeskPackage.EDITION__DECLARATION_SEAL_TITLE:
				return DECLARATION_SEAL_TITLE_EDEFAULT == null ? declarationSealTitle != null : !DECLARATION_SEAL_TITLE_EDEFAULT.equals(declarationSealTitle);
			case ClusterDeskPackage.EDITION__NAME_PATTERN:
				return NAME_PATTERN_EDEFAULT == null ? namePattern != null : !NAME_PATTERN_EDEFAULT.equals(namePattern);
			case ClusterDeskPackage.EDITION__NAME_PATTERN_HINT:
				return NAME_PATTERN_HINT_EDEFAULT == null ? namePatternHint != null : !NAME_PATTERN_HINT_EDEFAULT.equals(namePatternHint);
			case ClusterDeskPackage.EDITION__INSTRUCTIONS:
				return instructions != null && !instructions.isEmpty();
			case ClusterDeskPackage.EDITION__CRITERIA:
				return criteria != null;
			case ClusterDeskPackage.EDITION__PLAN_RULES:
				return planRules != null;
			case ClusterDeskPackage.EDITION__SECTIONS:
				return sections != null && !sections.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ClusterDeskPackage.EDITION___HAS_FIELD__ESTRUCTURALFEATURE:
				return hasField((EStructuralFeature)arguments.get(0));
			case ClusterDeskPackage.EDITION___ROW_FOR__ESTRUCTURALFEATURE:
				return rowFor((EStructuralFeature)arguments.get(0));
			case ClusterDeskPackage.EDITION___LABEL_FOR__ESTRUCTURALFEATURE:
				return labelFor((EStructuralFeature)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", issuer: ");
		result.append(issuer);
		result.append(", title: ");
		result.append(title);
		result.append(", kind: ");
		result.append(kind);
		result.append(", dataYears: ");
		result.append(dataYears);
		result.append(", dataCutoff: ");
		result.append(dataCutoff);
		result.append(", planBaselineYear: ");
		result.append(planBaselineYear);
		result.append(", planTargetYear: ");
		result.append(planTargetYear);
		result.append(", stageYears: ");
		result.append(stageYears);
		result.append(", reviewBaselineYear: ");
		result.append(reviewBaselineYear);
		result.append(", reviewTargetYear: ");
		result.append(reviewTargetYear);
		result.append(", contactKind: ");
		result.append(contactKind);
		result.append(", recommenderLevel: ");
		result.append(recommenderLevel);
		result.append(", recommendationTitle: ");
		result.append(recommendationTitle);
		result.append(", declarationText: ");
		result.append(declarationText);
		result.append(", declarationSignerTitle: ");
		result.append(declarationSignerTitle);
		result.append(", declarationSealTitle: ");
		result.append(declarationSealTitle);
		result.append(", namePattern: ");
		result.append(namePattern);
		result.append(", namePatternHint: ");
		result.append(namePatternHint);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(')');
		return result.toString();
	}

} //EditionImpl
