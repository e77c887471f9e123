/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.EconomicIndicators;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Economic Indicators</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl#getOutput <em>Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl#getSmeOutputShare <em>Sme Output Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl#getProfit <em>Profit</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl#getTax <em>Tax</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl#getTrade <em>Trade</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl#getForeignCapital <em>Foreign Capital</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl#getProjectInvestment <em>Project Investment</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl#getEmployees <em>Employees</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EconomicIndicatorsImpl extends EObjectImpl implements EconomicIndicators {
	/**
	 * The cached value of the '{@link #getOutput() <em>Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal output;

	/**
	 * The cached value of the '{@link #getRevenue() <em>Revenue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal revenue;

	/**
	 * The cached value of the '{@link #getSmeOutputShare() <em>Sme Output Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmeOutputShare()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal smeOutputShare;

	/**
	 * The cached value of the '{@link #getProfit() <em>Profit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfit()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal profit;

	/**
	 * The cached value of the '{@link #getTax() <em>Tax</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTax()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal tax;

	/**
	 * The cached value of the '{@link #getTrade() <em>Trade</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrade()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal trade;

	/**
	 * The cached value of the '{@link #getForeignCapital() <em>Foreign Capital</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForeignCapital()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal foreignCapital;

	/**
	 * The cached value of the '{@link #getProjectInvestment() <em>Project Investment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectInvestment()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal projectInvestment;

	/**
	 * The cached value of the '{@link #getEmployees() <em>Employees</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployees()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount employees;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EconomicIndicatorsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.ECONOMIC_INDICATORS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getOutput() {
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOutput(ComparedDecimal newOutput, NotificationChain msgs) {
		ComparedDecimal oldOutput = output;
		output = newOutput;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__OUTPUT, oldOutput, newOutput);
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
	public void setOutput(ComparedDecimal newOutput) {
		if (newOutput != output) {
			NotificationChain msgs = null;
			if (output != null)
				msgs = ((InternalEObject)output).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__OUTPUT, null, msgs);
			if (newOutput != null)
				msgs = ((InternalEObject)newOutput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__OUTPUT, null, msgs);
			msgs = basicSetOutput(newOutput, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__OUTPUT, newOutput, newOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getRevenue() {
		return revenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRevenue(ComparedDecimal newRevenue, NotificationChain msgs) {
		ComparedDecimal oldRevenue = revenue;
		revenue = newRevenue;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__REVENUE, oldRevenue, newRevenue);
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
	public void setRevenue(ComparedDecimal newRevenue) {
		if (newRevenue != revenue) {
			NotificationChain msgs = null;
			if (revenue != null)
				msgs = ((InternalEObject)revenue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__REVENUE, null, msgs);
			if (newRevenue != null)
				msgs = ((InternalEObject)newRevenue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__REVENUE, null, msgs);
			msgs = basicSetRevenue(newRevenue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__REVENUE, newRevenue, newRevenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getSmeOutputShare() {
		return smeOutputShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSmeOutputShare(ComparedDecimal newSmeOutputShare, NotificationChain msgs) {
		ComparedDecimal oldSmeOutputShare = smeOutputShare;
		smeOutputShare = newSmeOutputShare;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE, oldSmeOutputShare, newSmeOutputShare);
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
	public void setSmeOutputShare(ComparedDecimal newSmeOutputShare) {
		if (newSmeOutputShare != smeOutputShare) {
			NotificationChain msgs = null;
			if (smeOutputShare != null)
				msgs = ((InternalEObject)smeOutputShare).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE, null, msgs);
			if (newSmeOutputShare != null)
				msgs = ((InternalEObject)newSmeOutputShare).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE, null, msgs);
			msgs = basicSetSmeOutputShare(newSmeOutputShare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE, newSmeOutputShare, newSmeOutputShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getProfit() {
		return profit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProfit(ComparedDecimal newProfit, NotificationChain msgs) {
		ComparedDecimal oldProfit = profit;
		profit = newProfit;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__PROFIT, oldProfit, newProfit);
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
	public void setProfit(ComparedDecimal newProfit) {
		if (newProfit != profit) {
			NotificationChain msgs = null;
			if (profit != null)
				msgs = ((InternalEObject)profit).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__PROFIT, null, msgs);
			if (newProfit != null)
				msgs = ((InternalEObject)newProfit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__PROFIT, null, msgs);
			msgs = basicSetProfit(newProfit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__PROFIT, newProfit, newProfit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getTax() {
		return tax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTax(ComparedDecimal newTax, NotificationChain msgs) {
		ComparedDecimal oldTax = tax;
		tax = newTax;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__TAX, oldTax, newTax);
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
	public void setTax(ComparedDecimal newTax) {
		if (newTax != tax) {
			NotificationChain msgs = null;
			if (tax != null)
				msgs = ((InternalEObject)tax).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__TAX, null, msgs);
			if (newTax != null)
				msgs = ((InternalEObject)newTax).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__TAX, null, msgs);
			msgs = basicSetTax(newTax, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__TAX, newTax, newTax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getTrade() {
		return trade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrade(ComparedDecimal newTrade, NotificationChain msgs) {
		ComparedDecimal oldTrade = trade;
		trade = newTrade;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__TRADE, oldTrade, newTrade);
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
	public void setTrade(ComparedDecimal newTrade) {
		if (newTrade != trade) {
			NotificationChain msgs = null;
			if (trade != null)
				msgs = ((InternalEObject)trade).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__TRADE, null, msgs);
			if (newTrade != null)
				msgs = ((InternalEObject)newTrade).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__TRADE, null, msgs);
			msgs = basicSetTrade(newTrade, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__TRADE, newTrade, newTrade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getForeignCapital() {
		return foreignCapital;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetForeignCapital(ComparedDecimal newForeignCapital, NotificationChain msgs) {
		ComparedDecimal oldForeignCapital = foreignCapital;
		foreignCapital = newForeignCapital;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__FOREIGN_CAPITAL, oldForeignCapital, newForeignCapital);
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
	public void setForeignCapital(ComparedDecimal newForeignCapital) {
		if (newForeignCapital != foreignCapital) {
			NotificationChain msgs = null;
			if (foreignCapital != null)
				msgs = ((InternalEObject)foreignCapital).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__FOREIGN_CAPITAL, null, msgs);
			if (newForeignCapital != null)
				msgs = ((InternalEObject)newForeignCapital).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__FOREIGN_CAPITAL, null, msgs);
			msgs = basicSetForeignCapital(newForeignCapital, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__FOREIGN_CAPITAL, newForeignCapital, newForeignCapital));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getProjectInvestment() {
		return projectInvestment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProjectInvestment(ComparedDecimal newProjectInvestment, NotificationChain msgs) {
		ComparedDecimal oldProjectInvestment = projectInvestment;
		projectInvestment = newProjectInvestment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__PROJECT_INVESTMENT, oldProjectInvestment, newProjectInvestment);
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
	public void setProjectInvestment(ComparedDecimal newProjectInvestment) {
		if (newProjectInvestment != projectInvestment) {
			NotificationChain msgs = null;
			if (projectInvestment != null)
				msgs = ((InternalEObject)projectInvestment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__PROJECT_INVESTMENT, null, msgs);
			if (newProjectInvestment != null)
				msgs = ((InternalEObject)newProjectInvestment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__PROJECT_INVESTMENT, null, msgs);
			msgs = basicSetProjectInvestment(newProjectInvestment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__PROJECT_INVESTMENT, newProjectInvestment, newProjectInvestment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getEmployees() {
		return employees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEmployees(ComparedCount newEmployees, NotificationChain msgs) {
		ComparedCount oldEmployees = employees;
		employees = newEmployees;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__EMPLOYEES, oldEmployees, newEmployees);
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
	public void setEmployees(ComparedCount newEmployees) {
		if (newEmployees != employees) {
			NotificationChain msgs = null;
			if (employees != null)
				msgs = ((InternalEObject)employees).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__EMPLOYEES, null, msgs);
			if (newEmployees != null)
				msgs = ((InternalEObject)newEmployees).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.ECONOMIC_INDICATORS__EMPLOYEES, null, msgs);
			msgs = basicSetEmployees(newEmployees, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.ECONOMIC_INDICATORS__EMPLOYEES, newEmployees, newEmployees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.ECONOMIC_INDICATORS__OUTPUT:
				return basicSetOutput(null, msgs);
			case ClusterDeskPackage.ECONOMIC_INDICATORS__REVENUE:
				return basicSetRevenue(null, msgs);
			case ClusterDeskPackage.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE:
				return basicSetSmeOutputShare(null, msgs);
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROFIT:
				return basicSetProfit(null, msgs);
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TAX:
				return basicSetTax(null, msgs);
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TRADE:
				return basicSetTrade(null, msgs);
			case ClusterDeskPackage.ECONOMIC_INDICATORS__FOREIGN_CAPITAL:
				return basicSetForeignCapital(null, msgs);
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROJECT_INVESTMENT:
				return basicSetProjectInvestment(null, msgs);
			case ClusterDeskPackage.ECONOMIC_INDICATORS__EMPLOYEES:
				return basicSetEmployees(null, msgs);
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
			case ClusterDeskPackage.ECONOMIC_INDICATORS__OUTPUT:
				return getOutput();
			case ClusterDeskPackage.ECONOMIC_INDICATORS__REVENUE:
				return getRevenue();
			case ClusterDeskPackage.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE:
				return getSmeOutputShare();
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROFIT:
				return getProfit();
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TAX:
				return getTax();
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TRADE:
				return getTrade();
			case ClusterDeskPackage.ECONOMIC_INDICATORS__FOREIGN_CAPITAL:
				return getForeignCapital();
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROJECT_INVESTMENT:
				return getProjectInvestment();
			case ClusterDeskPackage.ECONOMIC_INDICATORS__EMPLOYEES:
				return getEmployees();
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
			case ClusterDeskPackage.ECONOMIC_INDICATORS__OUTPUT:
				setOutput((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__REVENUE:
				setRevenue((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE:
				setSmeOutputShare((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROFIT:
				setProfit((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TAX:
				setTax((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TRADE:
				setTrade((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__FOREIGN_CAPITAL:
				setForeignCapital((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROJECT_INVESTMENT:
				setProjectInvestment((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__EMPLOYEES:
				setEmployees((ComparedCount)newValue);
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
			case ClusterDeskPackage.ECONOMIC_INDICATORS__OUTPUT:
				setOutput((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__REVENUE:
				setRevenue((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE:
				setSmeOutputShare((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROFIT:
				setProfit((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TAX:
				setTax((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TRADE:
				setTrade((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__FOREIGN_CAPITAL:
				setForeignCapital((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROJECT_INVESTMENT:
				setProjectInvestment((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__EMPLOYEES:
				setEmployees((ComparedCount)null);
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
			case ClusterDeskPackage.ECONOMIC_INDICATORS__OUTPUT:
				return output != null;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__REVENUE:
				return revenue != null;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE:
				return smeOutputShare != null;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROFIT:
				return profit != null;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TAX:
				return tax != null;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__TRADE:
				return trade != null;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__FOREIGN_CAPITAL:
				return foreignCapital != null;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__PROJECT_INVESTMENT:
				return projectInvestment != null;
			case ClusterDeskPackage.ECONOMIC_INDICATORS__EMPLOYEES:
				return employees != null;
		}
		return super.eIsSet(featureID);
	}

} //EconomicIndicatorsImpl
