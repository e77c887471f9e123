/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

import java.util.Map;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.ImplementationPlan;
import org.clusterdesk.model.ImplementationTarget;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Implementation Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getLeadUnit <em>Lead Unit</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getProfit <em>Profit</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getTax <em>Tax</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getBackground <em>Background</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getFoundations <em>Foundations</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getPathways <em>Pathways</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getSafeguards <em>Safeguards</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ImplementationPlanImpl#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImplementationPlanImpl extends EObjectImpl implements ImplementationPlan {
	/**
	 * The default value of the '{@link #getLeadUnit() <em>Lead Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String LEAD_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeadUnit() <em>Lead Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadUnit()
	 * @generated
	 * @ordered
	 */
	protected String leadUnit = LEAD_UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRevenue() <em>Revenue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected ImplementationTarget revenue;

	/**
	 * The cached value of the '{@link #getAboveScaleEnterprises() <em>Above Scale Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboveScaleEnterprises()
	 * @generated
	 * @ordered
	 */
	protected ImplementationTarget aboveScaleEnterprises;

	/**
	 * The cached value of the '{@link #getProfit() <em>Profit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfit()
	 * @generated
	 * @ordered
	 */
	protected ImplementationTarget profit;

	/**
	 * The cached value of the '{@link #getTax() <em>Tax</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTax()
	 * @generated
	 * @ordered
	 */
	protected ImplementationTarget tax;

	/**
	 * The default value of the '{@link #getBackground() <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackground()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKGROUND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackground() <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackground()
	 * @generated
	 * @ordered
	 */
	protected String background = BACKGROUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFoundations() <em>Foundations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundations()
	 * @generated
	 * @ordered
	 */
	protected static final String FOUNDATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFoundations() <em>Foundations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundations()
	 * @generated
	 * @ordered
	 */
	protected String foundations = FOUNDATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGoals() <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected static final String GOALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected String goals = GOALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPathways() <em>Pathways</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathways()
	 * @generated
	 * @ordered
	 */
	protected static final String PATHWAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPathways() <em>Pathways</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathways()
	 * @generated
	 * @ordered
	 */
	protected String pathways = PATHWAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSafeguards() <em>Safeguards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafeguards()
	 * @generated
	 * @ordered
	 */
	protected static final String SAFEGUARDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSafeguards() <em>Safeguards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafeguards()
	 * @generated
	 * @ordered
	 */
	protected String safeguards = SAFEGUARDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> document;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImplementationPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLeadUnit() {
		return leadUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadUnit(String newLeadUnit) {
		String oldLeadUnit = leadUnit;
		leadUnit = newLeadUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__LEAD_UNIT, oldLeadUnit, leadUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationTarget getRevenue() {
		return revenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRevenue(ImplementationTarget newRevenue, NotificationChain msgs) {
		ImplementationTarget oldRevenue = revenue;
		revenue = newRevenue;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE, oldRevenue, newRevenue);
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
	public void setRevenue(ImplementationTarget newRevenue) {
		if (newRevenue != revenue) {
			NotificationChain msgs = null;
			if (revenue != null)
				msgs = ((InternalEObject)revenue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE, null, msgs);
			if (newRevenue != null)
				msgs = ((InternalEObject)newRevenue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE, null, msgs);
			msgs = basicSetRevenue(newRevenue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE, newRevenue, newRevenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationTarget getAboveScaleEnterprises() {
		return aboveScaleEnterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAboveScaleEnterprises(ImplementationTarget newAboveScaleEnterprises, NotificationChain msgs) {
		ImplementationTarget oldAboveScaleEnterprises = aboveScaleEnterprises;
		aboveScaleEnterprises = newAboveScaleEnterprises;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES, oldAboveScaleEnterprises, newAboveScaleEnterprises);
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
	public void setAboveScaleEnterprises(ImplementationTarget newAboveScaleEnterprises) {
		if (newAboveScaleEnterprises != aboveScaleEnterprises) {
			NotificationChain msgs = null;
			if (aboveScaleEnterprises != null)
				msgs = ((InternalEObject)aboveScaleEnterprises).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES, null, msgs);
			if (newAboveScaleEnterprises != null)
				msgs = ((InternalEObject)newAboveScaleEnterprises).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES, null, msgs);
			msgs = basicSetAboveScaleEnterprises(newAboveScaleEnterprises, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES, newAboveScaleEnterprises, newAboveScaleEnterprises));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationTarget getProfit() {
		return profit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProfit(ImplementationTarget newProfit, NotificationChain msgs) {
		ImplementationTarget oldProfit = profit;
		profit = newProfit;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT, oldProfit, newProfit);
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
	public void setProfit(ImplementationTarget newProfit) {
		if (newProfit != profit) {
			NotificationChain msgs = null;
			if (profit != null)
				msgs = ((InternalEObject)profit).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT, null, msgs);
			if (newProfit != null)
				msgs = ((InternalEObject)newProfit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT, null, msgs);
			msgs = basicSetProfit(newProfit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT, newProfit, newProfit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationTarget getTax() {
		return tax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTax(ImplementationTarget newTax, NotificationChain msgs) {
		ImplementationTarget oldTax = tax;
		tax = newTax;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX, oldTax, newTax);
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
	public void setTax(ImplementationTarget newTax) {
		if (newTax != tax) {
			NotificationChain msgs = null;
			if (tax != null)
				msgs = ((InternalEObject)tax).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX, null, msgs);
			if (newTax != null)
				msgs = ((InternalEObject)newTax).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX, null, msgs);
			msgs = basicSetTax(newTax, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX, newTax, newTax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackground() {
		return background;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackground(String newBackground) {
		String oldBackground = background;
		background = newBackground;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__BACKGROUND, oldBackground, background));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFoundations() {
		return foundations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoundations(String newFoundations) {
		String oldFoundations = foundations;
		foundations = newFoundations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__FOUNDATIONS, oldFoundations, foundations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoals() {
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoals(String newGoals) {
		String oldGoals = goals;
		goals = newGoals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__GOALS, oldGoals, goals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPathways() {
		return pathways;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPathways(String newPathways) {
		String oldPathways = pathways;
		pathways = newPathways;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__PATHWAYS, oldPathways, pathways));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSafeguards() {
		return safeguards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSafeguards(String newSafeguards) {
		String oldSafeguards = safeguards;
		safeguards = newSafeguards;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.IMPLEMENTATION_PLAN__SAFEGUARDS, oldSafeguards, safeguards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getDocument() {
		if (document == null) {
			document = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, ClusterDeskPackage.IMPLEMENTATION_PLAN__DOCUMENT);
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean P11(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("P11", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE:
				return basicSetRevenue(null, msgs);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES:
				return basicSetAboveScaleEnterprises(null, msgs);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT:
				return basicSetProfit(null, msgs);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX:
				return basicSetTax(null, msgs);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__DOCUMENT:
				return ((InternalEList<?>)getDocument()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__LEAD_UNIT:
				return getLeadUnit();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE:
				return getRevenue();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES:
				return getAboveScaleEnterprises();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT:
				return getProfit();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX:
				return getTax();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__BACKGROUND:
				return getBackground();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__FOUNDATIONS:
				return getFoundations();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__GOALS:
				return getGoals();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PATHWAYS:
				return getPathways();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__SAFEGUARDS:
				return getSafeguards();
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__DOCUMENT:
				return getDocument();
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
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__LEAD_UNIT:
				setLeadUnit((String)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE:
				setRevenue((ImplementationTarget)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES:
				setAboveScaleEnterprises((ImplementationTarget)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT:
				setProfit((ImplementationTarget)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX:
				setTax((ImplementationTarget)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__BACKGROUND:
				setBackground((String)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__FOUNDATIONS:
				setFoundations((String)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__GOALS:
				setGoals((String)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PATHWAYS:
				setPathways((String)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__SAFEGUARDS:
				setSafeguards((String)newValue);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__DOCUMENT:
				getDocument().clear();
				getDocument().addAll((Collection<? extends EvidenceRef>)newValue);
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
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__LEAD_UNIT:
				setLeadUnit(LEAD_UNIT_EDEFAULT);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE:
				setRevenue((ImplementationTarget)null);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES:
				setAboveScaleEnterprises((ImplementationTarget)null);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT:
				setProfit((ImplementationTarget)null);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX:
				setTax((ImplementationTarget)null);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__BACKGROUND:
				setBackground(BACKGROUND_EDEFAULT);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__FOUNDATIONS:
				setFoundations(FOUNDATIONS_EDEFAULT);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__GOALS:
				setGoals(GOALS_EDEFAULT);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PATHWAYS:
				setPathways(PATHWAYS_EDEFAULT);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__SAFEGUARDS:
				setSafeguards(SAFEGUARDS_EDEFAULT);
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__DOCUMENT:
				getDocument().clear();
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
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__LEAD_UNIT:
				return LEAD_UNIT_EDEFAULT == null ? leadUnit != null : !LEAD_UNIT_EDEFAULT.equals(leadUnit);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE:
				return revenue != null;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES:
				return aboveScaleEnterprises != null;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT:
				return profit != null;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX:
				return tax != null;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__BACKGROUND:
				return BACKGROUND_EDEFAULT == null ? background != null : !BACKGROUND_EDEFAULT.equals(background);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__FOUNDATIONS:
				return FOUNDATIONS_EDEFAULT == null ? foundations != null : !FOUNDATIONS_EDEFAULT.equals(foundations);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__GOALS:
				return GOALS_EDEFAULT == null ? goals != null : !GOALS_EDEFAULT.equals(goals);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PATHWAYS:
				return PATHWAYS_EDEFAULT == null ? pathways != null : !PATHWAYS_EDEFAULT.equals(pathways);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__SAFEGUARDS:
				return SAFEGUARDS_EDEFAULT == null ? safeguards != null : !SAFEGUARDS_EDEFAULT.equals(safeguards);
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__DOCUMENT:
				return document != null && !document.isEmpty();
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
			case ClusterDeskPackage.IMPLEMENTATION_PLAN___P11__DIAGNOSTICCHAIN_MAP:
				return P11((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (leadUnit: ");
		result.append(leadUnit);
		result.append(", background: ");
		result.append(background);
		result.append(", foundations: ");
		result.append(foundations);
		result.append(", goals: ");
		result.append(goals);
		result.append(", pathways: ");
		result.append(pathways);
		result.append(", safeguards: ");
		result.append(safeguards);
		result.append(')');
		return result.toString();
	}

} //ImplementationPlanImpl
