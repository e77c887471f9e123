/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ComparedDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Compared Decimal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ComparedDecimalImpl#getGrowth <em>Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ComparedDecimalImpl#getEvidencePage <em>Evidence Page</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComparedDecimalImpl extends YearlyDecimalImpl implements ComparedDecimal {
	/**
	 * The default value of the '{@link #getGrowth() <em>Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowth()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal GROWTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrowth() <em>Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowth()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal growth = GROWTH_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComparedDecimalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.COMPARED_DECIMAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getGrowth() {
		return growth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrowth(BigDecimal newGrowth) {
		BigDecimal oldGrowth = growth;
		growth = newGrowth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPARED_DECIMAL__GROWTH, oldGrowth, growth));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMPARED_DECIMAL__EVIDENCE_PAGE, oldEvidencePage, evidencePage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedGrowth() {
		return org.clusterdesk.model.derived.CompetitionFigures.growth(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.COMPARED_DECIMAL__GROWTH:
				return getGrowth();
			case ClusterDeskPackage.COMPARED_DECIMAL__EVIDENCE_PAGE:
				return getEvidencePage();
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
			case ClusterDeskPackage.COMPARED_DECIMAL__GROWTH:
				setGrowth((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.COMPARED_DECIMAL__EVIDENCE_PAGE:
				setEvidencePage((String)newValue);
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
			case ClusterDeskPackage.COMPARED_DECIMAL__GROWTH:
				setGrowth(GROWTH_EDEFAULT);
				return;
			case ClusterDeskPackage.COMPARED_DECIMAL__EVIDENCE_PAGE:
				setEvidencePage(EVIDENCE_PAGE_EDEFAULT);
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
			case ClusterDeskPackage.COMPARED_DECIMAL__GROWTH:
				return GROWTH_EDEFAULT == null ? growth != null : !GROWTH_EDEFAULT.equals(growth);
			case ClusterDeskPackage.COMPARED_DECIMAL__EVIDENCE_PAGE:
				return EVIDENCE_PAGE_EDEFAULT == null ? evidencePage != null : !EVIDENCE_PAGE_EDEFAULT.equals(evidencePage);
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
			case ClusterDeskPackage.COMPARED_DECIMAL___COMPUTED_GROWTH:
				return computedGrowth();
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
		result.append(" (growth: ");
		result.append(growth);
		result.append(", evidencePage: ");
		result.append(evidencePage);
		result.append(')');
		return result.toString();
	}

} //ComparedDecimalImpl
