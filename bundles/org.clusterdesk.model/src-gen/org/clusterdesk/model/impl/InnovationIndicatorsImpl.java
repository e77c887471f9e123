/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.InnovationIndicators;
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
 * An implementation of the model object '<em><b>Innovation Indicators</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getRdExpenditure <em>Rd Expenditure</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getRdRevenueShare <em>Rd Revenue Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getRdGrowth <em>Rd Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getRdStaffShare <em>Rd Staff Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getNewPatents <em>New Patents</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getNewStandards <em>New Standards</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getNationalAwards <em>National Awards</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getProvincialAwards <em>Provincial Awards</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getNationalCarriers <em>National Carriers</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getProvincialCarriers <em>Provincial Carriers</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getNationalDesignCentres <em>National Design Centres</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getProvincialDesignCentres <em>Provincial Design Centres</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getCarriers <em>Carriers</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl#getTopRd <em>Top Rd</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InnovationIndicatorsImpl extends EObjectImpl implements InnovationIndicators {
	/**
	 * The cached value of the '{@link #getRdExpenditure() <em>Rd Expenditure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdExpenditure()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal rdExpenditure;

	/**
	 * The cached value of the '{@link #getRdRevenueShare() <em>Rd Revenue Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdRevenueShare()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal rdRevenueShare;

	/**
	 * The cached value of the '{@link #getRdGrowth() <em>Rd Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdGrowth()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal rdGrowth;

	/**
	 * The cached value of the '{@link #getRdStaffShare() <em>Rd Staff Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdStaffShare()
	 * @generated
	 * @ordered
	 */
	protected ComparedDecimal rdStaffShare;

	/**
	 * The cached value of the '{@link #getNewPatents() <em>New Patents</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewPatents()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount newPatents;

	/**
	 * The cached value of the '{@link #getNewStandards() <em>New Standards</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewStandards()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount newStandards;

	/**
	 * The cached value of the '{@link #getNationalAwards() <em>National Awards</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalAwards()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount nationalAwards;

	/**
	 * The cached value of the '{@link #getProvincialAwards() <em>Provincial Awards</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialAwards()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount provincialAwards;

	/**
	 * The cached value of the '{@link #getNationalCarriers() <em>National Carriers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalCarriers()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount nationalCarriers;

	/**
	 * The cached value of the '{@link #getProvincialCarriers() <em>Provincial Carriers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialCarriers()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount provincialCarriers;

	/**
	 * The cached value of the '{@link #getNationalDesignCentres() <em>National Design Centres</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalDesignCentres()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount nationalDesignCentres;

	/**
	 * The cached value of the '{@link #getProvincialDesignCentres() <em>Provincial Design Centres</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialDesignCentres()
	 * @generated
	 * @ordered
	 */
	protected ComparedCount provincialDesignCentres;

	/**
	 * The cached value of the '{@link #getCarriers() <em>Carriers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarriers()
	 * @generated
	 * @ordered
	 */
	protected EList<ApprovedListing> carriers;

	/**
	 * The cached value of the '{@link #getTopRd() <em>Top Rd</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopRd()
	 * @generated
	 * @ordered
	 */
	protected RankingTable topRd;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InnovationIndicatorsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.INNOVATION_INDICATORS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getRdExpenditure() {
		return rdExpenditure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRdExpenditure(ComparedDecimal newRdExpenditure, NotificationChain msgs) {
		ComparedDecimal oldRdExpenditure = rdExpenditure;
		rdExpenditure = newRdExpenditure;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE, oldRdExpenditure, newRdExpenditure);
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
	public void setRdExpenditure(ComparedDecimal newRdExpenditure) {
		if (newRdExpenditure != rdExpenditure) {
			NotificationChain msgs = null;
			if (rdExpenditure != null)
				msgs = ((InternalEObject)rdExpenditure).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE, null, msgs);
			if (newRdExpenditure != null)
				msgs = ((InternalEObject)newRdExpenditure).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE, null, msgs);
			msgs = basicSetRdExpenditure(newRdExpenditure, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE, newRdExpenditure, newRdExpenditure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getRdRevenueShare() {
		return rdRevenueShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRdRevenueShare(ComparedDecimal newRdRevenueShare, NotificationChain msgs) {
		ComparedDecimal oldRdRevenueShare = rdRevenueShare;
		rdRevenueShare = newRdRevenueShare;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE, oldRdRevenueShare, newRdRevenueShare);
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
	public void setRdRevenueShare(ComparedDecimal newRdRevenueShare) {
		if (newRdRevenueShare != rdRevenueShare) {
			NotificationChain msgs = null;
			if (rdRevenueShare != null)
				msgs = ((InternalEObject)rdRevenueShare).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE, null, msgs);
			if (newRdRevenueShare != null)
				msgs = ((InternalEObject)newRdRevenueShare).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE, null, msgs);
			msgs = basicSetRdRevenueShare(newRdRevenueShare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE, newRdRevenueShare, newRdRevenueShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getRdGrowth() {
		return rdGrowth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRdGrowth(ComparedDecimal newRdGrowth, NotificationChain msgs) {
		ComparedDecimal oldRdGrowth = rdGrowth;
		rdGrowth = newRdGrowth;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH, oldRdGrowth, newRdGrowth);
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
	public void setRdGrowth(ComparedDecimal newRdGrowth) {
		if (newRdGrowth != rdGrowth) {
			NotificationChain msgs = null;
			if (rdGrowth != null)
				msgs = ((InternalEObject)rdGrowth).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH, null, msgs);
			if (newRdGrowth != null)
				msgs = ((InternalEObject)newRdGrowth).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH, null, msgs);
			msgs = basicSetRdGrowth(newRdGrowth, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH, newRdGrowth, newRdGrowth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedDecimal getRdStaffShare() {
		return rdStaffShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRdStaffShare(ComparedDecimal newRdStaffShare, NotificationChain msgs) {
		ComparedDecimal oldRdStaffShare = rdStaffShare;
		rdStaffShare = newRdStaffShare;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE, oldRdStaffShare, newRdStaffShare);
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
	public void setRdStaffShare(ComparedDecimal newRdStaffShare) {
		if (newRdStaffShare != rdStaffShare) {
			NotificationChain msgs = null;
			if (rdStaffShare != null)
				msgs = ((InternalEObject)rdStaffShare).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE, null, msgs);
			if (newRdStaffShare != null)
				msgs = ((InternalEObject)newRdStaffShare).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE, null, msgs);
			msgs = basicSetRdStaffShare(newRdStaffShare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE, newRdStaffShare, newRdStaffShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getNewPatents() {
		return newPatents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNewPatents(ComparedCount newNewPatents, NotificationChain msgs) {
		ComparedCount oldNewPatents = newPatents;
		newPatents = newNewPatents;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS, oldNewPatents, newNewPatents);
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
	public void setNewPatents(ComparedCount newNewPatents) {
		if (newNewPatents != newPatents) {
			NotificationChain msgs = null;
			if (newPatents != null)
				msgs = ((InternalEObject)newPatents).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS, null, msgs);
			if (newNewPatents != null)
				msgs = ((InternalEObject)newNewPatents).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS, null, msgs);
			msgs = basicSetNewPatents(newNewPatents, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS, newNewPatents, newNewPatents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getNewStandards() {
		return newStandards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNewStandards(ComparedCount newNewStandards, NotificationChain msgs) {
		ComparedCount oldNewStandards = newStandards;
		newStandards = newNewStandards;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS, oldNewStandards, newNewStandards);
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
	public void setNewStandards(ComparedCount newNewStandards) {
		if (newNewStandards != newStandards) {
			NotificationChain msgs = null;
			if (newStandards != null)
				msgs = ((InternalEObject)newStandards).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS, null, msgs);
			if (newNewStandards != null)
				msgs = ((InternalEObject)newNewStandards).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS, null, msgs);
			msgs = basicSetNewStandards(newNewStandards, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS, newNewStandards, newNewStandards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getNationalAwards() {
		return nationalAwards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalAwards(ComparedCount newNationalAwards, NotificationChain msgs) {
		ComparedCount oldNationalAwards = nationalAwards;
		nationalAwards = newNationalAwards;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS, oldNationalAwards, newNationalAwards);
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
	public void setNationalAwards(ComparedCount newNationalAwards) {
		if (newNationalAwards != nationalAwards) {
			NotificationChain msgs = null;
			if (nationalAwards != null)
				msgs = ((InternalEObject)nationalAwards).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS, null, msgs);
			if (newNationalAwards != null)
				msgs = ((InternalEObject)newNationalAwards).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS, null, msgs);
			msgs = basicSetNationalAwards(newNationalAwards, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS, newNationalAwards, newNationalAwards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getProvincialAwards() {
		return provincialAwards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialAwards(ComparedCount newProvincialAwards, NotificationChain msgs) {
		ComparedCount oldProvincialAwards = provincialAwards;
		provincialAwards = newProvincialAwards;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS, oldProvincialAwards, newProvincialAwards);
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
	public void setProvincialAwards(ComparedCount newProvincialAwards) {
		if (newProvincialAwards != provincialAwards) {
			NotificationChain msgs = null;
			if (provincialAwards != null)
				msgs = ((InternalEObject)provincialAwards).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS, null, msgs);
			if (newProvincialAwards != null)
				msgs = ((InternalEObject)newProvincialAwards).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS, null, msgs);
			msgs = basicSetProvincialAwards(newProvincialAwards, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS, newProvincialAwards, newProvincialAwards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getNationalCarriers() {
		return nationalCarriers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalCarriers(ComparedCount newNationalCarriers, NotificationChain msgs) {
		ComparedCount oldNationalCarriers = nationalCarriers;
		nationalCarriers = newNationalCarriers;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS, oldNationalCarriers, newNationalCarriers);
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
	public void setNationalCarriers(ComparedCount newNationalCarriers) {
		if (newNationalCarriers != nationalCarriers) {
			NotificationChain msgs = null;
			if (nationalCarriers != null)
				msgs = ((InternalEObject)nationalCarriers).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS, null, msgs);
			if (newNationalCarriers != null)
				msgs = ((InternalEObject)newNationalCarriers).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS, null, msgs);
			msgs = basicSetNationalCarriers(newNationalCarriers, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS, newNationalCarriers, newNationalCarriers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getProvincialCarriers() {
		return provincialCarriers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialCarriers(ComparedCount newProvincialCarriers, NotificationChain msgs) {
		ComparedCount oldProvincialCarriers = provincialCarriers;
		provincialCarriers = newProvincialCarriers;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS, oldProvincialCarriers, newProvincialCarriers);
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
	public void setProvincialCarriers(ComparedCount newProvincialCarriers) {
		if (newProvincialCarriers != provincialCarriers) {
			NotificationChain msgs = null;
			if (provincialCarriers != null)
				msgs = ((InternalEObject)provincialCarriers).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS, null, msgs);
			if (newProvincialCarriers != null)
				msgs = ((InternalEObject)newProvincialCarriers).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS, null, msgs);
			msgs = basicSetProvincialCarriers(newProvincialCarriers, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS, newProvincialCarriers, newProvincialCarriers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getNationalDesignCentres() {
		return nationalDesignCentres;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalDesignCentres(ComparedCount newNationalDesignCentres, NotificationChain msgs) {
		ComparedCount oldNationalDesignCentres = nationalDesignCentres;
		nationalDesignCentres = newNationalDesignCentres;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES, oldNationalDesignCentres, newNationalDesignCentres);
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
	public void setNationalDesignCentres(ComparedCount newNationalDesignCentres) {
		if (newNationalDesignCentres != nationalDesignCentres) {
			NotificationChain msgs = null;
			if (nationalDesignCentres != null)
				msgs = ((InternalEObject)nationalDesignCentres).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES, null, msgs);
			if (newNationalDesignCentres != null)
				msgs = ((InternalEObject)newNationalDesignCentres).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES, null, msgs);
			msgs = basicSetNationalDesignCentres(newNationalDesignCentres, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES, newNationalDesignCentres, newNationalDesignCentres));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparedCount getProvincialDesignCentres() {
		return provincialDesignCentres;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialDesignCentres(ComparedCount newProvincialDesignCentres, NotificationChain msgs) {
		ComparedCount oldProvincialDesignCentres = provincialDesignCentres;
		provincialDesignCentres = newProvincialDesignCentres;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES, oldProvincialDesignCentres, newProvincialDesignCentres);
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
	public void setProvincialDesignCentres(ComparedCount newProvincialDesignCentres) {
		if (newProvincialDesignCentres != provincialDesignCentres) {
			NotificationChain msgs = null;
			if (provincialDesignCentres != null)
				msgs = ((InternalEObject)provincialDesignCentres).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES, null, msgs);
			if (newProvincialDesignCentres != null)
				msgs = ((InternalEObject)newProvincialDesignCentres).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES, null, msgs);
			msgs = basicSetProvincialDesignCentres(newProvincialDesignCentres, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES, newProvincialDesignCentres, newProvincialDesignCentres));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApprovedListing> getCarriers() {
		if (carriers == null) {
			carriers = new EObjectContainmentEList<ApprovedListing>(ApprovedListing.class, this, ClusterDeskPackage.INNOVATION_INDICATORS__CARRIERS);
		}
		return carriers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RankingTable getTopRd() {
		return topRd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTopRd(RankingTable newTopRd, NotificationChain msgs) {
		RankingTable oldTopRd = topRd;
		topRd = newTopRd;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD, oldTopRd, newTopRd);
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
	public void setTopRd(RankingTable newTopRd) {
		if (newTopRd != topRd) {
			NotificationChain msgs = null;
			if (topRd != null)
				msgs = ((InternalEObject)topRd).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD, null, msgs);
			if (newTopRd != null)
				msgs = ((InternalEObject)newTopRd).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD, null, msgs);
			msgs = basicSetTopRd(newTopRd, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD, newTopRd, newTopRd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedRdRevenueShare(final int year) {
		return org.clusterdesk.model.derived.CompetitionFigures.rdRevenueShare(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE:
				return basicSetRdExpenditure(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE:
				return basicSetRdRevenueShare(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH:
				return basicSetRdGrowth(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE:
				return basicSetRdStaffShare(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS:
				return basicSetNewPatents(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS:
				return basicSetNewStandards(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS:
				return basicSetNationalAwards(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS:
				return basicSetProvincialAwards(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS:
				return basicSetNationalCarriers(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS:
				return basicSetProvincialCarriers(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES:
				return basicSetNationalDesignCentres(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES:
				return basicSetProvincialDesignCentres(null, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__CARRIERS:
				return ((InternalEList<?>)getCarriers()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD:
				return basicSetTopRd(null, msgs);
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
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE:
				return getRdExpenditure();
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE:
				return getRdRevenueShare();
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH:
				return getRdGrowth();
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE:
				return getRdStaffShare();
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS:
				return getNewPatents();
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS:
				return getNewStandards();
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS:
				return getNationalAwards();
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS:
				return getProvincialAwards();
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS:
				return getNationalCarriers();
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS:
				return getProvincialCarriers();
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES:
				return getNationalDesignCentres();
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES:
				return getProvincialDesignCentres();
			case ClusterDeskPackage.INNOVATION_INDICATORS__CARRIERS:
				return getCarriers();
			case ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD:
				return getTopRd();
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
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE:
				setRdExpenditure((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE:
				setRdRevenueShare((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH:
				setRdGrowth((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE:
				setRdStaffShare((ComparedDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS:
				setNewPatents((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS:
				setNewStandards((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS:
				setNationalAwards((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS:
				setProvincialAwards((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS:
				setNationalCarriers((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS:
				setProvincialCarriers((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES:
				setNationalDesignCentres((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES:
				setProvincialDesignCentres((ComparedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__CARRIERS:
				getCarriers().clear();
				getCarriers().addAll((Collection<? extends ApprovedListing>)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD:
				setTopRd((RankingTable)newValue);
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
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE:
				setRdExpenditure((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE:
				setRdRevenueShare((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH:
				setRdGrowth((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE:
				setRdStaffShare((ComparedDecimal)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS:
				setNewPatents((ComparedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS:
				setNewStandards((ComparedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS:
				setNationalAwards((ComparedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS:
				setProvincialAwards((ComparedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS:
				setNationalCarriers((ComparedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS:
				setProvincialCarriers((ComparedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES:
				setNationalDesignCentres((ComparedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES:
				setProvincialDesignCentres((ComparedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__CARRIERS:
				getCarriers().clear();
				return;
			case ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD:
				setTopRd((RankingTable)null);
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
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE:
				return rdExpenditure != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE:
				return rdRevenueShare != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH:
				return rdGrowth != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE:
				return rdStaffShare != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS:
				return newPatents != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS:
				return newStandards != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS:
				return nationalAwards != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS:
				return provincialAwards != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS:
				return nationalCarriers != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS:
				return provincialCarriers != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES:
				return nationalDesignCentres != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES:
				return provincialDesignCentres != null;
			case ClusterDeskPackage.INNOVATION_INDICATORS__CARRIERS:
				return carriers != null && !carriers.isEmpty();
			case ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD:
				return topRd != null;
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
			case ClusterDeskPackage.INNOVATION_INDICATORS___COMPUTED_RD_REVENUE_SHARE__INT:
				return computedRdRevenueShare((Integer)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

} //InnovationIndicatorsImpl
