/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Library Row</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.LibraryRow#getSourceRow <em>Source Row</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getLibraryRow()
 * @model abstract="true"
 * @generated
 */
public interface LibraryRow extends EObject {
	/**
	 * Returns the value of the '<em><b>Source Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Row number in the spreadsheet it was imported from, so that messages can point back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Row</em>' attribute.
	 * @see #setSourceRow(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getLibraryRow_SourceRow()
	 * @model
	 * @generated
	 */
	Integer getSourceRow();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.LibraryRow#getSourceRow <em>Source Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Row</em>' attribute.
	 * @see #getSourceRow()
	 * @generated
	 */
	void setSourceRow(Integer value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C06: Library rows: full name, location, overview <= 200, 1-3 products, non-negative amounts.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C06(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule C07: An enterprise full name looks like one.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean C07(DiagnosticChain diagnostics, Map<Object, Object> context);

} // LibraryRow
