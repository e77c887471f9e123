/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.InnovationSection;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.StandardCount;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Innovation Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getRdIntensity <em>Rd Intensity</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getRdExpenditure <em>Rd Expenditure</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getRdGrowth <em>Rd Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getSmeEmployees <em>Sme Employees</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getRdStaff <em>Rd Staff</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getRdStaffShare <em>Rd Staff Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getIpGrants <em>Ip Grants</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getStandards <em>Standards</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getNationalPlatforms <em>National Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getProvincialPlatforms <em>Provincial Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getOtherPlatforms <em>Other Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getPctApplications <em>Pct Applications</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getPatentAverageGrowth <em>Patent Average Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getPatentsPer10k <em>Patents Per10k</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getValidInventionPatents <em>Valid Invention Patents</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.InnovationSectionImpl#getPatentEvidence <em>Patent Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InnovationSectionImpl extends EvidenceHolderImpl implements InnovationSection {
	/**
	 * The cached value of the '{@link #getRdIntensity() <em>Rd Intensity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdIntensity()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal rdIntensity;

	/**
	 * The cached value of the '{@link #getRdExpenditure() <em>Rd Expenditure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdExpenditure()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal rdExpenditure;

	/**
	 * The cached value of the '{@link #getRdGrowth() <em>Rd Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdGrowth()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal rdGrowth;

	/**
	 * The cached value of the '{@link #getSmeEmployees() <em>Sme Employees</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmeEmployees()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount smeEmployees;

	/**
	 * The cached value of the '{@link #getRdStaff() <em>Rd Staff</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdStaff()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount rdStaff;

	/**
	 * The default value of the '{@link #getRdStaffShare() <em>Rd Staff Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdStaffShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RD_STAFF_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRdStaffShare() <em>Rd Staff Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdStaffShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal rdStaffShare = RD_STAFF_SHARE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIpGrants() <em>Ip Grants</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpGrants()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount ipGrants;

	/**
	 * The cached value of the '{@link #getStandards() <em>Standards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandards()
	 * @generated
	 * @ordered
	 */
	protected EList<StandardCount> standards;

	/**
	 * The cached value of the '{@link #getNationalPlatforms() <em>National Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalPlatforms()
	 * @generated
	 * @ordered
	 */
	protected NamedCount nationalPlatforms;

	/**
	 * The cached value of the '{@link #getProvincialPlatforms() <em>Provincial Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvincialPlatforms()
	 * @generated
	 * @ordered
	 */
	protected NamedCount provincialPlatforms;

	/**
	 * The cached value of the '{@link #getOtherPlatforms() <em>Other Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherPlatforms()
	 * @generated
	 * @ordered
	 */
	protected NamedCount otherPlatforms;

	/**
	 * The default value of the '{@link #getPctApplications() <em>Pct Applications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPctApplications()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PCT_APPLICATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPctApplications() <em>Pct Applications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPctApplications()
	 * @generated
	 * @ordered
	 */
	protected Integer pctApplications = PCT_APPLICATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatentAverageGrowth() <em>Patent Average Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatentAverageGrowth()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PATENT_AVERAGE_GROWTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatentAverageGrowth() <em>Patent Average Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatentAverageGrowth()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal patentAverageGrowth = PATENT_AVERAGE_GROWTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatentsPer10k() <em>Patents Per10k</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatentsPer10k()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PATENTS_PER10K_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatentsPer10k() <em>Patents Per10k</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatentsPer10k()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal patentsPer10k = PATENTS_PER10K_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidInventionPatents() <em>Valid Invention Patents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidInventionPatents()
	 * @generated
	 * @ordered
	 */
	protected static final Integer VALID_INVENTION_PATENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidInventionPatents() <em>Valid Invention Patents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidInventionPatents()
	 * @generated
	 * @ordered
	 */
	protected Integer validInventionPatents = VALID_INVENTION_PATENTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPatentEvidence() <em>Patent Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatentEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> patentEvidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InnovationSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.INNOVATION_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getRdIntensity() {
		return rdIntensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRdIntensity(YearlyDecimal newRdIntensity, NotificationChain msgs) {
		YearlyDecimal oldRdIntensity = rdIntensity;
		rdIntensity = newRdIntensity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY, oldRdIntensity, newRdIntensity);
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
	public void setRdIntensity(YearlyDecimal newRdIntensity) {
		if (newRdIntensity != rdIntensity) {
			NotificationChain msgs = null;
			if (rdIntensity != null)
				msgs = ((InternalEObject)rdIntensity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY, null, msgs);
			if (newRdIntensity != null)
				msgs = ((InternalEObject)newRdIntensity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY, null, msgs);
			msgs = basicSetRdIntensity(newRdIntensity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY, newRdIntensity, newRdIntensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getRdExpenditure() {
		return rdExpenditure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRdExpenditure(YearlyDecimal newRdExpenditure, NotificationChain msgs) {
		YearlyDecimal oldRdExpenditure = rdExpenditure;
		rdExpenditure = newRdExpenditure;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE, oldRdExpenditure, newRdExpenditure);
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
	public void setRdExpenditure(YearlyDecimal newRdExpenditure) {
		if (newRdExpenditure != rdExpenditure) {
			NotificationChain msgs = null;
			if (rdExpenditure != null)
				msgs = ((InternalEObject)rdExpenditure).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE, null, msgs);
			if (newRdExpenditure != null)
				msgs = ((InternalEObject)newRdExpenditure).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE, null, msgs);
			msgs = basicSetRdExpenditure(newRdExpenditure, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE, newRdExpenditure, newRdExpenditure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getRdGrowth() {
		return rdGrowth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRdGrowth(YearlyDecimal newRdGrowth, NotificationChain msgs) {
		YearlyDecimal oldRdGrowth = rdGrowth;
		rdGrowth = newRdGrowth;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH, oldRdGrowth, newRdGrowth);
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
	public void setRdGrowth(YearlyDecimal newRdGrowth) {
		if (newRdGrowth != rdGrowth) {
			NotificationChain msgs = null;
			if (rdGrowth != null)
				msgs = ((InternalEObject)rdGrowth).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH, null, msgs);
			if (newRdGrowth != null)
				msgs = ((InternalEObject)newRdGrowth).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH, null, msgs);
			msgs = basicSetRdGrowth(newRdGrowth, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH, newRdGrowth, newRdGrowth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getSmeEmployees() {
		return smeEmployees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSmeEmployees(YearlyCount newSmeEmployees, NotificationChain msgs) {
		YearlyCount oldSmeEmployees = smeEmployees;
		smeEmployees = newSmeEmployees;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES, oldSmeEmployees, newSmeEmployees);
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
	public void setSmeEmployees(YearlyCount newSmeEmployees) {
		if (newSmeEmployees != smeEmployees) {
			NotificationChain msgs = null;
			if (smeEmployees != null)
				msgs = ((InternalEObject)smeEmployees).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES, null, msgs);
			if (newSmeEmployees != null)
				msgs = ((InternalEObject)newSmeEmployees).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES, null, msgs);
			msgs = basicSetSmeEmployees(newSmeEmployees, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES, newSmeEmployees, newSmeEmployees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getRdStaff() {
		return rdStaff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRdStaff(YearlyCount newRdStaff, NotificationChain msgs) {
		YearlyCount oldRdStaff = rdStaff;
		rdStaff = newRdStaff;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF, oldRdStaff, newRdStaff);
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
	public void setRdStaff(YearlyCount newRdStaff) {
		if (newRdStaff != rdStaff) {
			NotificationChain msgs = null;
			if (rdStaff != null)
				msgs = ((InternalEObject)rdStaff).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF, null, msgs);
			if (newRdStaff != null)
				msgs = ((InternalEObject)newRdStaff).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF, null, msgs);
			msgs = basicSetRdStaff(newRdStaff, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF, newRdStaff, newRdStaff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRdStaffShare() {
		return rdStaffShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdStaffShare(BigDecimal newRdStaffShare) {
		BigDecimal oldRdStaffShare = rdStaffShare;
		rdStaffShare = newRdStaffShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF_SHARE, oldRdStaffShare, rdStaffShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getIpGrants() {
		return ipGrants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIpGrants(YearlyCount newIpGrants, NotificationChain msgs) {
		YearlyCount oldIpGrants = ipGrants;
		ipGrants = newIpGrants;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS, oldIpGrants, newIpGrants);
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
	public void setIpGrants(YearlyCount newIpGrants) {
		if (newIpGrants != ipGrants) {
			NotificationChain msgs = null;
			if (ipGrants != null)
				msgs = ((InternalEObject)ipGrants).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS, null, msgs);
			if (newIpGrants != null)
				msgs = ((InternalEObject)newIpGrants).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS, null, msgs);
			msgs = basicSetIpGrants(newIpGrants, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS, newIpGrants, newIpGrants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StandardCount> getStandards() {
		if (standards == null) {
			standards = new EObjectContainmentEList<StandardCount>(StandardCount.class, this, ClusterDeskPackage.INNOVATION_SECTION__STANDARDS);
		}
		return standards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getNationalPlatforms() {
		return nationalPlatforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNationalPlatforms(NamedCount newNationalPlatforms, NotificationChain msgs) {
		NamedCount oldNationalPlatforms = nationalPlatforms;
		nationalPlatforms = newNationalPlatforms;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS, oldNationalPlatforms, newNationalPlatforms);
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
	public void setNationalPlatforms(NamedCount newNationalPlatforms) {
		if (newNationalPlatforms != nationalPlatforms) {
			NotificationChain msgs = null;
			if (nationalPlatforms != null)
				msgs = ((InternalEObject)nationalPlatforms).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS, null, msgs);
			if (newNationalPlatforms != null)
				msgs = ((InternalEObject)newNationalPlatforms).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS, null, msgs);
			msgs = basicSetNationalPlatforms(newNationalPlatforms, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS, newNationalPlatforms, newNationalPlatforms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getProvincialPlatforms() {
		return provincialPlatforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvincialPlatforms(NamedCount newProvincialPlatforms, NotificationChain msgs) {
		NamedCount oldProvincialPlatforms = provincialPlatforms;
		provincialPlatforms = newProvincialPlatforms;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS, oldProvincialPlatforms, newProvincialPlatforms);
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
	public void setProvincialPlatforms(NamedCount newProvincialPlatforms) {
		if (newProvincialPlatforms != provincialPlatforms) {
			NotificationChain msgs = null;
			if (provincialPlatforms != null)
				msgs = ((InternalEObject)provincialPlatforms).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS, null, msgs);
			if (newProvincialPlatforms != null)
				msgs = ((InternalEObject)newProvincialPlatforms).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS, null, msgs);
			msgs = basicSetProvincialPlatforms(newProvincialPlatforms, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS, newProvincialPlatforms, newProvincialPlatforms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedCount getOtherPlatforms() {
		return otherPlatforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOtherPlatforms(NamedCount newOtherPlatforms, NotificationChain msgs) {
		NamedCount oldOtherPlatforms = otherPlatforms;
		otherPlatforms = newOtherPlatforms;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS, oldOtherPlatforms, newOtherPlatforms);
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
	public void setOtherPlatforms(NamedCount newOtherPlatforms) {
		if (newOtherPlatforms != otherPlatforms) {
			NotificationChain msgs = null;
			if (otherPlatforms != null)
				msgs = ((InternalEObject)otherPlatforms).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS, null, msgs);
			if (newOtherPlatforms != null)
				msgs = ((InternalEObject)newOtherPlatforms).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS, null, msgs);
			msgs = basicSetOtherPlatforms(newOtherPlatforms, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS, newOtherPlatforms, newOtherPlatforms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPctApplications() {
		return pctApplications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPctApplications(Integer newPctApplications) {
		Integer oldPctApplications = pctApplications;
		pctApplications = newPctApplications;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__PCT_APPLICATIONS, oldPctApplications, pctApplications));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPatentAverageGrowth() {
		return patentAverageGrowth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatentAverageGrowth(BigDecimal newPatentAverageGrowth) {
		BigDecimal oldPatentAverageGrowth = patentAverageGrowth;
		patentAverageGrowth = newPatentAverageGrowth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__PATENT_AVERAGE_GROWTH, oldPatentAverageGrowth, patentAverageGrowth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPatentsPer10k() {
		return patentsPer10k;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatentsPer10k(BigDecimal newPatentsPer10k) {
		BigDecimal oldPatentsPer10k = patentsPer10k;
		patentsPer10k = newPatentsPer10k;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__PATENTS_PER10K, oldPatentsPer10k, patentsPer10k));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getValidInventionPatents() {
		return validInventionPatents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidInventionPatents(Integer newValidInventionPatents) {
		Integer oldValidInventionPatents = validInventionPatents;
		validInventionPatents = newValidInventionPatents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INNOVATION_SECTION__VALID_INVENTION_PATENTS, oldValidInventionPatents, validInventionPatents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getPatentEvidence() {
		if (patentEvidence == null) {
			patentEvidence = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, ClusterDeskPackage.INNOVATION_SECTION__PATENT_EVIDENCE);
		}
		return patentEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedRdGrowth(final int year) {
		return org.clusterdesk.model.derived.InnovationFigures.rdGrowth(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedPatentsPer10k() {
		return org.clusterdesk.model.derived.InnovationFigures.patentsPer10k(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedRdStaffShare(final int year) {
		return org.clusterdesk.model.derived.InnovationFigures.rdStaffShare(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal rdAverageGrowth() {
		return org.clusterdesk.model.derived.InnovationFigures.rdAverageGrowth(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY:
				return basicSetRdIntensity(null, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE:
				return basicSetRdExpenditure(null, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH:
				return basicSetRdGrowth(null, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES:
				return basicSetSmeEmployees(null, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF:
				return basicSetRdStaff(null, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS:
				return basicSetIpGrants(null, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__STANDARDS:
				return ((InternalEList<?>)getStandards()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS:
				return basicSetNationalPlatforms(null, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS:
				return basicSetProvincialPlatforms(null, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS:
				return basicSetOtherPlatforms(null, msgs);
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_EVIDENCE:
				return ((InternalEList<?>)getPatentEvidence()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY:
				return getRdIntensity();
			case ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE:
				return getRdExpenditure();
			case ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH:
				return getRdGrowth();
			case ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES:
				return getSmeEmployees();
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF:
				return getRdStaff();
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF_SHARE:
				return getRdStaffShare();
			case ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS:
				return getIpGrants();
			case ClusterDeskPackage.INNOVATION_SECTION__STANDARDS:
				return getStandards();
			case ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS:
				return getNationalPlatforms();
			case ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS:
				return getProvincialPlatforms();
			case ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS:
				return getOtherPlatforms();
			case ClusterDeskPackage.INNOVATION_SECTION__PCT_APPLICATIONS:
				return getPctApplications();
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_AVERAGE_GROWTH:
				return getPatentAverageGrowth();
			case ClusterDeskPackage.INNOVATION_SECTION__PATENTS_PER10K:
				return getPatentsPer10k();
			case ClusterDeskPackage.INNOVATION_SECTION__VALID_INVENTION_PATENTS:
				return getValidInventionPatents();
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_EVIDENCE:
				return getPatentEvidence();
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
			case ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY:
				setRdIntensity((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE:
				setRdExpenditure((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH:
				setRdGrowth((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES:
				setSmeEmployees((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF:
				setRdStaff((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF_SHARE:
				setRdStaffShare((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS:
				setIpGrants((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__STANDARDS:
				getStandards().clear();
				getStandards().addAll((Collection<? extends StandardCount>)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS:
				setNationalPlatforms((NamedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS:
				setProvincialPlatforms((NamedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS:
				setOtherPlatforms((NamedCount)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PCT_APPLICATIONS:
				setPctApplications((Integer)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_AVERAGE_GROWTH:
				setPatentAverageGrowth((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PATENTS_PER10K:
				setPatentsPer10k((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__VALID_INVENTION_PATENTS:
				setValidInventionPatents((Integer)newValue);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_EVIDENCE:
				getPatentEvidence().clear();
				getPatentEvidence().addAll((Collection<? extends EvidenceRef>)newValue);
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
			case ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY:
				setRdIntensity((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE:
				setRdExpenditure((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH:
				setRdGrowth((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES:
				setSmeEmployees((YearlyCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF:
				setRdStaff((YearlyCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF_SHARE:
				setRdStaffShare(RD_STAFF_SHARE_EDEFAULT);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS:
				setIpGrants((YearlyCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__STANDARDS:
				getStandards().clear();
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS:
				setNationalPlatforms((NamedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS:
				setProvincialPlatforms((NamedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS:
				setOtherPlatforms((NamedCount)null);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PCT_APPLICATIONS:
				setPctApplications(PCT_APPLICATIONS_EDEFAULT);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_AVERAGE_GROWTH:
				setPatentAverageGrowth(PATENT_AVERAGE_GROWTH_EDEFAULT);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PATENTS_PER10K:
				setPatentsPer10k(PATENTS_PER10K_EDEFAULT);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__VALID_INVENTION_PATENTS:
				setValidInventionPatents(VALID_INVENTION_PATENTS_EDEFAULT);
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_EVIDENCE:
				getPatentEvidence().clear();
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
			case ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY:
				return rdIntensity != null;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE:
				return rdExpenditure != null;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH:
				return rdGrowth != null;
			case ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES:
				return smeEmployees != null;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF:
				return rdStaff != null;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF_SHARE:
				return RD_STAFF_SHARE_EDEFAULT == null ? rdStaffShare != null : !RD_STAFF_SHARE_EDEFAULT.equals(rdStaffShare);
			case ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS:
				return ipGrants != null;
			case ClusterDeskPackage.INNOVATION_SECTION__STANDARDS:
				return standards != null && !standards.isEmpty();
			case ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS:
				return nationalPlatforms != null;
			case ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS:
				return provincialPlatforms != null;
			case ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS:
				return otherPlatforms != null;
			case ClusterDeskPackage.INNOVATION_SECTION__PCT_APPLICATIONS:
				return PCT_APPLICATIONS_EDEFAULT == null ? pctApplications != null : !PCT_APPLICATIONS_EDEFAULT.equals(pctApplications);
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_AVERAGE_GROWTH:
				return PATENT_AVERAGE_GROWTH_EDEFAULT == null ? patentAverageGrowth != null : !PATENT_AVERAGE_GROWTH_EDEFAULT.equals(patentAverageGrowth);
			case ClusterDeskPackage.INNOVATION_SECTION__PATENTS_PER10K:
				return PATENTS_PER10K_EDEFAULT == null ? patentsPer10k != null : !PATENTS_PER10K_EDEFAULT.equals(patentsPer10k);
			case ClusterDeskPackage.INNOVATION_SECTION__VALID_INVENTION_PATENTS:
				return VALID_INVENTION_PATENTS_EDEFAULT == null ? validInventionPatents != null : !VALID_INVENTION_PATENTS_EDEFAULT.equals(validInventionPatents);
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_EVIDENCE:
				return patentEvidence != null && !patentEvidence.isEmpty();
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
			case ClusterDeskPackage.INNOVATION_SECTION___COMPUTED_RD_GROWTH__INT:
				return computedRdGrowth((Integer)arguments.get(0));
			case ClusterDeskPackage.INNOVATION_SECTION___COMPUTED_PATENTS_PER10K:
				return computedPatentsPer10k();
			case ClusterDeskPackage.INNOVATION_SECTION___COMPUTED_RD_STAFF_SHARE__INT:
				return computedRdStaffShare((Integer)arguments.get(0));
			case ClusterDeskPackage.INNOVATION_SECTION___RD_AVERAGE_GROWTH:
				return rdAverageGrowth();
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
		result.append(" (rdStaffShare: ");
		result.append(rdStaffShare);
		result.append(", pctApplications: ");
		result.append(pctApplications);
		result.append(", patentAverageGrowth: ");
		result.append(patentAverageGrowth);
		result.append(", patentsPer10k: ");
		result.append(patentsPer10k);
		result.append(", validInventionPatents: ");
		result.append(validInventionPatents);
		result.append(')');
		return result.toString();
	}

} //InnovationSectionImpl
