/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Existing Enterprise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#getCity <em>City</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#getCounty <em>County</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#getPark <em>Park</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#getOverview <em>Overview</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#getProducts <em>Products</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#isAboveScale <em>Above Scale</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#isListed <em>Listed</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#isHighTech <em>High Tech</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#getHonours <em>Honours</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExistingEnterprise#getContact <em>Contact</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise()
 * @model
 * @generated
 */
public interface ExistingEnterprise extends LibraryRow {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_City()
	 * @model
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>County</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>County</em>' attribute.
	 * @see #setCounty(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_County()
	 * @model
	 * @generated
	 */
	String getCounty();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#getCounty <em>County</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County</em>' attribute.
	 * @see #getCounty()
	 * @generated
	 */
	void setCounty(String value);

	/**
	 * Returns the value of the '<em><b>Park</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Park</em>' attribute.
	 * @see #setPark(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_Park()
	 * @model
	 * @generated
	 */
	String getPark();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#getPark <em>Park</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Park</em>' attribute.
	 * @see #getPark()
	 * @generated
	 */
	void setPark(String value);

	/**
	 * Returns the value of the '<em><b>Overview</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overview</em>' attribute.
	 * @see #setOverview(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_Overview()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getOverview();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#getOverview <em>Overview</em>}' attribute.
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
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_Products()
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
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_AboveScale()
	 * @model
	 * @generated
	 */
	boolean isAboveScale();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#isAboveScale <em>Above Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Above Scale</em>' attribute.
	 * @see #isAboveScale()
	 * @generated
	 */
	void setAboveScale(boolean value);

	/**
	 * Returns the value of the '<em><b>Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revenue</em>' attribute.
	 * @see #setRevenue(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_Revenue()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	BigDecimal getRevenue();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#getRevenue <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revenue</em>' attribute.
	 * @see #getRevenue()
	 * @generated
	 */
	void setRevenue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Listed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listed</em>' attribute.
	 * @see #setListed(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_Listed()
	 * @model
	 * @generated
	 */
	boolean isListed();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#isListed <em>Listed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listed</em>' attribute.
	 * @see #isListed()
	 * @generated
	 */
	void setListed(boolean value);

	/**
	 * Returns the value of the '<em><b>High Tech</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High Tech</em>' attribute.
	 * @see #setHighTech(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_HighTech()
	 * @model
	 * @generated
	 */
	boolean isHighTech();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#isHighTech <em>High Tech</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Tech</em>' attribute.
	 * @see #isHighTech()
	 * @generated
	 */
	void setHighTech(boolean value);

	/**
	 * Returns the value of the '<em><b>Honours</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.BrandHonour}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.BrandHonour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Honours</em>' attribute list.
	 * @see org.clusterdesk.model.BrandHonour
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_Honours()
	 * @model
	 * @generated
	 */
	EList<BrandHonour> getHonours();

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' containment reference.
	 * @see #setContact(Contact)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExistingEnterprise_Contact()
	 * @model containment="true"
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExistingEnterprise#getContact <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' containment reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean carries(EnterpriseMark mark);

} // ExistingEnterprise
