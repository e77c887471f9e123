/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.FormSection#getNumber <em>Number</em>}</li>
 *   <li>{@link org.clusterdesk.model.FormSection#getTitle <em>Title</em>}</li>
 *   <li>{@link org.clusterdesk.model.FormSection#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.clusterdesk.model.FormSection#isNewPage <em>New Page</em>}</li>
 *   <li>{@link org.clusterdesk.model.FormSection#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getFormSection()
 * @model
 * @generated
 */
public interface FormSection extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一 ... 九, or 2.1 ... for the competition report.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getFormSection_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.FormSection#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getFormSection_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.FormSection#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference from the document root to the object this section edits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature</em>' reference.
	 * @see #setFeature(EReference)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getFormSection_Feature()
	 * @model
	 * @generated
	 */
	EReference getFeature();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.FormSection#getFeature <em>Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' reference.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(EReference value);

	/**
	 * Returns the value of the '<em><b>New Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Page</em>' attribute.
	 * @see #setNewPage(boolean)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getFormSection_NewPage()
	 * @model
	 * @generated
	 */
	boolean isNewPage();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.FormSection#isNewPage <em>New Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Page</em>' attribute.
	 * @see #isNewPage()
	 * @generated
	 */
	void setNewPage(boolean value);

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.FormRow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getFormSection_Rows()
	 * @model containment="true"
	 * @generated
	 */
	EList<FormRow> getRows();

} // FormSection
