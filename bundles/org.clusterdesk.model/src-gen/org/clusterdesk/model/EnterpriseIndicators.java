/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise Indicators</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getAboveScale <em>Above Scale</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getHighTech <em>High Tech</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getListed <em>Listed</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getNationalChampions <em>National Champions</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getProvincialChampions <em>Provincial Champions</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getLittleGiants <em>Little Giants</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getProvincialSpecialised <em>Provincial Specialised</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getIntegrationCertified <em>Integration Certified</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getSmartFactories <em>Smart Factories</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getSmartFactoriesEvidencePage <em>Smart Factories Evidence Page</em>}</li>
 *   <li>{@link org.clusterdesk.model.EnterpriseIndicators#getTopRevenue <em>Top Revenue</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators()
 * @model
 * @generated
 */
public interface EnterpriseIndicators extends EObject {
	/**
	 * Returns the value of the '<em><b>Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprises</em>' containment reference.
	 * @see #setEnterprises(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_Enterprises()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getEnterprises();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getEnterprises <em>Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprises</em>' containment reference.
	 * @see #getEnterprises()
	 * @generated
	 */
	void setEnterprises(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Above Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Above Scale</em>' containment reference.
	 * @see #setAboveScale(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_AboveScale()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getAboveScale();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getAboveScale <em>Above Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Above Scale</em>' containment reference.
	 * @see #getAboveScale()
	 * @generated
	 */
	void setAboveScale(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>High Tech</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High Tech</em>' containment reference.
	 * @see #setHighTech(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_HighTech()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getHighTech();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getHighTech <em>High Tech</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Tech</em>' containment reference.
	 * @see #getHighTech()
	 * @generated
	 */
	void setHighTech(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Listed</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listed</em>' containment reference.
	 * @see #setListed(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_Listed()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getListed();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getListed <em>Listed</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listed</em>' containment reference.
	 * @see #getListed()
	 * @generated
	 */
	void setListed(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>National Champions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Champions</em>' containment reference.
	 * @see #setNationalChampions(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_NationalChampions()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getNationalChampions();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getNationalChampions <em>National Champions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Champions</em>' containment reference.
	 * @see #getNationalChampions()
	 * @generated
	 */
	void setNationalChampions(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Champions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Champions</em>' containment reference.
	 * @see #setProvincialChampions(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_ProvincialChampions()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getProvincialChampions();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getProvincialChampions <em>Provincial Champions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Champions</em>' containment reference.
	 * @see #getProvincialChampions()
	 * @generated
	 */
	void setProvincialChampions(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Little Giants</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Little Giants</em>' containment reference.
	 * @see #setLittleGiants(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_LittleGiants()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getLittleGiants();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getLittleGiants <em>Little Giants</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Little Giants</em>' containment reference.
	 * @see #getLittleGiants()
	 * @generated
	 */
	void setLittleGiants(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Specialised</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Specialised</em>' containment reference.
	 * @see #setProvincialSpecialised(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_ProvincialSpecialised()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getProvincialSpecialised();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getProvincialSpecialised <em>Provincial Specialised</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Specialised</em>' containment reference.
	 * @see #getProvincialSpecialised()
	 * @generated
	 */
	void setProvincialSpecialised(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Integration Certified</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Integration Certified</em>' containment reference.
	 * @see #setIntegrationCertified(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_IntegrationCertified()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getIntegrationCertified();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getIntegrationCertified <em>Integration Certified</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Integration Certified</em>' containment reference.
	 * @see #getIntegrationCertified()
	 * @generated
	 */
	void setIntegrationCertified(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Smart Factories</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.SmartFactoryCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Smart Factories</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_SmartFactories()
	 * @model containment="true"
	 * @generated
	 */
	EList<SmartFactoryCount> getSmartFactories();

	/**
	 * Returns the value of the '<em><b>Smart Factories Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Smart Factories Evidence Page</em>' attribute.
	 * @see #setSmartFactoriesEvidencePage(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_SmartFactoriesEvidencePage()
	 * @model
	 * @generated
	 */
	String getSmartFactoriesEvidencePage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getSmartFactoriesEvidencePage <em>Smart Factories Evidence Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smart Factories Evidence Page</em>' attribute.
	 * @see #getSmartFactoriesEvidencePage()
	 * @generated
	 */
	void setSmartFactoriesEvidencePage(String value);

	/**
	 * Returns the value of the '<em><b>Top Revenue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Top Revenue</em>' containment reference.
	 * @see #setTopRevenue(RankingTable)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseIndicators_TopRevenue()
	 * @model containment="true"
	 * @generated
	 */
	RankingTable getTopRevenue();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.EnterpriseIndicators#getTopRevenue <em>Top Revenue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Top Revenue</em>' containment reference.
	 * @see #getTopRevenue()
	 * @generated
	 */
	void setTopRevenue(RankingTable value);

} // EnterpriseIndicators
