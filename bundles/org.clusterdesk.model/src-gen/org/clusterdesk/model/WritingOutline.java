/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Writing Outline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getBasicInformation <em>Basic Information</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getDevelopmentLevel <em>Development Level</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getChainStrengthening <em>Chain Strengthening</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getResourceCollaboration <em>Resource Collaboration</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getQualityBrand <em>Quality Brand</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getCollaborativeInnovation <em>Collaborative Innovation</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getIntelligentTransformation <em>Intelligent Transformation</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getDigitalServices <em>Digital Services</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getGreenLowCarbon <em>Green Low Carbon</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getInternationalCooperation <em>International Cooperation</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getDevelopmentEnvironment <em>Development Environment</em>}</li>
 *   <li>{@link org.clusterdesk.model.WritingOutline#getAboveScaleEvidence <em>Above Scale Evidence</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline()
 * @model
 * @generated
 */
public interface WritingOutline extends EObject {
	/**
	 * Returns the value of the '<em><b>Basic Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basic Information</em>' attribute.
	 * @see #setBasicInformation(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_BasicInformation()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getBasicInformation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getBasicInformation <em>Basic Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basic Information</em>' attribute.
	 * @see #getBasicInformation()
	 * @generated
	 */
	void setBasicInformation(String value);

	/**
	 * Returns the value of the '<em><b>Development Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Development Level</em>' attribute.
	 * @see #setDevelopmentLevel(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_DevelopmentLevel()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getDevelopmentLevel();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getDevelopmentLevel <em>Development Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Development Level</em>' attribute.
	 * @see #getDevelopmentLevel()
	 * @generated
	 */
	void setDevelopmentLevel(String value);

	/**
	 * Returns the value of the '<em><b>Above Scale Enterprises</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Above Scale Enterprises</em>' attribute.
	 * @see #setAboveScaleEnterprises(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_AboveScaleEnterprises()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getAboveScaleEnterprises();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Above Scale Enterprises</em>' attribute.
	 * @see #getAboveScaleEnterprises()
	 * @generated
	 */
	void setAboveScaleEnterprises(String value);

	/**
	 * Returns the value of the '<em><b>Chain Strengthening</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chain Strengthening</em>' attribute.
	 * @see #setChainStrengthening(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_ChainStrengthening()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getChainStrengthening();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getChainStrengthening <em>Chain Strengthening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain Strengthening</em>' attribute.
	 * @see #getChainStrengthening()
	 * @generated
	 */
	void setChainStrengthening(String value);

	/**
	 * Returns the value of the '<em><b>Resource Collaboration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Collaboration</em>' attribute.
	 * @see #setResourceCollaboration(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_ResourceCollaboration()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getResourceCollaboration();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getResourceCollaboration <em>Resource Collaboration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Collaboration</em>' attribute.
	 * @see #getResourceCollaboration()
	 * @generated
	 */
	void setResourceCollaboration(String value);

	/**
	 * Returns the value of the '<em><b>Quality Brand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quality Brand</em>' attribute.
	 * @see #setQualityBrand(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_QualityBrand()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getQualityBrand();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getQualityBrand <em>Quality Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quality Brand</em>' attribute.
	 * @see #getQualityBrand()
	 * @generated
	 */
	void setQualityBrand(String value);

	/**
	 * Returns the value of the '<em><b>Collaborative Innovation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collaborative Innovation</em>' attribute.
	 * @see #setCollaborativeInnovation(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_CollaborativeInnovation()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getCollaborativeInnovation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getCollaborativeInnovation <em>Collaborative Innovation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collaborative Innovation</em>' attribute.
	 * @see #getCollaborativeInnovation()
	 * @generated
	 */
	void setCollaborativeInnovation(String value);

	/**
	 * Returns the value of the '<em><b>Intelligent Transformation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intelligent Transformation</em>' attribute.
	 * @see #setIntelligentTransformation(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_IntelligentTransformation()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getIntelligentTransformation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getIntelligentTransformation <em>Intelligent Transformation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intelligent Transformation</em>' attribute.
	 * @see #getIntelligentTransformation()
	 * @generated
	 */
	void setIntelligentTransformation(String value);

	/**
	 * Returns the value of the '<em><b>Digital Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Digital Services</em>' attribute.
	 * @see #setDigitalServices(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_DigitalServices()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getDigitalServices();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getDigitalServices <em>Digital Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital Services</em>' attribute.
	 * @see #getDigitalServices()
	 * @generated
	 */
	void setDigitalServices(String value);

	/**
	 * Returns the value of the '<em><b>Green Low Carbon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Green Low Carbon</em>' attribute.
	 * @see #setGreenLowCarbon(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_GreenLowCarbon()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getGreenLowCarbon();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getGreenLowCarbon <em>Green Low Carbon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green Low Carbon</em>' attribute.
	 * @see #getGreenLowCarbon()
	 * @generated
	 */
	void setGreenLowCarbon(String value);

	/**
	 * Returns the value of the '<em><b>International Cooperation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>International Cooperation</em>' attribute.
	 * @see #setInternationalCooperation(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_InternationalCooperation()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getInternationalCooperation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getInternationalCooperation <em>International Cooperation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>International Cooperation</em>' attribute.
	 * @see #getInternationalCooperation()
	 * @generated
	 */
	void setInternationalCooperation(String value);

	/**
	 * Returns the value of the '<em><b>Development Environment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Development Environment</em>' attribute.
	 * @see #setDevelopmentEnvironment(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_DevelopmentEnvironment()
	 * @model annotation="http://www.clusterdesk.org/model/form maxLength='200'"
	 * @generated
	 */
	String getDevelopmentEnvironment();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.WritingOutline#getDevelopmentEnvironment <em>Development Environment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Development Environment</em>' attribute.
	 * @see #getDevelopmentEnvironment()
	 * @generated
	 */
	void setDevelopmentEnvironment(String value);

	/**
	 * Returns the value of the '<em><b>Above Scale Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Above Scale Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getWritingOutline_AboveScaleEvidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getAboveScaleEvidence();

} // WritingOutline
