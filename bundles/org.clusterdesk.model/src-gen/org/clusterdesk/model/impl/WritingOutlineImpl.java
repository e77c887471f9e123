/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.WritingOutline;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Writing Outline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getBasicInformation <em>Basic Information</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getDevelopmentLevel <em>Development Level</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getChainStrengthening <em>Chain Strengthening</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getResourceCollaboration <em>Resource Collaboration</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getQualityBrand <em>Quality Brand</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getCollaborativeInnovation <em>Collaborative Innovation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getIntelligentTransformation <em>Intelligent Transformation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getDigitalServices <em>Digital Services</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getGreenLowCarbon <em>Green Low Carbon</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getInternationalCooperation <em>International Cooperation</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getDevelopmentEnvironment <em>Development Environment</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.WritingOutlineImpl#getAboveScaleEvidence <em>Above Scale Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WritingOutlineImpl extends EObjectImpl implements WritingOutline {
	/**
	 * The default value of the '{@link #getBasicInformation() <em>Basic Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasicInformation()
	 * @generated
	 * @ordered
	 */
	protected static final String BASIC_INFORMATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasicInformation() <em>Basic Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasicInformation()
	 * @generated
	 * @ordered
	 */
	protected String basicInformation = BASIC_INFORMATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevelopmentLevel() <em>Development Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopmentLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVELOPMENT_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevelopmentLevel() <em>Development Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopmentLevel()
	 * @generated
	 * @ordered
	 */
	protected String developmentLevel = DEVELOPMENT_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAboveScaleEnterprises() <em>Above Scale Enterprises</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboveScaleEnterprises()
	 * @generated
	 * @ordered
	 */
	protected static final String ABOVE_SCALE_ENTERPRISES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAboveScaleEnterprises() <em>Above Scale Enterprises</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboveScaleEnterprises()
	 * @generated
	 * @ordered
	 */
	protected String aboveScaleEnterprises = ABOVE_SCALE_ENTERPRISES_EDEFAULT;

	/**
	 * The default value of the '{@link #getChainStrengthening() <em>Chain Strengthening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainStrengthening()
	 * @generated
	 * @ordered
	 */
	protected static final String CHAIN_STRENGTHENING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChainStrengthening() <em>Chain Strengthening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainStrengthening()
	 * @generated
	 * @ordered
	 */
	protected String chainStrengthening = CHAIN_STRENGTHENING_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceCollaboration() <em>Resource Collaboration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceCollaboration()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_COLLABORATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceCollaboration() <em>Resource Collaboration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceCollaboration()
	 * @generated
	 * @ordered
	 */
	protected String resourceCollaboration = RESOURCE_COLLABORATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getQualityBrand() <em>Quality Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualityBrand()
	 * @generated
	 * @ordered
	 */
	protected static final String QUALITY_BRAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQualityBrand() <em>Quality Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualityBrand()
	 * @generated
	 * @ordered
	 */
	protected String qualityBrand = QUALITY_BRAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollaborativeInnovation() <em>Collaborative Innovation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollaborativeInnovation()
	 * @generated
	 * @ordered
	 */
	protected static final String COLLABORATIVE_INNOVATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollaborativeInnovation() <em>Collaborative Innovation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollaborativeInnovation()
	 * @generated
	 * @ordered
	 */
	protected String collaborativeInnovation = COLLABORATIVE_INNOVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntelligentTransformation() <em>Intelligent Transformation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntelligentTransformation()
	 * @generated
	 * @ordered
	 */
	protected static final String INTELLIGENT_TRANSFORMATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntelligentTransformation() <em>Intelligent Transformation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntelligentTransformation()
	 * @generated
	 * @ordered
	 */
	protected String intelligentTransformation = INTELLIGENT_TRANSFORMATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDigitalServices() <em>Digital Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalServices()
	 * @generated
	 * @ordered
	 */
	protected static final String DIGITAL_SERVICES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDigitalServices() <em>Digital Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalServices()
	 * @generated
	 * @ordered
	 */
	protected String digitalServices = DIGITAL_SERVICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getGreenLowCarbon() <em>Green Low Carbon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenLowCarbon()
	 * @generated
	 * @ordered
	 */
	protected static final String GREEN_LOW_CARBON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGreenLowCarbon() <em>Green Low Carbon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenLowCarbon()
	 * @generated
	 * @ordered
	 */
	protected String greenLowCarbon = GREEN_LOW_CARBON_EDEFAULT;

	/**
	 * The default value of the '{@link #getInternationalCooperation() <em>International Cooperation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternationalCooperation()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERNATIONAL_COOPERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInternationalCooperation() <em>International Cooperation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternationalCooperation()
	 * @generated
	 * @ordered
	 */
	protected String internationalCooperation = INTERNATIONAL_COOPERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevelopmentEnvironment() <em>Development Environment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopmentEnvironment()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVELOPMENT_ENVIRONMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevelopmentEnvironment() <em>Development Environment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopmentEnvironment()
	 * @generated
	 * @ordered
	 */
	protected String developmentEnvironment = DEVELOPMENT_ENVIRONMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAboveScaleEvidence() <em>Above Scale Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboveScaleEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> aboveScaleEvidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WritingOutlineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.WRITING_OUTLINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasicInformation() {
		return basicInformation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasicInformation(String newBasicInformation) {
		String oldBasicInformation = basicInformation;
		basicInformation = newBasicInformation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__BASIC_INFORMATION, oldBasicInformation, basicInformation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevelopmentLevel() {
		return developmentLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevelopmentLevel(String newDevelopmentLevel) {
		String oldDevelopmentLevel = developmentLevel;
		developmentLevel = newDevelopmentLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_LEVEL, oldDevelopmentLevel, developmentLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAboveScaleEnterprises() {
		return aboveScaleEnterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAboveScaleEnterprises(String newAboveScaleEnterprises) {
		String oldAboveScaleEnterprises = aboveScaleEnterprises;
		aboveScaleEnterprises = newAboveScaleEnterprises;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES, oldAboveScaleEnterprises, aboveScaleEnterprises));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChainStrengthening() {
		return chainStrengthening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChainStrengthening(String newChainStrengthening) {
		String oldChainStrengthening = chainStrengthening;
		chainStrengthening = newChainStrengthening;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__CHAIN_STRENGTHENING, oldChainStrengthening, chainStrengthening));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceCollaboration() {
		return resourceCollaboration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceCollaboration(String newResourceCollaboration) {
		String oldResourceCollaboration = resourceCollaboration;
		resourceCollaboration = newResourceCollaboration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__RESOURCE_COLLABORATION, oldResourceCollaboration, resourceCollaboration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQualityBrand() {
		return qualityBrand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQualityBrand(String newQualityBrand) {
		String oldQualityBrand = qualityBrand;
		qualityBrand = newQualityBrand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__QUALITY_BRAND, oldQualityBrand, qualityBrand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCollaborativeInnovation() {
		return collaborativeInnovation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollaborativeInnovation(String newCollaborativeInnovation) {
		String oldCollaborativeInnovation = collaborativeInnovation;
		collaborativeInnovation = newCollaborativeInnovation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__COLLABORATIVE_INNOVATION, oldCollaborativeInnovation, collaborativeInnovation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntelligentTransformation() {
		return intelligentTransformation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntelligentTransformation(String newIntelligentTransformation) {
		String oldIntelligentTransformation = intelligentTransformation;
		intelligentTransformation = newIntelligentTransformation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION, oldIntelligentTransformation, intelligentTransformation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDigitalServices() {
		return digitalServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigitalServices(String newDigitalServices) {
		String oldDigitalServices = digitalServices;
		digitalServices = newDigitalServices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__DIGITAL_SERVICES, oldDigitalServices, digitalServices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGreenLowCarbon() {
		return greenLowCarbon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGreenLowCarbon(String newGreenLowCarbon) {
		String oldGreenLowCarbon = greenLowCarbon;
		greenLowCarbon = newGreenLowCarbon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__GREEN_LOW_CARBON, oldGreenLowCarbon, greenLowCarbon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInternationalCooperation() {
		return internationalCooperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternationalCooperation(String newInternationalCooperation) {
		String oldInternationalCooperation = internationalCooperation;
		internationalCooperation = newInternationalCooperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__INTERNATIONAL_COOPERATION, oldInternationalCooperation, internationalCooperation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevelopmentEnvironment() {
		return developmentEnvironment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevelopmentEnvironment(String newDevelopmentEnvironment) {
		String oldDevelopmentEnvironment = developmentEnvironment;
		developmentEnvironment = newDevelopmentEnvironment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT, oldDevelopmentEnvironment, developmentEnvironment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getAboveScaleEvidence() {
		if (aboveScaleEvidence == null) {
			aboveScaleEvidence = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE);
		}
		return aboveScaleEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE:
				return ((InternalEList<?>)getAboveScaleEvidence()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.WRITING_OUTLINE__BASIC_INFORMATION:
				return getBasicInformation();
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_LEVEL:
				return getDevelopmentLevel();
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES:
				return getAboveScaleEnterprises();
			case ClusterDeskPackage.WRITING_OUTLINE__CHAIN_STRENGTHENING:
				return getChainStrengthening();
			case ClusterDeskPackage.WRITING_OUTLINE__RESOURCE_COLLABORATION:
				return getResourceCollaboration();
			case ClusterDeskPackage.WRITING_OUTLINE__QUALITY_BRAND:
				return getQualityBrand();
			case ClusterDeskPackage.WRITING_OUTLINE__COLLABORATIVE_INNOVATION:
				return getCollaborativeInnovation();
			case ClusterDeskPackage.WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION:
				return getIntelligentTransformation();
			case ClusterDeskPackage.WRITING_OUTLINE__DIGITAL_SERVICES:
				return getDigitalServices();
			case ClusterDeskPackage.WRITING_OUTLINE__GREEN_LOW_CARBON:
				return getGreenLowCarbon();
			case ClusterDeskPackage.WRITING_OUTLINE__INTERNATIONAL_COOPERATION:
				return getInternationalCooperation();
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT:
				return getDevelopmentEnvironment();
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE:
				return getAboveScaleEvidence();
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
			case ClusterDeskPackage.WRITING_OUTLINE__BASIC_INFORMATION:
				setBasicInformation((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_LEVEL:
				setDevelopmentLevel((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES:
				setAboveScaleEnterprises((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__CHAIN_STRENGTHENING:
				setChainStrengthening((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__RESOURCE_COLLABORATION:
				setResourceCollaboration((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__QUALITY_BRAND:
				setQualityBrand((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__COLLABORATIVE_INNOVATION:
				setCollaborativeInnovation((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION:
				setIntelligentTransformation((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__DIGITAL_SERVICES:
				setDigitalServices((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__GREEN_LOW_CARBON:
				setGreenLowCarbon((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__INTERNATIONAL_COOPERATION:
				setInternationalCooperation((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT:
				setDevelopmentEnvironment((String)newValue);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE:
				getAboveScaleEvidence().clear();
				getAboveScaleEvidence().addAll((Collection<? extends EvidenceRef>)newValue);
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
			case ClusterDeskPackage.WRITING_OUTLINE__BASIC_INFORMATION:
				setBasicInformation(BASIC_INFORMATION_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_LEVEL:
				setDevelopmentLevel(DEVELOPMENT_LEVEL_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES:
				setAboveScaleEnterprises(ABOVE_SCALE_ENTERPRISES_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__CHAIN_STRENGTHENING:
				setChainStrengthening(CHAIN_STRENGTHENING_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__RESOURCE_COLLABORATION:
				setResourceCollaboration(RESOURCE_COLLABORATION_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__QUALITY_BRAND:
				setQualityBrand(QUALITY_BRAND_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__COLLABORATIVE_INNOVATION:
				setCollaborativeInnovation(COLLABORATIVE_INNOVATION_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION:
				setIntelligentTransformation(INTELLIGENT_TRANSFORMATION_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__DIGITAL_SERVICES:
				setDigitalServices(DIGITAL_SERVICES_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__GREEN_LOW_CARBON:
				setGreenLowCarbon(GREEN_LOW_CARBON_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__INTERNATIONAL_COOPERATION:
				setInternationalCooperation(INTERNATIONAL_COOPERATION_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT:
				setDevelopmentEnvironment(DEVELOPMENT_ENVIRONMENT_EDEFAULT);
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE:
				getAboveScaleEvidence().clear();
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
			case ClusterDeskPackage.WRITING_OUTLINE__BASIC_INFORMATION:
				return BASIC_INFORMATION_EDEFAULT == null ? basicInformation != null : !BASIC_INFORMATION_EDEFAULT.equals(basicInformation);
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_LEVEL:
				return DEVELOPMENT_LEVEL_EDEFAULT == null ? developmentLevel != null : !DEVELOPMENT_LEVEL_EDEFAULT.equals(developmentLevel);
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES:
				return ABOVE_SCALE_ENTERPRISES_EDEFAULT == null ? aboveScaleEnterprises != null : !ABOVE_SCALE_ENTERPRISES_EDEFAULT.equals(aboveScaleEnterprises);
			case ClusterDeskPackage.WRITING_OUTLINE__CHAIN_STRENGTHENING:
				return CHAIN_STRENGTHENING_EDEFAULT == null ? chainStrengthening != null : !CHAIN_STRENGTHENING_EDEFAULT.equals(chainStrengthening);
			case ClusterDeskPackage.WRITING_OUTLINE__RESOURCE_COLLABORATION:
				return RESOURCE_COLLABORATION_EDEFAULT == null ? resourceCollaboration != null : !RESOURCE_COLLABORATION_EDEFAULT.equals(resourceCollaboration);
			case ClusterDeskPackage.WRITING_OUTLINE__QUALITY_BRAND:
				return QUALITY_BRAND_EDEFAULT == null ? qualityBrand != null : !QUALITY_BRAND_EDEFAULT.equals(qualityBrand);
			case ClusterDeskPackage.WRITING_OUTLINE__COLLABORATIVE_INNOVATION:
				return COLLABORATIVE_INNOVATION_EDEFAULT == null ? collaborativeInnovation != null : !COLLABORATIVE_INNOVATION_EDEFAULT.equals(collaborativeInnovation);
			case ClusterDeskPackage.WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION:
				return INTELLIGENT_TRANSFORMATION_EDEFAULT == null ? intelligentTransformation != null : !INTELLIGENT_TRANSFORMATION_EDEFAULT.equals(intelligentTransformation);
			case ClusterDeskPackage.WRITING_OUTLINE__DIGITAL_SERVICES:
				return DIGITAL_SERVICES_EDEFAULT == null ? digitalServices != null : !DIGITAL_SERVICES_EDEFAULT.equals(digitalServices);
			case ClusterDeskPackage.WRITING_OUTLINE__GREEN_LOW_CARBON:
				return GREEN_LOW_CARBON_EDEFAULT == null ? greenLowCarbon != null : !GREEN_LOW_CARBON_EDEFAULT.equals(greenLowCarbon);
			case ClusterDeskPackage.WRITING_OUTLINE__INTERNATIONAL_COOPERATION:
				return INTERNATIONAL_COOPERATION_EDEFAULT == null ? internationalCooperation != null : !INTERNATIONAL_COOPERATION_EDEFAULT.equals(internationalCooperation);
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT:
				return DEVELOPMENT_ENVIRONMENT_EDEFAULT == null ? developmentEnvironment != null : !DEVELOPMENT_ENVIRONMENT_EDEFAULT.equals(developmentEnvironment);
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE:
				return aboveScaleEvidence != null && !aboveScaleEvidence.isEmpty();
		}
		return super.eIsSet(featureID);
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
		result.append(" (basicInformation: ");
		result.append(basicInformation);
		result.append(", developmentLevel: ");
		result.append(developmentLevel);
		result.append(", aboveScaleEnterprises: ");
		result.append(aboveScaleEnterprises);
		result.append(", chainStrengthening: ");
		result.append(chainStrengthening);
		result.append(", resourceCollaboration: ");
		result.append(resourceCollaboration);
		result.append(", qualityBrand: ");
		result.append(qualityBrand);
		result.append(", collaborativeInnovation: ");
		result.append(collaborativeInnovation);
		result.append(", intelligentTransformation: ");
		result.append(intelligentTransformation);
		result.append(", digitalServices: ");
		result.append(digitalServices);
		result.append(", greenLowCarbon: ");
		result.append(greenLowCarbon);
		result.append(", internationalCooperation: ");
		result.append(internationalCooperation);
		result.append(", developmentEnvironment: ");
		result.append(developmentEnvironment);
		result.append(')');
		return result.toString();
	}

} //WritingOutlineImpl
