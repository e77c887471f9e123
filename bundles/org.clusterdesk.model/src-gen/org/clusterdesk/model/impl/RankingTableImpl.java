/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;

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
 * An implementation of the model object '<em><b>Ranking Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.RankingTableImpl#getRows <em>Rows</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.RankingTableImpl#getTotal <em>Total</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.RankingTableImpl#getEvidencePage <em>Evidence Page</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RankingTableImpl extends EObjectImpl implements RankingTable {
	/**
	 * The cached value of the '{@link #getRows() <em>Rows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected EList<RankedEnterprise> rows;

	/**
	 * The cached value of the '{@link #getTotal() <em>Total</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal total;

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
	protected RankingTableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.RANKING_TABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RankedEnterprise> getRows() {
		if (rows == null) {
			rows = new EObjectContainmentEList<RankedEnterprise>(RankedEnterprise.class, this, ClusterDeskPackage.RANKING_TABLE__ROWS);
		}
		return rows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTotal(ComparedDecimal newTotal, NotificationChain msgs) {
		ComparedDecimal oldTotal = total;
		total = newTotal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.RANKING_TABLE__TOTAL, oldTotal, newTotal);
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
	public void setTotal(ComparedDecimal newTotal) {
		if (newTotal != total) {
			NotificationChain msgs = null;
			if (total != null)
				msgs = ((InternalEObject)total).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.RANKING_TABLE__TOTAL, null, msgs);
			if (newTotal != null)
				msgs = ((InternalEObject)newTotal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.RANKING_TABLE__TOTAL, null, msgs);
			msgs = basicSetTotal(newTotal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.RANKING_TABLE__TOTAL, newTotal, newTotal));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.RANKING_TABLE__EVIDENCE_PAGE, oldEvidencePage, evidencePage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedTotal(final int year) {
		return org.clusterdesk.model.derived.CompetitionFigures.total(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.RANKING_TABLE__ROWS:
				return ((InternalEList<?>)getRows()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.RANKING_TABLE__TOTAL:
				return basicSetTotal(null, msgs);
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
			case ClusterDeskPackage.RANKING_TABLE__ROWS:
				return getRows();
			case ClusterDeskPackage.RANKING_TABLE__TOTAL:
				return getTotal();
			case ClusterDeskPackage.RANKING_TABLE__EVIDENCE_PAGE:
				return getEvidencePage();
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
			case ClusterDeskPackage.RANKING_TABLE__ROWS:
				getRows().clear();
				getRows().addAll((Collection<? extends RankedEnterprise>)newValue);
				return;
			case ClusterDeskPackage.RANKING_TABLE__TOTAL:
				setTotal((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.RANKING_TABLE__EVIDENCE_PAGE:
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
			case ClusterDeskPackage.RANKING_TABLE__ROWS:
				getRows().clear();
				return;
			case ClusterDeskPackage.RANKING_TABLE__TOTAL:
				setTotal((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.RANKING_TABLE__EVIDENCE_PAGE:
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
			case ClusterDeskPackage.RANKING_TABLE__ROWS:
				return rows != null && !rows.isEmpty();
			case ClusterDeskPackage.RANKING_TABLE__TOTAL:
				return total != null;
			case ClusterDeskPackage.RANKING_TABLE__EVIDENCE_PAGE:
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
			case ClusterDeskPackage.RANKING_TABLE___COMPUTED_TOTAL__INT:
				return computedTotal((Integer)arguments.get(0));
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
		result.append(" (evidencePage: ");
		result.append(evidencePage);
		result.append(')');
		return result.toString();
	}

} //RankingTableImpl
