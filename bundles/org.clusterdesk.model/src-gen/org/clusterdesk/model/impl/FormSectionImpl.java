/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Form Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.FormSectionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.FormSectionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.FormSectionImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.FormSectionImpl#isNewPage <em>New Page</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.FormSectionImpl#getPartNumber <em>Part Number</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.FormSectionImpl#getPartTitle <em>Part Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.FormSectionImpl#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FormSectionImpl extends EObjectImpl implements FormSection {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFeature() <em>Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected EReference feature;

	/**
	 * The default value of the '{@link #isNewPage() <em>New Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNewPage()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NEW_PAGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNewPage() <em>New Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNewPage()
	 * @generated
	 * @ordered
	 */
	protected boolean newPage = NEW_PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartNumber() <em>Part Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String PART_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartNumber() <em>Part Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartNumber()
	 * @generated
	 * @ordered
	 */
	protected String partNumber = PART_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartTitle() <em>Part Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String PART_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartTitle() <em>Part Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartTitle()
	 * @generated
	 * @ordered
	 */
	protected String partTitle = PART_TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRows() <em>Rows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected EList<FormRow> rows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.FORM_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.FORM_SECTION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.FORM_SECTION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeature() {
		if (feature != null && feature.eIsProxy()) {
			InternalEObject oldFeature = (InternalEObject)feature;
			feature = (EReference)eResolveProxy(oldFeature);
			if (feature != oldFeature) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClusterDeskPackage.FORM_SECTION__FEATURE, oldFeature, feature));
			}
		}
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EReference basicGetFeature() {
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(EReference newFeature) {
		EReference oldFeature = feature;
		feature = newFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.FORM_SECTION__FEATURE, oldFeature, feature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNewPage() {
		return newPage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewPage(boolean newNewPage) {
		boolean oldNewPage = newPage;
		newPage = newNewPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.FORM_SECTION__NEW_PAGE, oldNewPage, newPage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartNumber() {
		return partNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartNumber(String newPartNumber) {
		String oldPartNumber = partNumber;
		partNumber = newPartNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.FORM_SECTION__PART_NUMBER, oldPartNumber, partNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartTitle() {
		return partTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartTitle(String newPartTitle) {
		String oldPartTitle = partTitle;
		partTitle = newPartTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.FORM_SECTION__PART_TITLE, oldPartTitle, partTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormRow> getRows() {
		if (rows == null) {
			rows = new EObjectContainmentEList<FormRow>(FormRow.class, this, ClusterDeskPackage.FORM_SECTION__ROWS);
		}
		return rows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.FORM_SECTION__ROWS:
				return ((InternalEList<?>)getRows()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.FORM_SECTION__NUMBER:
				return getNumber();
			case ClusterDeskPackage.FORM_SECTION__TITLE:
				return getTitle();
			case ClusterDeskPackage.FORM_SECTION__FEATURE:
				if (resolve) return getFeature();
				return basicGetFeature();
			case ClusterDeskPackage.FORM_SECTION__NEW_PAGE:
				return isNewPage();
			case ClusterDeskPackage.FORM_SECTION__PART_NUMBER:
				return getPartNumber();
			case ClusterDeskPackage.FORM_SECTION__PART_TITLE:
				return getPartTitle();
			case ClusterDeskPackage.FORM_SECTION__ROWS:
				return getRows();
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
			case ClusterDeskPackage.FORM_SECTION__NUMBER:
				setNumber((String)newValue);
				return;
			case ClusterDeskPackage.FORM_SECTION__TITLE:
				setTitle((String)newValue);
				return;
			case ClusterDeskPackage.FORM_SECTION__FEATURE:
				setFeature((EReference)newValue);
				return;
			case ClusterDeskPackage.FORM_SECTION__NEW_PAGE:
				setNewPage((Boolean)newValue);
				return;
			case ClusterDeskPackage.FORM_SECTION__PART_NUMBER:
				setPartNumber((String)newValue);
				return;
			case ClusterDeskPackage.FORM_SECTION__PART_TITLE:
				setPartTitle((String)newValue);
				return;
			case ClusterDeskPackage.FORM_SECTION__ROWS:
				getRows().clear();
				getRows().addAll((Collection<? extends FormRow>)newValue);
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
			case ClusterDeskPackage.FORM_SECTION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ClusterDeskPackage.FORM_SECTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ClusterDeskPackage.FORM_SECTION__FEATURE:
				setFeature((EReference)null);
				return;
			case ClusterDeskPackage.FORM_SECTION__NEW_PAGE:
				setNewPage(NEW_PAGE_EDEFAULT);
				return;
			case ClusterDeskPackage.FORM_SECTION__PART_NUMBER:
				setPartNumber(PART_NUMBER_EDEFAULT);
				return;
			case ClusterDeskPackage.FORM_SECTION__PART_TITLE:
				setPartTitle(PART_TITLE_EDEFAULT);
				return;
			case ClusterDeskPackage.FORM_SECTION__ROWS:
				getRows().clear();
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
			case ClusterDeskPackage.FORM_SECTION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case ClusterDeskPackage.FORM_SECTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ClusterDeskPackage.FORM_SECTION__FEATURE:
				return feature != null;
			case ClusterDeskPackage.FORM_SECTION__NEW_PAGE:
				return newPage != NEW_PAGE_EDEFAULT;
			case ClusterDeskPackage.FORM_SECTION__PART_NUMBER:
				return PART_NUMBER_EDEFAULT == null ? partNumber != null : !PART_NUMBER_EDEFAULT.equals(partNumber);
			case ClusterDeskPackage.FORM_SECTION__PART_TITLE:
				return PART_TITLE_EDEFAULT == null ? partTitle != null : !PART_TITLE_EDEFAULT.equals(partTitle);
			case ClusterDeskPackage.FORM_SECTION__ROWS:
				return rows != null && !rows.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", newPage: ");
		result.append(newPage);
		result.append(", partNumber: ");
		result.append(partNumber);
		result.append(", partTitle: ");
		result.append(partTitle);
		result.append(')');
		return result.toString();
	}

} //FormSectionImpl
