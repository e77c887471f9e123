/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;

import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.EnterpriseMark;
import org.clusterdesk.model.ExistingEnterprise;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Existing Enterprise</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#getCounty <em>County</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#getPark <em>Park</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#getOverview <em>Overview</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#isAboveScale <em>Above Scale</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#isListed <em>Listed</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#isHighTech <em>High Tech</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#getHonours <em>Honours</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl#getContact <em>Contact</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExistingEnterpriseImpl extends LibraryRowImpl implements ExistingEnterprise {
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
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCounty() <em>County</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounty()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCounty() <em>County</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounty()
	 * @generated
	 * @ordered
	 */
	protected String county = COUNTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPark() <em>Park</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPark()
	 * @generated
	 * @ordered
	 */
	protected static final String PARK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPark() <em>Park</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPark()
	 * @generated
	 * @ordered
	 */
	protected String park = PARK_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverview() <em>Overview</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverview()
	 * @generated
	 * @ordered
	 */
	protected static final String OVERVIEW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverview() <em>Overview</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverview()
	 * @generated
	 * @ordered
	 */
	protected String overview = OVERVIEW_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> products;

	/**
	 * The default value of the '{@link #isAboveScale() <em>Above Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAboveScale()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ABOVE_SCALE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAboveScale() <em>Above Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAboveScale()
	 * @generated
	 * @ordered
	 */
	protected boolean aboveScale = ABOVE_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevenue() <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal REVENUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevenue() <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal revenue = REVENUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isListed() <em>Listed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isListed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LISTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isListed() <em>Listed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isListed()
	 * @generated
	 * @ordered
	 */
	protected boolean listed = LISTED_EDEFAULT;

	/**
	 * The default value of the '{@link #isHighTech() <em>High Tech</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHighTech()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIGH_TECH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHighTech() <em>High Tech</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHighTech()
	 * @generated
	 * @ordered
	 */
	protected boolean highTech = HIGH_TECH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHonours() <em>Honours</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHonours()
	 * @generated
	 * @ordered
	 */
	protected EList<BrandHonour> honours;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExistingEnterpriseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.EXISTING_ENTERPRISE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCounty() {
		return county;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounty(String newCounty) {
		String oldCounty = county;
		county = newCounty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__COUNTY, oldCounty, county));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPark() {
		return park;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPark(String newPark) {
		String oldPark = park;
		park = newPark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__PARK, oldPark, park));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOverview() {
		return overview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverview(String newOverview) {
		String oldOverview = overview;
		overview = newOverview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__OVERVIEW, oldOverview, overview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getProducts() {
		if (products == null) {
			products = new EDataTypeUniqueEList<String>(String.class, this, ClusterDeskPackage.EXISTING_ENTERPRISE__PRODUCTS);
		}
		return products;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAboveScale() {
		return aboveScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAboveScale(boolean newAboveScale) {
		boolean oldAboveScale = aboveScale;
		aboveScale = newAboveScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__ABOVE_SCALE, oldAboveScale, aboveScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRevenue() {
		return revenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevenue(BigDecimal newRevenue) {
		BigDecimal oldRevenue = revenue;
		revenue = newRevenue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__REVENUE, oldRevenue, revenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isListed() {
		return listed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListed(boolean newListed) {
		boolean oldListed = listed;
		listed = newListed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__LISTED, oldListed, listed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHighTech() {
		return highTech;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHighTech(boolean newHighTech) {
		boolean oldHighTech = highTech;
		highTech = newHighTech;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__HIGH_TECH, oldHighTech, highTech));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BrandHonour> getHonours() {
		if (honours == null) {
			honours = new EDataTypeUniqueEList<BrandHonour>(BrandHonour.class, this, ClusterDeskPackage.EXISTING_ENTERPRISE__HONOURS);
		}
		return honours;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT, oldContact, newContact);
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
				msgs = ((InternalEObject)contact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT, null, msgs);
			if (newContact != null)
				msgs = ((InternalEObject)newContact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT, null, msgs);
			msgs = basicSetContact(newContact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT, newContact, newContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean carries(final EnterpriseMark mark) {
		return org.clusterdesk.model.derived.LibraryFigures.carries(this, mark);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT:
				return basicSetContact(null, msgs);
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
			case ClusterDeskPackage.EXISTING_ENTERPRISE__NAME:
				return getName();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CITY:
				return getCity();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__COUNTY:
				return getCounty();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PARK:
				return getPark();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__OVERVIEW:
				return getOverview();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PRODUCTS:
				return getProducts();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__ABOVE_SCALE:
				return isAboveScale();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__REVENUE:
				return getRevenue();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__LISTED:
				return isListed();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HIGH_TECH:
				return isHighTech();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HONOURS:
				return getHonours();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT:
				return getContact();
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
			case ClusterDeskPackage.EXISTING_ENTERPRISE__NAME:
				setName((String)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CITY:
				setCity((String)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__COUNTY:
				setCounty((String)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PARK:
				setPark((String)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__OVERVIEW:
				setOverview((String)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends String>)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__ABOVE_SCALE:
				setAboveScale((Boolean)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__REVENUE:
				setRevenue((BigDecimal)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__LISTED:
				setListed((Boolean)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HIGH_TECH:
				setHighTech((Boolean)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HONOURS:
				getHonours().clear();
				getHonours().addAll((Collection<? extends BrandHonour>)newValue);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT:
				setContact((Contact)newValue);
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
			case ClusterDeskPackage.EXISTING_ENTERPRISE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__COUNTY:
				setCounty(COUNTY_EDEFAULT);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PARK:
				setPark(PARK_EDEFAULT);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__OVERVIEW:
				setOverview(OVERVIEW_EDEFAULT);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PRODUCTS:
				getProducts().clear();
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__ABOVE_SCALE:
				setAboveScale(ABOVE_SCALE_EDEFAULT);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__REVENUE:
				setRevenue(REVENUE_EDEFAULT);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__LISTED:
				setListed(LISTED_EDEFAULT);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HIGH_TECH:
				setHighTech(HIGH_TECH_EDEFAULT);
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HONOURS:
				getHonours().clear();
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT:
				setContact((Contact)null);
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
			case ClusterDeskPackage.EXISTING_ENTERPRISE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case ClusterDeskPackage.EXISTING_ENTERPRISE__COUNTY:
				return COUNTY_EDEFAULT == null ? county != null : !COUNTY_EDEFAULT.equals(county);
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PARK:
				return PARK_EDEFAULT == null ? park != null : !PARK_EDEFAULT.equals(park);
			case ClusterDeskPackage.EXISTING_ENTERPRISE__OVERVIEW:
				return OVERVIEW_EDEFAULT == null ? overview != null : !OVERVIEW_EDEFAULT.equals(overview);
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PRODUCTS:
				return products != null && !products.isEmpty();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__ABOVE_SCALE:
				return aboveScale != ABOVE_SCALE_EDEFAULT;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__REVENUE:
				return REVENUE_EDEFAULT == null ? revenue != null : !REVENUE_EDEFAULT.equals(revenue);
			case ClusterDeskPackage.EXISTING_ENTERPRISE__LISTED:
				return listed != LISTED_EDEFAULT;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HIGH_TECH:
				return highTech != HIGH_TECH_EDEFAULT;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HONOURS:
				return honours != null && !honours.isEmpty();
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT:
				return contact != null;
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
			case ClusterDeskPackage.EXISTING_ENTERPRISE___CARRIES__ENTERPRISEMARK:
				return carries((EnterpriseMark)arguments.get(0));
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
		result.append(" (name: ");
		result.append(name);
		result.append(", city: ");
		result.append(city);
		result.append(", county: ");
		result.append(county);
		result.append(", park: ");
		result.append(park);
		result.append(", overview: ");
		result.append(overview);
		result.append(", products: ");
		result.append(products);
		result.append(", aboveScale: ");
		result.append(aboveScale);
		result.append(", revenue: ");
		result.append(revenue);
		result.append(", listed: ");
		result.append(listed);
		result.append(", highTech: ");
		result.append(highTech);
		result.append(", honours: ");
		result.append(honours);
		result.append(')');
		return result.toString();
	}

} //ExistingEnterpriseImpl
