/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prospective Enterprise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ProspectiveEnterprise#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.ProspectiveEnterprise#getCountry <em>Country</em>}</li>
 *   <li>{@link org.clusterdesk.model.ProspectiveEnterprise#getProvince <em>Province</em>}</li>
 *   <li>{@link org.clusterdesk.model.ProspectiveEnterprise#getCity <em>City</em>}</li>
 *   <li>{@link org.clusterdesk.model.ProspectiveEnterprise#getOverview <em>Overview</em>}</li>
 *   <li>{@link org.clusterdesk.model.ProspectiveEnterprise#getProducts <em>Products</em>}</li>
 *   <li>{@link org.clusterdesk.model.ProspectiveEnterprise#isAboveScale <em>Above Scale</em>}</li>
 *   <li>{@link org.clusterdesk.model.ProspectiveEnterprise#isDomesticBrand <em>Domestic Brand</em>}</li>
 *   <li>{@link org.clusterdesk.model.ProspectiveEnterprise#isInternationalBrand <em>International Brand</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise()
 * @model
 * @generated
 */
public interface ProspectiveEnterprise extends LibraryRow {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ProspectiveEnterprise#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ProspectiveEnterprise#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Province</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Province</em>' attribute.
	 * @see #setProvince(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise_Province()
	 * @model
	 * @generated
	 */
	String getProvince();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ProspectiveEnterprise#getProvince <em>Province</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Province</em>' attribute.
	 * @see #getProvince()
	 * @generated
	 */
	void setProvince(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise_City()
	 * @model
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ProspectiveEnterprise#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>Overview</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overview</em>' attribute.
	 * @see #setOverview(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise_Overview()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getOverview();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ProspectiveEnterprise#getOverview <em>Overview</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overview</em>' attribute.
	 * @see #getOverview()
	 * @generated
	 */
	void setOverview(String value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Products</em>' attribute list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise_Products()
	 * @model
	 * @generated
	 */
	EList<String> getProducts();

	/**
	 * Returns the value of the '<em><b>Above Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Above Scale</em>' attribute.
	 * @see #setAboveScale(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise_AboveScale()
	 * @model
	 * @generated
	 */
	boolean isAboveScale();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ProspectiveEnterprise#isAboveScale <em>Above Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Above Scale</em>' attribute.
	 * @see #isAboveScale()
	 * @generated
	 */
	void setAboveScale(boolean value);

	/**
	 * Returns the value of the '<em><b>Domestic Brand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domestic Brand</em>' attribute.
	 * @see #setDomesticBrand(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise_DomesticBrand()
	 * @model
	 * @generated
	 */
	boolean isDomesticBrand();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ProspectiveEnterprise#isDomesticBrand <em>Domestic Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domestic Brand</em>' attribute.
	 * @see #isDomesticBrand()
	 * @generated
	 */
	void setDomesticBrand(boolean value);

	/**
	 * Returns the value of the '<em><b>International Brand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>International Brand</em>' attribute.
	 * @see #setInternationalBrand(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getProspectiveEnterprise_InternationalBrand()
	 * @model
	 * @generated
	 */
	boolean isInternationalBrand();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ProspectiveEnterprise#isInternationalBrand <em>International Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>International Brand</em>' attribute.
	 * @see #isInternationalBrand()
	 * @generated
	 */
	void setInternationalBrand(boolean value);

} // ProspectiveEnterprise
