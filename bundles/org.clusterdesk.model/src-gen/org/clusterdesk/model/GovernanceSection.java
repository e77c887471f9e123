/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Governance Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.GovernanceSection#getAlliances <em>Alliances</em>}</li>
 *   <li>{@link org.clusterdesk.model.GovernanceSection#getEnvironmentNarrative <em>Environment Narrative</em>}</li>
 *   <li>{@link org.clusterdesk.model.GovernanceSection#getGovernanceWorks <em>Governance Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.GovernanceSection#getNationalServicePlatforms <em>National Service Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.GovernanceSection#getProvincialServicePlatforms <em>Provincial Service Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.GovernanceSection#getOtherServicePlatforms <em>Other Service Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.GovernanceSection#getPlatformWorks <em>Platform Works</em>}</li>
 *   <li>{@link org.clusterdesk.model.GovernanceSection#getPublicServices <em>Public Services</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceSection()
 * @model
 * @generated
 */
public interface GovernanceSection extends EvidenceHolder {
	/**
	 * Returns the value of the '<em><b>Alliances</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alliances</em>' containment reference.
	 * @see #setAlliances(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceSection_Alliances()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getAlliances();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GovernanceSection#getAlliances <em>Alliances</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alliances</em>' containment reference.
	 * @see #getAlliances()
	 * @generated
	 */
	void setAlliances(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Environment Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Environment Narrative</em>' attribute.
	 * @see #setEnvironmentNarrative(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceSection_EnvironmentNarrative()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getEnvironmentNarrative();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GovernanceSection#getEnvironmentNarrative <em>Environment Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Environment Narrative</em>' attribute.
	 * @see #getEnvironmentNarrative()
	 * @generated
	 */
	void setEnvironmentNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Governance Works</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.GovernanceWork}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.GovernanceWork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governance Works</em>' attribute list.
	 * @see org.clusterdesk.model.GovernanceWork
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceSection_GovernanceWorks()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<GovernanceWork> getGovernanceWorks();

	/**
	 * Returns the value of the '<em><b>National Service Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Service Platforms</em>' containment reference.
	 * @see #setNationalServicePlatforms(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceSection_NationalServicePlatforms()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getNationalServicePlatforms();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GovernanceSection#getNationalServicePlatforms <em>National Service Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Service Platforms</em>' containment reference.
	 * @see #getNationalServicePlatforms()
	 * @generated
	 */
	void setNationalServicePlatforms(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Service Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Service Platforms</em>' containment reference.
	 * @see #setProvincialServicePlatforms(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceSection_ProvincialServicePlatforms()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getProvincialServicePlatforms();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GovernanceSection#getProvincialServicePlatforms <em>Provincial Service Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Service Platforms</em>' containment reference.
	 * @see #getProvincialServicePlatforms()
	 * @generated
	 */
	void setProvincialServicePlatforms(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Other Service Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other Service Platforms</em>' containment reference.
	 * @see #setOtherServicePlatforms(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceSection_OtherServicePlatforms()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getOtherServicePlatforms();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GovernanceSection#getOtherServicePlatforms <em>Other Service Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Service Platforms</em>' containment reference.
	 * @see #getOtherServicePlatforms()
	 * @generated
	 */
	void setOtherServicePlatforms(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Platform Works</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.PublicServicePlatformWork}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.PublicServicePlatformWork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Platform Works</em>' attribute list.
	 * @see org.clusterdesk.model.PublicServicePlatformWork
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceSection_PlatformWorks()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<PublicServicePlatformWork> getPlatformWorks();

	/**
	 * Returns the value of the '<em><b>Public Services</b></em>' attribute list.
	 * The list contents are of type {@link org.clusterdesk.model.PublicService}.
	 * The literals are from the enumeration {@link org.clusterdesk.model.PublicService}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Public Services</em>' attribute list.
	 * @see org.clusterdesk.model.PublicService
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceSection_PublicServices()
	 * @model annotation="http://www.clusterdesk.org/model/form evidence='true'"
	 * @generated
	 */
	EList<PublicService> getPublicServices();

} // GovernanceSection
