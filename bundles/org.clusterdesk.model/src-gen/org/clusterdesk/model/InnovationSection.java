/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Innovation Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getRdIntensity <em>Rd Intensity</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getRdExpenditure <em>Rd Expenditure</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getRdGrowth <em>Rd Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getSmeEmployees <em>Sme Employees</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getRdStaff <em>Rd Staff</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getRdStaffShare <em>Rd Staff Share</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getIpGrants <em>Ip Grants</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getStandards <em>Standards</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getNationalPlatforms <em>National Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getProvincialPlatforms <em>Provincial Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getOtherPlatforms <em>Other Platforms</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getPctApplications <em>Pct Applications</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getPatentAverageGrowth <em>Patent Average Growth</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getPatentsPer10k <em>Patents Per10k</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getValidInventionPatents <em>Valid Invention Patents</em>}</li>
 *   <li>{@link org.clusterdesk.model.InnovationSection#getPatentEvidence <em>Patent Evidence</em>}</li>
 * </ul>
 *
 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection()
 * @model
 * @generated
 */
public interface InnovationSection extends EvidenceHolder {
	/**
	 * Returns the value of the '<em><b>Rd Intensity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Intensity</em>' containment reference.
	 * @see #setRdIntensity(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_RdIntensity()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getRdIntensity();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getRdIntensity <em>Rd Intensity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Intensity</em>' containment reference.
	 * @see #getRdIntensity()
	 * @generated
	 */
	void setRdIntensity(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Rd Expenditure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Expenditure</em>' containment reference.
	 * @see #setRdExpenditure(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_RdExpenditure()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='YI_YUAN'"
	 * @generated
	 */
	YearlyDecimal getRdExpenditure();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getRdExpenditure <em>Rd Expenditure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Expenditure</em>' containment reference.
	 * @see #getRdExpenditure()
	 * @generated
	 */
	void setRdExpenditure(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Rd Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Growth</em>' containment reference.
	 * @see #setRdGrowth(YearlyDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_RdGrowth()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	YearlyDecimal getRdGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getRdGrowth <em>Rd Growth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Growth</em>' containment reference.
	 * @see #getRdGrowth()
	 * @generated
	 */
	void setRdGrowth(YearlyDecimal value);

	/**
	 * Returns the value of the '<em><b>Sme Employees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sme Employees</em>' containment reference.
	 * @see #setSmeEmployees(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_SmeEmployees()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERSON'"
	 * @generated
	 */
	YearlyCount getSmeEmployees();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getSmeEmployees <em>Sme Employees</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sme Employees</em>' containment reference.
	 * @see #getSmeEmployees()
	 * @generated
	 */
	void setSmeEmployees(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Rd Staff</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Staff</em>' containment reference.
	 * @see #setRdStaff(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_RdStaff()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PERSON'"
	 * @generated
	 */
	YearlyCount getRdStaff();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getRdStaff <em>Rd Staff</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Staff</em>' containment reference.
	 * @see #getRdStaff()
	 * @generated
	 */
	void setRdStaff(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Rd Staff Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rd Staff Share</em>' attribute.
	 * @see #setRdStaffShare(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_RdStaffShare()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getRdStaffShare();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getRdStaffShare <em>Rd Staff Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rd Staff Share</em>' attribute.
	 * @see #getRdStaffShare()
	 * @generated
	 */
	void setRdStaffShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Ip Grants</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip Grants</em>' containment reference.
	 * @see #setIpGrants(YearlyCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_IpGrants()
	 * @model containment="true"
	 *        annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	YearlyCount getIpGrants();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getIpGrants <em>Ip Grants</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Grants</em>' containment reference.
	 * @see #getIpGrants()
	 * @generated
	 */
	void setIpGrants(YearlyCount value);

	/**
	 * Returns the value of the '<em><b>Standards</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.StandardCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standards</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_Standards()
	 * @model containment="true"
	 * @generated
	 */
	EList<StandardCount> getStandards();

	/**
	 * Returns the value of the '<em><b>National Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Platforms</em>' containment reference.
	 * @see #setNationalPlatforms(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_NationalPlatforms()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getNationalPlatforms();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getNationalPlatforms <em>National Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Platforms</em>' containment reference.
	 * @see #getNationalPlatforms()
	 * @generated
	 */
	void setNationalPlatforms(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Provincial Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provincial Platforms</em>' containment reference.
	 * @see #setProvincialPlatforms(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_ProvincialPlatforms()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getProvincialPlatforms();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getProvincialPlatforms <em>Provincial Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provincial Platforms</em>' containment reference.
	 * @see #getProvincialPlatforms()
	 * @generated
	 */
	void setProvincialPlatforms(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Other Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other Platforms</em>' containment reference.
	 * @see #setOtherPlatforms(NamedCount)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_OtherPlatforms()
	 * @model containment="true"
	 * @generated
	 */
	NamedCount getOtherPlatforms();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getOtherPlatforms <em>Other Platforms</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Platforms</em>' containment reference.
	 * @see #getOtherPlatforms()
	 * @generated
	 */
	void setOtherPlatforms(NamedCount value);

	/**
	 * Returns the value of the '<em><b>Pct Applications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pct Applications</em>' attribute.
	 * @see #setPctApplications(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_PctApplications()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	Integer getPctApplications();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getPctApplications <em>Pct Applications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pct Applications</em>' attribute.
	 * @see #getPctApplications()
	 * @generated
	 */
	void setPctApplications(Integer value);

	/**
	 * Returns the value of the '<em><b>Patent Average Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patent Average Growth</em>' attribute.
	 * @see #setPatentAverageGrowth(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_PatentAverageGrowth()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PERCENT'"
	 * @generated
	 */
	BigDecimal getPatentAverageGrowth();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getPatentAverageGrowth <em>Patent Average Growth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patent Average Growth</em>' attribute.
	 * @see #getPatentAverageGrowth()
	 * @generated
	 */
	void setPatentAverageGrowth(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Patents Per10k</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patents Per10k</em>' attribute.
	 * @see #setPatentsPer10k(BigDecimal)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_PatentsPer10k()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PER_10K_PERSONS'"
	 * @generated
	 */
	BigDecimal getPatentsPer10k();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getPatentsPer10k <em>Patents Per10k</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patents Per10k</em>' attribute.
	 * @see #getPatentsPer10k()
	 * @generated
	 */
	void setPatentsPer10k(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Valid Invention Patents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid Invention Patents</em>' attribute.
	 * @see #setValidInventionPatents(Integer)
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_ValidInventionPatents()
	 * @model annotation="http://www.clusterdesk.org/model/form unit='PIECE'"
	 * @generated
	 */
	Integer getValidInventionPatents();

	/**
	 * Sets the value of the '{@link org.clusterdesk.model.InnovationSection#getValidInventionPatents <em>Valid Invention Patents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Invention Patents</em>' attribute.
	 * @see #getValidInventionPatents()
	 * @generated
	 */
	void setValidInventionPatents(Integer value);

	/**
	 * Returns the value of the '<em><b>Patent Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.clusterdesk.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patent Evidence</em>' containment reference list.
	 * @see org.clusterdesk.model.ClusterDeskPackage#getInnovationSection_PatentEvidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getPatentEvidence();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D01 on 研发经费总额.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedRdGrowth(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D05: patents / SME employees (last year) x 10 000.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedPatentsPer10k();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal computedRdStaffShare(int year);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D02 from the R&D expenditure values.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal rdAverageGrowth();

} // InnovationSection
