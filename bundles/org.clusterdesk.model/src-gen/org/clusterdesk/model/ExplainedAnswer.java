/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Explained Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A 是/否 question whose 是 needs an explanation (是（需附情况说明）, G05).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ExplainedAnswer#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExplainedAnswer#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.clusterdesk.model.ExplainedAnswer#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getExplainedAnswer()
 * @model
 * @generated
 */
public interface ExplainedAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * The literals are from the enumeration {@link org.clusterdesk.model.YesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #setAnswer(YesNo)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExplainedAnswer_Answer()
	 * @model
	 * @generated
	 */
	YesNo getAnswer();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExplainedAnswer#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see org.clusterdesk.model.YesNo
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(YesNo value);

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExplainedAnswer_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ExplainedAnswer#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getExplainedAnswer_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getEvidence();

} // ExplainedAnswer
