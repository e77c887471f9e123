/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;

import java.time.YearMonth;

import java.util.Map;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.Project;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProjectImpl#getBuilder <em>Builder</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProjectImpl#getInvestment <em>Investment</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProjectImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProjectImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProjectImpl#isPeriodYearsOnly <em>Period Years Only</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProjectImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProjectImpl#getContact <em>Contact</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ProjectImpl extends LibraryRowImpl implements Project {
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
	 * The default value of the '{@link #getBuilder() <em>Builder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuilder()
	 * @generated
	 * @ordered
	 */
	protected static final String BUILDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBuilder() <em>Builder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuilder()
	 * @generated
	 * @ordered
	 */
	protected String builder = BUILDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInvestment() <em>Investment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvestment()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INVESTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInvestment() <em>Investment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvestment()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal investment = INVESTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected YearMonth periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected YearMonth periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #isPeriodYearsOnly() <em>Period Years Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeriodYearsOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PERIOD_YEARS_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPeriodYearsOnly() <em>Period Years Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeriodYearsOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean periodYearsOnly = PERIOD_YEARS_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected String content = CONTENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected Contact contact;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PROJECT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBuilder() {
		return builder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuilder(String newBuilder) {
		String oldBuilder = builder;
		builder = newBuilder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROJECT__BUILDER, oldBuilder, builder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getInvestment() {
		return investment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInvestment(BigDecimal newInvestment) {
		BigDecimal oldInvestment = investment;
		investment = newInvestment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROJECT__INVESTMENT, oldInvestment, investment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(YearMonth newPeriodStart) {
		YearMonth oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROJECT__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(YearMonth newPeriodEnd) {
		YearMonth oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROJECT__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPeriodYearsOnly() {
		return periodYearsOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodYearsOnly(boolean newPeriodYearsOnly) {
		boolean oldPeriodYearsOnly = periodYearsOnly;
		periodYearsOnly = newPeriodYearsOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROJECT__PERIOD_YEARS_ONLY, oldPeriodYearsOnly, periodYearsOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		String oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROJECT__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContact(Contact newContact, NotificationChain msgs) {
		Contact oldContact = contact;
		contact = newContact;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROJECT__CONTACT, oldContact, newContact);
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
	public void setContact(Contact newContact) {
		if (newContact != contact) {
			NotificationChain msgs = null;
			if (contact != null)
				msgs = ((InternalEObject)contact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PROJECT__CONTACT, null, msgs);
			if (newContact != null)
				msgs = ((InternalEObject)newContact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.PROJECT__CONTACT, null, msgs);
			msgs = basicSetContact(newContact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROJECT__CONTACT, newContact, newContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean C08(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("C08", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.PROJECT__CONTACT:
				return basicSetContact(null, msgs);
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
			case ClusterDeskPackage.PROJECT__NAME:
				return getName();
			case ClusterDeskPackage.PROJECT__BUILDER:
				return getBuilder();
			case ClusterDeskPackage.PROJECT__INVESTMENT:
				return getInvestment();
			case ClusterDeskPackage.PROJECT__PERIOD_START:
				return getPeriodStart();
			case ClusterDeskPackage.PROJECT__PERIOD_END:
				return getPeriodEnd();
			case ClusterDeskPackage.PROJECT__PERIOD_YEARS_ONLY:
				return isPeriodYearsOnly();
			case ClusterDeskPackage.PROJECT__CONTENT:
				return getContent();
			case ClusterDeskPackage.PROJECT__CONTACT:
				return getContact();
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
			case ClusterDeskPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case ClusterDeskPackage.PROJECT__BUILDER:
				setBuilder((String)newValue);
				return;
			case ClusterDeskPackage.PROJECT__INVESTMENT:
				setInvestment((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.PROJECT__PERIOD_START:
				setPeriodStart((YearMonth)newValue);
				return;
			case ClusterDeskPackage.PROJECT__PERIOD_END:
				setPeriodEnd((YearMonth)newValue);
				return;
			case ClusterDeskPackage.PROJECT__PERIOD_YEARS_ONLY:
				setPeriodYearsOnly((Boolean)newValue);
				return;
			case ClusterDeskPackage.PROJECT__CONTENT:
				setContent((String)newValue);
				return;
			case ClusterDeskPackage.PROJECT__CONTACT:
				setContact((Contact)newValue);
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
			case ClusterDeskPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClusterDeskPackage.PROJECT__BUILDER:
				setBuilder(BUILDER_EDEFAULT);
				return;
			case ClusterDeskPackage.PROJECT__INVESTMENT:
				setInvestment(INVESTMENT_EDEFAULT);
				return;
			case ClusterDeskPackage.PROJECT__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case ClusterDeskPackage.PROJECT__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case ClusterDeskPackage.PROJECT__PERIOD_YEARS_ONLY:
				setPeriodYearsOnly(PERIOD_YEARS_ONLY_EDEFAULT);
				return;
			case ClusterDeskPackage.PROJECT__CONTENT:
				setContent(CONTENT_EDEFAULT);
				return;
			case ClusterDeskPackage.PROJECT__CONTACT:
				setContact((Contact)null);
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
			case ClusterDeskPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClusterDeskPackage.PROJECT__BUILDER:
				return BUILDER_EDEFAULT == null ? builder != null : !BUILDER_EDEFAULT.equals(builder);
			case ClusterDeskPackage.PROJECT__INVESTMENT:
				return INVESTMENT_EDEFAULT == null ? investment != null : !INVESTMENT_EDEFAULT.equals(investment);
			case ClusterDeskPackage.PROJECT__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case ClusterDeskPackage.PROJECT__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case ClusterDeskPackage.PROJECT__PERIOD_YEARS_ONLY:
				return periodYearsOnly != PERIOD_YEARS_ONLY_EDEFAULT;
			case ClusterDeskPackage.PROJECT__CONTENT:
				return CONTENT_EDEFAULT == null ? content != null : !CONTENT_EDEFAULT.equals(content);
			case ClusterDeskPackage.PROJECT__CONTACT:
				return contact != null;
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
			case ClusterDeskPackage.PROJECT___C08__DIAGNOSTICCHAIN_MAP:
				return C08((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", builder: ");
		result.append(builder);
		result.append(", investment: ");
		result.append(investment);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", periodYearsOnly: ");
		result.append(periodYearsOnly);
		result.append(", content: ");
		result.append(content);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
