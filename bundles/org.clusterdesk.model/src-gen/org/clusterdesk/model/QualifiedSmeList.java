/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Qualified Sme List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.QualifiedSmeList#getKind <em>Kind</em>}</li>
 *   <li>{@link org.clusterdesk.model.QualifiedSmeList#getNames <em>Names</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getQualifiedSmeList()
 * @model
 * @generated
 */
public interface QualifiedSmeList extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.QualifiedSmeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.clusterdesk.model.QualifiedSmeKind
	 * @see #setKind(QualifiedSmeKind)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getQualifiedSmeList_Kind()
	 * @model
	 * @generated
	 */
	QualifiedSmeKind getKind();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.QualifiedSmeList#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.clusterdesk.model.QualifiedSmeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(QualifiedSmeKind value);

	/**
	 * Returns the value of the '<em><b>Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Names</em>' attribute list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getQualifiedSmeList_Names()
	 * @model
	 * @generated
	 */
	EList<String> getNames();

} // QualifiedSmeList
