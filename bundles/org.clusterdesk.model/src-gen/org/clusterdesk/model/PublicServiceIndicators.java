/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Public Service Indicators</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.PublicServiceIndicators#getNationalPlatforms <em>National Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.PublicServiceIndicators#getProvincialPlatforms <em>Provincial Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.PublicServiceIndicators#getPlatforms <em>Platforms</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getPublicServiceIndicators()
 * @model
 * @generated
 */
public interface PublicServiceIndicators extends EObject {
	/**
	 * Returns the value of the '<em><b>National Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Platforms</em>' containment reference.
	 * @see #setNationalPlatforms(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPublicServiceIndicators_NationalPlatforms()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getNationalPlatforms();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PublicServiceIndicators#getNationalPlatforms <em>National Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Platforms</em>' containment reference.
	 * @see #getNationalPlatforms()
	 * @generated
	 */
	void setNationalPlatforms(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Platforms</em>' containment reference.
	 * @see #setProvincialPlatforms(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPublicServiceIndicators_ProvincialPlatforms()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getProvincialPlatforms();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PublicServiceIndicators#getProvincialPlatforms <em>Provincial Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Platforms</em>' containment reference.
	 * @see #getProvincialPlatforms()
	 * @generated
	 */
	void setProvincialPlatforms(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Platforms</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.ApprovedListing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Platforms</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPublicServiceIndicators_Platforms()
	 * @model containment="true"
	 * @generated
	 */
	EList<ApprovedListing> getPlatforms();

} // PublicServiceIndicators
