/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import org.clusterdesk.model.ChainWork;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Honour;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.QualifiedSmeList;
import org.clusterdesk.model.QualityBrandWork;
import org.clusterdesk.model.ResourceSharingWork;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Industry Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getTotalOutput <em>Total Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getCountyShare <em>County Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getSmeOutputShare <em>Sme Output Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getLeadingIndustryShare <em>Leading Industry Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getLeadingIndustryGrowth <em>Leading Industry Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getLeadingIndustryAverageGrowth <em>Leading Industry Average Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getSmes <em>Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getSpecialisedSmes <em>Specialised Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getLittleGiants <em>Little Giants</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getSingleChampions <em>Single Champions</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getHighTechEnterprises <em>High Tech Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getInnovativeSmes <em>Innovative Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getListedSmes <em>Listed Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getPreListingSmes <em>Pre Listing Smes</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getQualifiedSmeLists <em>Qualified Sme Lists</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getFdi <em>Fdi</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getFdiGrowth <em>Fdi Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getExports <em>Exports</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getExportGrowth <em>Export Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getFdiCumulativeGrowthByYear <em>Fdi Cumulative Growth By Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getExportCumulativeGrowthByYear <em>Export Cumulative Growth By Year</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getChainNarrative <em>Chain Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getChainWorks <em>Chain Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getResourceNarrative <em>Resource Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getResourceWorks <em>Resource Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getHonours <em>Honours</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getQualityNarrative <em>Quality Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.IndustrySectionImpl#getQualityWorks <em>Quality Works</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndustrySectionImpl extends EvidenceHolderImpl implements IndustrySection {
	/**
	 * The cached value of the '{@link #getTotalOutput() <em>Total Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalOutput()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal totalOutput;

	/**
	 * The cached value of the '{@link #getCountyShare() <em>County Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountyShare()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal countyShare;

	/**
	 * The cached value of the '{@link #getSmeOutputShare() <em>Sme Output Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmeOutputShare()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal smeOutputShare;

	/**
	 * The cached value of the '{@link #getLeadingIndustryShare() <em>Leading Industry Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingIndustryShare()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal leadingIndustryShare;

	/**
	 * The cached value of the '{@link #getLeadingIndustryGrowth() <em>Leading Industry Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingIndustryGrowth()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal leadingIndustryGrowth;

	/**
	 * The default value of the '{@link #getLeadingIndustryAverageGrowth() <em>Leading Industry Average Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingIndustryAverageGrowth()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LEADING_INDUSTRY_AVERAGE_GROWTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeadingIndustryAverageGrowth() <em>Leading Industry Average Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingIndustryAverageGrowth()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal leadingIndustryAverageGrowth = LEADING_INDUSTRY_AVERAGE_GROWTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnterprises() <em>Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprises()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount enterprises;

	/**
	 * The cached value of the '{@link #getSmes() <em>Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmes()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount smes;

	/**
	 * The cached value of the '{@link #getSpecialisedSmes() <em>Specialised Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialisedSmes()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount specialisedSmes;

	/**
	 * The cached value of the '{@link #getLittleGiants() <em>Little Giants</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLittleGiants()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount littleGiants;

	/**
	 * The cached value of the '{@link #getSingleChampions() <em>Single Champions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingleChampions()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount singleChampions;

	/**
	 * The cached value of the '{@link #getHighTechEnterprises() <em>High Tech Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighTechEnterprises()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount highTechEnterprises;

	/**
	 * The cached value of the '{@link #getInnovativeSmes() <em>Innovative Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInnovativeSmes()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount innovativeSmes;

	/**
	 * The cached value of the '{@link #getListedSmes() <em>Listed Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListedSmes()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount listedSmes;

	/**
	 * The cached value of the '{@link #getPreListingSmes() <em>Pre Listing Smes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreListingSmes()
	 * @generated
	 * @ordered
	 */
	protected YearlyCount preListingSmes;

	/**
	 * The cached value of the '{@link #getQualifiedSmeLists() <em>Qualified Sme Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualifiedSmeLists()
	 * @generated
	 * @ordered
	 */
	protected EList<QualifiedSmeList> qualifiedSmeLists;

	/**
	 * The cached value of the '{@link #getFdi() <em>Fdi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFdi()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal fdi;

	/**
	 * The cached value of the '{@link #getFdiGrowth() <em>Fdi Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFdiGrowth()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal fdiGrowth;

	/**
	 * The cached value of the '{@link #getExports() <em>Exports</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExports()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal exports;

	/**
	 * The cached value of the '{@link #getExportGrowth() <em>Export Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExportGrowth()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal exportGrowth;

	/**
	 * The cached value of the '{@link #getFdiCumulativeGrowthByYear() <em>Fdi Cumulative Growth By Year</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFdiCumulativeGrowthByYear()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal fdiCumulativeGrowthByYear;

	/**
	 * The cached value of the '{@link #getExportCumulativeGrowthByYear() <em>Export Cumulative Growth By Year</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExportCumulativeGrowthByYear()
	 * @generated
	 * @ordered
	 */
	protected YearlyDecimal exportCumulativeGrowthByYear;

	/**
	 * The default value of the '{@link #getChainNarrative() <em>Chain Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String CHAIN_NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChainNarrative() <em>Chain Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainNarrative()
	 * @generated
	 * @ordered
	 */
	protected String chainNarrative = CHAIN_NARRATIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChainWorks() <em>Chain Works</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainWorks()
	 * @generated
	 * @ordered
	 */
	protected EList<ChainWork> chainWorks;

	/**
	 * The default value of the '{@link #getResourceNarrative() <em>Resource Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceNarrative() <em>Resource Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceNarrative()
	 * @generated
	 * @ordered
	 */
	protected String resourceNarrative = RESOURCE_NARRATIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResourceWorks() <em>Resource Works</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceWorks()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceSharingWork> resourceWorks;

	/**
	 * The cached value of the '{@link #getHonours() <em>Honours</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHonours()
	 * @generated
	 * @ordered
	 */
	protected EList<Honour> honours;

	/**
	 * The default value of the '{@link #getQualityNarrative() <em>Quality Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualityNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String QUALITY_NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQualityNarrative() <em>Quality Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualityNarrative()
	 * @generated
	 * @ordered
	 */
	protected String qualityNarrative = QUALITY_NARRATIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQualityWorks() <em>Quality Works</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualityWorks()
	 * @generated
	 * @ordered
	 */
	protected EList<QualityBrandWork> qualityWorks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndustrySectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.INDUSTRY_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getTotalOutput() {
		return totalOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTotalOutput(YearlyDecimal newTotalOutput, NotificationChain msgs) {
		YearlyDecimal oldTotalOutput = totalOutput;
		totalOutput = newTotalOutput;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT, oldTotalOutput, newTotalOutput);
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
	public void setTotalOutput(YearlyDecimal newTotalOutput) {
		if (newTotalOutput != totalOutput) {
			NotificationChain msgs = null;
			if (totalOutput != null)
				msgs = ((InternalEObject)totalOutput).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT, null, msgs);
			if (newTotalOutput != null)
				msgs = ((InternalEObject)newTotalOutput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT, null, msgs);
			msgs = basicSetTotalOutput(newTotalOutput, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT, newTotalOutput, newTotalOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getCountyShare() {
		return countyShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCountyShare(YearlyDecimal newCountyShare, NotificationChain msgs) {
		YearlyDecimal oldCountyShare = countyShare;
		countyShare = newCountyShare;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE, oldCountyShare, newCountyShare);
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
	public void setCountyShare(YearlyDecimal newCountyShare) {
		if (newCountyShare != countyShare) {
			NotificationChain msgs = null;
			if (countyShare != null)
				msgs = ((InternalEObject)countyShare).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE, null, msgs);
			if (newCountyShare != null)
				msgs = ((InternalEObject)newCountyShare).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE, null, msgs);
			msgs = basicSetCountyShare(newCountyShare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE, newCountyShare, newCountyShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getSmeOutputShare() {
		return smeOutputShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSmeOutputShare(YearlyDecimal newSmeOutputShare, NotificationChain msgs) {
		YearlyDecimal oldSmeOutputShare = smeOutputShare;
		smeOutputShare = newSmeOutputShare;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE, oldSmeOutputShare, newSmeOutputShare);
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
	public void setSmeOutputShare(YearlyDecimal newSmeOutputShare) {
		if (newSmeOutputShare != smeOutputShare) {
			NotificationChain msgs = null;
			if (smeOutputShare != null)
				msgs = ((InternalEObject)smeOutputShare).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE, null, msgs);
			if (newSmeOutputShare != null)
				msgs = ((InternalEObject)newSmeOutputShare).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE, null, msgs);
			msgs = basicSetSmeOutputShare(newSmeOutputShare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE, newSmeOutputShare, newSmeOutputShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getLeadingIndustryShare() {
		return leadingIndustryShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLeadingIndustryShare(YearlyDecimal newLeadingIndustryShare, NotificationChain msgs) {
		YearlyDecimal oldLeadingIndustryShare = leadingIndustryShare;
		leadingIndustryShare = newLeadingIndustryShare;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE, oldLeadingIndustryShare, newLeadingIndustryShare);
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
	public void setLeadingIndustryShare(YearlyDecimal newLeadingIndustryShare) {
		if (newLeadingIndustryShare != leadingIndustryShare) {
			NotificationChain msgs = null;
			if (leadingIndustryShare != null)
				msgs = ((InternalEObject)leadingIndustryShare).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE, null, msgs);
			if (newLeadingIndustryShare != null)
				msgs = ((InternalEObject)newLeadingIndustryShare).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE, null, msgs);
			msgs = basicSetLeadingIndustryShare(newLeadingIndustryShare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE, newLeadingIndustryShare, newLeadingIndustryShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getLeadingIndustryGrowth() {
		return leadingIndustryGrowth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLeadingIndustryGrowth(YearlyDecimal newLeadingIndustryGrowth, NotificationChain msgs) {
		YearlyDecimal oldLeadingIndustryGrowth = leadingIndustryGrowth;
		leadingIndustryGrowth = newLeadingIndustryGrowth;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH, oldLeadingIndustryGrowth, newLeadingIndustryGrowth);
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
	public void setLeadingIndustryGrowth(YearlyDecimal newLeadingIndustryGrowth) {
		if (newLeadingIndustryGrowth != leadingIndustryGrowth) {
			NotificationChain msgs = null;
			if (leadingIndustryGrowth != null)
				msgs = ((InternalEObject)leadingIndustryGrowth).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH, null, msgs);
			if (newLeadingIndustryGrowth != null)
				msgs = ((InternalEObject)newLeadingIndustryGrowth).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH, null, msgs);
			msgs = basicSetLeadingIndustryGrowth(newLeadingIndustryGrowth, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH, newLeadingIndustryGrowth, newLeadingIndustryGrowth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLeadingIndustryAverageGrowth() {
		return leadingIndustryAverageGrowth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadingIndustryAverageGrowth(BigDecimal newLeadingIndustryAverageGrowth) {
		BigDecimal oldLeadingIndustryAverageGrowth = leadingIndustryAverageGrowth;
		leadingIndustryAverageGrowth = newLeadingIndustryAverageGrowth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH, oldLeadingIndustryAverageGrowth, leadingIndustryAverageGrowth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getEnterprises() {
		return enterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnterprises(YearlyCount newEnterprises, NotificationChain msgs) {
		YearlyCount oldEnterprises = enterprises;
		enterprises = newEnterprises;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES, oldEnterprises, newEnterprises);
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
	public void setEnterprises(YearlyCount newEnterprises) {
		if (newEnterprises != enterprises) {
			NotificationChain msgs = null;
			if (enterprises != null)
				msgs = ((InternalEObject)enterprises).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES, null, msgs);
			if (newEnterprises != null)
				msgs = ((InternalEObject)newEnterprises).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES, null, msgs);
			msgs = basicSetEnterprises(newEnterprises, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES, newEnterprises, newEnterprises));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getSmes() {
		return smes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSmes(YearlyCount newSmes, NotificationChain msgs) {
		YearlyCount oldSmes = smes;
		smes = newSmes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__SMES, oldSmes, newSmes);
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
	public void setSmes(YearlyCount newSmes) {
		if (newSmes != smes) {
			NotificationChain msgs = null;
			if (smes != null)
				msgs = ((InternalEObject)smes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__SMES, null, msgs);
			if (newSmes != null)
				msgs = ((InternalEObject)newSmes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__SMES, null, msgs);
			msgs = basicSetSmes(newSmes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__SMES, newSmes, newSmes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getSpecialisedSmes() {
		return specialisedSmes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSpecialisedSmes(YearlyCount newSpecialisedSmes, NotificationChain msgs) {
		YearlyCount oldSpecialisedSmes = specialisedSmes;
		specialisedSmes = newSpecialisedSmes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES, oldSpecialisedSmes, newSpecialisedSmes);
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
	public void setSpecialisedSmes(YearlyCount newSpecialisedSmes) {
		if (newSpecialisedSmes != specialisedSmes) {
			NotificationChain msgs = null;
			if (specialisedSmes != null)
				msgs = ((InternalEObject)specialisedSmes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES, null, msgs);
			if (newSpecialisedSmes != null)
				msgs = ((InternalEObject)newSpecialisedSmes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES, null, msgs);
			msgs = basicSetSpecialisedSmes(newSpecialisedSmes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES, newSpecialisedSmes, newSpecialisedSmes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getLittleGiants() {
		return littleGiants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLittleGiants(YearlyCount newLittleGiants, NotificationChain msgs) {
		YearlyCount oldLittleGiants = littleGiants;
		littleGiants = newLittleGiants;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS, oldLittleGiants, newLittleGiants);
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
	public void setLittleGiants(YearlyCount newLittleGiants) {
		if (newLittleGiants != littleGiants) {
			NotificationChain msgs = null;
			if (littleGiants != null)
				msgs = ((InternalEObject)littleGiants).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS, null, msgs);
			if (newLittleGiants != null)
				msgs = ((InternalEObject)newLittleGiants).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS, null, msgs);
			msgs = basicSetLittleGiants(newLittleGiants, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS, newLittleGiants, newLittleGiants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getSingleChampions() {
		return singleChampions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSingleChampions(YearlyCount newSingleChampions, NotificationChain msgs) {
		YearlyCount oldSingleChampions = singleChampions;
		singleChampions = newSingleChampions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS, oldSingleChampions, newSingleChampions);
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
	public void setSingleChampions(YearlyCount newSingleChampions) {
		if (newSingleChampions != singleChampions) {
			NotificationChain msgs = null;
			if (singleChampions != null)
				msgs = ((InternalEObject)singleChampions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS, null, msgs);
			if (newSingleChampions != null)
				msgs = ((InternalEObject)newSingleChampions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS, null, msgs);
			msgs = basicSetSingleChampions(newSingleChampions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS, newSingleChampions, newSingleChampions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getHighTechEnterprises() {
		return highTechEnterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHighTechEnterprises(YearlyCount newHighTechEnterprises, NotificationChain msgs) {
		YearlyCount oldHighTechEnterprises = highTechEnterprises;
		highTechEnterprises = newHighTechEnterprises;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES, oldHighTechEnterprises, newHighTechEnterprises);
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
	public void setHighTechEnterprises(YearlyCount newHighTechEnterprises) {
		if (newHighTechEnterprises != highTechEnterprises) {
			NotificationChain msgs = null;
			if (highTechEnterprises != null)
				msgs = ((InternalEObject)highTechEnterprises).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES, null, msgs);
			if (newHighTechEnterprises != null)
				msgs = ((InternalEObject)newHighTechEnterprises).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES, null, msgs);
			msgs = basicSetHighTechEnterprises(newHighTechEnterprises, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES, newHighTechEnterprises, newHighTechEnterprises));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getInnovativeSmes() {
		return innovativeSmes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInnovativeSmes(YearlyCount newInnovativeSmes, NotificationChain msgs) {
		YearlyCount oldInnovativeSmes = innovativeSmes;
		innovativeSmes = newInnovativeSmes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES, oldInnovativeSmes, newInnovativeSmes);
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
	public void setInnovativeSmes(YearlyCount newInnovativeSmes) {
		if (newInnovativeSmes != innovativeSmes) {
			NotificationChain msgs = null;
			if (innovativeSmes != null)
				msgs = ((InternalEObject)innovativeSmes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES, null, msgs);
			if (newInnovativeSmes != null)
				msgs = ((InternalEObject)newInnovativeSmes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES, null, msgs);
			msgs = basicSetInnovativeSmes(newInnovativeSmes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES, newInnovativeSmes, newInnovativeSmes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getListedSmes() {
		return listedSmes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetListedSmes(YearlyCount newListedSmes, NotificationChain msgs) {
		YearlyCount oldListedSmes = listedSmes;
		listedSmes = newListedSmes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES, oldListedSmes, newListedSmes);
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
	public void setListedSmes(YearlyCount newListedSmes) {
		if (newListedSmes != listedSmes) {
			NotificationChain msgs = null;
			if (listedSmes != null)
				msgs = ((InternalEObject)listedSmes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES, null, msgs);
			if (newListedSmes != null)
				msgs = ((InternalEObject)newListedSmes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES, null, msgs);
			msgs = basicSetListedSmes(newListedSmes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES, newListedSmes, newListedSmes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyCount getPreListingSmes() {
		return preListingSmes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPreListingSmes(YearlyCount newPreListingSmes, NotificationChain msgs) {
		YearlyCount oldPreListingSmes = preListingSmes;
		preListingSmes = newPreListingSmes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES, oldPreListingSmes, newPreListingSmes);
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
	public void setPreListingSmes(YearlyCount newPreListingSmes) {
		if (newPreListingSmes != preListingSmes) {
			NotificationChain msgs = null;
			if (preListingSmes != null)
				msgs = ((InternalEObject)preListingSmes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES, null, msgs);
			if (newPreListingSmes != null)
				msgs = ((InternalEObject)newPreListingSmes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES, null, msgs);
			msgs = basicSetPreListingSmes(newPreListingSmes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES, newPreListingSmes, newPreListingSmes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QualifiedSmeList> getQualifiedSmeLists() {
		if (qualifiedSmeLists == null) {
			qualifiedSmeLists = new EObjectContainmentEList<QualifiedSmeList>(QualifiedSmeList.class, this, ClusterDeskPackage.INDUSTRY_SECTION__QUALIFIED_SME_LISTS);
		}
		return qualifiedSmeLists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getFdi() {
		return fdi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFdi(YearlyDecimal newFdi, NotificationChain msgs) {
		YearlyDecimal oldFdi = fdi;
		fdi = newFdi;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__FDI, oldFdi, newFdi);
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
	public void setFdi(YearlyDecimal newFdi) {
		if (newFdi != fdi) {
			NotificationChain msgs = null;
			if (fdi != null)
				msgs = ((InternalEObject)fdi).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__FDI, null, msgs);
			if (newFdi != null)
				msgs = ((InternalEObject)newFdi).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__FDI, null, msgs);
			msgs = basicSetFdi(newFdi, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__FDI, newFdi, newFdi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getFdiGrowth() {
		return fdiGrowth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFdiGrowth(YearlyDecimal newFdiGrowth, NotificationChain msgs) {
		YearlyDecimal oldFdiGrowth = fdiGrowth;
		fdiGrowth = newFdiGrowth;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH, oldFdiGrowth, newFdiGrowth);
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
	public void setFdiGrowth(YearlyDecimal newFdiGrowth) {
		if (newFdiGrowth != fdiGrowth) {
			NotificationChain msgs = null;
			if (fdiGrowth != null)
				msgs = ((InternalEObject)fdiGrowth).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH, null, msgs);
			if (newFdiGrowth != null)
				msgs = ((InternalEObject)newFdiGrowth).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH, null, msgs);
			msgs = basicSetFdiGrowth(newFdiGrowth, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH, newFdiGrowth, newFdiGrowth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getExports() {
		return exports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExports(YearlyDecimal newExports, NotificationChain msgs) {
		YearlyDecimal oldExports = exports;
		exports = newExports;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS, oldExports, newExports);
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
	public void setExports(YearlyDecimal newExports) {
		if (newExports != exports) {
			NotificationChain msgs = null;
			if (exports != null)
				msgs = ((InternalEObject)exports).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS, null, msgs);
			if (newExports != null)
				msgs = ((InternalEObject)newExports).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS, null, msgs);
			msgs = basicSetExports(newExports, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS, newExports, newExports));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getExportGrowth() {
		return exportGrowth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExportGrowth(YearlyDecimal newExportGrowth, NotificationChain msgs) {
		YearlyDecimal oldExportGrowth = exportGrowth;
		exportGrowth = newExportGrowth;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH, oldExportGrowth, newExportGrowth);
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
	public void setExportGrowth(YearlyDecimal newExportGrowth) {
		if (newExportGrowth != exportGrowth) {
			NotificationChain msgs = null;
			if (exportGrowth != null)
				msgs = ((InternalEObject)exportGrowth).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH, null, msgs);
			if (newExportGrowth != null)
				msgs = ((InternalEObject)newExportGrowth).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH, null, msgs);
			msgs = basicSetExportGrowth(newExportGrowth, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH, newExportGrowth, newExportGrowth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getFdiCumulativeGrowthByYear() {
		return fdiCumulativeGrowthByYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFdiCumulativeGrowthByYear(YearlyDecimal newFdiCumulativeGrowthByYear, NotificationChain msgs) {
		YearlyDecimal oldFdiCumulativeGrowthByYear = fdiCumulativeGrowthByYear;
		fdiCumulativeGrowthByYear = newFdiCumulativeGrowthByYear;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR, oldFdiCumulativeGrowthByYear, newFdiCumulativeGrowthByYear);
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
	public void setFdiCumulativeGrowthByYear(YearlyDecimal newFdiCumulativeGrowthByYear) {
		if (newFdiCumulativeGrowthByYear != fdiCumulativeGrowthByYear) {
			NotificationChain msgs = null;
			if (fdiCumulativeGrowthByYear != null)
				msgs = ((InternalEObject)fdiCumulativeGrowthByYear).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR, null, msgs);
			if (newFdiCumulativeGrowthByYear != null)
				msgs = ((InternalEObject)newFdiCumulativeGrowthByYear).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR, null, msgs);
			msgs = basicSetFdiCumulativeGrowthByYear(newFdiCumulativeGrowthByYear, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR, newFdiCumulativeGrowthByYear, newFdiCumulativeGrowthByYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearlyDecimal getExportCumulativeGrowthByYear() {
		return exportCumulativeGrowthByYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExportCumulativeGrowthByYear(YearlyDecimal newExportCumulativeGrowthByYear, NotificationChain msgs) {
		YearlyDecimal oldExportCumulativeGrowthByYear = exportCumulativeGrowthByYear;
		exportCumulativeGrowthByYear = newExportCumulativeGrowthByYear;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR, oldExportCumulativeGrowthByYear, newExportCumulativeGrowthByYear);
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
	public void setExportCumulativeGrowthByYear(YearlyDecimal newExportCumulativeGrowthByYear) {
		if (newExportCumulativeGrowthByYear != exportCumulativeGrowthByYear) {
			NotificationChain msgs = null;
			if (exportCumulativeGrowthByYear != null)
				msgs = ((InternalEObject)exportCumulativeGrowthByYear).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR, null, msgs);
			if (newExportCumulativeGrowthByYear != null)
				msgs = ((InternalEObject)newExportCumulativeGrowthByYear).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR, null, msgs);
			msgs = basicSetExportCumulativeGrowthByYear(newExportCumulativeGrowthByYear, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR, newExportCumulativeGrowthByYear, newExportCumulativeGrowthByYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChainNarrative() {
		return chainNarrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChainNarrative(String newChainNarrative) {
		String oldChainNarrative = chainNarrative;
		chainNarrative = newChainNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_NARRATIVE, oldChainNarrative, chainNarrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChainWork> getChainWorks() {
		if (chainWorks == null) {
			chainWorks = new EDataTypeUniqueEList<ChainWork>(ChainWork.class, this, ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_WORKS);
		}
		return chainWorks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceNarrative() {
		return resourceNarrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceNarrative(String newResourceNarrative) {
		String oldResourceNarrative = resourceNarrative;
		resourceNarrative = newResourceNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_NARRATIVE, oldResourceNarrative, resourceNarrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceSharingWork> getResourceWorks() {
		if (resourceWorks == null) {
			resourceWorks = new EDataTypeUniqueEList<ResourceSharingWork>(ResourceSharingWork.class, this, ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_WORKS);
		}
		return resourceWorks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Honour> getHonours() {
		if (honours == null) {
			honours = new EObjectContainmentEList<Honour>(Honour.class, this, ClusterDeskPackage.INDUSTRY_SECTION__HONOURS);
		}
		return honours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQualityNarrative() {
		return qualityNarrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQualityNarrative(String newQualityNarrative) {
		String oldQualityNarrative = qualityNarrative;
		qualityNarrative = newQualityNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_NARRATIVE, oldQualityNarrative, qualityNarrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QualityBrandWork> getQualityWorks() {
		if (qualityWorks == null) {
			qualityWorks = new EDataTypeUniqueEList<QualityBrandWork>(QualityBrandWork.class, this, ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_WORKS);
		}
		return qualityWorks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal leadingIndustryOutput(final int year) {
		return org.clusterdesk.model.derived.IndustryFigures.leadingIndustryOutput(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal leadingIndustryOutputGrowth(final int year) {
		return org.clusterdesk.model.derived.IndustryFigures.leadingIndustryOutputGrowth(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedLeadingIndustryAverageGrowth() {
		return org.clusterdesk.model.derived.IndustryFigures.leadingIndustryAverageGrowth(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedFdiGrowth(final int year) {
		return org.clusterdesk.model.derived.IndustryFigures.fdiGrowth(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal computedExportGrowth(final int year) {
		return org.clusterdesk.model.derived.IndustryFigures.exportGrowth(this, year);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal outputAverageGrowth() {
		return org.clusterdesk.model.derived.IndustryFigures.outputAverageGrowth(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT:
				return basicSetTotalOutput(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE:
				return basicSetCountyShare(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE:
				return basicSetSmeOutputShare(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE:
				return basicSetLeadingIndustryShare(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH:
				return basicSetLeadingIndustryGrowth(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES:
				return basicSetEnterprises(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__SMES:
				return basicSetSmes(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES:
				return basicSetSpecialisedSmes(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS:
				return basicSetLittleGiants(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS:
				return basicSetSingleChampions(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES:
				return basicSetHighTechEnterprises(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES:
				return basicSetInnovativeSmes(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES:
				return basicSetListedSmes(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES:
				return basicSetPreListingSmes(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALIFIED_SME_LISTS:
				return ((InternalEList<?>)getQualifiedSmeLists()).basicRemove(otherEnd, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI:
				return basicSetFdi(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH:
				return basicSetFdiGrowth(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS:
				return basicSetExports(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH:
				return basicSetExportGrowth(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR:
				return basicSetFdiCumulativeGrowthByYear(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR:
				return basicSetExportCumulativeGrowthByYear(null, msgs);
			case ClusterDeskPackage.INDUSTRY_SECTION__HONOURS:
				return ((InternalEList<?>)getHonours()).basicRemove(otherEnd, msgs);
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
			case ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT:
				return getTotalOutput();
			case ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE:
				return getCountyShare();
			case ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE:
				return getSmeOutputShare();
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE:
				return getLeadingIndustryShare();
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH:
				return getLeadingIndustryGrowth();
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH:
				return getLeadingIndustryAverageGrowth();
			case ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES:
				return getEnterprises();
			case ClusterDeskPackage.INDUSTRY_SECTION__SMES:
				return getSmes();
			case ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES:
				return getSpecialisedSmes();
			case ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS:
				return getLittleGiants();
			case ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS:
				return getSingleChampions();
			case ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES:
				return getHighTechEnterprises();
			case ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES:
				return getInnovativeSmes();
			case ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES:
				return getListedSmes();
			case ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES:
				return getPreListingSmes();
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALIFIED_SME_LISTS:
				return getQualifiedSmeLists();
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI:
				return getFdi();
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH:
				return getFdiGrowth();
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS:
				return getExports();
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH:
				return getExportGrowth();
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR:
				return getFdiCumulativeGrowthByYear();
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR:
				return getExportCumulativeGrowthByYear();
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_NARRATIVE:
				return getChainNarrative();
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_WORKS:
				return getChainWorks();
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_NARRATIVE:
				return getResourceNarrative();
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_WORKS:
				return getResourceWorks();
			case ClusterDeskPackage.INDUSTRY_SECTION__HONOURS:
				return getHonours();
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_NARRATIVE:
				return getQualityNarrative();
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_WORKS:
				return getQualityWorks();
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
			case ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT:
				setTotalOutput((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE:
				setCountyShare((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE:
				setSmeOutputShare((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE:
				setLeadingIndustryShare((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH:
				setLeadingIndustryGrowth((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH:
				setLeadingIndustryAverageGrowth((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES:
				setEnterprises((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__SMES:
				setSmes((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES:
				setSpecialisedSmes((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS:
				setLittleGiants((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS:
				setSingleChampions((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES:
				setHighTechEnterprises((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES:
				setInnovativeSmes((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES:
				setListedSmes((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES:
				setPreListingSmes((YearlyCount)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALIFIED_SME_LISTS:
				getQualifiedSmeLists().clear();
				getQualifiedSmeLists().addAll((Collection<? extends QualifiedSmeList>)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI:
				setFdi((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH:
				setFdiGrowth((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS:
				setExports((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH:
				setExportGrowth((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR:
				setFdiCumulativeGrowthByYear((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR:
				setExportCumulativeGrowthByYear((YearlyDecimal)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_NARRATIVE:
				setChainNarrative((String)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_WORKS:
				getChainWorks().clear();
				getChainWorks().addAll((Collection<? extends ChainWork>)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_NARRATIVE:
				setResourceNarrative((String)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_WORKS:
				getResourceWorks().clear();
				getResourceWorks().addAll((Collection<? extends ResourceSharingWork>)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__HONOURS:
				getHonours().clear();
				getHonours().addAll((Collection<? extends Honour>)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_NARRATIVE:
				setQualityNarrative((String)newValue);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_WORKS:
				getQualityWorks().clear();
				getQualityWorks().addAll((Collection<? extends QualityBrandWork>)newValue);
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
			case ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT:
				setTotalOutput((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE:
				setCountyShare((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE:
				setSmeOutputShare((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE:
				setLeadingIndustryShare((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH:
				setLeadingIndustryGrowth((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH:
				setLeadingIndustryAverageGrowth(LEADING_INDUSTRY_AVERAGE_GROWTH_EDEFAULT);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES:
				setEnterprises((YearlyCount)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__SMES:
				setSmes((YearlyCount)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES:
				setSpecialisedSmes((YearlyCount)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS:
				setLittleGiants((YearlyCount)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS:
				setSingleChampions((YearlyCount)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES:
				setHighTechEnterprises((YearlyCount)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES:
				setInnovativeSmes((YearlyCount)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES:
				setListedSmes((YearlyCount)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES:
				setPreListingSmes((YearlyCount)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALIFIED_SME_LISTS:
				getQualifiedSmeLists().clear();
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI:
				setFdi((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH:
				setFdiGrowth((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS:
				setExports((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH:
				setExportGrowth((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR:
				setFdiCumulativeGrowthByYear((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR:
				setExportCumulativeGrowthByYear((YearlyDecimal)null);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_NARRATIVE:
				setChainNarrative(CHAIN_NARRATIVE_EDEFAULT);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_WORKS:
				getChainWorks().clear();
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_NARRATIVE:
				setResourceNarrative(RESOURCE_NARRATIVE_EDEFAULT);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_WORKS:
				getResourceWorks().clear();
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__HONOURS:
				getHonours().clear();
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_NARRATIVE:
				setQualityNarrative(QUALITY_NARRATIVE_EDEFAULT);
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_WORKS:
				getQualityWorks().clear();
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
			case ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT:
				return totalOutput != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE:
				return countyShare != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE:
				return smeOutputShare != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE:
				return leadingIndustryShare != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH:
				return leadingIndustryGrowth != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH:
				return LEADING_INDUSTRY_AVERAGE_GROWTH_EDEFAULT == null ? leadingIndustryAverageGrowth != null : !LEADING_INDUSTRY_AVERAGE_GROWTH_EDEFAULT.equals(leadingIndustryAverageGrowth);
			case ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES:
				return enterprises != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__SMES:
				return smes != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES:
				return specialisedSmes != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS:
				return littleGiants != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS:
				return singleChampions != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES:
				return highTechEnterprises != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES:
				return innovativeSmes != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES:
				return listedSmes != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES:
				return preListingSmes != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALIFIED_SME_LISTS:
				return qualifiedSmeLists != null && !qualifiedSmeLists.isEmpty();
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI:
				return fdi != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH:
				return fdiGrowth != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS:
				return exports != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH:
				return exportGrowth != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR:
				return fdiCumulativeGrowthByYear != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR:
				return exportCumulativeGrowthByYear != null;
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_NARRATIVE:
				return CHAIN_NARRATIVE_EDEFAULT == null ? chainNarrative != null : !CHAIN_NARRATIVE_EDEFAULT.equals(chainNarrative);
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_WORKS:
				return chainWorks != null && !chainWorks.isEmpty();
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_NARRATIVE:
				return RESOURCE_NARRATIVE_EDEFAULT == null ? resourceNarrative != null : !RESOURCE_NARRATIVE_EDEFAULT.equals(resourceNarrative);
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_WORKS:
				return resourceWorks != null && !resourceWorks.isEmpty();
			case ClusterDeskPackage.INDUSTRY_SECTION__HONOURS:
				return honours != null && !honours.isEmpty();
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_NARRATIVE:
				return QUALITY_NARRATIVE_EDEFAULT == null ? qualityNarrative != null : !QUALITY_NARRATIVE_EDEFAULT.equals(qualityNarrative);
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_WORKS:
				return qualityWorks != null && !qualityWorks.isEmpty();
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
			case ClusterDeskPackage.INDUSTRY_SECTION___LEADING_INDUSTRY_OUTPUT__INT:
				return leadingIndustryOutput((Integer)arguments.get(0));
			case ClusterDeskPackage.INDUSTRY_SECTION___LEADING_INDUSTRY_OUTPUT_GROWTH__INT:
				return leadingIndustryOutputGrowth((Integer)arguments.get(0));
			case ClusterDeskPackage.INDUSTRY_SECTION___COMPUTED_LEADING_INDUSTRY_AVERAGE_GROWTH:
				return computedLeadingIndustryAverageGrowth();
			case ClusterDeskPackage.INDUSTRY_SECTION___COMPUTED_FDI_GROWTH__INT:
				return computedFdiGrowth((Integer)arguments.get(0));
			case ClusterDeskPackage.INDUSTRY_SECTION___COMPUTED_EXPORT_GROWTH__INT:
				return computedExportGrowth((Integer)arguments.get(0));
			case ClusterDeskPackage.INDUSTRY_SECTION___OUTPUT_AVERAGE_GROWTH:
				return outputAverageGrowth();
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
		result.append(" (leadingIndustryAverageGrowth: ");
		result.append(leadingIndustryAverageGrowth);
		result.append(", chainNarrative: ");
		result.append(chainNarrative);
		result.append(", chainWorks: ");
		result.append(chainWorks);
		result.append(", resourceNarrative: ");
		result.append(resourceNarrative);
		result.append(", resourceWorks: ");
		result.append(resourceWorks);
		result.append(", qualityNarrative: ");
		result.append(qualityNarrative);
		result.append(", qualityWorks: ");
		result.append(qualityWorks);
		result.append(')');
		return result.toString();
	}

} //IndustrySectionImpl
