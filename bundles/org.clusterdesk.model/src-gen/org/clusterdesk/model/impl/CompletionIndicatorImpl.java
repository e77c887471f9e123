/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CompletionIndicator;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Completion Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.CompletionIndicatorImpl#getAchieved <em>Achieved</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompletionIndicatorImpl#getBaselineDescription <em>Baseline Description</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CompletionIndicatorImpl#getAchievedDescription <em>Achieved Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompletionIndicatorImpl extends PlanIndicatorImpl implements CompletionIndicator {
	/**
	 * The default value of the '{@link #getAchieved() <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchieved()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ACHIEVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAchieved() <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchieved()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal achieved = ACHIEVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineDescription() <em>Baseline Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineDescription() <em>Baseline Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDescription()
	 * @generated
	 * @ordered
	 */
	protected String baselineDescription = BASELINE_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAchievedDescription() <em>Achieved Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchievedDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String ACHIEVED_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAchievedDescription() <em>Achieved Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchievedDescription()
	 * @generated
	 * @ordered
	 */
	protected String achievedDescription = ACHIEVED_DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompletionIndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.COMPLETION_INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAchieved() {
		return achieved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAchieved(BigDecimal newAchieved) {
		BigDecimal oldAchieved = achieved;
		achieved = newAchieved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED, oldAchieved, achieved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaselineDescription() {
		return baselineDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineDescription(String newBaselineDescription) {
		String oldBaselineDescription = baselineDescription;
		baselineDescription = newBaselineDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPLETION_INDICATOR__BASELINE_DESCRIPTION, oldBaselineDescription, baselineDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAchievedDescription() {
		return achievedDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAchievedDescription(String newAchievedDescription) {
		String oldAchievedDescription = achievedDescription;
		achievedDescription = newAchievedDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION, oldAchievedDescription, achievedDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean met() {
		return org.clusterdesk.model.derived.PlanFigures.met(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal attainment() {
		return org.clusterdesk.model.derived.PlanFigures.attainment(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED:
				return getAchieved();
			case ClusterDeskPackage.COMPLETION_INDICATOR__BASELINE_DESCRIPTION:
				return getBaselineDescription();
			case ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION:
				return getAchievedDescription();
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
			case ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED:
				setAchieved((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.COMPLETION_INDICATOR__BASELINE_DESCRIPTION:
				setBaselineDescription((String)newValue);
				return;
			case ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION:
				setAchievedDescription((String)newValue);
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
			case ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED:
				setAchieved(ACHIEVED_EDEFAULT);
				return;
			case ClusterDeskPackage.COMPLETION_INDICATOR__BASELINE_DESCRIPTION:
				setBaselineDescription(BASELINE_DESCRIPTION_EDEFAULT);
				return;
			case ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION:
				setAchievedDescription(ACHIEVED_DESCRIPTION_EDEFAULT);
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
			case ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED:
				return ACHIEVED_EDEFAULT == null ? achieved != null : !ACHIEVED_EDEFAULT.equals(achieved);
			case ClusterDeskPackage.COMPLETION_INDICATOR__BASELINE_DESCRIPTION:
				return BASELINE_DESCRIPTION_EDEFAULT == null ? baselineDescription != null : !BASELINE_DESCRIPTION_EDEFAULT.equals(baselineDescription);
			case ClusterDeskPackage.COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION:
				return ACHIEVED_DESCRIPTION_EDEFAULT == null ? achievedDescription != null : !ACHIEVED_DESCRIPTION_EDEFAULT.equals(achievedDescription);
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
			case ClusterDeskPackage.COMPLETION_INDICATOR___MET:
				return met();
			case ClusterDeskPackage.COMPLETION_INDICATOR___ATTAINMENT:
				return attainment();
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
		result.append(" (achieved: ");
		result.append(achieved);
		result.append(", baselineDescription: ");
		result.append(baselineDescription);
		result.append(", achievedDescription: ");
		result.append(achievedDescription);
		result.append(')');
		return result.toString();
	}

} //CompletionIndicatorImpl
