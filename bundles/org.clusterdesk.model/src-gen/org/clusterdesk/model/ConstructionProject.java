/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.time.YearMonth;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Construction Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ConstructionProject#getCity <em>City</em>}</li>
 *   <li>{@link org.clusterdesk.model.ConstructionProject#getCounty <em>County</em>}</li>
 *   <li>{@link org.clusterdesk.model.ConstructionProject#getPark <em>Park</em>}</li>
 *   <li>{@link org.clusterdesk.model.ConstructionProject#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.clusterdesk.model.ConstructionProject#getProgress <em>Progress</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getConstructionProject()
 * @model
 * @generated
 */
public interface ConstructionProject extends Project {
	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getConstructionProject_City()
	 * @model
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ConstructionProject#getCity <em>City</em>}' attribute.
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
	 * @see org.clusterdesk.model.ClusterDeskPackage#getConstructionProject_County()
	 * @model
	 * @generated
	 */
	String getCounty();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ConstructionProject#getCounty <em>County</em>}' attribute.
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
	 * @see org.clusterdesk.model.ClusterDeskPackage#getConstructionProject_Park()
	 * @model
	 * @generated
	 */
	String getPark();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ConstructionProject#getPark <em>Park</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Park</em>' attribute.
	 * @see #getPark()
	 * @generated
	 */
	void setPark(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(YearMonth)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getConstructionProject_StartDate()
	 * @model dataType="org.clusterdesk.model.YearMonth"
	 * @generated
	 */
	YearMonth getStartDate();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ConstructionProject#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress</em>' attribute.
	 * @see #setProgress(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getConstructionProject_Progress()
	 * @model
	 * @generated
	 */
	String getProgress();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ConstructionProject#getProgress <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress</em>' attribute.
	 * @see #getProgress()
	 * @generated
	 */
	void setProgress(String value);

} // ConstructionProject
