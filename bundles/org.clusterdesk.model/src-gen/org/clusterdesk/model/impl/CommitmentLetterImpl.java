/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.time.LocalDate;

import java.util.Collection;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CommitmentLetter;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Commitment Letter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.CommitmentLetterImpl#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CommitmentLetterImpl#getIssuingBureau <em>Issuing Bureau</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CommitmentLetterImpl#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CommitmentLetterImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.CommitmentLetterImpl#isSealed <em>Sealed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitmentLetterImpl extends EObjectImpl implements CommitmentLetter {
	/**
	 * The default value of the '{@link #getAddressee() <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESSEE_EDEFAULT = "\u7701\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u5385";

	/**
	 * The cached value of the '{@link #getAddressee() <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected String addressee = ADDRESSEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuingBureau() <em>Issuing Bureau</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingBureau()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUING_BUREAU_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuingBureau() <em>Issuing Bureau</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingBureau()
	 * @generated
	 * @ordered
	 */
	protected String issuingBureau = ISSUING_BUREAU_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCommitments() <em>Commitments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> commitments;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSealed() <em>Sealed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSealed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SEALED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSealed() <em>Sealed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSealed()
	 * @generated
	 * @ordered
	 */
	protected boolean sealed = SEALED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitmentLetterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.COMMITMENT_LETTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddressee() {
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressee(String newAddressee) {
		String oldAddressee = addressee;
		addressee = newAddressee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMMITMENT_LETTER__ADDRESSEE, oldAddressee, addressee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuingBureau() {
		return issuingBureau;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuingBureau(String newIssuingBureau) {
		String oldIssuingBureau = issuingBureau;
		issuingBureau = newIssuingBureau;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMMITMENT_LETTER__ISSUING_BUREAU, oldIssuingBureau, issuingBureau));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommitments() {
		if (commitments == null) {
			commitments = new EDataTypeUniqueEList<String>(String.class, this, ClusterDeskPackage.COMMITMENT_LETTER__COMMITMENTS);
		}
		return commitments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMMITMENT_LETTER__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSealed() {
		return sealed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSealed(boolean newSealed) {
		boolean oldSealed = sealed;
		sealed = newSealed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.COMMITMENT_LETTER__SEALED, oldSealed, sealed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.COMMITMENT_LETTER__ADDRESSEE:
				return getAddressee();
			case ClusterDeskPackage.COMMITMENT_LETTER__ISSUING_BUREAU:
				return getIssuingBureau();
			case ClusterDeskPackage.COMMITMENT_LETTER__COMMITMENTS:
				return getCommitments();
			case ClusterDeskPackage.COMMITMENT_LETTER__DATE:
				return getDate();
			case ClusterDeskPackage.COMMITMENT_LETTER__SEALED:
				return isSealed();
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
			case ClusterDeskPackage.COMMITMENT_LETTER__ADDRESSEE:
				setAddressee((String)newValue);
				return;
			case ClusterDeskPackage.COMMITMENT_LETTER__ISSUING_BUREAU:
				setIssuingBureau((String)newValue);
				return;
			case ClusterDeskPackage.COMMITMENT_LETTER__COMMITMENTS:
				getCommitments().clear();
				getCommitments().addAll((Collection<? extends String>)newValue);
				return;
			case ClusterDeskPackage.COMMITMENT_LETTER__DATE:
				setDate((LocalDate)newValue);
				return;
			case ClusterDeskPackage.COMMITMENT_LETTER__SEALED:
				setSealed((Boolean)newValue);
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
			case ClusterDeskPackage.COMMITMENT_LETTER__ADDRESSEE:
				setAddressee(ADDRESSEE_EDEFAULT);
				return;
			case ClusterDeskPackage.COMMITMENT_LETTER__ISSUING_BUREAU:
				setIssuingBureau(ISSUING_BUREAU_EDEFAULT);
				return;
			case ClusterDeskPackage.COMMITMENT_LETTER__COMMITMENTS:
				getCommitments().clear();
				return;
			case ClusterDeskPackage.COMMITMENT_LETTER__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ClusterDeskPackage.COMMITMENT_LETTER__SEALED:
				setSealed(SEALED_EDEFAULT);
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
			case ClusterDeskPackage.COMMITMENT_LETTER__ADDRESSEE:
				return ADDRESSEE_EDEFAULT == null ? addressee != null : !ADDRESSEE_EDEFAULT.equals(addressee);
			case ClusterDeskPackage.COMMITMENT_LETTER__ISSUING_BUREAU:
				return ISSUING_BUREAU_EDEFAULT == null ? issuingBureau != null : !ISSUING_BUREAU_EDEFAULT.equals(issuingBureau);
			case ClusterDeskPackage.COMMITMENT_LETTER__COMMITMENTS:
				return commitments != null && !commitments.isEmpty();
			case ClusterDeskPackage.COMMITMENT_LETTER__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ClusterDeskPackage.COMMITMENT_LETTER__SEALED:
				return sealed != SEALED_EDEFAULT;
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
		result.append(" (addressee: ");
		result.append(addressee);
		result.append(", issuingBureau: ");
		result.append(issuingBureau);
		result.append(", commitments: ");
		result.append(commitments);
		result.append(", date: ");
		result.append(date);
		result.append(", sealed: ");
		result.append(sealed);
		result.append(')');
		return result.toString();
	}

} //CommitmentLetterImpl
