/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.time.YearMonth;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planned Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.PlannedProject#getLocation <em>Location</em>}</li>
 *   <li>{@link org.clusterdesk.model.PlannedProject#getPlannedStart <em>Planned Start</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getPlannedProject()
 * @model
 * @generated
 */
public interface PlannedProject extends Project {
	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlannedProject_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlannedProject#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Start</em>' attribute.
	 * @see #setPlannedStart(YearMonth)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getPlannedProject_PlannedStart()
	 * @model dataType="org.clusterdesk.model.YearMonth"
	 * @generated
	 */
	YearMonth getPlannedStart();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.PlannedProject#getPlannedStart <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Start</em>' attribute.
	 * @see #getPlannedStart()
	 * @generated
	 */
	void setPlannedStart(YearMonth value);

} // PlannedProject
