/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.impl;

import java.util.Collection;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ProspectiveEnterprise;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prospective Enterprise</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl#getProvince <em>Province</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl#getOverview <em>Overview</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl#isAboveScale <em>Above Scale</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl#isDomesticBrand <em>Domestic Brand</em>}</li>
 *   <li>{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl#isInternationalBrand <em>International Brand</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProspectiveEnterpriseImpl extends LibraryRowImpl implements ProspectiveEnterprise {
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
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvince() <em>Province</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvince()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvince() <em>Province</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvince()
	 * @generated
	 * @ordered
	 */
	protected String province = PROVINCE_EDEFAULT;

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
	 * The default value of the '{@link #isDomesticBrand() <em>Domestic Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDomesticBrand()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DOMESTIC_BRAND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDomesticBrand() <em>Domestic Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDomesticBrand()
	 * @generated
	 * @ordered
	 */
	protected boolean domesticBrand = DOMESTIC_BRAND_EDEFAULT;

	/**
	 * The default value of the '{@link #isInternationalBrand() <em>International Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInternationalBrand()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INTERNATIONAL_BRAND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInternationalBrand() <em>International Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInternationalBrand()
	 * @generated
	 * @ordered
	 */
	protected boolean internationalBrand = INTERNATIONAL_BRAND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProspectiveEnterpriseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvince() {
		return province;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvince(String newProvince) {
		String oldProvince = province;
		province = newProvince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PROVINCE, oldProvince, province));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__CITY, oldCity, city));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__OVERVIEW, oldOverview, overview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getProducts() {
		if (products == null) {
			products = new EDataTypeUniqueEList<String>(String.class, this, ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PRODUCTS);
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__ABOVE_SCALE, oldAboveScale, aboveScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDomesticBrand() {
		return domesticBrand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomesticBrand(boolean newDomesticBrand) {
		boolean oldDomesticBrand = domesticBrand;
		domesticBrand = newDomesticBrand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND, oldDomesticBrand, domesticBrand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInternationalBrand() {
		return internationalBrand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternationalBrand(boolean newInternationalBrand) {
		boolean oldInternationalBrand = internationalBrand;
		internationalBrand = newInternationalBrand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND, oldInternationalBrand, internationalBrand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__NAME:
				return getName();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__COUNTRY:
				return getCountry();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PROVINCE:
				return getProvince();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__CITY:
				return getCity();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__OVERVIEW:
				return getOverview();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PRODUCTS:
				return getProducts();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__ABOVE_SCALE:
				return isAboveScale();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND:
				return isDomesticBrand();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND:
				return isInternationalBrand();
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
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__NAME:
				setName((String)newValue);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__COUNTRY:
				setCountry((String)newValue);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PROVINCE:
				setProvince((String)newValue);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__CITY:
				setCity((String)newValue);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__OVERVIEW:
				setOverview((String)newValue);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends String>)newValue);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__ABOVE_SCALE:
				setAboveScale((Boolean)newValue);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND:
				setDomesticBrand((Boolean)newValue);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND:
				setInternationalBrand((Boolean)newValue);
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
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PROVINCE:
				setProvince(PROVINCE_EDEFAULT);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__OVERVIEW:
				setOverview(OVERVIEW_EDEFAULT);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PRODUCTS:
				getProducts().clear();
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__ABOVE_SCALE:
				setAboveScale(ABOVE_SCALE_EDEFAULT);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND:
				setDomesticBrand(DOMESTIC_BRAND_EDEFAULT);
				return;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND:
				setInternationalBrand(INTERNATIONAL_BRAND_EDEFAULT);
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
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PROVINCE:
				return PROVINCE_EDEFAULT == null ? province != null : !PROVINCE_EDEFAULT.equals(province);
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__OVERVIEW:
				return OVERVIEW_EDEFAULT == null ? overview != null : !OVERVIEW_EDEFAULT.equals(overview);
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PRODUCTS:
				return products != null && !products.isEmpty();
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__ABOVE_SCALE:
				return aboveScale != ABOVE_SCALE_EDEFAULT;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND:
				return domesticBrand != DOMESTIC_BRAND_EDEFAULT;
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND:
				return internationalBrand != INTERNATIONAL_BRAND_EDEFAULT;
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
		result.append(", country: ");
		result.append(country);
		result.append(", province: ");
		result.append(province);
		result.append(", city: ");
		result.append(city);
		result.append(", overview: ");
		result.append(overview);
		result.append(", products: ");
		result.append(products);
		result.append(", aboveScale: ");
		result.append(aboveScale);
		result.append(", domesticBrand: ");
		result.append(domesticBrand);
		result.append(", internationalBrand: ");
		result.append(internationalBrand);
		result.append(')');
		return result.toString();
	}

} //ProspectiveEnterpriseImpl
