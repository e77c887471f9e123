/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recognition Criteria</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Recognition thresholds the baselines must meet (P09), configurable per edition.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.RecognitionCriteria#getMinOutput <em>Min Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.RecognitionCriteria#getMinSmeShare <em>Min Sme Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.RecognitionCriteria#getMinLeadingIndustryShare <em>Min Leading Industry Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.RecognitionCriteria#getMaxArea <em>Max Area</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getRecognitionCriteria()
 * @model
 * @generated
 */
public interface RecognitionCriteria extends EObject {
	/**
	 * Returns the value of the '<em><b>Min Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Output</em>' attribute.
	 * @see #setMinOutput(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getRecognitionCriteria_MinOutput()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	BigDecimal getMinOutput();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.RecognitionCriteria#getMinOutput <em>Min Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Output</em>' attribute.
	 * @see #getMinOutput()
	 * @generated
	 */
	void setMinOutput(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Min Sme Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Sme Share</em>' attribute.
	 * @see #setMinSmeShare(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getRecognitionCriteria_MinSmeShare()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getMinSmeShare();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.RecognitionCriteria#getMinSmeShare <em>Min Sme Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Sme Share</em>' attribute.
	 * @see #getMinSmeShare()
	 * @generated
	 */
	void setMinSmeShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Min Leading Industry Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Leading Industry Share</em>' attribute.
	 * @see #setMinLeadingIndustryShare(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getRecognitionCriteria_MinLeadingIndustryShare()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getMinLeadingIndustryShare();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.RecognitionCriteria#getMinLeadingIndustryShare <em>Min Leading Industry Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Leading Industry Share</em>' attribute.
	 * @see #getMinLeadingIndustryShare()
	 * @generated
	 */
	void setMinLeadingIndustryShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Max Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Area</em>' attribute.
	 * @see #setMaxArea(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getRecognitionCriteria_MaxArea()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='SQUARE_KM'"
	 * @generated
	 */
	BigDecimal getMaxArea();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.RecognitionCriteria#getMaxArea <em>Max Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Area</em>' attribute.
	 * @see #getMaxArea()
	 * @generated
	 */
	void setMaxArea(BigDecimal value);

} // RecognitionCriteria
