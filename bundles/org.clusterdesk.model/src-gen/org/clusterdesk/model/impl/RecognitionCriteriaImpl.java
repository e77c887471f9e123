/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.math.BigDecimal;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.RecognitionCriteria;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recognition Criteria</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.RecognitionCriteriaImpl#getMinOutput <em>Min Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.RecognitionCriteriaImpl#getMinSmeShare <em>Min Sme Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.RecognitionCriteriaImpl#getMinLeadingIndustryShare <em>Min Leading Industry Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.RecognitionCriteriaImpl#getMaxArea <em>Max Area</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecognitionCriteriaImpl extends EObjectImpl implements RecognitionCriteria {
	/**
	 * The default value of the '{@link #getMinOutput() <em>Min Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinOutput()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MIN_OUTPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinOutput() <em>Min Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinOutput()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal minOutput = MIN_OUTPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinSmeShare() <em>Min Sme Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSmeShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MIN_SME_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinSmeShare() <em>Min Sme Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSmeShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal minSmeShare = MIN_SME_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinLeadingIndustryShare() <em>Min Leading Industry Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLeadingIndustryShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MIN_LEADING_INDUSTRY_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinLeadingIndustryShare() <em>Min Leading Industry Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLeadingIndustryShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal minLeadingIndustryShare = MIN_LEADING_INDUSTRY_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxArea() <em>Max Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxArea()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MAX_AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxArea() <em>Max Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxArea()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal maxArea = MAX_AREA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecognitionCriteriaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.RECOGNITION_CRITERIA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMinOutput() {
		return minOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinOutput(BigDecimal newMinOutput) {
		BigDecimal oldMinOutput = minOutput;
		minOutput = newMinOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_OUTPUT, oldMinOutput, minOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMinSmeShare() {
		return minSmeShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinSmeShare(BigDecimal newMinSmeShare) {
		BigDecimal oldMinSmeShare = minSmeShare;
		minSmeShare = newMinSmeShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_SME_SHARE, oldMinSmeShare, minSmeShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMinLeadingIndustryShare() {
		return minLeadingIndustryShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinLeadingIndustryShare(BigDecimal newMinLeadingIndustryShare) {
		BigDecimal oldMinLeadingIndustryShare = minLeadingIndustryShare;
		minLeadingIndustryShare = newMinLeadingIndustryShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_LEADING_INDUSTRY_SHARE, oldMinLeadingIndustryShare, minLeadingIndustryShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMaxArea() {
		return maxArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxArea(BigDecimal newMaxArea) {
		BigDecimal oldMaxArea = maxArea;
		maxArea = newMaxArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.RECOGNITION_CRITERIA__MAX_AREA, oldMaxArea, maxArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_OUTPUT:
				return getMinOutput();
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_SME_SHARE:
				return getMinSmeShare();
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_LEADING_INDUSTRY_SHARE:
				return getMinLeadingIndustryShare();
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MAX_AREA:
				return getMaxArea();
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
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_OUTPUT:
				setMinOutput((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_SME_SHARE:
				setMinSmeShare((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_LEADING_INDUSTRY_SHARE:
				setMinLeadingIndustryShare((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MAX_AREA:
				setMaxArea((BigDecimal)newValue);
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
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_OUTPUT:
				setMinOutput(MIN_OUTPUT_EDEFAULT);
				return;
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_SME_SHARE:
				setMinSmeShare(MIN_SME_SHARE_EDEFAULT);
				return;
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_LEADING_INDUSTRY_SHARE:
				setMinLeadingIndustryShare(MIN_LEADING_INDUSTRY_SHARE_EDEFAULT);
				return;
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MAX_AREA:
				setMaxArea(MAX_AREA_EDEFAULT);
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
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_OUTPUT:
				return MIN_OUTPUT_EDEFAULT == null ? minOutput != null : !MIN_OUTPUT_EDEFAULT.equals(minOutput);
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_SME_SHARE:
				return MIN_SME_SHARE_EDEFAULT == null ? minSmeShare != null : !MIN_SME_SHARE_EDEFAULT.equals(minSmeShare);
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MIN_LEADING_INDUSTRY_SHARE:
				return MIN_LEADING_INDUSTRY_SHARE_EDEFAULT == null ? minLeadingIndustryShare != null : !MIN_LEADING_INDUSTRY_SHARE_EDEFAULT.equals(minLeadingIndustryShare);
			case ClusterDeskPackage.RECOGNITION_CRITERIA__MAX_AREA:
				return MAX_AREA_EDEFAULT == null ? maxArea != null : !MAX_AREA_EDEFAULT.equals(maxArea);
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
		result.append(" (minOutput: ");
		result.append(minOutput);
		result.append(", minSmeShare: ");
		result.append(minSmeShare);
		result.append(", minLeadingIndustryShare: ");
		result.append(minLeadingIndustryShare);
		result.append(", maxArea: ");
		result.append(maxArea);
		result.append(')');
		return result.toString();
	}

} //RecognitionCriteriaImpl
