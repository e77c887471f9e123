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
 * A representation of the model object '<em><b>Innovation Indicators</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getRdExpenditure <em>Rd Expenditure</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getRdRevenueShare <em>Rd Revenue Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getRdGrowth <em>Rd Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getRdStaffShare <em>Rd Staff Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getNewPatents <em>New Patents</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getNewStandards <em>New Standards</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getNationalAwards <em>National Awards</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getProvincialAwards <em>Provincial Awards</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getNationalCarriers <em>National Carriers</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getProvincialCarriers <em>Provincial Carriers</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getNationalDesignCentres <em>National Design Centres</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getProvincialDesignCentres <em>Provincial Design Centres</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getCarriers <em>Carriers</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationIndicators#getTopRd <em>Top Rd</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators()
 * @model
 * @generated
 */
public interface InnovationIndicators extends EObject {
	/**
	 * Returns the value of the '<em><b>Rd Expenditure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Expenditure</em>' containment reference.
	 * @see #setRdExpenditure(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_RdExpenditure()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	ComparedDecimal getRdExpenditure();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getRdExpenditure <em>Rd Expenditure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Expenditure</em>' containment reference.
	 * @see #getRdExpenditure()
	 * @generated
	 */
	void setRdExpenditure(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Rd Revenue Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Revenue Share</em>' containment reference.
	 * @see #setRdRevenueShare(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_RdRevenueShare()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	ComparedDecimal getRdRevenueShare();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getRdRevenueShare <em>Rd Revenue Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Revenue Share</em>' containment reference.
	 * @see #getRdRevenueShare()
	 * @generated
	 */
	void setRdRevenueShare(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Rd Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Growth</em>' containment reference.
	 * @see #setRdGrowth(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_RdGrowth()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	ComparedDecimal getRdGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getRdGrowth <em>Rd Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Growth</em>' containment reference.
	 * @see #getRdGrowth()
	 * @generated
	 */
	void setRdGrowth(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>Rd Staff Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Staff Share</em>' containment reference.
	 * @see #setRdStaffShare(ComparedDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_RdStaffShare()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	ComparedDecimal getRdStaffShare();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getRdStaffShare <em>Rd Staff Share</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Staff Share</em>' containment reference.
	 * @see #getRdStaffShare()
	 * @generated
	 */
	void setRdStaffShare(ComparedDecimal value);

	/**
	 * Returns the value of the '<em><b>New Patents</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Patents</em>' containment reference.
	 * @see #setNewPatents(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_NewPatents()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getNewPatents();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getNewPatents <em>New Patents</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Patents</em>' containment reference.
	 * @see #getNewPatents()
	 * @generated
	 */
	void setNewPatents(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>New Standards</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Standards</em>' containment reference.
	 * @see #setNewStandards(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_NewStandards()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getNewStandards();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getNewStandards <em>New Standards</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Standards</em>' containment reference.
	 * @see #getNewStandards()
	 * @generated
	 */
	void setNewStandards(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>National Awards</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Awards</em>' containment reference.
	 * @see #setNationalAwards(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_NationalAwards()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getNationalAwards();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getNationalAwards <em>National Awards</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Awards</em>' containment reference.
	 * @see #getNationalAwards()
	 * @generated
	 */
	void setNationalAwards(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Awards</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Awards</em>' containment reference.
	 * @see #setProvincialAwards(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_ProvincialAwards()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getProvincialAwards();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getProvincialAwards <em>Provincial Awards</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Awards</em>' containment reference.
	 * @see #getProvincialAwards()
	 * @generated
	 */
	void setProvincialAwards(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>National Carriers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Carriers</em>' containment reference.
	 * @see #setNationalCarriers(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_NationalCarriers()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getNationalCarriers();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getNationalCarriers <em>National Carriers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Carriers</em>' containment reference.
	 * @see #getNationalCarriers()
	 * @generated
	 */
	void setNationalCarriers(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Carriers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Carriers</em>' containment reference.
	 * @see #setProvincialCarriers(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_ProvincialCarriers()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getProvincialCarriers();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getProvincialCarriers <em>Provincial Carriers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Carriers</em>' containment reference.
	 * @see #getProvincialCarriers()
	 * @generated
	 */
	void setProvincialCarriers(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>National Design Centres</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Design Centres</em>' containment reference.
	 * @see #setNationalDesignCentres(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_NationalDesignCentres()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getNationalDesignCentres();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getNationalDesignCentres <em>National Design Centres</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Design Centres</em>' containment reference.
	 * @see #getNationalDesignCentres()
	 * @generated
	 */
	void setNationalDesignCentres(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Design Centres</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Design Centres</em>' containment reference.
	 * @see #setProvincialDesignCentres(ComparedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_ProvincialDesignCentres()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	ComparedCount getProvincialDesignCentres();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getProvincialDesignCentres <em>Provincial Design Centres</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Design Centres</em>' containment reference.
	 * @see #getProvincialDesignCentres()
	 * @generated
	 */
	void setProvincialDesignCentres(ComparedCount value);

	/**
	 * Returns the value of the '<em><b>Carriers</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.ApprovedListing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Carriers</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_Carriers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ApprovedListing> getCarriers();

	/**
	 * Returns the value of the '<em><b>Top Rd</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Top Rd</em>' containment reference.
	 * @see #setTopRd(RankingTable)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationIndicators_TopRd()
	 * @model containment="true"
	 * @generated
	 */
	RankingTable getTopRd();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationIndicators#getTopRd <em>Top Rd</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Top Rd</em>' containment reference.
	 * @see #getTopRd()
	 * @generated
	 */
	void setTopRd(RankingTable value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D06: R&D expenditure / revenue x 100.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedRdRevenueShare(int year);

} // InnovationIndicators
