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
 * A representation of the model object '<em><b>Implementation Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getLeadUnit <em>Lead Unit</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getProfit <em>Profit</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getTax <em>Tax</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getBackground <em>Background</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getFoundations <em>Foundations</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getPathways <em>Pathways</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getSafeguards <em>Safeguards</em>}</li>
 *   <li>{@link org.clusterdesk.model.ImplementationPlan#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan()
 * @model
 * @generated
 */
public interface ImplementationPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Lead Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Unit</em>' attribute.
	 * @see #setLeadUnit(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_LeadUnit()
	 * @model
	 * @generated
	 */
	String getLeadUnit();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getLeadUnit <em>Lead Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Unit</em>' attribute.
	 * @see #getLeadUnit()
	 * @generated
	 */
	void setLeadUnit(String value);

	/**
	 * Returns the value of the '<em><b>Revenue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revenue</em>' containment reference.
	 * @see #setRevenue(ImplementationTarget)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_Revenue()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ImplementationTarget getRevenue();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getRevenue <em>Revenue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revenue</em>' containment reference.
	 * @see #getRevenue()
	 * @generated
	 */
	void setRevenue(ImplementationTarget value);

	/**
	 * Returns the value of the '<em><b>Above Scale Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Above Scale Enterprises</em>' containment reference.
	 * @see #setAboveScaleEnterprises(ImplementationTarget)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_AboveScaleEnterprises()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ImplementationTarget getAboveScaleEnterprises();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Above Scale Enterprises</em>' containment reference.
	 * @see #getAboveScaleEnterprises()
	 * @generated
	 */
	void setAboveScaleEnterprises(ImplementationTarget value);

	/**
	 * Returns the value of the '<em><b>Profit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profit</em>' containment reference.
	 * @see #setProfit(ImplementationTarget)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_Profit()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ImplementationTarget getProfit();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getProfit <em>Profit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profit</em>' containment reference.
	 * @see #getProfit()
	 * @generated
	 */
	void setProfit(ImplementationTarget value);

	/**
	 * Returns the value of the '<em><b>Tax</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tax</em>' containment reference.
	 * @see #setTax(ImplementationTarget)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_Tax()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ImplementationTarget getTax();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getTax <em>Tax</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tax</em>' containment reference.
	 * @see #getTax()
	 * @generated
	 */
	void setTax(ImplementationTarget value);

	/**
	 * Returns the value of the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Background</em>' attribute.
	 * @see #setBackground(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_Background()
	 * @model
	 * @generated
	 */
	String getBackground();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getBackground <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background</em>' attribute.
	 * @see #getBackground()
	 * @generated
	 */
	void setBackground(String value);

	/**
	 * Returns the value of the '<em><b>Foundations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Foundations</em>' attribute.
	 * @see #setFoundations(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_Foundations()
	 * @model
	 * @generated
	 */
	String getFoundations();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getFoundations <em>Foundations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foundations</em>' attribute.
	 * @see #getFoundations()
	 * @generated
	 */
	void setFoundations(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' attribute.
	 * @see #setGoals(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_Goals()
	 * @model
	 * @generated
	 */
	String getGoals();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getGoals <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goals</em>' attribute.
	 * @see #getGoals()
	 * @generated
	 */
	void setGoals(String value);

	/**
	 * Returns the value of the '<em><b>Pathways</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pathways</em>' attribute.
	 * @see #setPathways(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_Pathways()
	 * @model
	 * @generated
	 */
	String getPathways();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getPathways <em>Pathways</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pathways</em>' attribute.
	 * @see #getPathways()
	 * @generated
	 */
	void setPathways(String value);

	/**
	 * Returns the value of the '<em><b>Safeguards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Safeguards</em>' attribute.
	 * @see #setSafeguards(String)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_Safeguards()
	 * @model
	 * @generated
	 */
	String getSafeguards();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.ImplementationPlan#getSafeguards <em>Safeguards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safeguards</em>' attribute.
	 * @see #getSafeguards()
	 * @generated
	 */
	void setSafeguards(String value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getImplementationPlan_Document()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getDocument();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule P11: Implementation targets do not fall: actual <= 2026 <= 2027 <= 2028.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean P11(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ImplementationPlan
