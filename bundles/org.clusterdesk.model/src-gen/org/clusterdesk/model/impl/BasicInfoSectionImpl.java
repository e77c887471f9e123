/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.clusterdesk.model.BasicInfoSection;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.IndustryType;
import org.clusterdesk.model.Organisation;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.YesNoNotApplicable;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Basic Info Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getOperatorChanged <em>Operator Changed</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getIndustryType <em>Industry Type</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getProhibitedIndustry <em>Prohibited Industry</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getAccidents <em>Accidents</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getViolations <em>Violations</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getEnergyEfficiency <em>Energy Efficiency</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getWaterEfficiency <em>Water Efficiency</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getProvinciallyRecognised <em>Provincially Recognised</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getKeyChainMember <em>Key Chain Member</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.BasicInfoSectionImpl#getKeyChainEvidence <em>Key Chain Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BasicInfoSectionImpl extends EvidenceHolderImpl implements BasicInfoSection {
	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected Organisation department;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected Organisation operator;

	/**
	 * The cached value of the '{@link #getOperatorChanged() <em>Operator Changed</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatorChanged()
	 * @generated
	 * @ordered
	 */
	protected ExplainedAnswer operatorChanged;

	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal area = AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndustryType() <em>Industry Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryType()
	 * @generated
	 * @ordered
	 */
	protected static final IndustryType INDUSTRY_TYPE_EDEFAULT = IndustryType.NONE;

	/**
	 * The cached value of the '{@link #getIndustryType() <em>Industry Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryType()
	 * @generated
	 * @ordered
	 */
	protected IndustryType industryType = INDUSTRY_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProhibitedIndustry() <em>Prohibited Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProhibitedIndustry()
	 * @generated
	 * @ordered
	 */
	protected static final YesNo PROHIBITED_INDUSTRY_EDEFAULT = YesNo.NONE;

	/**
	 * The cached value of the '{@link #getProhibitedIndustry() <em>Prohibited Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProhibitedIndustry()
	 * @generated
	 * @ordered
	 */
	protected YesNo prohibitedIndustry = PROHIBITED_INDUSTRY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccidents() <em>Accidents</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccidents()
	 * @generated
	 * @ordered
	 */
	protected ExplainedAnswer accidents;

	/**
	 * The cached value of the '{@link #getViolations() <em>Violations</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolations()
	 * @generated
	 * @ordered
	 */
	protected ExplainedAnswer violations;

	/**
	 * The default value of the '{@link #getEnergyEfficiency() <em>Energy Efficiency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyEfficiency()
	 * @generated
	 * @ordered
	 */
	protected static final YesNoNotApplicable ENERGY_EFFICIENCY_EDEFAULT = YesNoNotApplicable.NONE;

	/**
	 * The cached value of the '{@link #getEnergyEfficiency() <em>Energy Efficiency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyEfficiency()
	 * @generated
	 * @ordered
	 */
	protected YesNoNotApplicable energyEfficiency = ENERGY_EFFICIENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWaterEfficiency() <em>Water Efficiency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaterEfficiency()
	 * @generated
	 * @ordered
	 */
	protected static final YesNoNotApplicable WATER_EFFICIENCY_EDEFAULT = YesNoNotApplicable.NONE;

	/**
	 * The cached value of the '{@link #getWaterEfficiency() <em>Water Efficiency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaterEfficiency()
	 * @generated
	 * @ordered
	 */
	protected YesNoNotApplicable waterEfficiency = WATER_EFFICIENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvinciallyRecognised() <em>Provincially Recognised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvinciallyRecognised()
	 * @generated
	 * @ordered
	 */
	protected static final YesNo PROVINCIALLY_RECOGNISED_EDEFAULT = YesNo.NONE;

	/**
	 * The cached value of the '{@link #getProvinciallyRecognised() <em>Provincially Recognised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvinciallyRecognised()
	 * @generated
	 * @ordered
	 */
	protected YesNo provinciallyRecognised = PROVINCIALLY_RECOGNISED_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyChainMember() <em>Key Chain Member</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyChainMember()
	 * @generated
	 * @ordered
	 */
	protected static final YesNo KEY_CHAIN_MEMBER_EDEFAULT = YesNo.NONE;

	/**
	 * The cached value of the '{@link #getKeyChainMember() <em>Key Chain Member</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyChainMember()
	 * @generated
	 * @ordered
	 */
	protected YesNo keyChainMember = KEY_CHAIN_MEMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKeyChainEvidence() <em>Key Chain Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyChainEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> keyChainEvidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BasicInfoSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.BASIC_INFO_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDepartment(Organisation newDepartment, NotificationChain msgs) {
		Organisation oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT, oldDepartment, newDepartment);
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
	public void setDepartment(Organisation newDepartment) {
		if (newDepartment != department) {
			NotificationChain msgs = null;
			if (department != null)
				msgs = ((InternalEObject)department).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT, null, msgs);
			if (newDepartment != null)
				msgs = ((InternalEObject)newDepartment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT, null, msgs);
			msgs = basicSetDepartment(newDepartment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT, newDepartment, newDepartment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOperator(Organisation newOperator, NotificationChain msgs) {
		Organisation oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR, oldOperator, newOperator);
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
	public void setOperator(Organisation newOperator) {
		if (newOperator != operator) {
			NotificationChain msgs = null;
			if (operator != null)
				msgs = ((InternalEObject)operator).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR, null, msgs);
			if (newOperator != null)
				msgs = ((InternalEObject)newOperator).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR, null, msgs);
			msgs = basicSetOperator(newOperator, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR, newOperator, newOperator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplainedAnswer getOperatorChanged() {
		return operatorChanged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOperatorChanged(ExplainedAnswer newOperatorChanged, NotificationChain msgs) {
		ExplainedAnswer oldOperatorChanged = operatorChanged;
		operatorChanged = newOperatorChanged;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED, oldOperatorChanged, newOperatorChanged);
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
	public void setOperatorChanged(ExplainedAnswer newOperatorChanged) {
		if (newOperatorChanged != operatorChanged) {
			NotificationChain msgs = null;
			if (operatorChanged != null)
				msgs = ((InternalEObject)operatorChanged).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED, null, msgs);
			if (newOperatorChanged != null)
				msgs = ((InternalEObject)newOperatorChanged).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED, null, msgs);
			msgs = basicSetOperatorChanged(newOperatorChanged, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED, newOperatorChanged, newOperatorChanged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(BigDecimal newArea) {
		BigDecimal oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustryType getIndustryType() {
		return industryType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustryType(IndustryType newIndustryType) {
		IndustryType oldIndustryType = industryType;
		industryType = newIndustryType == null ? INDUSTRY_TYPE_EDEFAULT : newIndustryType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__INDUSTRY_TYPE, oldIndustryType, industryType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNo getProhibitedIndustry() {
		return prohibitedIndustry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProhibitedIndustry(YesNo newProhibitedIndustry) {
		YesNo oldProhibitedIndustry = prohibitedIndustry;
		prohibitedIndustry = newProhibitedIndustry == null ? PROHIBITED_INDUSTRY_EDEFAULT : newProhibitedIndustry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY, oldProhibitedIndustry, prohibitedIndustry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplainedAnswer getAccidents() {
		return accidents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAccidents(ExplainedAnswer newAccidents, NotificationChain msgs) {
		ExplainedAnswer oldAccidents = accidents;
		accidents = newAccidents;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS, oldAccidents, newAccidents);
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
	public void setAccidents(ExplainedAnswer newAccidents) {
		if (newAccidents != accidents) {
			NotificationChain msgs = null;
			if (accidents != null)
				msgs = ((InternalEObject)accidents).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS, null, msgs);
			if (newAccidents != null)
				msgs = ((InternalEObject)newAccidents).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS, null, msgs);
			msgs = basicSetAccidents(newAccidents, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS, newAccidents, newAccidents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplainedAnswer getViolations() {
		return violations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetViolations(ExplainedAnswer newViolations, NotificationChain msgs) {
		ExplainedAnswer oldViolations = violations;
		violations = newViolations;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS, oldViolations, newViolations);
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
	public void setViolations(ExplainedAnswer newViolations) {
		if (newViolations != violations) {
			NotificationChain msgs = null;
			if (violations != null)
				msgs = ((InternalEObject)violations).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS, null, msgs);
			if (newViolations != null)
				msgs = ((InternalEObject)newViolations).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS, null, msgs);
			msgs = basicSetViolations(newViolations, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS, newViolations, newViolations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNoNotApplicable getEnergyEfficiency() {
		return energyEfficiency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnergyEfficiency(YesNoNotApplicable newEnergyEfficiency) {
		YesNoNotApplicable oldEnergyEfficiency = energyEfficiency;
		energyEfficiency = newEnergyEfficiency == null ? ENERGY_EFFICIENCY_EDEFAULT : newEnergyEfficiency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__ENERGY_EFFICIENCY, oldEnergyEfficiency, energyEfficiency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNoNotApplicable getWaterEfficiency() {
		return waterEfficiency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaterEfficiency(YesNoNotApplicable newWaterEfficiency) {
		YesNoNotApplicable oldWaterEfficiency = waterEfficiency;
		waterEfficiency = newWaterEfficiency == null ? WATER_EFFICIENCY_EDEFAULT : newWaterEfficiency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__WATER_EFFICIENCY, oldWaterEfficiency, waterEfficiency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNo getProvinciallyRecognised() {
		return provinciallyRecognised;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvinciallyRecognised(YesNo newProvinciallyRecognised) {
		YesNo oldProvinciallyRecognised = provinciallyRecognised;
		provinciallyRecognised = newProvinciallyRecognised == null ? PROVINCIALLY_RECOGNISED_EDEFAULT : newProvinciallyRecognised;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED, oldProvinciallyRecognised, provinciallyRecognised));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNo getKeyChainMember() {
		return keyChainMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyChainMember(YesNo newKeyChainMember) {
		YesNo oldKeyChainMember = keyChainMember;
		keyChainMember = newKeyChainMember == null ? KEY_CHAIN_MEMBER_EDEFAULT : newKeyChainMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_MEMBER, oldKeyChainMember, keyChainMember));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getKeyChainEvidence() {
		if (keyChainEvidence == null) {
			keyChainEvidence = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE);
		}
		return keyChainEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT:
				return basicSetDepartment(null, msgs);
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR:
				return basicSetOperator(null, msgs);
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED:
				return basicSetOperatorChanged(null, msgs);
			case ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS:
				return basicSetAccidents(null, msgs);
			case ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS:
				return basicSetViolations(null, msgs);
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE:
				return ((InternalEList<?>)getKeyChainEvidence()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT:
				return getDepartment();
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR:
				return getOperator();
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED:
				return getOperatorChanged();
			case ClusterDeskPackage.BASIC_INFO_SECTION__AREA:
				return getArea();
			case ClusterDeskPackage.BASIC_INFO_SECTION__INDUSTRY_TYPE:
				return getIndustryType();
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY:
				return getProhibitedIndustry();
			case ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS:
				return getAccidents();
			case ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS:
				return getViolations();
			case ClusterDeskPackage.BASIC_INFO_SECTION__ENERGY_EFFICIENCY:
				return getEnergyEfficiency();
			case ClusterDeskPackage.BASIC_INFO_SECTION__WATER_EFFICIENCY:
				return getWaterEfficiency();
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED:
				return getProvinciallyRecognised();
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_MEMBER:
				return getKeyChainMember();
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE:
				return getKeyChainEvidence();
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
			case ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT:
				setDepartment((Organisation)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR:
				setOperator((Organisation)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED:
				setOperatorChanged((ExplainedAnswer)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__AREA:
				setArea((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__INDUSTRY_TYPE:
				setIndustryType((IndustryType)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY:
				setProhibitedIndustry((YesNo)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS:
				setAccidents((ExplainedAnswer)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS:
				setViolations((ExplainedAnswer)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__ENERGY_EFFICIENCY:
				setEnergyEfficiency((YesNoNotApplicable)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__WATER_EFFICIENCY:
				setWaterEfficiency((YesNoNotApplicable)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED:
				setProvinciallyRecognised((YesNo)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_MEMBER:
				setKeyChainMember((YesNo)newValue);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE:
				getKeyChainEvidence().clear();
				getKeyChainEvidence().addAll((Collection<? extends EvidenceRef>)newValue);
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
			case ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT:
				setDepartment((Organisation)null);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR:
				setOperator((Organisation)null);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED:
				setOperatorChanged((ExplainedAnswer)null);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__INDUSTRY_TYPE:
				setIndustryType(INDUSTRY_TYPE_EDEFAULT);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY:
				setProhibitedIndustry(PROHIBITED_INDUSTRY_EDEFAULT);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS:
				setAccidents((ExplainedAnswer)null);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS:
				setViolations((ExplainedAnswer)null);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__ENERGY_EFFICIENCY:
				setEnergyEfficiency(ENERGY_EFFICIENCY_EDEFAULT);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__WATER_EFFICIENCY:
				setWaterEfficiency(WATER_EFFICIENCY_EDEFAULT);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED:
				setProvinciallyRecognised(PROVINCIALLY_RECOGNISED_EDEFAULT);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_MEMBER:
				setKeyChainMember(KEY_CHAIN_MEMBER_EDEFAULT);
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE:
				getKeyChainEvidence().clear();
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
			case ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT:
				return department != null;
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR:
				return operator != null;
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED:
				return operatorChanged != null;
			case ClusterDeskPackage.BASIC_INFO_SECTION__AREA:
				return AREA_EDEFAULT == null ? area != null : !AREA_EDEFAULT.equals(area);
			case ClusterDeskPackage.BASIC_INFO_SECTION__INDUSTRY_TYPE:
				return industryType != INDUSTRY_TYPE_EDEFAULT;
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY:
				return prohibitedIndustry != PROHIBITED_INDUSTRY_EDEFAULT;
			case ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS:
				return accidents != null;
			case ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS:
				return violations != null;
			case ClusterDeskPackage.BASIC_INFO_SECTION__ENERGY_EFFICIENCY:
				return energyEfficiency != ENERGY_EFFICIENCY_EDEFAULT;
			case ClusterDeskPackage.BASIC_INFO_SECTION__WATER_EFFICIENCY:
				return waterEfficiency != WATER_EFFICIENCY_EDEFAULT;
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED:
				return provinciallyRecognised != PROVINCIALLY_RECOGNISED_EDEFAULT;
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_MEMBER:
				return keyChainMember != KEY_CHAIN_MEMBER_EDEFAULT;
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE:
				return keyChainEvidence != null && !keyChainEvidence.isEmpty();
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
		result.append(" (area: ");
		result.append(area);
		result.append(", industryType: ");
		result.append(industryType);
		result.append(", prohibitedIndustry: ");
		result.append(prohibitedIndustry);
		result.append(", energyEfficiency: ");
		result.append(energyEfficiency);
		result.append(", waterEfficiency: ");
		result.append(waterEfficiency);
		result.append(", provinciallyRecognised: ");
		result.append(provinciallyRecognised);
		result.append(", keyChainMember: ");
		result.append(keyChainMember);
		result.append(')');
		return result.toString();
	}

} //BasicInfoSectionImpl
