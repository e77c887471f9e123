/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Implementation Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ImplementationTarget#getActual <em>Actual</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationTarget#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationTarget()
 * @model
 * @generated
 */
public interface ImplementationTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationTarget_Actual()
	 * @model
	 * @generated
	 */
	BigDecimal getActual();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationTarget#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.YearDecimal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationTarget_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<YearDecimal> getTargets();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal targetFor(int year);

} // ImplementationTarget
