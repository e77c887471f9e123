/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.PromotionOrganisation;

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
 * An implementation of the model object '<em><b>Promotion Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.PromotionOrganisationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PromotionOrganisationImpl#getBasicInformation <em>Basic Information</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PromotionOrganisationImpl#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.PromotionOrganisationImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PromotionOrganisationImpl extends EObjectImpl implements PromotionOrganisation {
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
	 * The default value of the '{@link #getOperations() <em>Operations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected String operations = OPERATIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PromotionOrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PROMOTION_ORGANISATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROMOTION_ORGANISATION__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROMOTION_ORGANISATION__BASIC_INFORMATION, oldBasicInformation, basicInformation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperations() {
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperations(String newOperations) {
		String oldOperations = operations;
		operations = newOperations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROMOTION_ORGANISATION__OPERATIONS, oldOperations, operations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, ClusterDeskPackage.PROMOTION_ORGANISATION__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.PROMOTION_ORGANISATION__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.PROMOTION_ORGANISATION__NAME:
				return getName();
			case ClusterDeskPackage.PROMOTION_ORGANISATION__BASIC_INFORMATION:
				return getBasicInformation();
			case ClusterDeskPackage.PROMOTION_ORGANISATION__OPERATIONS:
				return getOperations();
			case ClusterDeskPackage.PROMOTION_ORGANISATION__EVIDENCE:
				return getEvidence();
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
			case ClusterDeskPackage.PROMOTION_ORGANISATION__NAME:
				setName((String)newValue);
				return;
			case ClusterDeskPackage.PROMOTION_ORGANISATION__BASIC_INFORMATION:
				setBasicInformation((String)newValue);
				return;
			case ClusterDeskPackage.PROMOTION_ORGANISATION__OPERATIONS:
				setOperations((String)newValue);
				return;
			case ClusterDeskPackage.PROMOTION_ORGANISATION__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends EvidenceRef>)newValue);
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
			case ClusterDeskPackage.PROMOTION_ORGANISATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClusterDeskPackage.PROMOTION_ORGANISATION__BASIC_INFORMATION:
				setBasicInformation(BASIC_INFORMATION_EDEFAULT);
				return;
			case ClusterDeskPackage.PROMOTION_ORGANISATION__OPERATIONS:
				setOperations(OPERATIONS_EDEFAULT);
				return;
			case ClusterDeskPackage.PROMOTION_ORGANISATION__EVIDENCE:
				getEvidence().clear();
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
			case ClusterDeskPackage.PROMOTION_ORGANISATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClusterDeskPackage.PROMOTION_ORGANISATION__BASIC_INFORMATION:
				return BASIC_INFORMATION_EDEFAULT == null ? basicInformation != null : !BASIC_INFORMATION_EDEFAULT.equals(basicInformation);
			case ClusterDeskPackage.PROMOTION_ORGANISATION__OPERATIONS:
				return OPERATIONS_EDEFAULT == null ? operations != null : !OPERATIONS_EDEFAULT.equals(operations);
			case ClusterDeskPackage.PROMOTION_ORGANISATION__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", basicInformation: ");
		result.append(basicInformation);
		result.append(", operations: ");
		result.append(operations);
		result.append(')');
		return result.toString();
	}

} //PromotionOrganisationImpl
