/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import java.util.Map;
import org.clusterdesk.model.ClusterCategory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Declaration;
import org.clusterdesk.model.EconomicIndicators;
import org.clusterdesk.model.EnterpriseIndicators;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.GreenIndicators;
import org.clusterdesk.model.ImplementationPlan;
import org.clusterdesk.model.InnovationIndicators;
import org.clusterdesk.model.KeyProject;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.PromotionOrganisation;
import org.clusterdesk.model.PublicServiceIndicators;
import org.clusterdesk.model.Recommendation;
import org.clusterdesk.model.UnitContact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Competition Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getIndustryField <em>Industry Field</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getLeadingIndustry <em>Leading Industry</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getGeographicScope <em>Geographic Scope</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getPromotionOrganisation <em>Promotion Organisation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getCoreParks <em>Core Parks</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getGovernmentOpinion <em>Government Opinion</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getEconomy <em>Economy</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getKeyProjects <em>Key Projects</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getKeyProjectsTotal <em>Key Projects Total</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getInnovation <em>Innovation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getGreen <em>Green</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getPublicService <em>Public Service</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getSelfAssessment <em>Self Assessment</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getIndustryChainMap <em>Industry Chain Map</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getParks <em>Parks</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getPromotionDetails <em>Promotion Details</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getImplementation <em>Implementation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getLibraries <em>Libraries</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getPromotionDeclaration <em>Promotion Declaration</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompetitionReportImpl#getParkDeclaration <em>Park Declaration</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompetitionReportImpl extends ClusterDocumentImpl implements CompetitionReport {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ClusterCategory CATEGORY_EDEFAULT = ClusterCategory.NONE;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected ClusterCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndustryField() <em>Industry Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryField()
	 * @generated
	 * @ordered
	 */
	protected static final String INDUSTRY_FIELD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndustryField() <em>Industry Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryField()
	 * @generated
	 * @ordered
	 */
	protected String industryField = INDUSTRY_FIELD_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeadingIndustry() <em>Leading Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingIndustry()
	 * @generated
	 * @ordered
	 */
	protected static final String LEADING_INDUSTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeadingIndustry() <em>Leading Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingIndustry()
	 * @generated
	 * @ordered
	 */
	protected String leadingIndustry = LEADING_INDUSTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getGeographicScope() <em>Geographic Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeographicScope()
	 * @generated
	 * @ordered
	 */
	protected static final String GEOGRAPHIC_SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeographicScope() <em>Geographic Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeographicScope()
	 * @generated
	 * @ordered
	 */
	protected String geographicScope = GEOGRAPHIC_SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPromotionOrganisation() <em>Promotion Organisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromotionOrganisation()
	 * @generated
	 * @ordered
	 */
	protected UnitContact promotionOrganisation;

	/**
	 * The cached value of the '{@link #getCoreParks() <em>Core Parks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoreParks()
	 * @generated
	 * @ordered
	 */
	protected EList<UnitContact> coreParks;

	/**
	 * The cached value of the '{@link #getGovernmentOpinion() <em>Government Opinion</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernmentOpinion()
	 * @generated
	 * @ordered
	 */
	protected Recommendation governmentOpinion;

	/**
	 * The cached value of the '{@link #getEconomy() <em>Economy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEconomy()
	 * @generated
	 * @ordered
	 */
	protected EconomicIndicators economy;

	/**
	 * The cached value of the '{@link #getEnterprises() <em>Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprises()
	 * @generated
	 * @ordered
	 */
	protected EnterpriseIndicators enterprises;

	/**
	 * The cached value of the '{@link #getKeyProjects() <em>Key Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyProject> keyProjects;

	/**
	 * The default value of the '{@link #getKeyProjectsTotal() <em>Key Projects Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyProjectsTotal()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal KEY_PROJECTS_TOTAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyProjectsTotal() <em>Key Projects Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyProjectsTotal()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal keyProjectsTotal = KEY_PROJECTS_TOTAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInnovation() <em>Innovation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInnovation()
	 * @generated
	 * @ordered
	 */
	protected InnovationIndicators innovation;

	/**
	 * The cached value of the '{@link #getGreen() <em>Green</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreen()
	 * @generated
	 * @ordered
	 */
	protected GreenIndicators green;

	/**
	 * The cached value of the '{@link #getPublicService() <em>Public Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicService()
	 * @generated
	 * @ordered
	 */
	protected PublicServiceIndicators publicService;

	/**
	 * The default value of the '{@link #getSelfAssessment() <em>Self Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfAssessment()
	 * @generated
	 * @ordered
	 */
	protected static final String SELF_ASSESSMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSelfAssessment() <em>Self Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfAssessment()
	 * @generated
	 * @ordered
	 */
	protected String selfAssessment = SELF_ASSESSMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndustryChainMap() <em>Industry Chain Map</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryChainMap()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> industryChainMap;

	/**
	 * The cached value of the '{@link #getParks() <em>Parks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParks()
	 * @generated
	 * @ordered
	 */
	protected EList<Park> parks;

	/**
	 * The cached value of the '{@link #getPromotionDetails() <em>Promotion Details</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromotionDetails()
	 * @generated
	 * @ordered
	 */
	protected PromotionOrganisation promotionDetails;

	/**
	 * The cached value of the '{@link #getImplementation() <em>Implementation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementation()
	 * @generated
	 * @ordered
	 */
	protected ImplementationPlan implementation;

	/**
	 * The cached value of the '{@link #getLibraries() <em>Libraries</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibraries()
	 * @generated
	 * @ordered
	 */
	protected ClusterLibraries libraries;

	/**
	 * The cached value of the '{@link #getPromotionDeclaration() <em>Promotion Declaration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromotionDeclaration()
	 * @generated
	 * @ordered
	 */
	protected Declaration promotionDeclaration;

	/**
	 * The cached value of the '{@link #getParkDeclaration() <em>Park Declaration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParkDeclaration()
	 * @generated
	 * @ordered
	 */
	protected Declaration parkDeclaration;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompetitionReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.COMPETITION_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(ClusterCategory newCategory) {
		ClusterCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndustryField() {
		return industryField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustryField(String newIndustryField) {
		String oldIndustryField = industryField;
		industryField = newIndustryField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_FIELD, oldIndustryField, industryField));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLeadingIndustry() {
		return leadingIndustry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadingIndustry(String newLeadingIndustry) {
		String oldLeadingIndustry = leadingIndustry;
		leadingIndustry = newLeadingIndustry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__LEADING_INDUSTRY, oldLeadingIndustry, leadingIndustry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGeographicScope() {
		return geographicScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeographicScope(String newGeographicScope) {
		String oldGeographicScope = geographicScope;
		geographicScope = newGeographicScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__GEOGRAPHIC_SCOPE, oldGeographicScope, geographicScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitContact getPromotionOrganisation() {
		return promotionOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPromotionOrganisation(UnitContact newPromotionOrganisation, NotificationChain msgs) {
		UnitContact oldPromotionOrganisation = promotionOrganisation;
		promotionOrganisation = newPromotionOrganisation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION, oldPromotionOrganisation, newPromotionOrganisation);
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
	public void setPromotionOrganisation(UnitContact newPromotionOrganisation) {
		if (newPromotionOrganisation != promotionOrganisation) {
			NotificationChain msgs = null;
			if (promotionOrganisation != null)
				msgs = ((InternalEObject)promotionOrganisation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION, null, msgs);
			if (newPromotionOrganisation != null)
				msgs = ((InternalEObject)newPromotionOrganisation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION, null, msgs);
			msgs = basicSetPromotionOrganisation(newPromotionOrganisation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION, newPromotionOrganisation, newPromotionOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UnitContact> getCoreParks() {
		if (coreParks == null) {
			coreParks = new EObjectContainmentEList<UnitContact>(UnitContact.class, this, ClusterDeskPackage.COMPETITION_REPORT__CORE_PARKS);
		}
		return coreParks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recommendation getGovernmentOpinion() {
		return governmentOpinion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGovernmentOpinion(Recommendation newGovernmentOpinion, NotificationChain msgs) {
		Recommendation oldGovernmentOpinion = governmentOpinion;
		governmentOpinion = newGovernmentOpinion;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION, oldGovernmentOpinion, newGovernmentOpinion);
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
	public void setGovernmentOpinion(Recommendation newGovernmentOpinion) {
		if (newGovernmentOpinion != governmentOpinion) {
			NotificationChain msgs = null;
			if (governmentOpinion != null)
				msgs = ((InternalEObject)governmentOpinion).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION, null, msgs);
			if (newGovernmentOpinion != null)
				msgs = ((InternalEObject)newGovernmentOpinion).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION, null, msgs);
			msgs = basicSetGovernmentOpinion(newGovernmentOpinion, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION, newGovernmentOpinion, newGovernmentOpinion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EconomicIndicators getEconomy() {
		return economy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEconomy(EconomicIndicators newEconomy, NotificationChain msgs) {
		EconomicIndicators oldEconomy = economy;
		economy = newEconomy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__ECONOMY, oldEconomy, newEconomy);
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
	public void setEconomy(EconomicIndicators newEconomy) {
		if (newEconomy != economy) {
			NotificationChain msgs = null;
			if (economy != null)
				msgs = ((InternalEObject)economy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__ECONOMY, null, msgs);
			if (newEconomy != null)
				msgs = ((InternalEObject)newEconomy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__ECONOMY, null, msgs);
			msgs = basicSetEconomy(newEconomy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__ECONOMY, newEconomy, newEconomy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnterpriseIndicators getEnterprises() {
		return enterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnterprises(EnterpriseIndicators newEnterprises, NotificationChain msgs) {
		EnterpriseIndicators oldEnterprises = enterprises;
		enterprises = newEnterprises;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES, oldEnterprises, newEnterprises);
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
	public void setEnterprises(EnterpriseIndicators newEnterprises) {
		if (newEnterprises != enterprises) {
			NotificationChain msgs = null;
			if (enterprises != null)
				msgs = ((InternalEObject)enterprises).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES, null, msgs);
			if (newEnterprises != null)
				msgs = ((InternalEObject)newEnterprises).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES, null, msgs);
			msgs = basicSetEnterprises(newEnterprises, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES, newEnterprises, newEnterprises));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyProject> getKeyProjects() {
		if (keyProjects == null) {
			keyProjects = new EObjectContainmentEList<KeyProject>(KeyProject.class, this, ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS);
		}
		return keyProjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getKeyProjectsTotal() {
		return keyProjectsTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyProjectsTotal(BigDecimal newKeyProjectsTotal) {
		BigDecimal oldKeyProjectsTotal = keyProjectsTotal;
		keyProjectsTotal = newKeyProjectsTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS_TOTAL, oldKeyProjectsTotal, keyProjectsTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnovationIndicators getInnovation() {
		return innovation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInnovation(InnovationIndicators newInnovation, NotificationChain msgs) {
		InnovationIndicators oldInnovation = innovation;
		innovation = newInnovation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__INNOVATION, oldInnovation, newInnovation);
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
	public void setInnovation(InnovationIndicators newInnovation) {
		if (newInnovation != innovation) {
			NotificationChain msgs = null;
			if (innovation != null)
				msgs = ((InternalEObject)innovation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__INNOVATION, null, msgs);
			if (newInnovation != null)
				msgs = ((InternalEObject)newInnovation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__INNOVATION, null, msgs);
			msgs = basicSetInnovation(newInnovation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__INNOVATION, newInnovation, newInnovation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GreenIndicators getGreen() {
		return green;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGreen(GreenIndicators newGreen, NotificationChain msgs) {
		GreenIndicators oldGreen = green;
		green = newGreen;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__GREEN, oldGreen, newGreen);
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
	public void setGreen(GreenIndicators newGreen) {
		if (newGreen != green) {
			NotificationChain msgs = null;
			if (green != null)
				msgs = ((InternalEObject)green).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__GREEN, null, msgs);
			if (newGreen != null)
				msgs = ((InternalEObject)newGreen).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__GREEN, null, msgs);
			msgs = basicSetGreen(newGreen, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__GREEN, newGreen, newGreen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublicServiceIndicators getPublicService() {
		return publicService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPublicService(PublicServiceIndicators newPublicService, NotificationChain msgs) {
		PublicServiceIndicators oldPublicService = publicService;
		publicService = newPublicService;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE, oldPublicService, newPublicService);
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
	public void setPublicService(PublicServiceIndicators newPublicService) {
		if (newPublicService != publicService) {
			NotificationChain msgs = null;
			if (publicService != null)
				msgs = ((InternalEObject)publicService).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE, null, msgs);
			if (newPublicService != null)
				msgs = ((InternalEObject)newPublicService).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE, null, msgs);
			msgs = basicSetPublicService(newPublicService, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE, newPublicService, newPublicService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSelfAssessment() {
		return selfAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfAssessment(String newSelfAssessment) {
		String oldSelfAssessment = selfAssessment;
		selfAssessment = newSelfAssessment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__SELF_ASSESSMENT, oldSelfAssessment, selfAssessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getIndustryChainMap() {
		if (industryChainMap == null) {
			industryChainMap = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_CHAIN_MAP);
		}
		return industryChainMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Park> getParks() {
		if (parks == null) {
			parks = new EObjectContainmentEList<Park>(Park.class, this, ClusterDeskPackage.COMPETITION_REPORT__PARKS);
		}
		return parks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PromotionOrganisation getPromotionDetails() {
		return promotionDetails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPromotionDetails(PromotionOrganisation newPromotionDetails, NotificationChain msgs) {
		PromotionOrganisation oldPromotionDetails = promotionDetails;
		promotionDetails = newPromotionDetails;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS, oldPromotionDetails, newPromotionDetails);
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
	public void setPromotionDetails(PromotionOrganisation newPromotionDetails) {
		if (newPromotionDetails != promotionDetails) {
			NotificationChain msgs = null;
			if (promotionDetails != null)
				msgs = ((InternalEObject)promotionDetails).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS, null, msgs);
			if (newPromotionDetails != null)
				msgs = ((InternalEObject)newPromotionDetails).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS, null, msgs);
			msgs = basicSetPromotionDetails(newPromotionDetails, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS, newPromotionDetails, newPromotionDetails));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationPlan getImplementation() {
		return implementation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetImplementation(ImplementationPlan newImplementation, NotificationChain msgs) {
		ImplementationPlan oldImplementation = implementation;
		implementation = newImplementation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION, oldImplementation, newImplementation);
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
	public void setImplementation(ImplementationPlan newImplementation) {
		if (newImplementation != implementation) {
			NotificationChain msgs = null;
			if (implementation != null)
				msgs = ((InternalEObject)implementation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION, null, msgs);
			if (newImplementation != null)
				msgs = ((InternalEObject)newImplementation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION, null, msgs);
			msgs = basicSetImplementation(newImplementation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION, newImplementation, newImplementation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterLibraries getLibraries() {
		return libraries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLibraries(ClusterLibraries newLibraries, NotificationChain msgs) {
		ClusterLibraries oldLibraries = libraries;
		libraries = newLibraries;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES, oldLibraries, newLibraries);
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
	public void setLibraries(ClusterLibraries newLibraries) {
		if (newLibraries != libraries) {
			NotificationChain msgs = null;
			if (libraries != null)
				msgs = ((InternalEObject)libraries).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES, null, msgs);
			if (newLibraries != null)
				msgs = ((InternalEObject)newLibraries).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES, null, msgs);
			msgs = basicSetLibraries(newLibraries, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES, newLibraries, newLibraries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Declaration getPromotionDeclaration() {
		return promotionDeclaration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPromotionDeclaration(Declaration newPromotionDeclaration, NotificationChain msgs) {
		Declaration oldPromotionDeclaration = promotionDeclaration;
		promotionDeclaration = newPromotionDeclaration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION, oldPromotionDeclaration, newPromotionDeclaration);
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
	public void setPromotionDeclaration(Declaration newPromotionDeclaration) {
		if (newPromotionDeclaration != promotionDeclaration) {
			NotificationChain msgs = null;
			if (promotionDeclaration != null)
				msgs = ((InternalEObject)promotionDeclaration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION, null, msgs);
			if (newPromotionDeclaration != null)
				msgs = ((InternalEObject)newPromotionDeclaration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION, null, msgs);
			msgs = basicSetPromotionDeclaration(newPromotionDeclaration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION, newPromotionDeclaration, newPromotionDeclaration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Declaration getParkDeclaration() {
		return parkDeclaration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParkDeclaration(Declaration newParkDeclaration, NotificationChain msgs) {
		Declaration oldParkDeclaration = parkDeclaration;
		parkDeclaration = newParkDeclaration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION, oldParkDeclaration, newParkDeclaration);
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
	public void setParkDeclaration(Declaration newParkDeclaration) {
		if (newParkDeclaration != parkDeclaration) {
			NotificationChain msgs = null;
			if (parkDeclaration != null)
				msgs = ((InternalEObject)parkDeclaration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION, null, msgs);
			if (newParkDeclaration != null)
				msgs = ((InternalEObject)newParkDeclaration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION, null, msgs);
			msgs = basicSetParkDeclaration(newParkDeclaration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION, newParkDeclaration, newParkDeclaration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedKeyProjectsTotal() {
		return org.clusterdesk.model.derived.CompetitionFigures.keyProjectsTotal(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C01(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C01", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C02(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C02", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C03(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C03", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C04(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C04", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C09(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C09", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C10(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C10", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C11(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C11", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C12(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C12", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C13(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C13", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION:
				return basicSetPromotionOrganisation(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__CORE_PARKS:
				return ((InternalEList<?>)getCoreParks()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION:
				return basicSetGovernmentOpinion(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__ECONOMY:
				return basicSetEconomy(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES:
				return basicSetEnterprises(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS:
				return ((InternalEList<?>)getKeyProjects()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__INNOVATION:
				return basicSetInnovation(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__GREEN:
				return basicSetGreen(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE:
				return basicSetPublicService(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_CHAIN_MAP:
				return ((InternalEList<?>)getIndustryChainMap()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__PARKS:
				return ((InternalEList<?>)getParks()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS:
				return basicSetPromotionDetails(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION:
				return basicSetImplementation(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES:
				return basicSetLibraries(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION:
				return basicSetPromotionDeclaration(null, msgs);
			case ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION:
				return basicSetParkDeclaration(null, msgs);
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
			case ClusterDeskPackage.COMPETITION_REPORT__CATEGORY:
				return getCategory();
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_FIELD:
				return getIndustryField();
			case ClusterDeskPackage.COMPETITION_REPORT__LEADING_INDUSTRY:
				return getLeadingIndustry();
			case ClusterDeskPackage.COMPETITION_REPORT__GEOGRAPHIC_SCOPE:
				return getGeographicScope();
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION:
				return getPromotionOrganisation();
			case ClusterDeskPackage.COMPETITION_REPORT__CORE_PARKS:
				return getCoreParks();
			case ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION:
				return getGovernmentOpinion();
			case ClusterDeskPackage.COMPETITION_REPORT__ECONOMY:
				return getEconomy();
			case ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES:
				return getEnterprises();
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS:
				return getKeyProjects();
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS_TOTAL:
				return getKeyProjectsTotal();
			case ClusterDeskPackage.COMPETITION_REPORT__INNOVATION:
				return getInnovation();
			case ClusterDeskPackage.COMPETITION_REPORT__GREEN:
				return getGreen();
			case ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE:
				return getPublicService();
			case ClusterDeskPackage.COMPETITION_REPORT__SELF_ASSESSMENT:
				return getSelfAssessment();
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_CHAIN_MAP:
				return getIndustryChainMap();
			case ClusterDeskPackage.COMPETITION_REPORT__PARKS:
				return getParks();
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS:
				return getPromotionDetails();
			case ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION:
				return getImplementation();
			case ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES:
				return getLibraries();
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION:
				return getPromotionDeclaration();
			case ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION:
				return getParkDeclaration();
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
			case ClusterDeskPackage.COMPETITION_REPORT__CATEGORY:
				setCategory((ClusterCategory)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_FIELD:
				setIndustryField((String)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__LEADING_INDUSTRY:
				setLeadingIndustry((String)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__GEOGRAPHIC_SCOPE:
				setGeographicScope((String)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION:
				setPromotionOrganisation((UnitContact)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__CORE_PARKS:
				getCoreParks().clear();
				getCoreParks().addAll((Collection<? extends UnitContact>)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION:
				setGovernmentOpinion((Recommendation)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__ECONOMY:
				setEconomy((EconomicIndicators)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES:
				setEnterprises((EnterpriseIndicators)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS:
				getKeyProjects().clear();
				getKeyProjects().addAll((Collection<? extends KeyProject>)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS_TOTAL:
				setKeyProjectsTotal((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__INNOVATION:
				setInnovation((InnovationIndicators)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__GREEN:
				setGreen((GreenIndicators)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE:
				setPublicService((PublicServiceIndicators)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__SELF_ASSESSMENT:
				setSelfAssessment((String)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_CHAIN_MAP:
				getIndustryChainMap().clear();
				getIndustryChainMap().addAll((Collection<? extends EvidenceRef>)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PARKS:
				getParks().clear();
				getParks().addAll((Collection<? extends Park>)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS:
				setPromotionDetails((PromotionOrganisation)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION:
				setImplementation((ImplementationPlan)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES:
				setLibraries((ClusterLibraries)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION:
				setPromotionDeclaration((Declaration)newValue);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION:
				setParkDeclaration((Declaration)newValue);
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
			case ClusterDeskPackage.COMPETITION_REPORT__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_FIELD:
				setIndustryField(INDUSTRY_FIELD_EDEFAULT);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__LEADING_INDUSTRY:
				setLeadingIndustry(LEADING_INDUSTRY_EDEFAULT);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__GEOGRAPHIC_SCOPE:
				setGeographicScope(GEOGRAPHIC_SCOPE_EDEFAULT);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION:
				setPromotionOrganisation((UnitContact)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__CORE_PARKS:
				getCoreParks().clear();
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION:
				setGovernmentOpinion((Recommendation)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__ECONOMY:
				setEconomy((EconomicIndicators)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES:
				setEnterprises((EnterpriseIndicators)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS:
				getKeyProjects().clear();
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS_TOTAL:
				setKeyProjectsTotal(KEY_PROJECTS_TOTAL_EDEFAULT);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__INNOVATION:
				setInnovation((InnovationIndicators)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__GREEN:
				setGreen((GreenIndicators)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE:
				setPublicService((PublicServiceIndicators)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__SELF_ASSESSMENT:
				setSelfAssessment(SELF_ASSESSMENT_EDEFAULT);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_CHAIN_MAP:
				getIndustryChainMap().clear();
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PARKS:
				getParks().clear();
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS:
				setPromotionDetails((PromotionOrganisation)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION:
				setImplementation((ImplementationPlan)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES:
				setLibraries((ClusterLibraries)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION:
				setPromotionDeclaration((Declaration)null);
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION:
				setParkDeclaration((Declaration)null);
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
			case ClusterDeskPackage.COMPETITION_REPORT__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_FIELD:
				return INDUSTRY_FIELD_EDEFAULT == null ? industryField != null : !INDUSTRY_FIELD_EDEFAULT.equals(industryField);
			case ClusterDeskPackage.COMPETITION_REPORT__LEADING_INDUSTRY:
				return LEADING_INDUSTRY_EDEFAULT == null ? leadingIndustry != null : !LEADING_INDUSTRY_EDEFAULT.equals(leadingIndustry);
			case ClusterDeskPackage.COMPETITION_REPORT__GEOGRAPHIC_SCOPE:
				return GEOGRAPHIC_SCOPE_EDEFAULT == null ? geographicScope != null : !GEOGRAPHIC_SCOPE_EDEFAULT.equals(geographicScope);
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION:
				return promotionOrganisation != null;
			case ClusterDeskPackage.COMPETITION_REPORT__CORE_PARKS:
				return coreParks != null && !coreParks.isEmpty();
			case ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION:
				return governmentOpinion != null;
			case ClusterDeskPackage.COMPETITION_REPORT__ECONOMY:
				return economy != null;
			case ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES:
				return enterprises != null;
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS:
				return keyProjects != null && !keyProjects.isEmpty();
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS_TOTAL:
				return KEY_PROJECTS_TOTAL_EDEFAULT == null ? keyProjectsTotal != null : !KEY_PROJECTS_TOTAL_EDEFAULT.equals(keyProjectsTotal);
			case ClusterDeskPackage.COMPETITION_REPORT__INNOVATION:
				return innovation != null;
			case ClusterDeskPackage.COMPETITION_REPORT__GREEN:
				return green != null;
			case ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE:
				return publicService != null;
			case ClusterDeskPackage.COMPETITION_REPORT__SELF_ASSESSMENT:
				return SELF_ASSESSMENT_EDEFAULT == null ? selfAssessment != null : !SELF_ASSESSMENT_EDEFAULT.equals(selfAssessment);
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_CHAIN_MAP:
				return industryChainMap != null && !industryChainMap.isEmpty();
			case ClusterDeskPackage.COMPETITION_REPORT__PARKS:
				return parks != null && !parks.isEmpty();
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS:
				return promotionDetails != null;
			case ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION:
				return implementation != null;
			case ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES:
				return libraries != null;
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION:
				return promotionDeclaration != null;
			case ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION:
				return parkDeclaration != null;
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
			case ClusterDeskPackage.COMPETITION_REPORT___COMPUTED_KEY_PROJECTS_TOTAL:
				return computedKeyProjectsTotal();
			case ClusterDeskPackage.COMPETITION_REPORT___C01__DIAGNOSTICCHAIN_MAP:
				return C01((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.COMPETITION_REPORT___C02__DIAGNOSTICCHAIN_MAP:
				return C02((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.COMPETITION_REPORT___C03__DIAGNOSTICCHAIN_MAP:
				return C03((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.COMPETITION_REPORT___C04__DIAGNOSTICCHAIN_MAP:
				return C04((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.COMPETITION_REPORT___C09__DIAGNOSTICCHAIN_MAP:
				return C09((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.COMPETITION_REPORT___C10__DIAGNOSTICCHAIN_MAP:
				return C10((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.COMPETITION_REPORT___C11__DIAGNOSTICCHAIN_MAP:
				return C11((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.COMPETITION_REPORT___C12__DIAGNOSTICCHAIN_MAP:
				return C12((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.COMPETITION_REPORT___C13__DIAGNOSTICCHAIN_MAP:
				return C13((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (category: ");
		result.append(category);
		result.append(", industryField: ");
		result.append(industryField);
		result.append(", leadingIndustry: ");
		result.append(leadingIndustry);
		result.append(", geographicScope: ");
		result.append(geographicScope);
		result.append(", keyProjectsTotal: ");
		result.append(keyProjectsTotal);
		result.append(", selfAssessment: ");
		result.append(selfAssessment);
		result.append(')');
		return result.toString();
	}

} //CompetitionReportImpl
