/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.BasicInfoSection;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.Declaration;
import org.clusterdesk.model.DigitalSection;
import org.clusterdesk.model.GovernanceSection;
import org.clusterdesk.model.GreenSection;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.InnovationSection;
import org.clusterdesk.model.OpennessSection;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.Recommendation;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.WritingOutline;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Application</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getBasicInfo <em>Basic Info</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getInnovation <em>Innovation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getDigital <em>Digital</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getGreen <em>Green</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getOpenness <em>Openness</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getGovernance <em>Governance</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getReview <em>Review</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getDeclaration <em>Declaration</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getRecommendation <em>Recommendation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getCommitment <em>Commitment</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ApplicationImpl#getOutline <em>Outline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApplicationImpl extends ClusterDocumentImpl implements Application {
	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected Region region;

	/**
	 * The cached value of the '{@link #getBasicInfo() <em>Basic Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasicInfo()
	 * @generated
	 * @ordered
	 */
	protected BasicInfoSection basicInfo;

	/**
	 * The cached value of the '{@link #getIndustry() <em>Industry</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected IndustrySection industry;

	/**
	 * The cached value of the '{@link #getInnovation() <em>Innovation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInnovation()
	 * @generated
	 * @ordered
	 */
	protected InnovationSection innovation;

	/**
	 * The cached value of the '{@link #getDigital() <em>Digital</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigital()
	 * @generated
	 * @ordered
	 */
	protected DigitalSection digital;

	/**
	 * The cached value of the '{@link #getGreen() <em>Green</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreen()
	 * @generated
	 * @ordered
	 */
	protected GreenSection green;

	/**
	 * The cached value of the '{@link #getOpenness() <em>Openness</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenness()
	 * @generated
	 * @ordered
	 */
	protected OpennessSection openness;

	/**
	 * The cached value of the '{@link #getGovernance() <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernance()
	 * @generated
	 * @ordered
	 */
	protected GovernanceSection governance;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected PlanSection plan;

	/**
	 * The cached value of the '{@link #getReview() <em>Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReview()
	 * @generated
	 * @ordered
	 */
	protected ReviewSection review;

	/**
	 * The cached value of the '{@link #getDeclaration() <em>Declaration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaration()
	 * @generated
	 * @ordered
	 */
	protected Declaration declaration;

	/**
	 * The cached value of the '{@link #getRecommendation() <em>Recommendation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected Recommendation recommendation;

	/**
	 * The cached value of the '{@link #getCommitment() <em>Commitment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitment()
	 * @generated
	 * @ordered
	 */
	protected CommitmentLetter commitment;

	/**
	 * The cached value of the '{@link #getOutline() <em>Outline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutline()
	 * @generated
	 * @ordered
	 */
	protected WritingOutline outline;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.APPLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRegion(Region newRegion, NotificationChain msgs) {
		Region oldRegion = region;
		region = newRegion;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__REGION, oldRegion, newRegion);
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
	public void setRegion(Region newRegion) {
		if (newRegion != region) {
			NotificationChain msgs = null;
			if (region != null)
				msgs = ((InternalEObject)region).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__REGION, null, msgs);
			if (newRegion != null)
				msgs = ((InternalEObject)newRegion).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__REGION, null, msgs);
			msgs = basicSetRegion(newRegion, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__REGION, newRegion, newRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BasicInfoSection getBasicInfo() {
		return basicInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBasicInfo(BasicInfoSection newBasicInfo, NotificationChain msgs) {
		BasicInfoSection oldBasicInfo = basicInfo;
		basicInfo = newBasicInfo;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__BASIC_INFO, oldBasicInfo, newBasicInfo);
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
	public void setBasicInfo(BasicInfoSection newBasicInfo) {
		if (newBasicInfo != basicInfo) {
			NotificationChain msgs = null;
			if (basicInfo != null)
				msgs = ((InternalEObject)basicInfo).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__BASIC_INFO, null, msgs);
			if (newBasicInfo != null)
				msgs = ((InternalEObject)newBasicInfo).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__BASIC_INFO, null, msgs);
			msgs = basicSetBasicInfo(newBasicInfo, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__BASIC_INFO, newBasicInfo, newBasicInfo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustrySection getIndustry() {
		return industry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIndustry(IndustrySection newIndustry, NotificationChain msgs) {
		IndustrySection oldIndustry = industry;
		industry = newIndustry;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__INDUSTRY, oldIndustry, newIndustry);
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
	public void setIndustry(IndustrySection newIndustry) {
		if (newIndustry != industry) {
			NotificationChain msgs = null;
			if (industry != null)
				msgs = ((InternalEObject)industry).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__INDUSTRY, null, msgs);
			if (newIndustry != null)
				msgs = ((InternalEObject)newIndustry).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__INDUSTRY, null, msgs);
			msgs = basicSetIndustry(newIndustry, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__INDUSTRY, newIndustry, newIndustry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnovationSection getInnovation() {
		return innovation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInnovation(InnovationSection newInnovation, NotificationChain msgs) {
		InnovationSection oldInnovation = innovation;
		innovation = newInnovation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__INNOVATION, oldInnovation, newInnovation);
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
	public void setInnovation(InnovationSection newInnovation) {
		if (newInnovation != innovation) {
			NotificationChain msgs = null;
			if (innovation != null)
				msgs = ((InternalEObject)innovation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__INNOVATION, null, msgs);
			if (newInnovation != null)
				msgs = ((InternalEObject)newInnovation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__INNOVATION, null, msgs);
			msgs = basicSetInnovation(newInnovation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__INNOVATION, newInnovation, newInnovation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DigitalSection getDigital() {
		return digital;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDigital(DigitalSection newDigital, NotificationChain msgs) {
		DigitalSection oldDigital = digital;
		digital = newDigital;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__DIGITAL, oldDigital, newDigital);
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
	public void setDigital(DigitalSection newDigital) {
		if (newDigital != digital) {
			NotificationChain msgs = null;
			if (digital != null)
				msgs = ((InternalEObject)digital).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__DIGITAL, null, msgs);
			if (newDigital != null)
				msgs = ((InternalEObject)newDigital).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__DIGITAL, null, msgs);
			msgs = basicSetDigital(newDigital, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__DIGITAL, newDigital, newDigital));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GreenSection getGreen() {
		return green;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGreen(GreenSection newGreen, NotificationChain msgs) {
		GreenSection oldGreen = green;
		green = newGreen;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__GREEN, oldGreen, newGreen);
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
	public void setGreen(GreenSection newGreen) {
		if (newGreen != green) {
			NotificationChain msgs = null;
			if (green != null)
				msgs = ((InternalEObject)green).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__GREEN, null, msgs);
			if (newGreen != null)
				msgs = ((InternalEObject)newGreen).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__GREEN, null, msgs);
			msgs = basicSetGreen(newGreen, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__GREEN, newGreen, newGreen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpennessSection getOpenness() {
		return openness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOpenness(OpennessSection newOpenness, NotificationChain msgs) {
		OpennessSection oldOpenness = openness;
		openness = newOpenness;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__OPENNESS, oldOpenness, newOpenness);
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
	public void setOpenness(OpennessSection newOpenness) {
		if (newOpenness != openness) {
			NotificationChain msgs = null;
			if (openness != null)
				msgs = ((InternalEObject)openness).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__OPENNESS, null, msgs);
			if (newOpenness != null)
				msgs = ((InternalEObject)newOpenness).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__OPENNESS, null, msgs);
			msgs = basicSetOpenness(newOpenness, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__OPENNESS, newOpenness, newOpenness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceSection getGovernance() {
		return governance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGovernance(GovernanceSection newGovernance, NotificationChain msgs) {
		GovernanceSection oldGovernance = governance;
		governance = newGovernance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__GOVERNANCE, oldGovernance, newGovernance);
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
	public void setGovernance(GovernanceSection newGovernance) {
		if (newGovernance != governance) {
			NotificationChain msgs = null;
			if (governance != null)
				msgs = ((InternalEObject)governance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__GOVERNANCE, null, msgs);
			if (newGovernance != null)
				msgs = ((InternalEObject)newGovernance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__GOVERNANCE, null, msgs);
			msgs = basicSetGovernance(newGovernance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__GOVERNANCE, newGovernance, newGovernance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanSection getPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlan(PlanSection newPlan, NotificationChain msgs) {
		PlanSection oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__PLAN, oldPlan, newPlan);
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
	public void setPlan(PlanSection newPlan) {
		if (newPlan != plan) {
			NotificationChain msgs = null;
			if (plan != null)
				msgs = ((InternalEObject)plan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__PLAN, null, msgs);
			if (newPlan != null)
				msgs = ((InternalEObject)newPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__PLAN, null, msgs);
			msgs = basicSetPlan(newPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__PLAN, newPlan, newPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewSection getReview() {
		return review;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReview(ReviewSection newReview, NotificationChain msgs) {
		ReviewSection oldReview = review;
		review = newReview;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__REVIEW, oldReview, newReview);
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
	public void setReview(ReviewSection newReview) {
		if (newReview != review) {
			NotificationChain msgs = null;
			if (review != null)
				msgs = ((InternalEObject)review).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__REVIEW, null, msgs);
			if (newReview != null)
				msgs = ((InternalEObject)newReview).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__REVIEW, null, msgs);
			msgs = basicSetReview(newReview, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__REVIEW, newReview, newReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Declaration getDeclaration() {
		return declaration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeclaration(Declaration newDeclaration, NotificationChain msgs) {
		Declaration oldDeclaration = declaration;
		declaration = newDeclaration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__DECLARATION, oldDeclaration, newDeclaration);
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
	public void setDeclaration(Declaration newDeclaration) {
		if (newDeclaration != declaration) {
			NotificationChain msgs = null;
			if (declaration != null)
				msgs = ((InternalEObject)declaration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__DECLARATION, null, msgs);
			if (newDeclaration != null)
				msgs = ((InternalEObject)newDeclaration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__DECLARATION, null, msgs);
			msgs = basicSetDeclaration(newDeclaration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__DECLARATION, newDeclaration, newDeclaration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recommendation getRecommendation() {
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRecommendation(Recommendation newRecommendation, NotificationChain msgs) {
		Recommendation oldRecommendation = recommendation;
		recommendation = newRecommendation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__RECOMMENDATION, oldRecommendation, newRecommendation);
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
	public void setRecommendation(Recommendation newRecommendation) {
		if (newRecommendation != recommendation) {
			NotificationChain msgs = null;
			if (recommendation != null)
				msgs = ((InternalEObject)recommendation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__RECOMMENDATION, null, msgs);
			if (newRecommendation != null)
				msgs = ((InternalEObject)newRecommendation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__RECOMMENDATION, null, msgs);
			msgs = basicSetRecommendation(newRecommendation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__RECOMMENDATION, newRecommendation, newRecommendation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitmentLetter getCommitment() {
		return commitment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCommitment(CommitmentLetter newCommitment, NotificationChain msgs) {
		CommitmentLetter oldCommitment = commitment;
		commitment = newCommitment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__COMMITMENT, oldCommitment, newCommitment);
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
	public void setCommitment(CommitmentLetter newCommitment) {
		if (newCommitment != commitment) {
			NotificationChain msgs = null;
			if (commitment != null)
				msgs = ((InternalEObject)commitment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__COMMITMENT, null, msgs);
			if (newCommitment != null)
				msgs = ((InternalEObject)newCommitment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__COMMITMENT, null, msgs);
			msgs = basicSetCommitment(newCommitment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__COMMITMENT, newCommitment, newCommitment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WritingOutline getOutline() {
		return outline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOutline(WritingOutline newOutline, NotificationChain msgs) {
		WritingOutline oldOutline = outline;
		outline = newOutline;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__OUTLINE, oldOutline, newOutline);
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
	public void setOutline(WritingOutline newOutline) {
		if (newOutline != outline) {
			NotificationChain msgs = null;
			if (outline != null)
				msgs = ((InternalEObject)outline).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__OUTLINE, null, msgs);
			if (newOutline != null)
				msgs = ((InternalEObject)newOutline).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.APPLICATION__OUTLINE, null, msgs);
			msgs = basicSetOutline(newOutline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.APPLICATION__OUTLINE, newOutline, newOutline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eligible() {
		return org.clusterdesk.model.derived.EligibilityFigures.eligible(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G06(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G06", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G09(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G09", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G10(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G10", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P09(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P09", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.APPLICATION__REGION:
				return basicSetRegion(null, msgs);
			case ClusterDeskPackage.APPLICATION__BASIC_INFO:
				return basicSetBasicInfo(null, msgs);
			case ClusterDeskPackage.APPLICATION__INDUSTRY:
				return basicSetIndustry(null, msgs);
			case ClusterDeskPackage.APPLICATION__INNOVATION:
				return basicSetInnovation(null, msgs);
			case ClusterDeskPackage.APPLICATION__DIGITAL:
				return basicSetDigital(null, msgs);
			case ClusterDeskPackage.APPLICATION__GREEN:
				return basicSetGreen(null, msgs);
			case ClusterDeskPackage.APPLICATION__OPENNESS:
				return basicSetOpenness(null, msgs);
			case ClusterDeskPackage.APPLICATION__GOVERNANCE:
				return basicSetGovernance(null, msgs);
			case ClusterDeskPackage.APPLICATION__PLAN:
				return basicSetPlan(null, msgs);
			case ClusterDeskPackage.APPLICATION__REVIEW:
				return basicSetReview(null, msgs);
			case ClusterDeskPackage.APPLICATION__DECLARATION:
				return basicSetDeclaration(null, msgs);
			case ClusterDeskPackage.APPLICATION__RECOMMENDATION:
				return basicSetRecommendation(null, msgs);
			case ClusterDeskPackage.APPLICATION__COMMITMENT:
				return basicSetCommitment(null, msgs);
			case ClusterDeskPackage.APPLICATION__OUTLINE:
				return basicSetOutline(null, msgs);
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
			case ClusterDeskPackage.APPLICATION__REGION:
				return getRegion();
			case ClusterDeskPackage.APPLICATION__BASIC_INFO:
				return getBasicInfo();
			case ClusterDeskPackage.APPLICATION__INDUSTRY:
				return getIndustry();
			case ClusterDeskPackage.APPLICATION__INNOVATION:
				return getInnovation();
			case ClusterDeskPackage.APPLICATION__DIGITAL:
				return getDigital();
			case ClusterDeskPackage.APPLICATION__GREEN:
				return getGreen();
			case ClusterDeskPackage.APPLICATION__OPENNESS:
				return getOpenness();
			case ClusterDeskPackage.APPLICATION__GOVERNANCE:
				return getGovernance();
			case ClusterDeskPackage.APPLICATION__PLAN:
				return getPlan();
			case ClusterDeskPackage.APPLICATION__REVIEW:
				return getReview();
			case ClusterDeskPackage.APPLICATION__DECLARATION:
				return getDeclaration();
			case ClusterDeskPackage.APPLICATION__RECOMMENDATION:
				return getRecommendation();
			case ClusterDeskPackage.APPLICATION__COMMITMENT:
				return getCommitment();
			case ClusterDeskPackage.APPLICATION__OUTLINE:
				return getOutline();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClusterDeskPackage.APPLICATION__REGION:
				setRegion((Region)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__BASIC_INFO:
				setBasicInfo((BasicInfoSection)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__INDUSTRY:
				setIndustry((IndustrySection)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__INNOVATION:
				setInnovation((InnovationSection)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__DIGITAL:
				setDigital((DigitalSection)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__GREEN:
				setGreen((GreenSection)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__OPENNESS:
				setOpenness((OpennessSection)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__GOVERNANCE:
				setGovernance((GovernanceSection)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__PLAN:
				setPlan((PlanSection)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__REVIEW:
				setReview((ReviewSection)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__DECLARATION:
				setDeclaration((Declaration)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__RECOMMENDATION:
				setRecommendation((Recommendation)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__COMMITMENT:
				setCommitment((CommitmentLetter)newValue);
				return;
			case ClusterDeskPackage.APPLICATION__OUTLINE:
				setOutline((WritingOutline)newValue);
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
			case ClusterDeskPackage.APPLICATION__REGION:
				setRegion((Region)null);
				return;
			case ClusterDeskPackage.APPLICATION__BASIC_INFO:
				setBasicInfo((BasicInfoSection)null);
				return;
			case ClusterDeskPackage.APPLICATION__INDUSTRY:
				setIndustry((IndustrySection)null);
				return;
			case ClusterDeskPackage.APPLICATION__INNOVATION:
				setInnovation((InnovationSection)null);
				return;
			case ClusterDeskPackage.APPLICATION__DIGITAL:
				setDigital((DigitalSection)null);
				return;
			case ClusterDeskPackage.APPLICATION__GREEN:
				setGreen((GreenSection)null);
				return;
			case ClusterDeskPackage.APPLICATION__OPENNESS:
				setOpenness((OpennessSection)null);
				return;
			case ClusterDeskPackage.APPLICATION__GOVERNANCE:
				setGovernance((GovernanceSection)null);
				return;
			case ClusterDeskPackage.APPLICATION__PLAN:
				setPlan((PlanSection)null);
				return;
			case ClusterDeskPackage.APPLICATION__REVIEW:
				setReview((ReviewSection)null);
				return;
			case ClusterDeskPackage.APPLICATION__DECLARATION:
				setDeclaration((Declaration)null);
				return;
			case ClusterDeskPackage.APPLICATION__RECOMMENDATION:
				setRecommendation((Recommendation)null);
				return;
			case ClusterDeskPackage.APPLICATION__COMMITMENT:
				setCommitment((CommitmentLetter)null);
				return;
			case ClusterDeskPackage.APPLICATION__OUTLINE:
				setOutline((WritingOutline)null);
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
			case ClusterDeskPackage.APPLICATION__REGION:
				return region != null;
			case ClusterDeskPackage.APPLICATION__BASIC_INFO:
				return basicInfo != null;
			case ClusterDeskPackage.APPLICATION__INDUSTRY:
				return industry != null;
			case ClusterDeskPackage.APPLICATION__INNOVATION:
				return innovation != null;
			case ClusterDeskPackage.APPLICATION__DIGITAL:
				return digital != null;
			case ClusterDeskPackage.APPLICATION__GREEN:
				return green != null;
			case ClusterDeskPackage.APPLICATION__OPENNESS:
				return openness != null;
			case ClusterDeskPackage.APPLICATION__GOVERNANCE:
				return governance != null;
			case ClusterDeskPackage.APPLICATION__PLAN:
				return plan != null;
			case ClusterDeskPackage.APPLICATION__REVIEW:
				return review != null;
			case ClusterDeskPackage.APPLICATION__DECLARATION:
				return declaration != null;
			case ClusterDeskPackage.APPLICATION__RECOMMENDATION:
				return recommendation != null;
			case ClusterDeskPackage.APPLICATION__COMMITMENT:
				return commitment != null;
			case ClusterDeskPackage.APPLICATION__OUTLINE:
				return outline != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ClusterDeskPackage.APPLICATION___ELIGIBLE:
				return eligible();
			case ClusterDeskPackage.APPLICATION___G06__DIAGNOSTICCHAIN_MAP:
				return G06((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.APPLICATION___G09__DIAGNOSTICCHAIN_MAP:
				return G09((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.APPLICATION___G10__DIAGNOSTICCHAIN_MAP:
				return G10((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.APPLICATION___P09__DIAGNOSTICCHAIN_MAP:
				return P09((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

} //ApplicationImpl
