/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Named Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * "数量：N个 名称：…" (G08).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.NamedCount#getCount <em>Count</em>}</li>
 *   <li>{@link org.clusterdesk.model.NamedCount#getNames <em>Names</em>}</li>
 *   <li>{@link org.clusterdesk.model.NamedCount#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getNamedCount()
 * @model
 * @generated
 */
public interface NamedCount extends EObject {
	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getNamedCount_Count()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	Integer getCount();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.NamedCount#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Names</em>' attribute list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getNamedCount_Names()
	 * @model
	 * @generated
	 */
	EList<String> getNames();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getNamedCount_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getEvidence();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule G08: 数量 equals the number of names; N > 0 needs names and, where asked, evidence.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean G08(DiagnosticChain diagnostics, Map<Object, Object> context);

} // NamedCount
