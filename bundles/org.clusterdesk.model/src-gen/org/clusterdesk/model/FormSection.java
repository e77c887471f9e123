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
 *   <li>{@link org.clusterdesk.model.FormSection#getPartNumber <em>Part Number</em>}</li>
 *   <li>{@link org.clusterdesk.model.FormSection#getPartTitle <em>Part Title</em>}</li>
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
	 * Returns the value of the '<em><b>Part Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The part this section opens, where the part has no rows of its own and its heading is printed before the section's (二 of 二、集群发展总体情况 before 2.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Part Number</em>' attribute.
	 * @see #setPartNumber(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getFormSection_PartNumber()
	 * @model
	 * @generated
	 */
	String getPartNumber();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.FormSection#getPartNumber <em>Part Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Number</em>' attribute.
	 * @see #getPartNumber()
	 * @generated
	 */
	void setPartNumber(String value);

	/**
	 * Returns the value of the '<em><b>Part Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title of the part this section opens (集群发展总体情况); see partNumber.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Part Title</em>' attribute.
	 * @see #setPartTitle(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getFormSection_PartTitle()
	 * @model
	 * @generated
	 */
	String getPartTitle();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.FormSection#getPartTitle <em>Part Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Title</em>' attribute.
	 * @see #getPartTitle()
	 * @generated
	 */
	void setPartTitle(String value);

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
