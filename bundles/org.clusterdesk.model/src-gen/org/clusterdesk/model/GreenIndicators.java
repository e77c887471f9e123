/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Green Indicators</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.GreenIndicators#getNationalGreenFactories <em>National Green Factories</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenIndicators#getProvincialGreenFactories <em>Provincial Green Factories</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenIndicators#getNationalGreenSupplyChains <em>National Green Supply Chains</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenIndicators#getProvincialGreenSupplyChains <em>Provincial Green Supply Chains</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenIndicators#getCo2PerOutput <em>Co2 Per Output</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenIndicators#getSolidWasteUtilisation <em>Solid Waste Utilisation</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenIndicators#getWaterReuse <em>Water Reuse</em>}</li>
 *   <li>{@link org.clusterdesk.model.GreenIndicators#getListings <em>Listings</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenIndicators()
 * @model
 * @generated
 */
public interface GreenIndicators extends EObject {
	/**
	 * Returns the value of the '<em><b>National Green Factories</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Green Factories</em>' containment reference.
	 * @see #setNationalGreenFactories(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenIndicators_NationalGreenFactories()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getNationalGreenFactories();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenIndicators#getNationalGreenFactories <em>National Green Factories</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Green Factories</em>' containment reference.
	 * @see #getNationalGreenFactories()
	 * @generated
	 */
	void setNationalGreenFactories(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Green Factories</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Green Factories</em>' containment reference.
	 * @see #setProvincialGreenFactories(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenIndicators_ProvincialGreenFactories()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getProvincialGreenFactories();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenIndicators#getProvincialGreenFactories <em>Provincial Green Factories</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Green Factories</em>' containment reference.
	 * @see #getProvincialGreenFactories()
	 * @generated
	 */
	void setProvincialGreenFactories(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>National Green Supply Chains</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Green Supply Chains</em>' containment reference.
	 * @see #setNationalGreenSupplyChains(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenIndicators_NationalGreenSupplyChains()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getNationalGreenSupplyChains();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenIndicators#getNationalGreenSupplyChains <em>National Green Supply Chains</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Green Supply Chains</em>' containment reference.
	 * @see #getNationalGreenSupplyChains()
	 * @generated
	 */
	void setNationalGreenSupplyChains(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Green Supply Chains</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Green Supply Chains</em>' containment reference.
	 * @see #setProvincialGreenSupplyChains(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenIndicators_ProvincialGreenSupplyChains()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getProvincialGreenSupplyChains();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenIndicators#getProvincialGreenSupplyChains <em>Provincial Green Supply Chains</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Green Supply Chains</em>' containment reference.
	 * @see #getProvincialGreenSupplyChains()
	 * @generated
	 */
	void setProvincialGreenSupplyChains(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Co2 Per Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co2 Per Output</em>' containment reference.
	 * @see #setCo2PerOutput(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenIndicators_Co2PerOutput()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='TONNE_CO2_PER_WAN_YUAN'"
	 * @generated
	 */
	ComparedDecimal getCo2PerOutput();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenIndicators#getCo2PerOutput <em>Co2 Per Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Co2 Per Output</em>' containment reference.
	 * @see #getCo2PerOutput()
	 * @generated
	 */
	void setCo2PerOutput(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Solid Waste Utilisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Solid Waste Utilisation</em>' containment reference.
	 * @see #setSolidWasteUtilisation(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenIndicators_SolidWasteUtilisation()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	ComparedDecimal getSolidWasteUtilisation();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenIndicators#getSolidWasteUtilisation <em>Solid Waste Utilisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solid Waste Utilisation</em>' containment reference.
	 * @see #getSolidWasteUtilisation()
	 * @generated
	 */
	void setSolidWasteUtilisation(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Water Reuse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Water Reuse</em>' containment reference.
	 * @see #setWaterReuse(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenIndicators_WaterReuse()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	ComparedDecimal getWaterReuse();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.GreenIndicators#getWaterReuse <em>Water Reuse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Water Reuse</em>' containment reference.
	 * @see #getWaterReuse()
	 * @generated
	 */
	void setWaterReuse(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Listings</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.ApprovedListing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listings</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenIndicators_Listings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ApprovedListing> getListings();

} // GreenIndicators
