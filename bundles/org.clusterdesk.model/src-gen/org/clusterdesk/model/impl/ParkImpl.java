/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.GreenParkLevel;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.YesNo;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Park</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getLeadingIndustry <em>Leading Industry</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getGdp <em>Gdp</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getAboveScaleRevenue <em>Above Scale Revenue</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getTax <em>Tax</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getTrade <em>Trade</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getFixedInvestment <em>Fixed Investment</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getInvestmentAttracted <em>Investment Attracted</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getForeignCapitalUsed <em>Foreign Capital Used</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getDevelopedArea <em>Developed Area</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getInvestmentIntensity <em>Investment Intensity</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getTaxPerMu <em>Tax Per Mu</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getGreenParkLevel <em>Green Park Level</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getEvidencePage <em>Evidence Page</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ParkImpl#getReport <em>Report</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParkImpl extends EObjectImpl implements Park {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getGdp() <em>Gdp</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGdp()
	 * @generated
	 * @ordered
	 */
	protected ParkIndicator gdp;

	/**
	 * The cached value of the '{@link #getAboveScaleEnterprises() <em>Above Scale Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboveScaleEnterprises()
	 * @generated
	 * @ordered
	 */
	protected ParkIndicator aboveScaleEnterprises;

	/**
	 * The cached value of the '{@link #getAboveScaleRevenue() <em>Above Scale Revenue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboveScaleRevenue()
	 * @generated
	 * @ordered
	 */
	protected ParkIndicator aboveScaleRevenue;

	/**
	 * The cached value of the '{@link #getTax() <em>Tax</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTax()
	 * @generated
	 * @ordered
	 */
	protected ParkIndicator tax;

	/**
	 * The cached value of the '{@link #getTrade() <em>Trade</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrade()
	 * @generated
	 * @ordered
	 */
	protected ParkIndicator trade;

	/**
	 * The cached value of the '{@link #getFixedInvestment() <em>Fixed Investment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedInvestment()
	 * @generated
	 * @ordered
	 */
	protected ParkIndicator fixedInvestment;

	/**
	 * The cached value of the '{@link #getInvestmentAttracted() <em>Investment Attracted</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvestmentAttracted()
	 * @generated
	 * @ordered
	 */
	protected ParkIndicator investmentAttracted;

	/**
	 * The cached value of the '{@link #getForeignCapitalUsed() <em>Foreign Capital Used</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForeignCapitalUsed()
	 * @generated
	 * @ordered
	 */
	protected ParkIndicator foreignCapitalUsed;

	/**
	 * The cached value of the '{@link #getDevelopedArea() <em>Developed Area</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopedArea()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal developedArea;

	/**
	 * The cached value of the '{@link #getInvestmentIntensity() <em>Investment Intensity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvestmentIntensity()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal investmentIntensity;

	/**
	 * The cached value of the '{@link #getTaxPerMu() <em>Tax Per Mu</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaxPerMu()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal taxPerMu;

	/**
	 * The default value of the '{@link #getGreenParkLevel() <em>Green Park Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenParkLevel()
	 * @generated
	 * @ordered
	 */
	protected static final GreenParkLevel GREEN_PARK_LEVEL_EDEFAULT = GreenParkLevel.NONE;

	/**
	 * The cached value of the '{@link #getGreenParkLevel() <em>Green Park Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenParkLevel()
	 * @generated
	 * @ordered
	 */
	protected GreenParkLevel greenParkLevel = GREEN_PARK_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidencePage() <em>Evidence Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidencePage()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_PAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidencePage() <em>Evidence Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidencePage()
	 * @generated
	 * @ordered
	 */
	protected String evidencePage = EVIDENCE_PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReport() <em>Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReport()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReport() <em>Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReport()
	 * @generated
	 * @ordered
	 */
	protected String report = REPORT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PARK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__LEADING_INDUSTRY, oldLeadingIndustry, leadingIndustry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParkIndicator getGdp() {
		return gdp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGdp(ParkIndicator newGdp, NotificationChain msgs) {
		ParkIndicator oldGdp = gdp;
		gdp = newGdp;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__GDP, oldGdp, newGdp);
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
	public void setGdp(ParkIndicator newGdp) {
		if (newGdp != gdp) {
			NotificationChain msgs = null;
			if (gdp != null)
				msgs = ((InternalEObject)gdp).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__GDP, null, msgs);
			if (newGdp != null)
				msgs = ((InternalEObject)newGdp).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__GDP, null, msgs);
			msgs = basicSetGdp(newGdp, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__GDP, newGdp, newGdp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParkIndicator getAboveScaleEnterprises() {
		return aboveScaleEnterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAboveScaleEnterprises(ParkIndicator newAboveScaleEnterprises, NotificationChain msgs) {
		ParkIndicator oldAboveScaleEnterprises = aboveScaleEnterprises;
		aboveScaleEnterprises = newAboveScaleEnterprises;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES, oldAboveScaleEnterprises, newAboveScaleEnterprises);
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
	public void setAboveScaleEnterprises(ParkIndicator newAboveScaleEnterprises) {
		if (newAboveScaleEnterprises != aboveScaleEnterprises) {
			NotificationChain msgs = null;
			if (aboveScaleEnterprises != null)
				msgs = ((InternalEObject)aboveScaleEnterprises).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES, null, msgs);
			if (newAboveScaleEnterprises != null)
				msgs = ((InternalEObject)newAboveScaleEnterprises).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES, null, msgs);
			msgs = basicSetAboveScaleEnterprises(newAboveScaleEnterprises, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES, newAboveScaleEnterprises, newAboveScaleEnterprises));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParkIndicator getAboveScaleRevenue() {
		return aboveScaleRevenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAboveScaleRevenue(ParkIndicator newAboveScaleRevenue, NotificationChain msgs) {
		ParkIndicator oldAboveScaleRevenue = aboveScaleRevenue;
		aboveScaleRevenue = newAboveScaleRevenue;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE, oldAboveScaleRevenue, newAboveScaleRevenue);
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
	public void setAboveScaleRevenue(ParkIndicator newAboveScaleRevenue) {
		if (newAboveScaleRevenue != aboveScaleRevenue) {
			NotificationChain msgs = null;
			if (aboveScaleRevenue != null)
				msgs = ((InternalEObject)aboveScaleRevenue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE, null, msgs);
			if (newAboveScaleRevenue != null)
				msgs = ((InternalEObject)newAboveScaleRevenue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE, null, msgs);
			msgs = basicSetAboveScaleRevenue(newAboveScaleRevenue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE, newAboveScaleRevenue, newAboveScaleRevenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParkIndicator getTax() {
		return tax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTax(ParkIndicator newTax, NotificationChain msgs) {
		ParkIndicator oldTax = tax;
		tax = newTax;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__TAX, oldTax, newTax);
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
	public void setTax(ParkIndicator newTax) {
		if (newTax != tax) {
			NotificationChain msgs = null;
			if (tax != null)
				msgs = ((InternalEObject)tax).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__TAX, null, msgs);
			if (newTax != null)
				msgs = ((InternalEObject)newTax).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__TAX, null, msgs);
			msgs = basicSetTax(newTax, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__TAX, newTax, newTax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParkIndicator getTrade() {
		return trade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrade(ParkIndicator newTrade, NotificationChain msgs) {
		ParkIndicator oldTrade = trade;
		trade = newTrade;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__TRADE, oldTrade, newTrade);
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
	public void setTrade(ParkIndicator newTrade) {
		if (newTrade != trade) {
			NotificationChain msgs = null;
			if (trade != null)
				msgs = ((InternalEObject)trade).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__TRADE, null, msgs);
			if (newTrade != null)
				msgs = ((InternalEObject)newTrade).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__TRADE, null, msgs);
			msgs = basicSetTrade(newTrade, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__TRADE, newTrade, newTrade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParkIndicator getFixedInvestment() {
		return fixedInvestment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFixedInvestment(ParkIndicator newFixedInvestment, NotificationChain msgs) {
		ParkIndicator oldFixedInvestment = fixedInvestment;
		fixedInvestment = newFixedInvestment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__FIXED_INVESTMENT, oldFixedInvestment, newFixedInvestment);
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
	public void setFixedInvestment(ParkIndicator newFixedInvestment) {
		if (newFixedInvestment != fixedInvestment) {
			NotificationChain msgs = null;
			if (fixedInvestment != null)
				msgs = ((InternalEObject)fixedInvestment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__FIXED_INVESTMENT, null, msgs);
			if (newFixedInvestment != null)
				msgs = ((InternalEObject)newFixedInvestment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__FIXED_INVESTMENT, null, msgs);
			msgs = basicSetFixedInvestment(newFixedInvestment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__FIXED_INVESTMENT, newFixedInvestment, newFixedInvestment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParkIndicator getInvestmentAttracted() {
		return investmentAttracted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInvestmentAttracted(ParkIndicator newInvestmentAttracted, NotificationChain msgs) {
		ParkIndicator oldInvestmentAttracted = investmentAttracted;
		investmentAttracted = newInvestmentAttracted;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED, oldInvestmentAttracted, newInvestmentAttracted);
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
	public void setInvestmentAttracted(ParkIndicator newInvestmentAttracted) {
		if (newInvestmentAttracted != investmentAttracted) {
			NotificationChain msgs = null;
			if (investmentAttracted != null)
				msgs = ((InternalEObject)investmentAttracted).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED, null, msgs);
			if (newInvestmentAttracted != null)
				msgs = ((InternalEObject)newInvestmentAttracted).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED, null, msgs);
			msgs = basicSetInvestmentAttracted(newInvestmentAttracted, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED, newInvestmentAttracted, newInvestmentAttracted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParkIndicator getForeignCapitalUsed() {
		return foreignCapitalUsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetForeignCapitalUsed(ParkIndicator newForeignCapitalUsed, NotificationChain msgs) {
		ParkIndicator oldForeignCapitalUsed = foreignCapitalUsed;
		foreignCapitalUsed = newForeignCapitalUsed;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED, oldForeignCapitalUsed, newForeignCapitalUsed);
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
	public void setForeignCapitalUsed(ParkIndicator newForeignCapitalUsed) {
		if (newForeignCapitalUsed != foreignCapitalUsed) {
			NotificationChain msgs = null;
			if (foreignCapitalUsed != null)
				msgs = ((InternalEObject)foreignCapitalUsed).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED, null, msgs);
			if (newForeignCapitalUsed != null)
				msgs = ((InternalEObject)newForeignCapitalUsed).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED, null, msgs);
			msgs = basicSetForeignCapitalUsed(newForeignCapitalUsed, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED, newForeignCapitalUsed, newForeignCapitalUsed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getDevelopedArea() {
		return developedArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDevelopedArea(YearlyDecimal newDevelopedArea, NotificationChain msgs) {
		YearlyDecimal oldDevelopedArea = developedArea;
		developedArea = newDevelopedArea;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__DEVELOPED_AREA, oldDevelopedArea, newDevelopedArea);
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
	public void setDevelopedArea(YearlyDecimal newDevelopedArea) {
		if (newDevelopedArea != developedArea) {
			NotificationChain msgs = null;
			if (developedArea != null)
				msgs = ((InternalEObject)developedArea).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__DEVELOPED_AREA, null, msgs);
			if (newDevelopedArea != null)
				msgs = ((InternalEObject)newDevelopedArea).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__DEVELOPED_AREA, null, msgs);
			msgs = basicSetDevelopedArea(newDevelopedArea, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__DEVELOPED_AREA, newDevelopedArea, newDevelopedArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getInvestmentIntensity() {
		return investmentIntensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInvestmentIntensity(YearlyDecimal newInvestmentIntensity, NotificationChain msgs) {
		YearlyDecimal oldInvestmentIntensity = investmentIntensity;
		investmentIntensity = newInvestmentIntensity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__INVESTMENT_INTENSITY, oldInvestmentIntensity, newInvestmentIntensity);
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
	public void setInvestmentIntensity(YearlyDecimal newInvestmentIntensity) {
		if (newInvestmentIntensity != investmentIntensity) {
			NotificationChain msgs = null;
			if (investmentIntensity != null)
				msgs = ((InternalEObject)investmentIntensity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__INVESTMENT_INTENSITY, null, msgs);
			if (newInvestmentIntensity != null)
				msgs = ((InternalEObject)newInvestmentIntensity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__INVESTMENT_INTENSITY, null, msgs);
			msgs = basicSetInvestmentIntensity(newInvestmentIntensity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__INVESTMENT_INTENSITY, newInvestmentIntensity, newInvestmentIntensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getTaxPerMu() {
		return taxPerMu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTaxPerMu(YearlyDecimal newTaxPerMu, NotificationChain msgs) {
		YearlyDecimal oldTaxPerMu = taxPerMu;
		taxPerMu = newTaxPerMu;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__TAX_PER_MU, oldTaxPerMu, newTaxPerMu);
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
	public void setTaxPerMu(YearlyDecimal newTaxPerMu) {
		if (newTaxPerMu != taxPerMu) {
			NotificationChain msgs = null;
			if (taxPerMu != null)
				msgs = ((InternalEObject)taxPerMu).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__TAX_PER_MU, null, msgs);
			if (newTaxPerMu != null)
				msgs = ((InternalEObject)newTaxPerMu).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PARK__TAX_PER_MU, null, msgs);
			msgs = basicSetTaxPerMu(newTaxPerMu, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__TAX_PER_MU, newTaxPerMu, newTaxPerMu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GreenParkLevel getGreenParkLevel() {
		return greenParkLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGreenParkLevel(GreenParkLevel newGreenParkLevel) {
		GreenParkLevel oldGreenParkLevel = greenParkLevel;
		greenParkLevel = newGreenParkLevel == null ? GREEN_PARK_LEVEL_EDEFAULT : newGreenParkLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__GREEN_PARK_LEVEL, oldGreenParkLevel, greenParkLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidencePage() {
		return evidencePage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidencePage(String newEvidencePage) {
		String oldEvidencePage = evidencePage;
		evidencePage = newEvidencePage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__EVIDENCE_PAGE, oldEvidencePage, evidencePage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReport() {
		return report;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReport(String newReport) {
		String oldReport = report;
		report = newReport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PARK__REPORT, oldReport, report));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedInvestmentIntensity(final int year) {
		return org.clusterdesk.model.derived.CompetitionFigures.investmentIntensity(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedTaxPerMu(final int year) {
		return org.clusterdesk.model.derived.CompetitionFigures.taxPerMu(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.PARK__GDP:
				return basicSetGdp(null, msgs);
			case ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES:
				return basicSetAboveScaleEnterprises(null, msgs);
			case ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE:
				return basicSetAboveScaleRevenue(null, msgs);
			case ClusterDeskPackage.PARK__TAX:
				return basicSetTax(null, msgs);
			case ClusterDeskPackage.PARK__TRADE:
				return basicSetTrade(null, msgs);
			case ClusterDeskPackage.PARK__FIXED_INVESTMENT:
				return basicSetFixedInvestment(null, msgs);
			case ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED:
				return basicSetInvestmentAttracted(null, msgs);
			case ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED:
				return basicSetForeignCapitalUsed(null, msgs);
			case ClusterDeskPackage.PARK__DEVELOPED_AREA:
				return basicSetDevelopedArea(null, msgs);
			case ClusterDeskPackage.PARK__INVESTMENT_INTENSITY:
				return basicSetInvestmentIntensity(null, msgs);
			case ClusterDeskPackage.PARK__TAX_PER_MU:
				return basicSetTaxPerMu(null, msgs);
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
			case ClusterDeskPackage.PARK__NAME:
				return getName();
			case ClusterDeskPackage.PARK__LEADING_INDUSTRY:
				return getLeadingIndustry();
			case ClusterDeskPackage.PARK__GDP:
				return getGdp();
			case ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES:
				return getAboveScaleEnterprises();
			case ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE:
				return getAboveScaleRevenue();
			case ClusterDeskPackage.PARK__TAX:
				return getTax();
			case ClusterDeskPackage.PARK__TRADE:
				return getTrade();
			case ClusterDeskPackage.PARK__FIXED_INVESTMENT:
				return getFixedInvestment();
			case ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED:
				return getInvestmentAttracted();
			case ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED:
				return getForeignCapitalUsed();
			case ClusterDeskPackage.PARK__DEVELOPED_AREA:
				return getDevelopedArea();
			case ClusterDeskPackage.PARK__INVESTMENT_INTENSITY:
				return getInvestmentIntensity();
			case ClusterDeskPackage.PARK__TAX_PER_MU:
				return getTaxPerMu();
			case ClusterDeskPackage.PARK__GREEN_PARK_LEVEL:
				return getGreenParkLevel();
			case ClusterDeskPackage.PARK__EVIDENCE_PAGE:
				return getEvidencePage();
			case ClusterDeskPackage.PARK__REPORT:
				return getReport();
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
			case ClusterDeskPackage.PARK__NAME:
				setName((String)newValue);
				return;
			case ClusterDeskPackage.PARK__LEADING_INDUSTRY:
				setLeadingIndustry((String)newValue);
				return;
			case ClusterDeskPackage.PARK__GDP:
				setGdp((ParkIndicator)newValue);
				return;
			case ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES:
				setAboveScaleEnterprises((ParkIndicator)newValue);
				return;
			case ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE:
				setAboveScaleRevenue((ParkIndicator)newValue);
				return;
			case ClusterDeskPackage.PARK__TAX:
				setTax((ParkIndicator)newValue);
				return;
			case ClusterDeskPackage.PARK__TRADE:
				setTrade((ParkIndicator)newValue);
				return;
			case ClusterDeskPackage.PARK__FIXED_INVESTMENT:
				setFixedInvestment((ParkIndicator)newValue);
				return;
			case ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED:
				setInvestmentAttracted((ParkIndicator)newValue);
				return;
			case ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED:
				setForeignCapitalUsed((ParkIndicator)newValue);
				return;
			case ClusterDeskPackage.PARK__DEVELOPED_AREA:
				setDevelopedArea((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.PARK__INVESTMENT_INTENSITY:
				setInvestmentIntensity((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.PARK__TAX_PER_MU:
				setTaxPerMu((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.PARK__GREEN_PARK_LEVEL:
				setGreenParkLevel((GreenParkLevel)newValue);
				return;
			case ClusterDeskPackage.PARK__EVIDENCE_PAGE:
				setEvidencePage((String)newValue);
				return;
			case ClusterDeskPackage.PARK__REPORT:
				setReport((String)newValue);
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
			case ClusterDeskPackage.PARK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClusterDeskPackage.PARK__LEADING_INDUSTRY:
				setLeadingIndustry(LEADING_INDUSTRY_EDEFAULT);
				return;
			case ClusterDeskPackage.PARK__GDP:
				setGdp((ParkIndicator)null);
				return;
			case ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES:
				setAboveScaleEnterprises((ParkIndicator)null);
				return;
			case ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE:
				setAboveScaleRevenue((ParkIndicator)null);
				return;
			case ClusterDeskPackage.PARK__TAX:
				setTax((ParkIndicator)null);
				return;
			case ClusterDeskPackage.PARK__TRADE:
				setTrade((ParkIndicator)null);
				return;
			case ClusterDeskPackage.PARK__FIXED_INVESTMENT:
				setFixedInvestment((ParkIndicator)null);
				return;
			case ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED:
				setInvestmentAttracted((ParkIndicator)null);
				return;
			case ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED:
				setForeignCapitalUsed((ParkIndicator)null);
				return;
			case ClusterDeskPackage.PARK__DEVELOPED_AREA:
				setDevelopedArea((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.PARK__INVESTMENT_INTENSITY:
				setInvestmentIntensity((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.PARK__TAX_PER_MU:
				setTaxPerMu((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.PARK__GREEN_PARK_LEVEL:
				setGreenParkLevel(GREEN_PARK_LEVEL_EDEFAULT);
				return;
			case ClusterDeskPackage.PARK__EVIDENCE_PAGE:
				setEvidencePage(EVIDENCE_PAGE_EDEFAULT);
				return;
			case ClusterDeskPackage.PARK__REPORT:
				setReport(REPORT_EDEFAULT);
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
			case ClusterDeskPackage.PARK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClusterDeskPackage.PARK__LEADING_INDUSTRY:
				return LEADING_INDUSTRY_EDEFAULT == null ? leadingIndustry != null : !LEADING_INDUSTRY_EDEFAULT.equals(leadingIndustry);
			case ClusterDeskPackage.PARK__GDP:
				return gdp != null;
			case ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES:
				return aboveScaleEnterprises != null;
			case ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE:
				return aboveScaleRevenue != null;
			case ClusterDeskPackage.PARK__TAX:
				return tax != null;
			case ClusterDeskPackage.PARK__TRADE:
				return trade != null;
			case ClusterDeskPackage.PARK__FIXED_INVESTMENT:
				return fixedInvestment != null;
			case ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED:
				return investmentAttracted != null;
			case ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED:
				return foreignCapitalUsed != null;
			case ClusterDeskPackage.PARK__DEVELOPED_AREA:
				return developedArea != null;
			case ClusterDeskPackage.PARK__INVESTMENT_INTENSITY:
				return investmentIntensity != null;
			case ClusterDeskPackage.PARK__TAX_PER_MU:
				return taxPerMu != null;
			case ClusterDeskPackage.PARK__GREEN_PARK_LEVEL:
				return greenParkLevel != GREEN_PARK_LEVEL_EDEFAULT;
			case ClusterDeskPackage.PARK__EVIDENCE_PAGE:
				return EVIDENCE_PAGE_EDEFAULT == null ? evidencePage != null : !EVIDENCE_PAGE_EDEFAULT.equals(evidencePage);
			case ClusterDeskPackage.PARK__REPORT:
				return REPORT_EDEFAULT == null ? report != null : !REPORT_EDEFAULT.equals(report);
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
			case ClusterDeskPackage.PARK___COMPUTED_INVESTMENT_INTENSITY__INT:
				return computedInvestmentIntensity((Integer)arguments.get(0));
			case ClusterDeskPackage.PARK___COMPUTED_TAX_PER_MU__INT:
				return computedTaxPerMu((Integer)arguments.get(0));
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
		result.append(" (name: ");
		result.append(name);
		result.append(", leadingIndustry: ");
		result.append(leadingIndustry);
		result.append(", greenParkLevel: ");
		result.append(greenParkLevel);
		result.append(", evidencePage: ");
		result.append(evidencePage);
		result.append(", report: ");
		result.append(report);
		result.append(')');
		return result.toString();
	}

} //ParkImpl
