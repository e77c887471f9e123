/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;

import java.util.Collection;

import java.util.Map;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.Edition;

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
 * An implementation of the model object '<em><b>Cluster Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ClusterDocumentImpl#getEditionId <em>Edition Id</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterDocumentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterDocumentImpl#getFilingDate <em>Filing Date</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterDocumentImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterDocumentImpl#isDraft <em>Draft</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterDocumentImpl#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterDocumentImpl#getEvidencePages <em>Evidence Pages</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ClusterDocumentImpl#getEdition <em>Edition</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ClusterDocumentImpl extends EObjectImpl implements ClusterDocument {
	/**
	 * The default value of the '{@link #getEditionId() <em>Edition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditionId()
	 * @generated
	 * @ordered
	 */
	protected static final String EDITION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEditionId() <em>Edition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditionId()
	 * @generated
	 * @ordered
	 */
	protected String editionId = EDITION_ID_EDEFAULT;

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
	 * The default value of the '{@link #getFilingDate() <em>Filing Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilingDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FILING_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFilingDate() <em>Filing Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilingDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate filingDate = FILING_DATE_EDEFAULT;

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
	 * The default value of the '{@link #isDraft() <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDraft()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DRAFT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isDraft() <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDraft()
	 * @generated
	 * @ordered
	 */
	protected boolean draft = DRAFT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<Attachment> attachments;

	/**
	 * The default value of the '{@link #getEvidencePages() <em>Evidence Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidencePages()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EVIDENCE_PAGES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidencePages() <em>Evidence Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidencePages()
	 * @generated
	 * @ordered
	 */
	protected Integer evidencePages = EVIDENCE_PAGES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.CLUSTER_DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEditionId() {
		return editionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEditionId(String newEditionId) {
		String oldEditionId = editionId;
		editionId = newEditionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CLUSTER_DOCUMENT__EDITION_ID, oldEditionId, editionId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CLUSTER_DOCUMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFilingDate() {
		return filingDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilingDate(LocalDate newFilingDate) {
		LocalDate oldFilingDate = filingDate;
		filingDate = newFilingDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CLUSTER_DOCUMENT__FILING_DATE, oldFilingDate, filingDate));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CLUSTER_DOCUMENT__CONTACT, oldContact, newContact);
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
				msgs = ((InternalEObject)contact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.CLUSTER_DOCUMENT__CONTACT, null, msgs);
			if (newContact != null)
				msgs = ((InternalEObject)newContact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.CLUSTER_DOCUMENT__CONTACT, null, msgs);
			msgs = basicSetContact(newContact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CLUSTER_DOCUMENT__CONTACT, newContact, newContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDraft() {
		return draft;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDraft(boolean newDraft) {
		boolean oldDraft = draft;
		draft = newDraft;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CLUSTER_DOCUMENT__DRAFT, oldDraft, draft));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectContainmentEList<Attachment>(Attachment.class, this, ClusterDeskPackage.CLUSTER_DOCUMENT__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEvidencePages() {
		return evidencePages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidencePages(Integer newEvidencePages) {
		Integer oldEvidencePages = evidencePages;
		evidencePages = newEvidencePages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.CLUSTER_DOCUMENT__EVIDENCE_PAGES, oldEvidencePages, evidencePages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Edition getEdition() {
		Edition edition = basicGetEdition();
		return edition != null && edition.eIsProxy() ? (Edition)eResolveProxy((InternalEObject)edition) : edition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Edition basicGetEdition() {
		return org.clusterdesk.model.derived.EditionFigures.editionOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G01(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G01", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G02(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G02", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G03(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G03", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G04(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G04", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G05(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G05", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G11(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G11", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G12(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G12", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G13(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G13", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G14(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G14", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean G15(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("G15", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean D01(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("D01", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean D02(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("D02", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean D03(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("D03", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean D04(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("D04", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean D05(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("D05", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean D06(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("D06", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean D07(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("D07", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean D08(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("D08", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean D09(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.clusterdesk.model.rules.RuleRegistry.getDefault().check("D09", this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.CLUSTER_DOCUMENT__CONTACT:
				return basicSetContact(null, msgs);
			case ClusterDeskPackage.CLUSTER_DOCUMENT__ATTACHMENTS:
				return ((InternalEList<?>)getAttachments()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EDITION_ID:
				return getEditionId();
			case ClusterDeskPackage.CLUSTER_DOCUMENT__NAME:
				return getName();
			case ClusterDeskPackage.CLUSTER_DOCUMENT__FILING_DATE:
				return getFilingDate();
			case ClusterDeskPackage.CLUSTER_DOCUMENT__CONTACT:
				return getContact();
			case ClusterDeskPackage.CLUSTER_DOCUMENT__DRAFT:
				return isDraft();
			case ClusterDeskPackage.CLUSTER_DOCUMENT__ATTACHMENTS:
				return getAttachments();
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EVIDENCE_PAGES:
				return getEvidencePages();
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EDITION:
				if (resolve) return getEdition();
				return basicGetEdition();
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
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EDITION_ID:
				setEditionId((String)newValue);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__NAME:
				setName((String)newValue);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__FILING_DATE:
				setFilingDate((LocalDate)newValue);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__CONTACT:
				setContact((Contact)newValue);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__DRAFT:
				setDraft((Boolean)newValue);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends Attachment>)newValue);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EVIDENCE_PAGES:
				setEvidencePages((Integer)newValue);
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
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EDITION_ID:
				setEditionId(EDITION_ID_EDEFAULT);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__FILING_DATE:
				setFilingDate(FILING_DATE_EDEFAULT);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__CONTACT:
				setContact((Contact)null);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__DRAFT:
				setDraft(DRAFT_EDEFAULT);
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__ATTACHMENTS:
				getAttachments().clear();
				return;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EVIDENCE_PAGES:
				setEvidencePages(EVIDENCE_PAGES_EDEFAULT);
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
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EDITION_ID:
				return EDITION_ID_EDEFAULT == null ? editionId != null : !EDITION_ID_EDEFAULT.equals(editionId);
			case ClusterDeskPackage.CLUSTER_DOCUMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClusterDeskPackage.CLUSTER_DOCUMENT__FILING_DATE:
				return FILING_DATE_EDEFAULT == null ? filingDate != null : !FILING_DATE_EDEFAULT.equals(filingDate);
			case ClusterDeskPackage.CLUSTER_DOCUMENT__CONTACT:
				return contact != null;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__DRAFT:
				return draft != DRAFT_EDEFAULT;
			case ClusterDeskPackage.CLUSTER_DOCUMENT__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EVIDENCE_PAGES:
				return EVIDENCE_PAGES_EDEFAULT == null ? evidencePages != null : !EVIDENCE_PAGES_EDEFAULT.equals(evidencePages);
			case ClusterDeskPackage.CLUSTER_DOCUMENT__EDITION:
				return basicGetEdition() != null;
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
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G01__DIAGNOSTICCHAIN_MAP:
				return G01((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G02__DIAGNOSTICCHAIN_MAP:
				return G02((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G03__DIAGNOSTICCHAIN_MAP:
				return G03((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G04__DIAGNOSTICCHAIN_MAP:
				return G04((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G05__DIAGNOSTICCHAIN_MAP:
				return G05((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G11__DIAGNOSTICCHAIN_MAP:
				return G11((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G12__DIAGNOSTICCHAIN_MAP:
				return G12((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G13__DIAGNOSTICCHAIN_MAP:
				return G13((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G14__DIAGNOSTICCHAIN_MAP:
				return G14((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___G15__DIAGNOSTICCHAIN_MAP:
				return G15((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___D01__DIAGNOSTICCHAIN_MAP:
				return D01((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___D02__DIAGNOSTICCHAIN_MAP:
				return D02((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___D03__DIAGNOSTICCHAIN_MAP:
				return D03((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___D04__DIAGNOSTICCHAIN_MAP:
				return D04((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___D05__DIAGNOSTICCHAIN_MAP:
				return D05((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___D06__DIAGNOSTICCHAIN_MAP:
				return D06((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___D07__DIAGNOSTICCHAIN_MAP:
				return D07((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___D08__DIAGNOSTICCHAIN_MAP:
				return D08((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ClusterDeskPackage.CLUSTER_DOCUMENT___D09__DIAGNOSTICCHAIN_MAP:
				return D09((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (editionId: ");
		result.append(editionId);
		result.append(", name: ");
		result.append(name);
		result.append(", filingDate: ");
		result.append(filingDate);
		result.append(", draft: ");
		result.append(draft);
		result.append(", evidencePages: ");
		result.append(evidencePages);
		result.append(')');
		return result.toString();
	}

} //ClusterDocumentImpl
