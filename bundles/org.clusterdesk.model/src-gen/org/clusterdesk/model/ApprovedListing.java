/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.time.YearMonth;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approved Listing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ApprovedListing#getKind <em>Kind</em>}</li>
 *   <li>{@link org.clusterdesk.model.ApprovedListing#getName <em>Name</em>}</li>
 *   <li>{@link org.clusterdesk.model.ApprovedListing#getLevel <em>Level</em>}</li>
 *   <li>{@link org.clusterdesk.model.ApprovedListing#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.clusterdesk.model.ApprovedListing#getApprover <em>Approver</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getApprovedListing()
 * @model
 * @generated
 */
public interface ApprovedListing extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.ListingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.clusterdesk.model.ListingKind
	 * @see #setKind(ListingKind)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApprovedListing_Kind()
	 * @model
	 * @generated
	 */
	ListingKind getKind();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ApprovedListing#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.clusterdesk.model.ListingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ListingKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApprovedListing_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ApprovedListing#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.AdministrativeLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.clusterdesk.model.AdministrativeLevel
	 * @see #setLevel(AdministrativeLevel)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApprovedListing_Level()
	 * @model
	 * @generated
	 */
	AdministrativeLevel getLevel();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ApprovedListing#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.clusterdesk.model.AdministrativeLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(AdministrativeLevel value);

	/**
	 * Returns the value of the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved On</em>' attribute.
	 * @see #setApprovedOn(YearMonth)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApprovedListing_ApprovedOn()
	 * @model dataType="org.clusterdesk.model.YearMonth"
	 * @generated
	 */
	YearMonth getApprovedOn();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ApprovedListing#getApprovedOn <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved On</em>' attribute.
	 * @see #getApprovedOn()
	 * @generated
	 */
	void setApprovedOn(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Approver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approver</em>' attribute.
	 * @see #setApprover(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getApprovedListing_Approver()
	 * @model
	 * @generated
	 */
	String getApprover();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ApprovedListing#getApprover <em>Approver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approver</em>' attribute.
	 * @see #getApprover()
	 * @generated
	 */
	void setApprover(String value);

} // ApprovedListing
