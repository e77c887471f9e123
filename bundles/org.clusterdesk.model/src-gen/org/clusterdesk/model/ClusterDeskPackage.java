/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * ClusterDesk metamodel: every form, edition and library of the Chinese SME featured industrial cluster applications.
 * <!-- end-model-doc -->
 * @see org.clusterdesk.model.ClusterDeskFactory
 * @model kind="package"
 * @generated
 */
public interface ClusterDeskPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.clusterdesk.org/model/2.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cd";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ClusterDeskPackage eINSTANCE = org.clusterdesk.model.impl.ClusterDeskPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.EditionImpl <em>Edition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.EditionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEdition()
	 * @generated
	 */
	int EDITION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__ISSUER = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__KIND = 3;

	/**
	 * The feature id for the '<em><b>Data Years</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__DATA_YEARS = 4;

	/**
	 * The feature id for the '<em><b>Data Cutoff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__DATA_CUTOFF = 5;

	/**
	 * The feature id for the '<em><b>Plan Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__PLAN_BASELINE_YEAR = 6;

	/**
	 * The feature id for the '<em><b>Plan Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__PLAN_TARGET_YEAR = 7;

	/**
	 * The feature id for the '<em><b>Stage Years</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__STAGE_YEARS = 8;

	/**
	 * The feature id for the '<em><b>Review Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__REVIEW_BASELINE_YEAR = 9;

	/**
	 * The feature id for the '<em><b>Review Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__REVIEW_TARGET_YEAR = 10;

	/**
	 * The feature id for the '<em><b>Contact Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__CONTACT_KIND = 11;

	/**
	 * The feature id for the '<em><b>Recommender Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__RECOMMENDER_LEVEL = 12;

	/**
	 * The feature id for the '<em><b>Recommendation Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__RECOMMENDATION_TITLE = 13;

	/**
	 * The feature id for the '<em><b>Declaration Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__DECLARATION_TEXT = 14;

	/**
	 * The feature id for the '<em><b>Declaration Signer Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__DECLARATION_SIGNER_TITLE = 15;

	/**
	 * The feature id for the '<em><b>Declaration Seal Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__DECLARATION_SEAL_TITLE = 16;

	/**
	 * The feature id for the '<em><b>Name Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__NAME_PATTERN = 17;

	/**
	 * The feature id for the '<em><b>Name Pattern Hint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__NAME_PATTERN_HINT = 18;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__INSTRUCTIONS = 19;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__CRITERIA = 20;

	/**
	 * The feature id for the '<em><b>Plan Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__PLAN_RULES = 21;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__SECTIONS = 22;

	/**
	 * The number of structural features of the '<em>Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_FEATURE_COUNT = 23;

	/**
	 * The operation id for the '<em>Has Field</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION___HAS_FIELD__ESTRUCTURALFEATURE = 0;

	/**
	 * The operation id for the '<em>Row For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION___ROW_FOR__ESTRUCTURALFEATURE = 1;

	/**
	 * The operation id for the '<em>Label For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION___LABEL_FOR__ESTRUCTURALFEATURE = 2;

	/**
	 * The number of operations of the '<em>Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.RecognitionCriteriaImpl <em>Recognition Criteria</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.RecognitionCriteriaImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRecognitionCriteria()
	 * @generated
	 */
	int RECOGNITION_CRITERIA = 1;

	/**
	 * The feature id for the '<em><b>Min Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_CRITERIA__MIN_OUTPUT = 0;

	/**
	 * The feature id for the '<em><b>Min Sme Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_CRITERIA__MIN_SME_SHARE = 1;

	/**
	 * The feature id for the '<em><b>Min Leading Industry Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_CRITERIA__MIN_LEADING_INDUSTRY_SHARE = 2;

	/**
	 * The feature id for the '<em><b>Max Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_CRITERIA__MAX_AREA = 3;

	/**
	 * The number of structural features of the '<em>Recognition Criteria</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_CRITERIA_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Recognition Criteria</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_CRITERIA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.PlanRulesImpl <em>Plan Rules</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.PlanRulesImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanRules()
	 * @generated
	 */
	int PLAN_RULES = 2;

	/**
	 * The feature id for the '<em><b>Output Average Growth Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_RULES__OUTPUT_AVERAGE_GROWTH_MIN = 0;

	/**
	 * The feature id for the '<em><b>Rd Average Growth Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_RULES__RD_AVERAGE_GROWTH_MIN = 1;

	/**
	 * The feature id for the '<em><b>Patent Average Growth Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_RULES__PATENT_AVERAGE_GROWTH_MIN = 2;

	/**
	 * The feature id for the '<em><b>Benchmark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_RULES__BENCHMARK = 3;

	/**
	 * The feature id for the '<em><b>Iiot Penetration Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_RULES__IIOT_PENETRATION_TARGET = 4;

	/**
	 * The feature id for the '<em><b>Co2 Reduction Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_RULES__CO2_REDUCTION_TARGET = 5;

	/**
	 * The feature id for the '<em><b>Energy Reduction Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_RULES__ENERGY_REDUCTION_TARGET = 6;

	/**
	 * The number of structural features of the '<em>Plan Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_RULES_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Plan Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_RULES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.FormSectionImpl <em>Form Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.FormSectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getFormSection()
	 * @generated
	 */
	int FORM_SECTION = 3;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__FEATURE = 2;

	/**
	 * The feature id for the '<em><b>New Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__NEW_PAGE = 3;

	/**
	 * The feature id for the '<em><b>Part Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__PART_NUMBER = 4;

	/**
	 * The feature id for the '<em><b>Part Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__PART_TITLE = 5;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__ROWS = 6;

	/**
	 * The number of structural features of the '<em>Form Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Form Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.FormRowImpl <em>Form Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.FormRowImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getFormRow()
	 * @generated
	 */
	int FORM_ROW = 4;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ROW__FEATURE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ROW__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ROW__NOTE = 2;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ROW__REQUIRED = 3;

	/**
	 * The feature id for the '<em><b>Last Year Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ROW__LAST_YEAR_ONLY = 4;

	/**
	 * The feature id for the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ROW__MAX_LENGTH = 5;

	/**
	 * The number of structural features of the '<em>Form Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ROW_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Form Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ROW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.YearDecimalImpl <em>Year Decimal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.YearDecimalImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearDecimal()
	 * @generated
	 */
	int YEAR_DECIMAL = 5;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_DECIMAL__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_DECIMAL__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Year Decimal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_DECIMAL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Year Decimal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_DECIMAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.YearCountImpl <em>Year Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.YearCountImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearCount()
	 * @generated
	 */
	int YEAR_COUNT = 6;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_COUNT__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_COUNT__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Year Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_COUNT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Year Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_COUNT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.YearlyDecimalImpl <em>Yearly Decimal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.YearlyDecimalImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearlyDecimal()
	 * @generated
	 */
	int YEARLY_DECIMAL = 7;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_DECIMAL__VALUES = 0;

	/**
	 * The number of structural features of the '<em>Yearly Decimal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_DECIMAL_FEATURE_COUNT = 1;

	/**
	 * The operation id for the '<em>Value Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_DECIMAL___VALUE_OF__INT = 0;

	/**
	 * The operation id for the '<em>Put</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_DECIMAL___PUT__INT_BIGDECIMAL = 1;

	/**
	 * The operation id for the '<em>Years</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_DECIMAL___YEARS = 2;

	/**
	 * The operation id for the '<em>Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_DECIMAL___GROWTH__INT = 3;

	/**
	 * The operation id for the '<em>Average Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_DECIMAL___AVERAGE_GROWTH = 4;

	/**
	 * The number of operations of the '<em>Yearly Decimal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_DECIMAL_OPERATION_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.YearlyCountImpl <em>Yearly Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.YearlyCountImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearlyCount()
	 * @generated
	 */
	int YEARLY_COUNT = 8;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT__VALUES = 0;

	/**
	 * The number of structural features of the '<em>Yearly Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT_FEATURE_COUNT = 1;

	/**
	 * The operation id for the '<em>Value Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT___VALUE_OF__INT = 0;

	/**
	 * The operation id for the '<em>Put</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT___PUT__INT_INTEGER = 1;

	/**
	 * The operation id for the '<em>Years</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT___YEARS = 2;

	/**
	 * The operation id for the '<em>Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT___GROWTH__INT = 3;

	/**
	 * The number of operations of the '<em>Yearly Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT_OPERATION_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ComparedDecimalImpl <em>Compared Decimal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ComparedDecimalImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getComparedDecimal()
	 * @generated
	 */
	int COMPARED_DECIMAL = 9;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL__VALUES = YEARLY_DECIMAL__VALUES;

	/**
	 * The feature id for the '<em><b>Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL__GROWTH = YEARLY_DECIMAL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL__EVIDENCE_PAGE = YEARLY_DECIMAL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Compared Decimal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL_FEATURE_COUNT = YEARLY_DECIMAL_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Value Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL___VALUE_OF__INT = YEARLY_DECIMAL___VALUE_OF__INT;

	/**
	 * The operation id for the '<em>Put</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL___PUT__INT_BIGDECIMAL = YEARLY_DECIMAL___PUT__INT_BIGDECIMAL;

	/**
	 * The operation id for the '<em>Years</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL___YEARS = YEARLY_DECIMAL___YEARS;

	/**
	 * The operation id for the '<em>Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL___GROWTH__INT = YEARLY_DECIMAL___GROWTH__INT;

	/**
	 * The operation id for the '<em>Average Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL___AVERAGE_GROWTH = YEARLY_DECIMAL___AVERAGE_GROWTH;

	/**
	 * The operation id for the '<em>Computed Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL___COMPUTED_GROWTH = YEARLY_DECIMAL_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Compared Decimal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_DECIMAL_OPERATION_COUNT = YEARLY_DECIMAL_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ComparedCountImpl <em>Compared Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ComparedCountImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getComparedCount()
	 * @generated
	 */
	int COMPARED_COUNT = 10;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT__VALUES = YEARLY_COUNT__VALUES;

	/**
	 * The feature id for the '<em><b>Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT__GROWTH = YEARLY_COUNT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT__EVIDENCE_PAGE = YEARLY_COUNT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Compared Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT_FEATURE_COUNT = YEARLY_COUNT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Value Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT___VALUE_OF__INT = YEARLY_COUNT___VALUE_OF__INT;

	/**
	 * The operation id for the '<em>Put</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT___PUT__INT_INTEGER = YEARLY_COUNT___PUT__INT_INTEGER;

	/**
	 * The operation id for the '<em>Years</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT___YEARS = YEARLY_COUNT___YEARS;

	/**
	 * The operation id for the '<em>Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT___GROWTH__INT = YEARLY_COUNT___GROWTH__INT;

	/**
	 * The operation id for the '<em>Computed Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT___COMPUTED_GROWTH = YEARLY_COUNT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Compared Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARED_COUNT_OPERATION_COUNT = YEARLY_COUNT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.AttachmentImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__FILE_NAME = 2;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__PAGES = 3;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.EvidenceRefImpl <em>Evidence Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.EvidenceRefImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEvidenceRef()
	 * @generated
	 */
	int EVIDENCE_REF = 12;

	/**
	 * The feature id for the '<em><b>Attachment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF__ATTACHMENT = 0;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF__PAGE = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Evidence Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Evidence Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.EvidenceLinkImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEvidenceLink()
	 * @generated
	 */
	int EVIDENCE_LINK = 13;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__FEATURE = 0;

	/**
	 * The feature id for the '<em><b>Option</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__OPTION = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__EVIDENCE = 2;

	/**
	 * The number of structural features of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.EvidenceHolderImpl <em>Evidence Holder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.EvidenceHolderImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEvidenceHolder()
	 * @generated
	 */
	int EVIDENCE_HOLDER = 14;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_HOLDER__EVIDENCE_LINKS = 0;

	/**
	 * The number of structural features of the '<em>Evidence Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_HOLDER_FEATURE_COUNT = 1;

	/**
	 * The operation id for the '<em>Evidence For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING = 0;

	/**
	 * The operation id for the '<em>G07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Evidence Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_HOLDER_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.NamedCountImpl <em>Named Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.NamedCountImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getNamedCount()
	 * @generated
	 */
	int NAMED_COUNT = 15;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_COUNT__COUNT = 0;

	/**
	 * The feature id for the '<em><b>Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_COUNT__NAMES = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_COUNT__EVIDENCE = 2;

	/**
	 * The number of structural features of the '<em>Named Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_COUNT_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>G08</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_COUNT___G08__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Named Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_COUNT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ExplainedAnswerImpl <em>Explained Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ExplainedAnswerImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getExplainedAnswer()
	 * @generated
	 */
	int EXPLAINED_ANSWER = 16;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLAINED_ANSWER__ANSWER = 0;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLAINED_ANSWER__EXPLANATION = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLAINED_ANSWER__EVIDENCE = 2;

	/**
	 * The number of structural features of the '<em>Explained Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLAINED_ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Explained Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLAINED_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ContactImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 17;

	/**
	 * The feature id for the '<em><b>Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = 1;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.OrganisationImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CONTACT = 1;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.RegionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 19;

	/**
	 * The feature id for the '<em><b>Province</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__PROVINCE = 0;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__CITY = 1;

	/**
	 * The feature id for the '<em><b>County</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__COUNTY = 2;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.DeclarationImpl <em>Declaration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.DeclarationImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getDeclaration()
	 * @generated
	 */
	int DECLARATION = 20;

	/**
	 * The feature id for the '<em><b>Signer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__SIGNER = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__DATE = 2;

	/**
	 * The feature id for the '<em><b>Sealed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__SEALED = 3;

	/**
	 * The number of structural features of the '<em>Declaration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Declaration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.RecommendationImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRecommendation()
	 * @generated
	 */
	int RECOMMENDATION = 21;

	/**
	 * The feature id for the '<em><b>Opinion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__OPINION = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DATE = 2;

	/**
	 * The number of structural features of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.StandardCountImpl <em>Standard Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.StandardCountImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getStandardCount()
	 * @generated
	 */
	int STANDARD_COUNT = 22;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_COUNT__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_COUNT__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Led</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_COUNT__LED = 2;

	/**
	 * The feature id for the '<em><b>Participated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_COUNT__PARTICIPATED = 3;

	/**
	 * The number of structural features of the '<em>Standard Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_COUNT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Standard Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_COUNT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.HonourImpl <em>Honour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.HonourImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getHonour()
	 * @generated
	 */
	int HONOUR = 23;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HONOUR__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HONOUR__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HONOUR__EVIDENCE = 2;

	/**
	 * The number of structural features of the '<em>Honour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HONOUR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Honour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HONOUR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.QualifiedSmeListImpl <em>Qualified Sme List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.QualifiedSmeListImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getQualifiedSmeList()
	 * @generated
	 */
	int QUALIFIED_SME_LIST = 24;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFIED_SME_LIST__KIND = 0;

	/**
	 * The feature id for the '<em><b>Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFIED_SME_LIST__NAMES = 1;

	/**
	 * The number of structural features of the '<em>Qualified Sme List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFIED_SME_LIST_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Qualified Sme List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFIED_SME_LIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.StageGoalImpl <em>Stage Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.StageGoalImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getStageGoal()
	 * @generated
	 */
	int STAGE_GOAL = 25;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Stage Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Stage Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ClusterDocumentImpl <em>Cluster Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ClusterDocumentImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getClusterDocument()
	 * @generated
	 */
	int CLUSTER_DOCUMENT = 26;

	/**
	 * The feature id for the '<em><b>Edition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT__EDITION_ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Filing Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT__FILING_DATE = 2;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT__CONTACT = 3;

	/**
	 * The feature id for the '<em><b>Draft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT__DRAFT = 4;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT__ATTACHMENTS = 5;

	/**
	 * The feature id for the '<em><b>Evidence Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT__EVIDENCE_PAGES = 6;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT__EDITION = 7;

	/**
	 * The number of structural features of the '<em>Cluster Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>G01</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G01__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>G02</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G02__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The operation id for the '<em>G03</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G03__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The operation id for the '<em>G04</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G04__DIAGNOSTICCHAIN_MAP = 3;

	/**
	 * The operation id for the '<em>G05</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G05__DIAGNOSTICCHAIN_MAP = 4;

	/**
	 * The operation id for the '<em>G11</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G11__DIAGNOSTICCHAIN_MAP = 5;

	/**
	 * The operation id for the '<em>G12</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G12__DIAGNOSTICCHAIN_MAP = 6;

	/**
	 * The operation id for the '<em>G13</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G13__DIAGNOSTICCHAIN_MAP = 7;

	/**
	 * The operation id for the '<em>G14</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G14__DIAGNOSTICCHAIN_MAP = 8;

	/**
	 * The operation id for the '<em>G15</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___G15__DIAGNOSTICCHAIN_MAP = 9;

	/**
	 * The operation id for the '<em>D01</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___D01__DIAGNOSTICCHAIN_MAP = 10;

	/**
	 * The operation id for the '<em>D02</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___D02__DIAGNOSTICCHAIN_MAP = 11;

	/**
	 * The operation id for the '<em>D03</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___D03__DIAGNOSTICCHAIN_MAP = 12;

	/**
	 * The operation id for the '<em>D04</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___D04__DIAGNOSTICCHAIN_MAP = 13;

	/**
	 * The operation id for the '<em>D05</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___D05__DIAGNOSTICCHAIN_MAP = 14;

	/**
	 * The operation id for the '<em>D06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___D06__DIAGNOSTICCHAIN_MAP = 15;

	/**
	 * The operation id for the '<em>D07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___D07__DIAGNOSTICCHAIN_MAP = 16;

	/**
	 * The operation id for the '<em>D08</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___D08__DIAGNOSTICCHAIN_MAP = 17;

	/**
	 * The operation id for the '<em>D09</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT___D09__DIAGNOSTICCHAIN_MAP = 18;

	/**
	 * The number of operations of the '<em>Cluster Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_DOCUMENT_OPERATION_COUNT = 19;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ApplicationImpl <em>Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ApplicationImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getApplication()
	 * @generated
	 */
	int APPLICATION = 27;

	/**
	 * The feature id for the '<em><b>Edition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__EDITION_ID = CLUSTER_DOCUMENT__EDITION_ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__NAME = CLUSTER_DOCUMENT__NAME;

	/**
	 * The feature id for the '<em><b>Filing Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__FILING_DATE = CLUSTER_DOCUMENT__FILING_DATE;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__CONTACT = CLUSTER_DOCUMENT__CONTACT;

	/**
	 * The feature id for the '<em><b>Draft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__DRAFT = CLUSTER_DOCUMENT__DRAFT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__ATTACHMENTS = CLUSTER_DOCUMENT__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Evidence Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__EVIDENCE_PAGES = CLUSTER_DOCUMENT__EVIDENCE_PAGES;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__EDITION = CLUSTER_DOCUMENT__EDITION;

	/**
	 * The feature id for the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__REGION = CLUSTER_DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Basic Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__BASIC_INFO = CLUSTER_DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Industry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__INDUSTRY = CLUSTER_DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Innovation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__INNOVATION = CLUSTER_DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Digital</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__DIGITAL = CLUSTER_DOCUMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Green</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__GREEN = CLUSTER_DOCUMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Openness</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__OPENNESS = CLUSTER_DOCUMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__GOVERNANCE = CLUSTER_DOCUMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__PLAN = CLUSTER_DOCUMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__REVIEW = CLUSTER_DOCUMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Declaration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__DECLARATION = CLUSTER_DOCUMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Recommendation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__RECOMMENDATION = CLUSTER_DOCUMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Commitment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__COMMITMENT = CLUSTER_DOCUMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Outline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__OUTLINE = CLUSTER_DOCUMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FEATURE_COUNT = CLUSTER_DOCUMENT_FEATURE_COUNT + 14;

	/**
	 * The operation id for the '<em>G01</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G01__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G01__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G02</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G02__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G02__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G03</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G03__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G03__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G04</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G04__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G04__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G05</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G05__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G05__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G11</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G11__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G11__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G12</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G12__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G12__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G13</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G13__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G13__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G14</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G14__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G14__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G15</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G15__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G15__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D01</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___D01__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D01__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D02</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___D02__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D02__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D03</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___D03__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D03__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D04</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___D04__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D04__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D05</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___D05__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D05__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___D06__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D06__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___D07__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D08</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___D08__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D08__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D09</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___D09__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D09__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Eligible</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___ELIGIBLE = CLUSTER_DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>G06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G06__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>G09</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G09__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>G10</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___G10__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>P09</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___P09__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 4;

	/**
	 * The number of operations of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_OPERATION_COUNT = CLUSTER_DOCUMENT_OPERATION_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.BasicInfoSectionImpl <em>Basic Info Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.BasicInfoSectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getBasicInfoSection()
	 * @generated
	 */
	int BASIC_INFO_SECTION = 28;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__EVIDENCE_LINKS = EVIDENCE_HOLDER__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Department</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__DEPARTMENT = EVIDENCE_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__OPERATOR = EVIDENCE_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Operator Changed</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__OPERATOR_CHANGED = EVIDENCE_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__AREA = EVIDENCE_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Industry Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__INDUSTRY_TYPE = EVIDENCE_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Prohibited Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__PROHIBITED_INDUSTRY = EVIDENCE_HOLDER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Accidents</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__ACCIDENTS = EVIDENCE_HOLDER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Violations</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__VIOLATIONS = EVIDENCE_HOLDER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Energy Efficiency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__ENERGY_EFFICIENCY = EVIDENCE_HOLDER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Water Efficiency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__WATER_EFFICIENCY = EVIDENCE_HOLDER_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Provincially Recognised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED = EVIDENCE_HOLDER_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Key Chain Member</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__KEY_CHAIN_MEMBER = EVIDENCE_HOLDER_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Key Chain Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE = EVIDENCE_HOLDER_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Basic Info Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION_FEATURE_COUNT = EVIDENCE_HOLDER_FEATURE_COUNT + 13;

	/**
	 * The operation id for the '<em>Evidence For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING = EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING;

	/**
	 * The operation id for the '<em>G07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION___G07__DIAGNOSTICCHAIN_MAP = EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Basic Info Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_INFO_SECTION_OPERATION_COUNT = EVIDENCE_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.IndustrySectionImpl <em>Industry Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.IndustrySectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getIndustrySection()
	 * @generated
	 */
	int INDUSTRY_SECTION = 29;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__EVIDENCE_LINKS = EVIDENCE_HOLDER__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Total Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__TOTAL_OUTPUT = EVIDENCE_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>County Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__COUNTY_SHARE = EVIDENCE_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sme Output Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__SME_OUTPUT_SHARE = EVIDENCE_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Leading Industry Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE = EVIDENCE_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Leading Industry Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH = EVIDENCE_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Leading Industry Average Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH = EVIDENCE_HOLDER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__ENTERPRISES = EVIDENCE_HOLDER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__SMES = EVIDENCE_HOLDER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Specialised Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__SPECIALISED_SMES = EVIDENCE_HOLDER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Little Giants</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__LITTLE_GIANTS = EVIDENCE_HOLDER_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Single Champions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__SINGLE_CHAMPIONS = EVIDENCE_HOLDER_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>High Tech Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES = EVIDENCE_HOLDER_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Innovative Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__INNOVATIVE_SMES = EVIDENCE_HOLDER_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Listed Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__LISTED_SMES = EVIDENCE_HOLDER_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Pre Listing Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__PRE_LISTING_SMES = EVIDENCE_HOLDER_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Qualified Sme Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__QUALIFIED_SME_LISTS = EVIDENCE_HOLDER_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Fdi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__FDI = EVIDENCE_HOLDER_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Fdi Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__FDI_GROWTH = EVIDENCE_HOLDER_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Exports</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__EXPORTS = EVIDENCE_HOLDER_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Export Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__EXPORT_GROWTH = EVIDENCE_HOLDER_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Fdi Cumulative Growth By Year</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR = EVIDENCE_HOLDER_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Export Cumulative Growth By Year</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR = EVIDENCE_HOLDER_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Chain Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__CHAIN_NARRATIVE = EVIDENCE_HOLDER_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Chain Works</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__CHAIN_WORKS = EVIDENCE_HOLDER_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Resource Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__RESOURCE_NARRATIVE = EVIDENCE_HOLDER_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Resource Works</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__RESOURCE_WORKS = EVIDENCE_HOLDER_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Honours</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__HONOURS = EVIDENCE_HOLDER_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Quality Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__QUALITY_NARRATIVE = EVIDENCE_HOLDER_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Quality Works</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION__QUALITY_WORKS = EVIDENCE_HOLDER_FEATURE_COUNT + 28;

	/**
	 * The number of structural features of the '<em>Industry Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION_FEATURE_COUNT = EVIDENCE_HOLDER_FEATURE_COUNT + 29;

	/**
	 * The operation id for the '<em>Evidence For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING = EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING;

	/**
	 * The operation id for the '<em>G07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION___G07__DIAGNOSTICCHAIN_MAP = EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Leading Industry Output</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION___LEADING_INDUSTRY_OUTPUT__INT = EVIDENCE_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Leading Industry Output Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION___LEADING_INDUSTRY_OUTPUT_GROWTH__INT = EVIDENCE_HOLDER_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Computed Leading Industry Average Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION___COMPUTED_LEADING_INDUSTRY_AVERAGE_GROWTH = EVIDENCE_HOLDER_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Computed Fdi Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION___COMPUTED_FDI_GROWTH__INT = EVIDENCE_HOLDER_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Computed Export Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION___COMPUTED_EXPORT_GROWTH__INT = EVIDENCE_HOLDER_OPERATION_COUNT + 4;

	/**
	 * The operation id for the '<em>Output Average Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION___OUTPUT_AVERAGE_GROWTH = EVIDENCE_HOLDER_OPERATION_COUNT + 5;

	/**
	 * The number of operations of the '<em>Industry Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_SECTION_OPERATION_COUNT = EVIDENCE_HOLDER_OPERATION_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.InnovationSectionImpl <em>Innovation Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.InnovationSectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getInnovationSection()
	 * @generated
	 */
	int INNOVATION_SECTION = 30;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__EVIDENCE_LINKS = EVIDENCE_HOLDER__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Rd Intensity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__RD_INTENSITY = EVIDENCE_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rd Expenditure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__RD_EXPENDITURE = EVIDENCE_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rd Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__RD_GROWTH = EVIDENCE_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sme Employees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__SME_EMPLOYEES = EVIDENCE_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rd Staff</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__RD_STAFF = EVIDENCE_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rd Staff Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__RD_STAFF_SHARE = EVIDENCE_HOLDER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ip Grants</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__IP_GRANTS = EVIDENCE_HOLDER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__STANDARDS = EVIDENCE_HOLDER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>National Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__NATIONAL_PLATFORMS = EVIDENCE_HOLDER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Provincial Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__PROVINCIAL_PLATFORMS = EVIDENCE_HOLDER_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Other Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__OTHER_PLATFORMS = EVIDENCE_HOLDER_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Pct Applications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__PCT_APPLICATIONS = EVIDENCE_HOLDER_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Patent Average Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__PATENT_AVERAGE_GROWTH = EVIDENCE_HOLDER_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Patents Per10k</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__PATENTS_PER10K = EVIDENCE_HOLDER_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Valid Invention Patents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__VALID_INVENTION_PATENTS = EVIDENCE_HOLDER_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Patent Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION__PATENT_EVIDENCE = EVIDENCE_HOLDER_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Innovation Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION_FEATURE_COUNT = EVIDENCE_HOLDER_FEATURE_COUNT + 16;

	/**
	 * The operation id for the '<em>Evidence For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING = EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING;

	/**
	 * The operation id for the '<em>G07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION___G07__DIAGNOSTICCHAIN_MAP = EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Computed Rd Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION___COMPUTED_RD_GROWTH__INT = EVIDENCE_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Computed Patents Per10k</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION___COMPUTED_PATENTS_PER10K = EVIDENCE_HOLDER_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Computed Rd Staff Share</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION___COMPUTED_RD_STAFF_SHARE__INT = EVIDENCE_HOLDER_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Rd Average Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION___RD_AVERAGE_GROWTH = EVIDENCE_HOLDER_OPERATION_COUNT + 3;

	/**
	 * The number of operations of the '<em>Innovation Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SECTION_OPERATION_COUNT = EVIDENCE_HOLDER_OPERATION_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.DigitalSectionImpl <em>Digital Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.DigitalSectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getDigitalSection()
	 * @generated
	 */
	int DIGITAL_SECTION = 31;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__EVIDENCE_LINKS = EVIDENCE_HOLDER__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Cloud Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__CLOUD_SMES = EVIDENCE_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cloud Ratio</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__CLOUD_RATIO = EVIDENCE_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Iiot Smes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__IIOT_SMES = EVIDENCE_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Iiot Penetration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__IIOT_PENETRATION = EVIDENCE_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Digital Rd Tool Rate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE = EVIDENCE_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Identifier Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__IDENTIFIER_RATIO = EVIDENCE_HOLDER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Software Purchases</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__SOFTWARE_PURCHASES = EVIDENCE_HOLDER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Software Rate Rising</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__SOFTWARE_RATE_RISING = EVIDENCE_HOLDER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Service Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__SERVICE_NARRATIVE = EVIDENCE_HOLDER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Service Works</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__SERVICE_WORKS = EVIDENCE_HOLDER_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>New Model Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__NEW_MODEL_NARRATIVE = EVIDENCE_HOLDER_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>New Model Works</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__NEW_MODEL_WORKS = EVIDENCE_HOLDER_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>National Pilots</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__NATIONAL_PILOTS = EVIDENCE_HOLDER_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Provincial Pilots</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__PROVINCIAL_PILOTS = EVIDENCE_HOLDER_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Other Pilots</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__OTHER_PILOTS = EVIDENCE_HOLDER_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Provincial Or Above Pilots</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS = EVIDENCE_HOLDER_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Digital Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION_FEATURE_COUNT = EVIDENCE_HOLDER_FEATURE_COUNT + 16;

	/**
	 * The operation id for the '<em>Evidence For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING = EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING;

	/**
	 * The operation id for the '<em>G07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION___G07__DIAGNOSTICCHAIN_MAP = EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Computed Cloud Ratio</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION___COMPUTED_CLOUD_RATIO__INT = EVIDENCE_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Computed Iiot Penetration</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION___COMPUTED_IIOT_PENETRATION__INT = EVIDENCE_HOLDER_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Digital Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_SECTION_OPERATION_COUNT = EVIDENCE_HOLDER_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.GreenSectionImpl <em>Green Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.GreenSectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGreenSection()
	 * @generated
	 */
	int GREEN_SECTION = 32;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__EVIDENCE_LINKS = EVIDENCE_HOLDER__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Carbon Monitoring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__CARBON_MONITORING = EVIDENCE_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Carbon Monitoring Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__CARBON_MONITORING_EVIDENCE = EVIDENCE_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Co2 Per Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__CO2_PER_OUTPUT = EVIDENCE_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Co2 Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__CO2_FORMULA = EVIDENCE_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Energy Per Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__ENERGY_PER_OUTPUT = EVIDENCE_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Energy Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__ENERGY_FORMULA = EVIDENCE_HOLDER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Co2 Reduction Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__CO2_REDUCTION_RATE = EVIDENCE_HOLDER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Energy Reduction Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__ENERGY_REDUCTION_RATE = EVIDENCE_HOLDER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Solid Waste Utilisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__SOLID_WASTE_UTILISATION = EVIDENCE_HOLDER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Solid Waste Above Average</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE = EVIDENCE_HOLDER_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Water Reuse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__WATER_REUSE = EVIDENCE_HOLDER_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Water Reuse Above Average</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE = EVIDENCE_HOLDER_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Green Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__GREEN_NARRATIVE = EVIDENCE_HOLDER_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Green Works</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__GREEN_WORKS = EVIDENCE_HOLDER_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>National Green System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__NATIONAL_GREEN_SYSTEM = EVIDENCE_HOLDER_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Provincial Green System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM = EVIDENCE_HOLDER_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Other Green System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__OTHER_GREEN_SYSTEM = EVIDENCE_HOLDER_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Green Factories</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__GREEN_FACTORIES = EVIDENCE_HOLDER_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Green Parks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__GREEN_PARKS = EVIDENCE_HOLDER_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Green Supply Chains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__GREEN_SUPPLY_CHAINS = EVIDENCE_HOLDER_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Green Design Products</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__GREEN_DESIGN_PRODUCTS = EVIDENCE_HOLDER_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Green Count Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION__GREEN_COUNT_EVIDENCE = EVIDENCE_HOLDER_FEATURE_COUNT + 21;

	/**
	 * The number of structural features of the '<em>Green Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION_FEATURE_COUNT = EVIDENCE_HOLDER_FEATURE_COUNT + 22;

	/**
	 * The operation id for the '<em>Evidence For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING = EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING;

	/**
	 * The operation id for the '<em>G07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION___G07__DIAGNOSTICCHAIN_MAP = EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Computed Energy Reduction</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION___COMPUTED_ENERGY_REDUCTION = EVIDENCE_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Computed Co2 Reduction</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION___COMPUTED_CO2_REDUCTION = EVIDENCE_HOLDER_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Green Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_SECTION_OPERATION_COUNT = EVIDENCE_HOLDER_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.OpennessSectionImpl <em>Openness Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.OpennessSectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getOpennessSection()
	 * @generated
	 */
	int OPENNESS_SECTION = 33;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENNESS_SECTION__EVIDENCE_LINKS = EVIDENCE_HOLDER__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>International Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENNESS_SECTION__INTERNATIONAL_NARRATIVE = EVIDENCE_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>International Works</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENNESS_SECTION__INTERNATIONAL_WORKS = EVIDENCE_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Overseas Branches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENNESS_SECTION__OVERSEAS_BRANCHES = EVIDENCE_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Overseas Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENNESS_SECTION__OVERSEAS_EVIDENCE = EVIDENCE_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Openness Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENNESS_SECTION_FEATURE_COUNT = EVIDENCE_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Evidence For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENNESS_SECTION___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING = EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING;

	/**
	 * The operation id for the '<em>G07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENNESS_SECTION___G07__DIAGNOSTICCHAIN_MAP = EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Openness Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENNESS_SECTION_OPERATION_COUNT = EVIDENCE_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.GovernanceSectionImpl <em>Governance Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.GovernanceSectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGovernanceSection()
	 * @generated
	 */
	int GOVERNANCE_SECTION = 34;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION__EVIDENCE_LINKS = EVIDENCE_HOLDER__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Alliances</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION__ALLIANCES = EVIDENCE_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Environment Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE = EVIDENCE_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Governance Works</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION__GOVERNANCE_WORKS = EVIDENCE_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>National Service Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS = EVIDENCE_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Provincial Service Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS = EVIDENCE_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Other Service Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS = EVIDENCE_HOLDER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Platform Works</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION__PLATFORM_WORKS = EVIDENCE_HOLDER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Public Services</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION__PUBLIC_SERVICES = EVIDENCE_HOLDER_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Governance Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION_FEATURE_COUNT = EVIDENCE_HOLDER_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Evidence For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING = EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING;

	/**
	 * The operation id for the '<em>G07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION___G07__DIAGNOSTICCHAIN_MAP = EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Governance Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SECTION_OPERATION_COUNT = EVIDENCE_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.PlanIndicatorImpl <em>Plan Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.PlanIndicatorImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanIndicator()
	 * @generated
	 */
	int PLAN_INDICATOR = 35;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__DIRECTION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__NAME = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__UNIT = 3;

	/**
	 * The feature id for the '<em><b>Reduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__REDUCTION = 4;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__BASELINE = 5;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__TARGET = 6;

	/**
	 * The feature id for the '<em><b>Stage Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__STAGE_TARGETS = 7;

	/**
	 * The feature id for the '<em><b>Industry Average</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__INDUSTRY_AVERAGE = 8;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR__DESCRIPTION = 9;

	/**
	 * The number of structural features of the '<em>Plan Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR_FEATURE_COUNT = 10;

	/**
	 * The operation id for the '<em>Average Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR___AVERAGE_GROWTH = 0;

	/**
	 * The operation id for the '<em>Change Rate</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR___CHANGE_RATE = 1;

	/**
	 * The number of operations of the '<em>Plan Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_INDICATOR_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.CompletionIndicatorImpl <em>Completion Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.CompletionIndicatorImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getCompletionIndicator()
	 * @generated
	 */
	int COMPLETION_INDICATOR = 36;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__DIRECTION = PLAN_INDICATOR__DIRECTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__KIND = PLAN_INDICATOR__KIND;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__NAME = PLAN_INDICATOR__NAME;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__UNIT = PLAN_INDICATOR__UNIT;

	/**
	 * The feature id for the '<em><b>Reduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__REDUCTION = PLAN_INDICATOR__REDUCTION;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__BASELINE = PLAN_INDICATOR__BASELINE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__TARGET = PLAN_INDICATOR__TARGET;

	/**
	 * The feature id for the '<em><b>Stage Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__STAGE_TARGETS = PLAN_INDICATOR__STAGE_TARGETS;

	/**
	 * The feature id for the '<em><b>Industry Average</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__INDUSTRY_AVERAGE = PLAN_INDICATOR__INDUSTRY_AVERAGE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__DESCRIPTION = PLAN_INDICATOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__ACHIEVED = PLAN_INDICATOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Baseline Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__BASELINE_DESCRIPTION = PLAN_INDICATOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Achieved Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION = PLAN_INDICATOR_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Completion Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR_FEATURE_COUNT = PLAN_INDICATOR_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Average Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR___AVERAGE_GROWTH = PLAN_INDICATOR___AVERAGE_GROWTH;

	/**
	 * The operation id for the '<em>Change Rate</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR___CHANGE_RATE = PLAN_INDICATOR___CHANGE_RATE;

	/**
	 * The operation id for the '<em>Met</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR___MET = PLAN_INDICATOR_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Attainment</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR___ATTAINMENT = PLAN_INDICATOR_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Completion Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_INDICATOR_OPERATION_COUNT = PLAN_INDICATOR_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.PlanSectionImpl <em>Plan Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.PlanSectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanSection()
	 * @generated
	 */
	int PLAN_SECTION = 37;

	/**
	 * The feature id for the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__INTRODUCTION = 0;

	/**
	 * The feature id for the '<em><b>Achievements</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__ACHIEVEMENTS = 1;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__PROBLEMS = 2;

	/**
	 * The feature id for the '<em><b>Approach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__APPROACH = 3;

	/**
	 * The feature id for the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__BASELINE_YEAR = 4;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__TARGET_YEAR = 5;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__TARGETS = 6;

	/**
	 * The feature id for the '<em><b>Stage Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__STAGE_GOALS = 7;

	/**
	 * The feature id for the '<em><b>Key Tasks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__KEY_TASKS = 8;

	/**
	 * The feature id for the '<em><b>Safeguards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__SAFEGUARDS = 9;

	/**
	 * The number of structural features of the '<em>Plan Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION_FEATURE_COUNT = 10;

	/**
	 * The operation id for the '<em>Narrative Length</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___NARRATIVE_LENGTH = 0;

	/**
	 * The operation id for the '<em>Target Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___TARGET_OF__PLANINDICATORKIND = 1;

	/**
	 * The operation id for the '<em>P01</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___P01__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The operation id for the '<em>P02</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___P02__DIAGNOSTICCHAIN_MAP = 3;

	/**
	 * The operation id for the '<em>P03</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___P03__DIAGNOSTICCHAIN_MAP = 4;

	/**
	 * The operation id for the '<em>P04</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___P04__DIAGNOSTICCHAIN_MAP = 5;

	/**
	 * The operation id for the '<em>P05</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___P05__DIAGNOSTICCHAIN_MAP = 6;

	/**
	 * The operation id for the '<em>P06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___P06__DIAGNOSTICCHAIN_MAP = 7;

	/**
	 * The operation id for the '<em>P07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___P07__DIAGNOSTICCHAIN_MAP = 8;

	/**
	 * The operation id for the '<em>P08</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION___P08__DIAGNOSTICCHAIN_MAP = 9;

	/**
	 * The number of operations of the '<em>Plan Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION_OPERATION_COUNT = 10;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ReviewSectionImpl <em>Review Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ReviewSectionImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getReviewSection()
	 * @generated
	 */
	int REVIEW_SECTION = 38;

	/**
	 * The feature id for the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION__INTRODUCTION = 0;

	/**
	 * The feature id for the '<em><b>Cultivation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION__CULTIVATION = 1;

	/**
	 * The feature id for the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION__BASELINE_YEAR = 2;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION__TARGET_YEAR = 3;

	/**
	 * The feature id for the '<em><b>Completion</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION__COMPLETION = 4;

	/**
	 * The feature id for the '<em><b>New Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION__NEW_PLAN = 5;

	/**
	 * The number of structural features of the '<em>Review Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Unmet Count</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION___UNMET_COUNT = 0;

	/**
	 * The operation id for the '<em>Met Count</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION___MET_COUNT = 1;

	/**
	 * The operation id for the '<em>P10</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION___P10__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The number of operations of the '<em>Review Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SECTION_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.CommitmentLetterImpl <em>Commitment Letter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.CommitmentLetterImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getCommitmentLetter()
	 * @generated
	 */
	int COMMITMENT_LETTER = 39;

	/**
	 * The feature id for the '<em><b>Addressee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_LETTER__ADDRESSEE = 0;

	/**
	 * The feature id for the '<em><b>Issuing Bureau</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_LETTER__ISSUING_BUREAU = 1;

	/**
	 * The feature id for the '<em><b>Commitments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_LETTER__COMMITMENTS = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_LETTER__DATE = 3;

	/**
	 * The feature id for the '<em><b>Sealed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_LETTER__SEALED = 4;

	/**
	 * The number of structural features of the '<em>Commitment Letter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_LETTER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Commitment Letter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_LETTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.WritingOutlineImpl <em>Writing Outline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.WritingOutlineImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getWritingOutline()
	 * @generated
	 */
	int WRITING_OUTLINE = 40;

	/**
	 * The feature id for the '<em><b>Basic Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__BASIC_INFORMATION = 0;

	/**
	 * The feature id for the '<em><b>Development Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__DEVELOPMENT_LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Above Scale Enterprises</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES = 2;

	/**
	 * The feature id for the '<em><b>Chain Strengthening</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__CHAIN_STRENGTHENING = 3;

	/**
	 * The feature id for the '<em><b>Resource Collaboration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__RESOURCE_COLLABORATION = 4;

	/**
	 * The feature id for the '<em><b>Quality Brand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__QUALITY_BRAND = 5;

	/**
	 * The feature id for the '<em><b>Collaborative Innovation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__COLLABORATIVE_INNOVATION = 6;

	/**
	 * The feature id for the '<em><b>Intelligent Transformation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION = 7;

	/**
	 * The feature id for the '<em><b>Digital Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__DIGITAL_SERVICES = 8;

	/**
	 * The feature id for the '<em><b>Green Low Carbon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__GREEN_LOW_CARBON = 9;

	/**
	 * The feature id for the '<em><b>International Cooperation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__INTERNATIONAL_COOPERATION = 10;

	/**
	 * The feature id for the '<em><b>Development Environment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT = 11;

	/**
	 * The feature id for the '<em><b>Above Scale Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE = 12;

	/**
	 * The number of structural features of the '<em>Writing Outline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Writing Outline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRITING_OUTLINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.UnitContactImpl <em>Unit Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.UnitContactImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getUnitContact()
	 * @generated
	 */
	int UNIT_CONTACT = 41;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CONTACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CONTACT__HEAD = 1;

	/**
	 * The feature id for the '<em><b>Head Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CONTACT__HEAD_PHONE = 2;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CONTACT__CONTACT = 3;

	/**
	 * The feature id for the '<em><b>Contact Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CONTACT__CONTACT_PHONE = 4;

	/**
	 * The number of structural features of the '<em>Unit Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CONTACT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Unit Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.RankedEnterpriseImpl <em>Ranked Enterprise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.RankedEnterpriseImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRankedEnterprise()
	 * @generated
	 */
	int RANKED_ENTERPRISE = 42;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE__VALUES = COMPARED_DECIMAL__VALUES;

	/**
	 * The feature id for the '<em><b>Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE__GROWTH = COMPARED_DECIMAL__GROWTH;

	/**
	 * The feature id for the '<em><b>Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE__EVIDENCE_PAGE = COMPARED_DECIMAL__EVIDENCE_PAGE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE__NAME = COMPARED_DECIMAL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Products</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE__PRODUCTS = COMPARED_DECIMAL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Ranked Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE_FEATURE_COUNT = COMPARED_DECIMAL_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Value Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE___VALUE_OF__INT = COMPARED_DECIMAL___VALUE_OF__INT;

	/**
	 * The operation id for the '<em>Put</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE___PUT__INT_BIGDECIMAL = COMPARED_DECIMAL___PUT__INT_BIGDECIMAL;

	/**
	 * The operation id for the '<em>Years</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE___YEARS = COMPARED_DECIMAL___YEARS;

	/**
	 * The operation id for the '<em>Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE___GROWTH__INT = COMPARED_DECIMAL___GROWTH__INT;

	/**
	 * The operation id for the '<em>Average Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE___AVERAGE_GROWTH = COMPARED_DECIMAL___AVERAGE_GROWTH;

	/**
	 * The operation id for the '<em>Computed Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE___COMPUTED_GROWTH = COMPARED_DECIMAL___COMPUTED_GROWTH;

	/**
	 * The number of operations of the '<em>Ranked Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKED_ENTERPRISE_OPERATION_COUNT = COMPARED_DECIMAL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.RankingTableImpl <em>Ranking Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.RankingTableImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRankingTable()
	 * @generated
	 */
	int RANKING_TABLE = 43;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_TABLE__ROWS = 0;

	/**
	 * The feature id for the '<em><b>Total</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_TABLE__TOTAL = 1;

	/**
	 * The feature id for the '<em><b>Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_TABLE__EVIDENCE_PAGE = 2;

	/**
	 * The number of structural features of the '<em>Ranking Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_TABLE_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Computed Total</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_TABLE___COMPUTED_TOTAL__INT = 0;

	/**
	 * The number of operations of the '<em>Ranking Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_TABLE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.KeyProjectImpl <em>Key Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.KeyProjectImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getKeyProject()
	 * @generated
	 */
	int KEY_PROJECT = 44;

	/**
	 * The feature id for the '<em><b>Builder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PROJECT__BUILDER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PROJECT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Investment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PROJECT__INVESTMENT = 2;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PROJECT__PERIOD_START = 3;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PROJECT__PERIOD_END = 4;

	/**
	 * The number of structural features of the '<em>Key Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PROJECT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Key Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ApprovedListingImpl <em>Approved Listing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ApprovedListingImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getApprovedListing()
	 * @generated
	 */
	int APPROVED_LISTING = 45;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVED_LISTING__KIND = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVED_LISTING__NAME = 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVED_LISTING__LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVED_LISTING__APPROVED_ON = 3;

	/**
	 * The feature id for the '<em><b>Approver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVED_LISTING__APPROVER = 4;

	/**
	 * The number of structural features of the '<em>Approved Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVED_LISTING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Approved Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVED_LISTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.SmartFactoryCountImpl <em>Smart Factory Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.SmartFactoryCountImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getSmartFactoryCount()
	 * @generated
	 */
	int SMART_FACTORY_COUNT = 46;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_FACTORY_COUNT__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_FACTORY_COUNT__LEADING = 1;

	/**
	 * The feature id for the '<em><b>Excellent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_FACTORY_COUNT__EXCELLENT = 2;

	/**
	 * The feature id for the '<em><b>Advanced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_FACTORY_COUNT__ADVANCED = 3;

	/**
	 * The feature id for the '<em><b>Basic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_FACTORY_COUNT__BASIC = 4;

	/**
	 * The number of structural features of the '<em>Smart Factory Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_FACTORY_COUNT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Smart Factory Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_FACTORY_COUNT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl <em>Economic Indicators</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.EconomicIndicatorsImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEconomicIndicators()
	 * @generated
	 */
	int ECONOMIC_INDICATORS = 47;

	/**
	 * The feature id for the '<em><b>Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS__OUTPUT = 0;

	/**
	 * The feature id for the '<em><b>Revenue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS__REVENUE = 1;

	/**
	 * The feature id for the '<em><b>Sme Output Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS__SME_OUTPUT_SHARE = 2;

	/**
	 * The feature id for the '<em><b>Profit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS__PROFIT = 3;

	/**
	 * The feature id for the '<em><b>Tax</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS__TAX = 4;

	/**
	 * The feature id for the '<em><b>Trade</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS__TRADE = 5;

	/**
	 * The feature id for the '<em><b>Foreign Capital</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS__FOREIGN_CAPITAL = 6;

	/**
	 * The feature id for the '<em><b>Project Investment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS__PROJECT_INVESTMENT = 7;

	/**
	 * The feature id for the '<em><b>Employees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS__EMPLOYEES = 8;

	/**
	 * The number of structural features of the '<em>Economic Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Economic Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECONOMIC_INDICATORS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl <em>Enterprise Indicators</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.EnterpriseIndicatorsImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEnterpriseIndicators()
	 * @generated
	 */
	int ENTERPRISE_INDICATORS = 48;

	/**
	 * The feature id for the '<em><b>Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__ENTERPRISES = 0;

	/**
	 * The feature id for the '<em><b>Above Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__ABOVE_SCALE = 1;

	/**
	 * The feature id for the '<em><b>High Tech</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__HIGH_TECH = 2;

	/**
	 * The feature id for the '<em><b>Listed</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__LISTED = 3;

	/**
	 * The feature id for the '<em><b>National Champions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS = 4;

	/**
	 * The feature id for the '<em><b>Provincial Champions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS = 5;

	/**
	 * The feature id for the '<em><b>Little Giants</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__LITTLE_GIANTS = 6;

	/**
	 * The feature id for the '<em><b>Provincial Specialised</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED = 7;

	/**
	 * The feature id for the '<em><b>Integration Certified</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED = 8;

	/**
	 * The feature id for the '<em><b>Smart Factories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__SMART_FACTORIES = 9;

	/**
	 * The feature id for the '<em><b>Smart Factories Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE = 10;

	/**
	 * The feature id for the '<em><b>Top Revenue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS__TOP_REVENUE = 11;

	/**
	 * The number of structural features of the '<em>Enterprise Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Enterprise Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INDICATORS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl <em>Innovation Indicators</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.InnovationIndicatorsImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getInnovationIndicators()
	 * @generated
	 */
	int INNOVATION_INDICATORS = 49;

	/**
	 * The feature id for the '<em><b>Rd Expenditure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__RD_EXPENDITURE = 0;

	/**
	 * The feature id for the '<em><b>Rd Revenue Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__RD_REVENUE_SHARE = 1;

	/**
	 * The feature id for the '<em><b>Rd Growth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__RD_GROWTH = 2;

	/**
	 * The feature id for the '<em><b>Rd Staff Share</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__RD_STAFF_SHARE = 3;

	/**
	 * The feature id for the '<em><b>New Patents</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__NEW_PATENTS = 4;

	/**
	 * The feature id for the '<em><b>New Standards</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__NEW_STANDARDS = 5;

	/**
	 * The feature id for the '<em><b>National Awards</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__NATIONAL_AWARDS = 6;

	/**
	 * The feature id for the '<em><b>Provincial Awards</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__PROVINCIAL_AWARDS = 7;

	/**
	 * The feature id for the '<em><b>National Carriers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__NATIONAL_CARRIERS = 8;

	/**
	 * The feature id for the '<em><b>Provincial Carriers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__PROVINCIAL_CARRIERS = 9;

	/**
	 * The feature id for the '<em><b>National Design Centres</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES = 10;

	/**
	 * The feature id for the '<em><b>Provincial Design Centres</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES = 11;

	/**
	 * The feature id for the '<em><b>Carriers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__CARRIERS = 12;

	/**
	 * The feature id for the '<em><b>Top Rd</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS__TOP_RD = 13;

	/**
	 * The number of structural features of the '<em>Innovation Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS_FEATURE_COUNT = 14;

	/**
	 * The operation id for the '<em>Computed Rd Revenue Share</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS___COMPUTED_RD_REVENUE_SHARE__INT = 0;

	/**
	 * The number of operations of the '<em>Innovation Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_INDICATORS_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.GreenIndicatorsImpl <em>Green Indicators</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.GreenIndicatorsImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGreenIndicators()
	 * @generated
	 */
	int GREEN_INDICATORS = 50;

	/**
	 * The feature id for the '<em><b>National Green Factories</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES = 0;

	/**
	 * The feature id for the '<em><b>Provincial Green Factories</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES = 1;

	/**
	 * The feature id for the '<em><b>National Green Supply Chains</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS = 2;

	/**
	 * The feature id for the '<em><b>Provincial Green Supply Chains</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS = 3;

	/**
	 * The feature id for the '<em><b>Co2 Per Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS__CO2_PER_OUTPUT = 4;

	/**
	 * The feature id for the '<em><b>Solid Waste Utilisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS__SOLID_WASTE_UTILISATION = 5;

	/**
	 * The feature id for the '<em><b>Water Reuse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS__WATER_REUSE = 6;

	/**
	 * The feature id for the '<em><b>Listings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS__LISTINGS = 7;

	/**
	 * The number of structural features of the '<em>Green Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Green Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GREEN_INDICATORS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.PublicServiceIndicatorsImpl <em>Public Service Indicators</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.PublicServiceIndicatorsImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPublicServiceIndicators()
	 * @generated
	 */
	int PUBLIC_SERVICE_INDICATORS = 51;

	/**
	 * The feature id for the '<em><b>National Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS = 0;

	/**
	 * The feature id for the '<em><b>Provincial Platforms</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS = 1;

	/**
	 * The feature id for the '<em><b>Platforms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLIC_SERVICE_INDICATORS__PLATFORMS = 2;

	/**
	 * The number of structural features of the '<em>Public Service Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLIC_SERVICE_INDICATORS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Public Service Indicators</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLIC_SERVICE_INDICATORS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ParkIndicatorImpl <em>Park Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ParkIndicatorImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getParkIndicator()
	 * @generated
	 */
	int PARK_INDICATOR = 52;

	/**
	 * The feature id for the '<em><b>Park Total</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK_INDICATOR__PARK_TOTAL = 0;

	/**
	 * The feature id for the '<em><b>Cluster Part</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK_INDICATOR__CLUSTER_PART = 1;

	/**
	 * The feature id for the '<em><b>Growth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK_INDICATOR__GROWTH = 2;

	/**
	 * The number of structural features of the '<em>Park Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK_INDICATOR_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Computed Growth</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK_INDICATOR___COMPUTED_GROWTH = 0;

	/**
	 * The number of operations of the '<em>Park Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK_INDICATOR_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ParkImpl <em>Park</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ParkImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPark()
	 * @generated
	 */
	int PARK = 53;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Leading Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__LEADING_INDUSTRY = 1;

	/**
	 * The feature id for the '<em><b>Gdp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__GDP = 2;

	/**
	 * The feature id for the '<em><b>Above Scale Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__ABOVE_SCALE_ENTERPRISES = 3;

	/**
	 * The feature id for the '<em><b>Above Scale Revenue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__ABOVE_SCALE_REVENUE = 4;

	/**
	 * The feature id for the '<em><b>Tax</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__TAX = 5;

	/**
	 * The feature id for the '<em><b>Trade</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__TRADE = 6;

	/**
	 * The feature id for the '<em><b>Fixed Investment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__FIXED_INVESTMENT = 7;

	/**
	 * The feature id for the '<em><b>Investment Attracted</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__INVESTMENT_ATTRACTED = 8;

	/**
	 * The feature id for the '<em><b>Foreign Capital Used</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__FOREIGN_CAPITAL_USED = 9;

	/**
	 * The feature id for the '<em><b>Developed Area</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__DEVELOPED_AREA = 10;

	/**
	 * The feature id for the '<em><b>Investment Intensity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__INVESTMENT_INTENSITY = 11;

	/**
	 * The feature id for the '<em><b>Tax Per Mu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__TAX_PER_MU = 12;

	/**
	 * The feature id for the '<em><b>Green Park Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__GREEN_PARK_LEVEL = 13;

	/**
	 * The feature id for the '<em><b>Evidence Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__EVIDENCE_PAGE = 14;

	/**
	 * The feature id for the '<em><b>Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK__REPORT = 15;

	/**
	 * The number of structural features of the '<em>Park</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK_FEATURE_COUNT = 16;

	/**
	 * The operation id for the '<em>Computed Investment Intensity</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK___COMPUTED_INVESTMENT_INTENSITY__INT = 0;

	/**
	 * The operation id for the '<em>Computed Tax Per Mu</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK___COMPUTED_TAX_PER_MU__INT = 1;

	/**
	 * The number of operations of the '<em>Park</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARK_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.PromotionOrganisationImpl <em>Promotion Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.PromotionOrganisationImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPromotionOrganisation()
	 * @generated
	 */
	int PROMOTION_ORGANISATION = 54;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION_ORGANISATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Basic Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION_ORGANISATION__BASIC_INFORMATION = 1;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION_ORGANISATION__OPERATIONS = 2;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION_ORGANISATION__EVIDENCE = 3;

	/**
	 * The number of structural features of the '<em>Promotion Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION_ORGANISATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Promotion Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION_ORGANISATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ImplementationTargetImpl <em>Implementation Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ImplementationTargetImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getImplementationTarget()
	 * @generated
	 */
	int IMPLEMENTATION_TARGET = 55;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_TARGET__ACTUAL = 0;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_TARGET__TARGETS = 1;

	/**
	 * The number of structural features of the '<em>Implementation Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_TARGET_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Target For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_TARGET___TARGET_FOR__INT = 0;

	/**
	 * The number of operations of the '<em>Implementation Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_TARGET_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ImplementationPlanImpl <em>Implementation Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ImplementationPlanImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getImplementationPlan()
	 * @generated
	 */
	int IMPLEMENTATION_PLAN = 56;

	/**
	 * The feature id for the '<em><b>Lead Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__LEAD_UNIT = 0;

	/**
	 * The feature id for the '<em><b>Revenue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__REVENUE = 1;

	/**
	 * The feature id for the '<em><b>Above Scale Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES = 2;

	/**
	 * The feature id for the '<em><b>Profit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__PROFIT = 3;

	/**
	 * The feature id for the '<em><b>Tax</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__TAX = 4;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__BACKGROUND = 5;

	/**
	 * The feature id for the '<em><b>Foundations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__FOUNDATIONS = 6;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__GOALS = 7;

	/**
	 * The feature id for the '<em><b>Pathways</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__PATHWAYS = 8;

	/**
	 * The feature id for the '<em><b>Safeguards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__SAFEGUARDS = 9;

	/**
	 * The feature id for the '<em><b>Document</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__DOCUMENT = 10;

	/**
	 * The number of structural features of the '<em>Implementation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN_FEATURE_COUNT = 11;

	/**
	 * The operation id for the '<em>P11</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN___P11__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Implementation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.LibraryRowImpl <em>Library Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.LibraryRowImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getLibraryRow()
	 * @generated
	 */
	int LIBRARY_ROW = 57;

	/**
	 * The feature id for the '<em><b>Source Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIBRARY_ROW__SOURCE_ROW = 0;

	/**
	 * The number of structural features of the '<em>Library Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIBRARY_ROW_FEATURE_COUNT = 1;

	/**
	 * The operation id for the '<em>C06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIBRARY_ROW___C06__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>C07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIBRARY_ROW___C07__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Library Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIBRARY_ROW_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl <em>Existing Enterprise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ExistingEnterpriseImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getExistingEnterprise()
	 * @generated
	 */
	int EXISTING_ENTERPRISE = 58;

	/**
	 * The feature id for the '<em><b>Source Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__SOURCE_ROW = LIBRARY_ROW__SOURCE_ROW;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__NAME = LIBRARY_ROW_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__CITY = LIBRARY_ROW_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>County</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__COUNTY = LIBRARY_ROW_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Park</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__PARK = LIBRARY_ROW_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Overview</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__OVERVIEW = LIBRARY_ROW_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Products</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__PRODUCTS = LIBRARY_ROW_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Above Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__ABOVE_SCALE = LIBRARY_ROW_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__REVENUE = LIBRARY_ROW_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Listed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__LISTED = LIBRARY_ROW_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>High Tech</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__HIGH_TECH = LIBRARY_ROW_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Honours</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__HONOURS = LIBRARY_ROW_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE__CONTACT = LIBRARY_ROW_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Existing Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE_FEATURE_COUNT = LIBRARY_ROW_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>C06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE___C06__DIAGNOSTICCHAIN_MAP = LIBRARY_ROW___C06__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>C07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE___C07__DIAGNOSTICCHAIN_MAP = LIBRARY_ROW___C07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Carries</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE___CARRIES__ENTERPRISEMARK = LIBRARY_ROW_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Existing Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_ENTERPRISE_OPERATION_COUNT = LIBRARY_ROW_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl <em>Prospective Enterprise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ProspectiveEnterpriseImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getProspectiveEnterprise()
	 * @generated
	 */
	int PROSPECTIVE_ENTERPRISE = 59;

	/**
	 * The feature id for the '<em><b>Source Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__SOURCE_ROW = LIBRARY_ROW__SOURCE_ROW;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__NAME = LIBRARY_ROW_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__COUNTRY = LIBRARY_ROW_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Province</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__PROVINCE = LIBRARY_ROW_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__CITY = LIBRARY_ROW_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Overview</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__OVERVIEW = LIBRARY_ROW_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Products</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__PRODUCTS = LIBRARY_ROW_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Above Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__ABOVE_SCALE = LIBRARY_ROW_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Domestic Brand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND = LIBRARY_ROW_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>International Brand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND = LIBRARY_ROW_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Prospective Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE_FEATURE_COUNT = LIBRARY_ROW_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>C06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE___C06__DIAGNOSTICCHAIN_MAP = LIBRARY_ROW___C06__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>C07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE___C07__DIAGNOSTICCHAIN_MAP = LIBRARY_ROW___C07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Prospective Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPECTIVE_ENTERPRISE_OPERATION_COUNT = LIBRARY_ROW_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ProjectImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 60;

	/**
	 * The feature id for the '<em><b>Source Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SOURCE_ROW = LIBRARY_ROW__SOURCE_ROW;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = LIBRARY_ROW_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Builder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUILDER = LIBRARY_ROW_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Investment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__INVESTMENT = LIBRARY_ROW_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PERIOD_START = LIBRARY_ROW_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PERIOD_END = LIBRARY_ROW_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Period Years Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PERIOD_YEARS_ONLY = LIBRARY_ROW_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CONTENT = LIBRARY_ROW_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CONTACT = LIBRARY_ROW_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = LIBRARY_ROW_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>C06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT___C06__DIAGNOSTICCHAIN_MAP = LIBRARY_ROW___C06__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>C07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT___C07__DIAGNOSTICCHAIN_MAP = LIBRARY_ROW___C07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>C08</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT___C08__DIAGNOSTICCHAIN_MAP = LIBRARY_ROW_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = LIBRARY_ROW_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ConstructionProjectImpl <em>Construction Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ConstructionProjectImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getConstructionProject()
	 * @generated
	 */
	int CONSTRUCTION_PROJECT = 61;

	/**
	 * The feature id for the '<em><b>Source Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__SOURCE_ROW = PROJECT__SOURCE_ROW;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__NAME = PROJECT__NAME;

	/**
	 * The feature id for the '<em><b>Builder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__BUILDER = PROJECT__BUILDER;

	/**
	 * The feature id for the '<em><b>Investment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__INVESTMENT = PROJECT__INVESTMENT;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__PERIOD_START = PROJECT__PERIOD_START;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__PERIOD_END = PROJECT__PERIOD_END;

	/**
	 * The feature id for the '<em><b>Period Years Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__PERIOD_YEARS_ONLY = PROJECT__PERIOD_YEARS_ONLY;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__CONTENT = PROJECT__CONTENT;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__CONTACT = PROJECT__CONTACT;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__CITY = PROJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>County</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__COUNTY = PROJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Park</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__PARK = PROJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__START_DATE = PROJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT__PROGRESS = PROJECT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Construction Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT_FEATURE_COUNT = PROJECT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>C06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT___C06__DIAGNOSTICCHAIN_MAP = PROJECT___C06__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>C07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT___C07__DIAGNOSTICCHAIN_MAP = PROJECT___C07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>C08</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT___C08__DIAGNOSTICCHAIN_MAP = PROJECT___C08__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Construction Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCTION_PROJECT_OPERATION_COUNT = PROJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.PlannedProjectImpl <em>Planned Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.PlannedProjectImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlannedProject()
	 * @generated
	 */
	int PLANNED_PROJECT = 62;

	/**
	 * The feature id for the '<em><b>Source Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__SOURCE_ROW = PROJECT__SOURCE_ROW;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__NAME = PROJECT__NAME;

	/**
	 * The feature id for the '<em><b>Builder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__BUILDER = PROJECT__BUILDER;

	/**
	 * The feature id for the '<em><b>Investment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__INVESTMENT = PROJECT__INVESTMENT;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__PERIOD_START = PROJECT__PERIOD_START;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__PERIOD_END = PROJECT__PERIOD_END;

	/**
	 * The feature id for the '<em><b>Period Years Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__PERIOD_YEARS_ONLY = PROJECT__PERIOD_YEARS_ONLY;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__CONTENT = PROJECT__CONTENT;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__CONTACT = PROJECT__CONTACT;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__LOCATION = PROJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT__PLANNED_START = PROJECT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Planned Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT_FEATURE_COUNT = PROJECT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>C06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT___C06__DIAGNOSTICCHAIN_MAP = PROJECT___C06__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>C07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT___C07__DIAGNOSTICCHAIN_MAP = PROJECT___C07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>C08</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT___C08__DIAGNOSTICCHAIN_MAP = PROJECT___C08__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Planned Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_PROJECT_OPERATION_COUNT = PROJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.ClusterLibrariesImpl <em>Cluster Libraries</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.ClusterLibrariesImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getClusterLibraries()
	 * @generated
	 */
	int CLUSTER_LIBRARIES = 63;

	/**
	 * The feature id for the '<em><b>Existing</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES__EXISTING = 0;

	/**
	 * The feature id for the '<em><b>Prospective</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES__PROSPECTIVE = 1;

	/**
	 * The feature id for the '<em><b>Under Construction</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES__UNDER_CONSTRUCTION = 2;

	/**
	 * The feature id for the '<em><b>Planned</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES__PLANNED = 3;

	/**
	 * The number of structural features of the '<em>Cluster Libraries</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Count Existing</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES___COUNT_EXISTING__ENTERPRISEMARK = 0;

	/**
	 * The operation id for the '<em>Existing Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES___EXISTING_SUMMARY = 1;

	/**
	 * The operation id for the '<em>Prospective Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES___PROSPECTIVE_SUMMARY = 2;

	/**
	 * The operation id for the '<em>Under Construction Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES___UNDER_CONSTRUCTION_SUMMARY = 3;

	/**
	 * The operation id for the '<em>Planned Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES___PLANNED_SUMMARY = 4;

	/**
	 * The operation id for the '<em>Total Investment</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES___TOTAL_INVESTMENT__BOOLEAN = 5;

	/**
	 * The operation id for the '<em>C05</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES___C05__DIAGNOSTICCHAIN_MAP = 6;

	/**
	 * The operation id for the '<em>C06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES___C06__DIAGNOSTICCHAIN_MAP = 7;

	/**
	 * The number of operations of the '<em>Cluster Libraries</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_LIBRARIES_OPERATION_COUNT = 8;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.impl.CompetitionReportImpl <em>Competition Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.impl.CompetitionReportImpl
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getCompetitionReport()
	 * @generated
	 */
	int COMPETITION_REPORT = 64;

	/**
	 * The feature id for the '<em><b>Edition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__EDITION_ID = CLUSTER_DOCUMENT__EDITION_ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__NAME = CLUSTER_DOCUMENT__NAME;

	/**
	 * The feature id for the '<em><b>Filing Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__FILING_DATE = CLUSTER_DOCUMENT__FILING_DATE;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__CONTACT = CLUSTER_DOCUMENT__CONTACT;

	/**
	 * The feature id for the '<em><b>Draft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__DRAFT = CLUSTER_DOCUMENT__DRAFT;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__ATTACHMENTS = CLUSTER_DOCUMENT__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Evidence Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__EVIDENCE_PAGES = CLUSTER_DOCUMENT__EVIDENCE_PAGES;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__EDITION = CLUSTER_DOCUMENT__EDITION;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__CATEGORY = CLUSTER_DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Industry Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__INDUSTRY_FIELD = CLUSTER_DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Leading Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__LEADING_INDUSTRY = CLUSTER_DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Geographic Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__GEOGRAPHIC_SCOPE = CLUSTER_DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Promotion Organisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__PROMOTION_ORGANISATION = CLUSTER_DOCUMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Core Parks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__CORE_PARKS = CLUSTER_DOCUMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Government Opinion</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__GOVERNMENT_OPINION = CLUSTER_DOCUMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Economy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__ECONOMY = CLUSTER_DOCUMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Enterprises</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__ENTERPRISES = CLUSTER_DOCUMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Key Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__KEY_PROJECTS = CLUSTER_DOCUMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Key Projects Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__KEY_PROJECTS_TOTAL = CLUSTER_DOCUMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Innovation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__INNOVATION = CLUSTER_DOCUMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Green</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__GREEN = CLUSTER_DOCUMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Public Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__PUBLIC_SERVICE = CLUSTER_DOCUMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Self Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__SELF_ASSESSMENT = CLUSTER_DOCUMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Industry Chain Map</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__INDUSTRY_CHAIN_MAP = CLUSTER_DOCUMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Parks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__PARKS = CLUSTER_DOCUMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Promotion Details</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__PROMOTION_DETAILS = CLUSTER_DOCUMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Implementation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__IMPLEMENTATION = CLUSTER_DOCUMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Libraries</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__LIBRARIES = CLUSTER_DOCUMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Promotion Declaration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__PROMOTION_DECLARATION = CLUSTER_DOCUMENT_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Park Declaration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT__PARK_DECLARATION = CLUSTER_DOCUMENT_FEATURE_COUNT + 21;

	/**
	 * The number of structural features of the '<em>Competition Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT_FEATURE_COUNT = CLUSTER_DOCUMENT_FEATURE_COUNT + 22;

	/**
	 * The operation id for the '<em>G01</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G01__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G01__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G02</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G02__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G02__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G03</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G03__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G03__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G04</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G04__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G04__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G05</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G05__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G05__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G11</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G11__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G11__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G12</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G12__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G12__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G13</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G13__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G13__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G14</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G14__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G14__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>G15</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___G15__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___G15__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D01</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___D01__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D01__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D02</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___D02__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D02__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D03</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___D03__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D03__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D04</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___D04__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D04__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D05</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___D05__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D05__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D06</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___D06__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D06__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D07</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___D07__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D07__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D08</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___D08__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D08__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>D09</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___D09__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT___D09__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Computed Key Projects Total</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___COMPUTED_KEY_PROJECTS_TOTAL = CLUSTER_DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>C01</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___C01__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>C02</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___C02__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>C03</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___C03__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>C04</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___C04__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 4;

	/**
	 * The operation id for the '<em>C09</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___C09__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 5;

	/**
	 * The operation id for the '<em>C10</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___C10__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 6;

	/**
	 * The operation id for the '<em>C11</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___C11__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 7;

	/**
	 * The operation id for the '<em>C12</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___C12__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 8;

	/**
	 * The operation id for the '<em>C13</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT___C13__DIAGNOSTICCHAIN_MAP = CLUSTER_DOCUMENT_OPERATION_COUNT + 9;

	/**
	 * The number of operations of the '<em>Competition Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITION_REPORT_OPERATION_COUNT = CLUSTER_DOCUMENT_OPERATION_COUNT + 10;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.Unit <em>Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.Unit
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 65;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.YesNo <em>Yes No</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.YesNo
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYesNo()
	 * @generated
	 */
	int YES_NO = 66;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.GreenParkLevel <em>Green Park Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.GreenParkLevel
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGreenParkLevel()
	 * @generated
	 */
	int GREEN_PARK_LEVEL = 67;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.YesNoNotApplicable <em>Yes No Not Applicable</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYesNoNotApplicable()
	 * @generated
	 */
	int YES_NO_NOT_APPLICABLE = 68;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.IndustryType <em>Industry Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.IndustryType
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getIndustryType()
	 * @generated
	 */
	int INDUSTRY_TYPE = 69;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.FormKind <em>Form Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.FormKind
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getFormKind()
	 * @generated
	 */
	int FORM_KIND = 70;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.ContactKind <em>Contact Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.ContactKind
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getContactKind()
	 * @generated
	 */
	int CONTACT_KIND = 71;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.AdministrativeLevel <em>Administrative Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.AdministrativeLevel
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getAdministrativeLevel()
	 * @generated
	 */
	int ADMINISTRATIVE_LEVEL = 72;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.BenchmarkKind <em>Benchmark Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.BenchmarkKind
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getBenchmarkKind()
	 * @generated
	 */
	int BENCHMARK_KIND = 73;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.StandardCategory <em>Standard Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.StandardCategory
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getStandardCategory()
	 * @generated
	 */
	int STANDARD_CATEGORY = 74;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.ChainWork <em>Chain Work</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.ChainWork
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getChainWork()
	 * @generated
	 */
	int CHAIN_WORK = 75;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.ResourceSharingWork <em>Resource Sharing Work</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.ResourceSharingWork
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getResourceSharingWork()
	 * @generated
	 */
	int RESOURCE_SHARING_WORK = 76;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.QualityBrandWork <em>Quality Brand Work</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.QualityBrandWork
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getQualityBrandWork()
	 * @generated
	 */
	int QUALITY_BRAND_WORK = 77;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.DigitalServiceWork <em>Digital Service Work</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.DigitalServiceWork
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getDigitalServiceWork()
	 * @generated
	 */
	int DIGITAL_SERVICE_WORK = 78;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.NewModelWork <em>New Model Work</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.NewModelWork
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getNewModelWork()
	 * @generated
	 */
	int NEW_MODEL_WORK = 79;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.GreenWork <em>Green Work</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.GreenWork
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGreenWork()
	 * @generated
	 */
	int GREEN_WORK = 80;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.InternationalWork <em>International Work</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.InternationalWork
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getInternationalWork()
	 * @generated
	 */
	int INTERNATIONAL_WORK = 81;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.GovernanceWork <em>Governance Work</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.GovernanceWork
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGovernanceWork()
	 * @generated
	 */
	int GOVERNANCE_WORK = 82;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.PublicServicePlatformWork <em>Public Service Platform Work</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.PublicServicePlatformWork
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPublicServicePlatformWork()
	 * @generated
	 */
	int PUBLIC_SERVICE_PLATFORM_WORK = 83;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.PublicService <em>Public Service</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.PublicService
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPublicService()
	 * @generated
	 */
	int PUBLIC_SERVICE = 84;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.QualifiedSmeKind <em>Qualified Sme Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.QualifiedSmeKind
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getQualifiedSmeKind()
	 * @generated
	 */
	int QUALIFIED_SME_KIND = 85;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.PlanDirection <em>Plan Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.PlanDirection
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanDirection()
	 * @generated
	 */
	int PLAN_DIRECTION = 86;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.PlanIndicatorKind <em>Plan Indicator Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.PlanIndicatorKind
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanIndicatorKind()
	 * @generated
	 */
	int PLAN_INDICATOR_KIND = 87;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.ClusterCategory <em>Cluster Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.ClusterCategory
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getClusterCategory()
	 * @generated
	 */
	int CLUSTER_CATEGORY = 88;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.BrandHonour <em>Brand Honour</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.BrandHonour
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getBrandHonour()
	 * @generated
	 */
	int BRAND_HONOUR = 89;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.EnterpriseMark <em>Enterprise Mark</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.EnterpriseMark
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEnterpriseMark()
	 * @generated
	 */
	int ENTERPRISE_MARK = 90;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.ListingKind <em>Listing Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.ListingKind
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getListingKind()
	 * @generated
	 */
	int LISTING_KIND = 91;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.SmartFactoryGrade <em>Smart Factory Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.SmartFactoryGrade
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getSmartFactoryGrade()
	 * @generated
	 */
	int SMART_FACTORY_GRADE = 92;

	/**
	 * The meta object id for the '{@link org.clusterdesk.model.ImplementationIndicatorKind <em>Implementation Indicator Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.clusterdesk.model.ImplementationIndicatorKind
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getImplementationIndicatorKind()
	 * @generated
	 */
	int IMPLEMENTATION_INDICATOR_KIND = 93;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 94;

	/**
	 * The meta object id for the '<em>Year Month</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.YearMonth
	 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearMonth()
	 * @generated
	 */
	int YEAR_MONTH = 95;


	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Edition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edition</em>'.
	 * @see org.clusterdesk.model.Edition
	 * @generated
	 */
	EClass getEdition();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.clusterdesk.model.Edition#getId()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.clusterdesk.model.Edition#getIssuer()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.clusterdesk.model.Edition#getTitle()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.clusterdesk.model.Edition#getKind()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.Edition#getDataYears <em>Data Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Data Years</em>'.
	 * @see org.clusterdesk.model.Edition#getDataYears()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_DataYears();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getDataCutoff <em>Data Cutoff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Cutoff</em>'.
	 * @see org.clusterdesk.model.Edition#getDataCutoff()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_DataCutoff();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getPlanBaselineYear <em>Plan Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Baseline Year</em>'.
	 * @see org.clusterdesk.model.Edition#getPlanBaselineYear()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_PlanBaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getPlanTargetYear <em>Plan Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Target Year</em>'.
	 * @see org.clusterdesk.model.Edition#getPlanTargetYear()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_PlanTargetYear();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.Edition#getStageYears <em>Stage Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Stage Years</em>'.
	 * @see org.clusterdesk.model.Edition#getStageYears()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_StageYears();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getReviewBaselineYear <em>Review Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Baseline Year</em>'.
	 * @see org.clusterdesk.model.Edition#getReviewBaselineYear()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_ReviewBaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getReviewTargetYear <em>Review Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Target Year</em>'.
	 * @see org.clusterdesk.model.Edition#getReviewTargetYear()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_ReviewTargetYear();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getContactKind <em>Contact Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Kind</em>'.
	 * @see org.clusterdesk.model.Edition#getContactKind()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_ContactKind();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getRecommenderLevel <em>Recommender Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommender Level</em>'.
	 * @see org.clusterdesk.model.Edition#getRecommenderLevel()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_RecommenderLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getRecommendationTitle <em>Recommendation Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendation Title</em>'.
	 * @see org.clusterdesk.model.Edition#getRecommendationTitle()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_RecommendationTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getDeclarationText <em>Declaration Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declaration Text</em>'.
	 * @see org.clusterdesk.model.Edition#getDeclarationText()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_DeclarationText();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getDeclarationSignerTitle <em>Declaration Signer Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declaration Signer Title</em>'.
	 * @see org.clusterdesk.model.Edition#getDeclarationSignerTitle()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_DeclarationSignerTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getDeclarationSealTitle <em>Declaration Seal Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declaration Seal Title</em>'.
	 * @see org.clusterdesk.model.Edition#getDeclarationSealTitle()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_DeclarationSealTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getNamePattern <em>Name Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Pattern</em>'.
	 * @see org.clusterdesk.model.Edition#getNamePattern()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_NamePattern();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Edition#getNamePatternHint <em>Name Pattern Hint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Pattern Hint</em>'.
	 * @see org.clusterdesk.model.Edition#getNamePatternHint()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_NamePatternHint();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.Edition#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Instructions</em>'.
	 * @see org.clusterdesk.model.Edition#getInstructions()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Instructions();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Edition#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Criteria</em>'.
	 * @see org.clusterdesk.model.Edition#getCriteria()
	 * @see #getEdition()
	 * @generated
	 */
	EReference getEdition_Criteria();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Edition#getPlanRules <em>Plan Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Plan Rules</em>'.
	 * @see org.clusterdesk.model.Edition#getPlanRules()
	 * @see #getEdition()
	 * @generated
	 */
	EReference getEdition_PlanRules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.Edition#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.clusterdesk.model.Edition#getSections()
	 * @see #getEdition()
	 * @generated
	 */
	EReference getEdition_Sections();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Edition#hasField(org.eclipse.emf.ecore.EStructuralFeature) <em>Has Field</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Field</em>' operation.
	 * @see org.clusterdesk.model.Edition#hasField(org.eclipse.emf.ecore.EStructuralFeature)
	 * @generated
	 */
	EOperation getEdition__HasField__EStructuralFeature();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Edition#rowFor(org.eclipse.emf.ecore.EStructuralFeature) <em>Row For</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Row For</em>' operation.
	 * @see org.clusterdesk.model.Edition#rowFor(org.eclipse.emf.ecore.EStructuralFeature)
	 * @generated
	 */
	EOperation getEdition__RowFor__EStructuralFeature();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Edition#labelFor(org.eclipse.emf.ecore.EStructuralFeature) <em>Label For</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label For</em>' operation.
	 * @see org.clusterdesk.model.Edition#labelFor(org.eclipse.emf.ecore.EStructuralFeature)
	 * @generated
	 */
	EOperation getEdition__LabelFor__EStructuralFeature();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.RecognitionCriteria <em>Recognition Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recognition Criteria</em>'.
	 * @see org.clusterdesk.model.RecognitionCriteria
	 * @generated
	 */
	EClass getRecognitionCriteria();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.RecognitionCriteria#getMinOutput <em>Min Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Output</em>'.
	 * @see org.clusterdesk.model.RecognitionCriteria#getMinOutput()
	 * @see #getRecognitionCriteria()
	 * @generated
	 */
	EAttribute getRecognitionCriteria_MinOutput();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.RecognitionCriteria#getMinSmeShare <em>Min Sme Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Sme Share</em>'.
	 * @see org.clusterdesk.model.RecognitionCriteria#getMinSmeShare()
	 * @see #getRecognitionCriteria()
	 * @generated
	 */
	EAttribute getRecognitionCriteria_MinSmeShare();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.RecognitionCriteria#getMinLeadingIndustryShare <em>Min Leading Industry Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Leading Industry Share</em>'.
	 * @see org.clusterdesk.model.RecognitionCriteria#getMinLeadingIndustryShare()
	 * @see #getRecognitionCriteria()
	 * @generated
	 */
	EAttribute getRecognitionCriteria_MinLeadingIndustryShare();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.RecognitionCriteria#getMaxArea <em>Max Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Area</em>'.
	 * @see org.clusterdesk.model.RecognitionCriteria#getMaxArea()
	 * @see #getRecognitionCriteria()
	 * @generated
	 */
	EAttribute getRecognitionCriteria_MaxArea();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.PlanRules <em>Plan Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Rules</em>'.
	 * @see org.clusterdesk.model.PlanRules
	 * @generated
	 */
	EClass getPlanRules();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanRules#getOutputAverageGrowthMin <em>Output Average Growth Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Average Growth Min</em>'.
	 * @see org.clusterdesk.model.PlanRules#getOutputAverageGrowthMin()
	 * @see #getPlanRules()
	 * @generated
	 */
	EAttribute getPlanRules_OutputAverageGrowthMin();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanRules#getRdAverageGrowthMin <em>Rd Average Growth Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rd Average Growth Min</em>'.
	 * @see org.clusterdesk.model.PlanRules#getRdAverageGrowthMin()
	 * @see #getPlanRules()
	 * @generated
	 */
	EAttribute getPlanRules_RdAverageGrowthMin();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanRules#getPatentAverageGrowthMin <em>Patent Average Growth Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patent Average Growth Min</em>'.
	 * @see org.clusterdesk.model.PlanRules#getPatentAverageGrowthMin()
	 * @see #getPlanRules()
	 * @generated
	 */
	EAttribute getPlanRules_PatentAverageGrowthMin();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanRules#getBenchmark <em>Benchmark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Benchmark</em>'.
	 * @see org.clusterdesk.model.PlanRules#getBenchmark()
	 * @see #getPlanRules()
	 * @generated
	 */
	EAttribute getPlanRules_Benchmark();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanRules#getIiotPenetrationTarget <em>Iiot Penetration Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iiot Penetration Target</em>'.
	 * @see org.clusterdesk.model.PlanRules#getIiotPenetrationTarget()
	 * @see #getPlanRules()
	 * @generated
	 */
	EAttribute getPlanRules_IiotPenetrationTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanRules#getCo2ReductionTarget <em>Co2 Reduction Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Co2 Reduction Target</em>'.
	 * @see org.clusterdesk.model.PlanRules#getCo2ReductionTarget()
	 * @see #getPlanRules()
	 * @generated
	 */
	EAttribute getPlanRules_Co2ReductionTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanRules#getEnergyReductionTarget <em>Energy Reduction Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Energy Reduction Target</em>'.
	 * @see org.clusterdesk.model.PlanRules#getEnergyReductionTarget()
	 * @see #getPlanRules()
	 * @generated
	 */
	EAttribute getPlanRules_EnergyReductionTarget();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.FormSection <em>Form Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Section</em>'.
	 * @see org.clusterdesk.model.FormSection
	 * @generated
	 */
	EClass getFormSection();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormSection#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.clusterdesk.model.FormSection#getNumber()
	 * @see #getFormSection()
	 * @generated
	 */
	EAttribute getFormSection_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormSection#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.clusterdesk.model.FormSection#getTitle()
	 * @see #getFormSection()
	 * @generated
	 */
	EAttribute getFormSection_Title();

	/**
	 * Returns the meta object for the reference '{@link org.clusterdesk.model.FormSection#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Feature</em>'.
	 * @see org.clusterdesk.model.FormSection#getFeature()
	 * @see #getFormSection()
	 * @generated
	 */
	EReference getFormSection_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormSection#isNewPage <em>New Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Page</em>'.
	 * @see org.clusterdesk.model.FormSection#isNewPage()
	 * @see #getFormSection()
	 * @generated
	 */
	EAttribute getFormSection_NewPage();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormSection#getPartNumber <em>Part Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Number</em>'.
	 * @see org.clusterdesk.model.FormSection#getPartNumber()
	 * @see #getFormSection()
	 * @generated
	 */
	EAttribute getFormSection_PartNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormSection#getPartTitle <em>Part Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Title</em>'.
	 * @see org.clusterdesk.model.FormSection#getPartTitle()
	 * @see #getFormSection()
	 * @generated
	 */
	EAttribute getFormSection_PartTitle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.FormSection#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rows</em>'.
	 * @see org.clusterdesk.model.FormSection#getRows()
	 * @see #getFormSection()
	 * @generated
	 */
	EReference getFormSection_Rows();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.FormRow <em>Form Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Row</em>'.
	 * @see org.clusterdesk.model.FormRow
	 * @generated
	 */
	EClass getFormRow();

	/**
	 * Returns the meta object for the reference '{@link org.clusterdesk.model.FormRow#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Feature</em>'.
	 * @see org.clusterdesk.model.FormRow#getFeature()
	 * @see #getFormRow()
	 * @generated
	 */
	EReference getFormRow_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormRow#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.clusterdesk.model.FormRow#getLabel()
	 * @see #getFormRow()
	 * @generated
	 */
	EAttribute getFormRow_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormRow#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.clusterdesk.model.FormRow#getNote()
	 * @see #getFormRow()
	 * @generated
	 */
	EAttribute getFormRow_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormRow#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.clusterdesk.model.FormRow#isRequired()
	 * @see #getFormRow()
	 * @generated
	 */
	EAttribute getFormRow_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormRow#isLastYearOnly <em>Last Year Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Year Only</em>'.
	 * @see org.clusterdesk.model.FormRow#isLastYearOnly()
	 * @see #getFormRow()
	 * @generated
	 */
	EAttribute getFormRow_LastYearOnly();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.FormRow#getMaxLength <em>Max Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Length</em>'.
	 * @see org.clusterdesk.model.FormRow#getMaxLength()
	 * @see #getFormRow()
	 * @generated
	 */
	EAttribute getFormRow_MaxLength();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.YearDecimal <em>Year Decimal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Year Decimal</em>'.
	 * @see org.clusterdesk.model.YearDecimal
	 * @generated
	 */
	EClass getYearDecimal();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.YearDecimal#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.clusterdesk.model.YearDecimal#getYear()
	 * @see #getYearDecimal()
	 * @generated
	 */
	EAttribute getYearDecimal_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.YearDecimal#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.clusterdesk.model.YearDecimal#getValue()
	 * @see #getYearDecimal()
	 * @generated
	 */
	EAttribute getYearDecimal_Value();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.YearCount <em>Year Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Year Count</em>'.
	 * @see org.clusterdesk.model.YearCount
	 * @generated
	 */
	EClass getYearCount();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.YearCount#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.clusterdesk.model.YearCount#getYear()
	 * @see #getYearCount()
	 * @generated
	 */
	EAttribute getYearCount_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.YearCount#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.clusterdesk.model.YearCount#getValue()
	 * @see #getYearCount()
	 * @generated
	 */
	EAttribute getYearCount_Value();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.YearlyDecimal <em>Yearly Decimal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Yearly Decimal</em>'.
	 * @see org.clusterdesk.model.YearlyDecimal
	 * @generated
	 */
	EClass getYearlyDecimal();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.YearlyDecimal#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.clusterdesk.model.YearlyDecimal#getValues()
	 * @see #getYearlyDecimal()
	 * @generated
	 */
	EReference getYearlyDecimal_Values();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.YearlyDecimal#valueOf(int) <em>Value Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Value Of</em>' operation.
	 * @see org.clusterdesk.model.YearlyDecimal#valueOf(int)
	 * @generated
	 */
	EOperation getYearlyDecimal__ValueOf__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.YearlyDecimal#put(int, java.math.BigDecimal) <em>Put</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Put</em>' operation.
	 * @see org.clusterdesk.model.YearlyDecimal#put(int, java.math.BigDecimal)
	 * @generated
	 */
	EOperation getYearlyDecimal__Put__int_BigDecimal();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.YearlyDecimal#years() <em>Years</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Years</em>' operation.
	 * @see org.clusterdesk.model.YearlyDecimal#years()
	 * @generated
	 */
	EOperation getYearlyDecimal__Years();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.YearlyDecimal#growth(int) <em>Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Growth</em>' operation.
	 * @see org.clusterdesk.model.YearlyDecimal#growth(int)
	 * @generated
	 */
	EOperation getYearlyDecimal__Growth__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.YearlyDecimal#averageGrowth() <em>Average Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Average Growth</em>' operation.
	 * @see org.clusterdesk.model.YearlyDecimal#averageGrowth()
	 * @generated
	 */
	EOperation getYearlyDecimal__AverageGrowth();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.YearlyCount <em>Yearly Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Yearly Count</em>'.
	 * @see org.clusterdesk.model.YearlyCount
	 * @generated
	 */
	EClass getYearlyCount();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.YearlyCount#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.clusterdesk.model.YearlyCount#getValues()
	 * @see #getYearlyCount()
	 * @generated
	 */
	EReference getYearlyCount_Values();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.YearlyCount#valueOf(int) <em>Value Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Value Of</em>' operation.
	 * @see org.clusterdesk.model.YearlyCount#valueOf(int)
	 * @generated
	 */
	EOperation getYearlyCount__ValueOf__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.YearlyCount#put(int, java.lang.Integer) <em>Put</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Put</em>' operation.
	 * @see org.clusterdesk.model.YearlyCount#put(int, java.lang.Integer)
	 * @generated
	 */
	EOperation getYearlyCount__Put__int_Integer();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.YearlyCount#years() <em>Years</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Years</em>' operation.
	 * @see org.clusterdesk.model.YearlyCount#years()
	 * @generated
	 */
	EOperation getYearlyCount__Years();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.YearlyCount#growth(int) <em>Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Growth</em>' operation.
	 * @see org.clusterdesk.model.YearlyCount#growth(int)
	 * @generated
	 */
	EOperation getYearlyCount__Growth__int();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ComparedDecimal <em>Compared Decimal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Compared Decimal</em>'.
	 * @see org.clusterdesk.model.ComparedDecimal
	 * @generated
	 */
	EClass getComparedDecimal();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ComparedDecimal#getGrowth <em>Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Growth</em>'.
	 * @see org.clusterdesk.model.ComparedDecimal#getGrowth()
	 * @see #getComparedDecimal()
	 * @generated
	 */
	EAttribute getComparedDecimal_Growth();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ComparedDecimal#getEvidencePage <em>Evidence Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Page</em>'.
	 * @see org.clusterdesk.model.ComparedDecimal#getEvidencePage()
	 * @see #getComparedDecimal()
	 * @generated
	 */
	EAttribute getComparedDecimal_EvidencePage();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ComparedDecimal#computedGrowth() <em>Computed Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Growth</em>' operation.
	 * @see org.clusterdesk.model.ComparedDecimal#computedGrowth()
	 * @generated
	 */
	EOperation getComparedDecimal__ComputedGrowth();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ComparedCount <em>Compared Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Compared Count</em>'.
	 * @see org.clusterdesk.model.ComparedCount
	 * @generated
	 */
	EClass getComparedCount();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ComparedCount#getGrowth <em>Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Growth</em>'.
	 * @see org.clusterdesk.model.ComparedCount#getGrowth()
	 * @see #getComparedCount()
	 * @generated
	 */
	EAttribute getComparedCount_Growth();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ComparedCount#getEvidencePage <em>Evidence Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Page</em>'.
	 * @see org.clusterdesk.model.ComparedCount#getEvidencePage()
	 * @see #getComparedCount()
	 * @generated
	 */
	EAttribute getComparedCount_EvidencePage();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ComparedCount#computedGrowth() <em>Computed Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Growth</em>' operation.
	 * @see org.clusterdesk.model.ComparedCount#computedGrowth()
	 * @generated
	 */
	EOperation getComparedCount__ComputedGrowth();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see org.clusterdesk.model.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Attachment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.clusterdesk.model.Attachment#getId()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Attachment#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.clusterdesk.model.Attachment#getTitle()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Attachment#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.clusterdesk.model.Attachment#getFileName()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Attachment#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pages</em>'.
	 * @see org.clusterdesk.model.Attachment#getPages()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Pages();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.EvidenceRef <em>Evidence Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Ref</em>'.
	 * @see org.clusterdesk.model.EvidenceRef
	 * @generated
	 */
	EClass getEvidenceRef();

	/**
	 * Returns the meta object for the reference '{@link org.clusterdesk.model.EvidenceRef#getAttachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Attachment</em>'.
	 * @see org.clusterdesk.model.EvidenceRef#getAttachment()
	 * @see #getEvidenceRef()
	 * @generated
	 */
	EReference getEvidenceRef_Attachment();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.EvidenceRef#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.clusterdesk.model.EvidenceRef#getPage()
	 * @see #getEvidenceRef()
	 * @generated
	 */
	EAttribute getEvidenceRef_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.EvidenceRef#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.clusterdesk.model.EvidenceRef#getNote()
	 * @see #getEvidenceRef()
	 * @generated
	 */
	EAttribute getEvidenceRef_Note();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.EvidenceLink <em>Evidence Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Link</em>'.
	 * @see org.clusterdesk.model.EvidenceLink
	 * @generated
	 */
	EClass getEvidenceLink();

	/**
	 * Returns the meta object for the reference '{@link org.clusterdesk.model.EvidenceLink#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Feature</em>'.
	 * @see org.clusterdesk.model.EvidenceLink#getFeature()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EReference getEvidenceLink_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.EvidenceLink#getOption <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Option</em>'.
	 * @see org.clusterdesk.model.EvidenceLink#getOption()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_Option();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.EvidenceLink#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.clusterdesk.model.EvidenceLink#getEvidence()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EReference getEvidenceLink_Evidence();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.EvidenceHolder <em>Evidence Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Holder</em>'.
	 * @see org.clusterdesk.model.EvidenceHolder
	 * @generated
	 */
	EClass getEvidenceHolder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.EvidenceHolder#getEvidenceLinks <em>Evidence Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence Links</em>'.
	 * @see org.clusterdesk.model.EvidenceHolder#getEvidenceLinks()
	 * @see #getEvidenceHolder()
	 * @generated
	 */
	EReference getEvidenceHolder_EvidenceLinks();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.EvidenceHolder#evidenceFor(org.eclipse.emf.ecore.EStructuralFeature, java.lang.String) <em>Evidence For</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Evidence For</em>' operation.
	 * @see org.clusterdesk.model.EvidenceHolder#evidenceFor(org.eclipse.emf.ecore.EStructuralFeature, java.lang.String)
	 * @generated
	 */
	EOperation getEvidenceHolder__EvidenceFor__EStructuralFeature_String();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.EvidenceHolder#G07(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G07</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G07</em>' operation.
	 * @see org.clusterdesk.model.EvidenceHolder#G07(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEvidenceHolder__G07__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.NamedCount <em>Named Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Count</em>'.
	 * @see org.clusterdesk.model.NamedCount
	 * @generated
	 */
	EClass getNamedCount();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.NamedCount#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.clusterdesk.model.NamedCount#getCount()
	 * @see #getNamedCount()
	 * @generated
	 */
	EAttribute getNamedCount_Count();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.NamedCount#getNames <em>Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Names</em>'.
	 * @see org.clusterdesk.model.NamedCount#getNames()
	 * @see #getNamedCount()
	 * @generated
	 */
	EAttribute getNamedCount_Names();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.NamedCount#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.clusterdesk.model.NamedCount#getEvidence()
	 * @see #getNamedCount()
	 * @generated
	 */
	EReference getNamedCount_Evidence();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.NamedCount#G08(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G08</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G08</em>' operation.
	 * @see org.clusterdesk.model.NamedCount#G08(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getNamedCount__G08__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ExplainedAnswer <em>Explained Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Explained Answer</em>'.
	 * @see org.clusterdesk.model.ExplainedAnswer
	 * @generated
	 */
	EClass getExplainedAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExplainedAnswer#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see org.clusterdesk.model.ExplainedAnswer#getAnswer()
	 * @see #getExplainedAnswer()
	 * @generated
	 */
	EAttribute getExplainedAnswer_Answer();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExplainedAnswer#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see org.clusterdesk.model.ExplainedAnswer#getExplanation()
	 * @see #getExplainedAnswer()
	 * @generated
	 */
	EAttribute getExplainedAnswer_Explanation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.ExplainedAnswer#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.clusterdesk.model.ExplainedAnswer#getEvidence()
	 * @see #getExplainedAnswer()
	 * @generated
	 */
	EReference getExplainedAnswer_Evidence();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.clusterdesk.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Contact#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person</em>'.
	 * @see org.clusterdesk.model.Contact#getPerson()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.clusterdesk.model.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.clusterdesk.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Organisation#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact</em>'.
	 * @see org.clusterdesk.model.Organisation#getContact()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Contact();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.clusterdesk.model.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Region#getProvince <em>Province</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Province</em>'.
	 * @see org.clusterdesk.model.Region#getProvince()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Province();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Region#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.clusterdesk.model.Region#getCity()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_City();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Region#getCounty <em>County</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>County</em>'.
	 * @see org.clusterdesk.model.Region#getCounty()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_County();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Declaration <em>Declaration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Declaration</em>'.
	 * @see org.clusterdesk.model.Declaration
	 * @generated
	 */
	EClass getDeclaration();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Declaration#getSigner <em>Signer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer</em>'.
	 * @see org.clusterdesk.model.Declaration#getSigner()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Signer();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Declaration#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.clusterdesk.model.Declaration#getUnit()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Declaration#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.clusterdesk.model.Declaration#getDate()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Declaration#isSealed <em>Sealed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sealed</em>'.
	 * @see org.clusterdesk.model.Declaration#isSealed()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Sealed();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recommendation</em>'.
	 * @see org.clusterdesk.model.Recommendation
	 * @generated
	 */
	EClass getRecommendation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Recommendation#getOpinion <em>Opinion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opinion</em>'.
	 * @see org.clusterdesk.model.Recommendation#getOpinion()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Opinion();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Recommendation#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.clusterdesk.model.Recommendation#getUnit()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Recommendation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.clusterdesk.model.Recommendation#getDate()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Date();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.StandardCount <em>Standard Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard Count</em>'.
	 * @see org.clusterdesk.model.StandardCount
	 * @generated
	 */
	EClass getStandardCount();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.StandardCount#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.clusterdesk.model.StandardCount#getYear()
	 * @see #getStandardCount()
	 * @generated
	 */
	EAttribute getStandardCount_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.StandardCount#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.clusterdesk.model.StandardCount#getCategory()
	 * @see #getStandardCount()
	 * @generated
	 */
	EAttribute getStandardCount_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.StandardCount#getLed <em>Led</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Led</em>'.
	 * @see org.clusterdesk.model.StandardCount#getLed()
	 * @see #getStandardCount()
	 * @generated
	 */
	EAttribute getStandardCount_Led();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.StandardCount#getParticipated <em>Participated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participated</em>'.
	 * @see org.clusterdesk.model.StandardCount#getParticipated()
	 * @see #getStandardCount()
	 * @generated
	 */
	EAttribute getStandardCount_Participated();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Honour <em>Honour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Honour</em>'.
	 * @see org.clusterdesk.model.Honour
	 * @generated
	 */
	EClass getHonour();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Honour#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.clusterdesk.model.Honour#getLevel()
	 * @see #getHonour()
	 * @generated
	 */
	EAttribute getHonour_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Honour#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.clusterdesk.model.Honour#getTitle()
	 * @see #getHonour()
	 * @generated
	 */
	EAttribute getHonour_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.Honour#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.clusterdesk.model.Honour#getEvidence()
	 * @see #getHonour()
	 * @generated
	 */
	EReference getHonour_Evidence();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.QualifiedSmeList <em>Qualified Sme List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Qualified Sme List</em>'.
	 * @see org.clusterdesk.model.QualifiedSmeList
	 * @generated
	 */
	EClass getQualifiedSmeList();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.QualifiedSmeList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.clusterdesk.model.QualifiedSmeList#getKind()
	 * @see #getQualifiedSmeList()
	 * @generated
	 */
	EAttribute getQualifiedSmeList_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.QualifiedSmeList#getNames <em>Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Names</em>'.
	 * @see org.clusterdesk.model.QualifiedSmeList#getNames()
	 * @see #getQualifiedSmeList()
	 * @generated
	 */
	EAttribute getQualifiedSmeList_Names();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.StageGoal <em>Stage Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage Goal</em>'.
	 * @see org.clusterdesk.model.StageGoal
	 * @generated
	 */
	EClass getStageGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.StageGoal#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.clusterdesk.model.StageGoal#getYear()
	 * @see #getStageGoal()
	 * @generated
	 */
	EAttribute getStageGoal_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.StageGoal#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.clusterdesk.model.StageGoal#getText()
	 * @see #getStageGoal()
	 * @generated
	 */
	EAttribute getStageGoal_Text();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ClusterDocument <em>Cluster Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Document</em>'.
	 * @see org.clusterdesk.model.ClusterDocument
	 * @generated
	 */
	EClass getClusterDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ClusterDocument#getEditionId <em>Edition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edition Id</em>'.
	 * @see org.clusterdesk.model.ClusterDocument#getEditionId()
	 * @see #getClusterDocument()
	 * @generated
	 */
	EAttribute getClusterDocument_EditionId();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ClusterDocument#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.ClusterDocument#getName()
	 * @see #getClusterDocument()
	 * @generated
	 */
	EAttribute getClusterDocument_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ClusterDocument#getFilingDate <em>Filing Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filing Date</em>'.
	 * @see org.clusterdesk.model.ClusterDocument#getFilingDate()
	 * @see #getClusterDocument()
	 * @generated
	 */
	EAttribute getClusterDocument_FilingDate();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.ClusterDocument#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact</em>'.
	 * @see org.clusterdesk.model.ClusterDocument#getContact()
	 * @see #getClusterDocument()
	 * @generated
	 */
	EReference getClusterDocument_Contact();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ClusterDocument#isDraft <em>Draft</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Draft</em>'.
	 * @see org.clusterdesk.model.ClusterDocument#isDraft()
	 * @see #getClusterDocument()
	 * @generated
	 */
	EAttribute getClusterDocument_Draft();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.ClusterDocument#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.clusterdesk.model.ClusterDocument#getAttachments()
	 * @see #getClusterDocument()
	 * @generated
	 */
	EReference getClusterDocument_Attachments();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ClusterDocument#getEvidencePages <em>Evidence Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Pages</em>'.
	 * @see org.clusterdesk.model.ClusterDocument#getEvidencePages()
	 * @see #getClusterDocument()
	 * @generated
	 */
	EAttribute getClusterDocument_EvidencePages();

	/**
	 * Returns the meta object for the reference '{@link org.clusterdesk.model.ClusterDocument#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Edition</em>'.
	 * @see org.clusterdesk.model.ClusterDocument#getEdition()
	 * @see #getClusterDocument()
	 * @generated
	 */
	EReference getClusterDocument_Edition();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G01(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G01</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G01</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G01(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G01__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G02(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G02</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G02</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G02(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G02__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G03(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G03</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G03</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G03(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G03__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G04(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G04</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G04</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G04(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G04__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G05(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G05</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G05</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G05(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G05__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G11(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G11</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G11</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G11(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G11__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G12(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G12</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G12</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G12(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G12__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G13(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G13</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G13</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G13(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G13__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G14(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G14</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G14</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G14(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G14__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#G15(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G15</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G15</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#G15(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__G15__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#D01(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>D01</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>D01</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#D01(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__D01__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#D02(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>D02</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>D02</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#D02(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__D02__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#D03(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>D03</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>D03</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#D03(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__D03__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#D04(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>D04</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>D04</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#D04(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__D04__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#D05(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>D05</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>D05</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#D05(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__D05__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#D06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>D06</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>D06</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#D06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__D06__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#D07(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>D07</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>D07</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#D07(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__D07__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#D08(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>D08</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>D08</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#D08(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__D08__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterDocument#D09(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>D09</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>D09</em>' operation.
	 * @see org.clusterdesk.model.ClusterDocument#D09(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterDocument__D09__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application</em>'.
	 * @see org.clusterdesk.model.Application
	 * @generated
	 */
	EClass getApplication();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Region</em>'.
	 * @see org.clusterdesk.model.Application#getRegion()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Region();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getBasicInfo <em>Basic Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Basic Info</em>'.
	 * @see org.clusterdesk.model.Application#getBasicInfo()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_BasicInfo();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getIndustry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Industry</em>'.
	 * @see org.clusterdesk.model.Application#getIndustry()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Industry();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getInnovation <em>Innovation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Innovation</em>'.
	 * @see org.clusterdesk.model.Application#getInnovation()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Innovation();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getDigital <em>Digital</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Digital</em>'.
	 * @see org.clusterdesk.model.Application#getDigital()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Digital();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getGreen <em>Green</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Green</em>'.
	 * @see org.clusterdesk.model.Application#getGreen()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Green();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getOpenness <em>Openness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Openness</em>'.
	 * @see org.clusterdesk.model.Application#getOpenness()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Openness();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getGovernance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Governance</em>'.
	 * @see org.clusterdesk.model.Application#getGovernance()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Governance();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Plan</em>'.
	 * @see org.clusterdesk.model.Application#getPlan()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Plan();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getReview <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Review</em>'.
	 * @see org.clusterdesk.model.Application#getReview()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Review();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getDeclaration <em>Declaration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Declaration</em>'.
	 * @see org.clusterdesk.model.Application#getDeclaration()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Declaration();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getRecommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Recommendation</em>'.
	 * @see org.clusterdesk.model.Application#getRecommendation()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Recommendation();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getCommitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Commitment</em>'.
	 * @see org.clusterdesk.model.Application#getCommitment()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Commitment();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Application#getOutline <em>Outline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Outline</em>'.
	 * @see org.clusterdesk.model.Application#getOutline()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Outline();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Application#eligible() <em>Eligible</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Eligible</em>' operation.
	 * @see org.clusterdesk.model.Application#eligible()
	 * @generated
	 */
	EOperation getApplication__Eligible();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Application#G06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G06</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G06</em>' operation.
	 * @see org.clusterdesk.model.Application#G06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getApplication__G06__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Application#G09(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G09</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G09</em>' operation.
	 * @see org.clusterdesk.model.Application#G09(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getApplication__G09__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Application#G10(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>G10</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>G10</em>' operation.
	 * @see org.clusterdesk.model.Application#G10(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getApplication__G10__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Application#P09(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P09</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P09</em>' operation.
	 * @see org.clusterdesk.model.Application#P09(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getApplication__P09__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.BasicInfoSection <em>Basic Info Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Basic Info Section</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection
	 * @generated
	 */
	EClass getBasicInfoSection();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.BasicInfoSection#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Department</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getDepartment()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EReference getBasicInfoSection_Department();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.BasicInfoSection#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operator</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getOperator()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EReference getBasicInfoSection_Operator();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.BasicInfoSection#getOperatorChanged <em>Operator Changed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operator Changed</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getOperatorChanged()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EReference getBasicInfoSection_OperatorChanged();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.BasicInfoSection#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getArea()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EAttribute getBasicInfoSection_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.BasicInfoSection#getIndustryType <em>Industry Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry Type</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getIndustryType()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EAttribute getBasicInfoSection_IndustryType();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.BasicInfoSection#getProhibitedIndustry <em>Prohibited Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prohibited Industry</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getProhibitedIndustry()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EAttribute getBasicInfoSection_ProhibitedIndustry();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.BasicInfoSection#getAccidents <em>Accidents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Accidents</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getAccidents()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EReference getBasicInfoSection_Accidents();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.BasicInfoSection#getViolations <em>Violations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Violations</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getViolations()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EReference getBasicInfoSection_Violations();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.BasicInfoSection#getEnergyEfficiency <em>Energy Efficiency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Energy Efficiency</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getEnergyEfficiency()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EAttribute getBasicInfoSection_EnergyEfficiency();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.BasicInfoSection#getWaterEfficiency <em>Water Efficiency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Water Efficiency</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getWaterEfficiency()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EAttribute getBasicInfoSection_WaterEfficiency();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.BasicInfoSection#getProvinciallyRecognised <em>Provincially Recognised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provincially Recognised</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getProvinciallyRecognised()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EAttribute getBasicInfoSection_ProvinciallyRecognised();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.BasicInfoSection#getKeyChainMember <em>Key Chain Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Chain Member</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getKeyChainMember()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EAttribute getBasicInfoSection_KeyChainMember();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.BasicInfoSection#getKeyChainEvidence <em>Key Chain Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Chain Evidence</em>'.
	 * @see org.clusterdesk.model.BasicInfoSection#getKeyChainEvidence()
	 * @see #getBasicInfoSection()
	 * @generated
	 */
	EReference getBasicInfoSection_KeyChainEvidence();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.IndustrySection <em>Industry Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Industry Section</em>'.
	 * @see org.clusterdesk.model.IndustrySection
	 * @generated
	 */
	EClass getIndustrySection();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getTotalOutput <em>Total Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Total Output</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getTotalOutput()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_TotalOutput();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getCountyShare <em>County Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>County Share</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getCountyShare()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_CountyShare();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getSmeOutputShare <em>Sme Output Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sme Output Share</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getSmeOutputShare()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_SmeOutputShare();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getLeadingIndustryShare <em>Leading Industry Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Leading Industry Share</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getLeadingIndustryShare()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_LeadingIndustryShare();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getLeadingIndustryGrowth <em>Leading Industry Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Leading Industry Growth</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getLeadingIndustryGrowth()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_LeadingIndustryGrowth();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.IndustrySection#getLeadingIndustryAverageGrowth <em>Leading Industry Average Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leading Industry Average Growth</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getLeadingIndustryAverageGrowth()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EAttribute getIndustrySection_LeadingIndustryAverageGrowth();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getEnterprises <em>Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Enterprises</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getEnterprises()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_Enterprises();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getSmes <em>Smes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Smes</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getSmes()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_Smes();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getSpecialisedSmes <em>Specialised Smes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Specialised Smes</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getSpecialisedSmes()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_SpecialisedSmes();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getLittleGiants <em>Little Giants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Little Giants</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getLittleGiants()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_LittleGiants();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getSingleChampions <em>Single Champions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Single Champions</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getSingleChampions()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_SingleChampions();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getHighTechEnterprises <em>High Tech Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>High Tech Enterprises</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getHighTechEnterprises()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_HighTechEnterprises();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getInnovativeSmes <em>Innovative Smes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Innovative Smes</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getInnovativeSmes()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_InnovativeSmes();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getListedSmes <em>Listed Smes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Listed Smes</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getListedSmes()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_ListedSmes();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getPreListingSmes <em>Pre Listing Smes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pre Listing Smes</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getPreListingSmes()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_PreListingSmes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.IndustrySection#getQualifiedSmeLists <em>Qualified Sme Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Qualified Sme Lists</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getQualifiedSmeLists()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_QualifiedSmeLists();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getFdi <em>Fdi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fdi</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getFdi()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_Fdi();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getFdiGrowth <em>Fdi Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fdi Growth</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getFdiGrowth()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_FdiGrowth();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getExports <em>Exports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Exports</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getExports()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_Exports();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getExportGrowth <em>Export Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Export Growth</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getExportGrowth()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_ExportGrowth();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getFdiCumulativeGrowthByYear <em>Fdi Cumulative Growth By Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fdi Cumulative Growth By Year</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getFdiCumulativeGrowthByYear()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_FdiCumulativeGrowthByYear();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.IndustrySection#getExportCumulativeGrowthByYear <em>Export Cumulative Growth By Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Export Cumulative Growth By Year</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getExportCumulativeGrowthByYear()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_ExportCumulativeGrowthByYear();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.IndustrySection#getChainNarrative <em>Chain Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain Narrative</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getChainNarrative()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EAttribute getIndustrySection_ChainNarrative();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.IndustrySection#getChainWorks <em>Chain Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Chain Works</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getChainWorks()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EAttribute getIndustrySection_ChainWorks();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.IndustrySection#getResourceNarrative <em>Resource Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Narrative</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getResourceNarrative()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EAttribute getIndustrySection_ResourceNarrative();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.IndustrySection#getResourceWorks <em>Resource Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resource Works</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getResourceWorks()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EAttribute getIndustrySection_ResourceWorks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.IndustrySection#getHonours <em>Honours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Honours</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getHonours()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EReference getIndustrySection_Honours();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.IndustrySection#getQualityNarrative <em>Quality Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quality Narrative</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getQualityNarrative()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EAttribute getIndustrySection_QualityNarrative();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.IndustrySection#getQualityWorks <em>Quality Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Quality Works</em>'.
	 * @see org.clusterdesk.model.IndustrySection#getQualityWorks()
	 * @see #getIndustrySection()
	 * @generated
	 */
	EAttribute getIndustrySection_QualityWorks();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.IndustrySection#leadingIndustryOutput(int) <em>Leading Industry Output</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Leading Industry Output</em>' operation.
	 * @see org.clusterdesk.model.IndustrySection#leadingIndustryOutput(int)
	 * @generated
	 */
	EOperation getIndustrySection__LeadingIndustryOutput__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.IndustrySection#leadingIndustryOutputGrowth(int) <em>Leading Industry Output Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Leading Industry Output Growth</em>' operation.
	 * @see org.clusterdesk.model.IndustrySection#leadingIndustryOutputGrowth(int)
	 * @generated
	 */
	EOperation getIndustrySection__LeadingIndustryOutputGrowth__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.IndustrySection#computedLeadingIndustryAverageGrowth() <em>Computed Leading Industry Average Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Leading Industry Average Growth</em>' operation.
	 * @see org.clusterdesk.model.IndustrySection#computedLeadingIndustryAverageGrowth()
	 * @generated
	 */
	EOperation getIndustrySection__ComputedLeadingIndustryAverageGrowth();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.IndustrySection#computedFdiGrowth(int) <em>Computed Fdi Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Fdi Growth</em>' operation.
	 * @see org.clusterdesk.model.IndustrySection#computedFdiGrowth(int)
	 * @generated
	 */
	EOperation getIndustrySection__ComputedFdiGrowth__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.IndustrySection#computedExportGrowth(int) <em>Computed Export Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Export Growth</em>' operation.
	 * @see org.clusterdesk.model.IndustrySection#computedExportGrowth(int)
	 * @generated
	 */
	EOperation getIndustrySection__ComputedExportGrowth__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.IndustrySection#outputAverageGrowth() <em>Output Average Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Output Average Growth</em>' operation.
	 * @see org.clusterdesk.model.IndustrySection#outputAverageGrowth()
	 * @generated
	 */
	EOperation getIndustrySection__OutputAverageGrowth();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.InnovationSection <em>Innovation Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Innovation Section</em>'.
	 * @see org.clusterdesk.model.InnovationSection
	 * @generated
	 */
	EClass getInnovationSection();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationSection#getRdIntensity <em>Rd Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rd Intensity</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getRdIntensity()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_RdIntensity();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationSection#getRdExpenditure <em>Rd Expenditure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rd Expenditure</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getRdExpenditure()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_RdExpenditure();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationSection#getRdGrowth <em>Rd Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rd Growth</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getRdGrowth()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_RdGrowth();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationSection#getSmeEmployees <em>Sme Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sme Employees</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getSmeEmployees()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_SmeEmployees();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationSection#getRdStaff <em>Rd Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rd Staff</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getRdStaff()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_RdStaff();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.InnovationSection#getRdStaffShare <em>Rd Staff Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rd Staff Share</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getRdStaffShare()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EAttribute getInnovationSection_RdStaffShare();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationSection#getIpGrants <em>Ip Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ip Grants</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getIpGrants()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_IpGrants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.InnovationSection#getStandards <em>Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Standards</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getStandards()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_Standards();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationSection#getNationalPlatforms <em>National Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Platforms</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getNationalPlatforms()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_NationalPlatforms();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationSection#getProvincialPlatforms <em>Provincial Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Platforms</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getProvincialPlatforms()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_ProvincialPlatforms();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationSection#getOtherPlatforms <em>Other Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Other Platforms</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getOtherPlatforms()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_OtherPlatforms();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.InnovationSection#getPctApplications <em>Pct Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pct Applications</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getPctApplications()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EAttribute getInnovationSection_PctApplications();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.InnovationSection#getPatentAverageGrowth <em>Patent Average Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patent Average Growth</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getPatentAverageGrowth()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EAttribute getInnovationSection_PatentAverageGrowth();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.InnovationSection#getPatentsPer10k <em>Patents Per10k</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patents Per10k</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getPatentsPer10k()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EAttribute getInnovationSection_PatentsPer10k();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.InnovationSection#getValidInventionPatents <em>Valid Invention Patents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Invention Patents</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getValidInventionPatents()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EAttribute getInnovationSection_ValidInventionPatents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.InnovationSection#getPatentEvidence <em>Patent Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Patent Evidence</em>'.
	 * @see org.clusterdesk.model.InnovationSection#getPatentEvidence()
	 * @see #getInnovationSection()
	 * @generated
	 */
	EReference getInnovationSection_PatentEvidence();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.InnovationSection#computedRdGrowth(int) <em>Computed Rd Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Rd Growth</em>' operation.
	 * @see org.clusterdesk.model.InnovationSection#computedRdGrowth(int)
	 * @generated
	 */
	EOperation getInnovationSection__ComputedRdGrowth__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.InnovationSection#computedPatentsPer10k() <em>Computed Patents Per10k</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Patents Per10k</em>' operation.
	 * @see org.clusterdesk.model.InnovationSection#computedPatentsPer10k()
	 * @generated
	 */
	EOperation getInnovationSection__ComputedPatentsPer10k();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.InnovationSection#computedRdStaffShare(int) <em>Computed Rd Staff Share</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Rd Staff Share</em>' operation.
	 * @see org.clusterdesk.model.InnovationSection#computedRdStaffShare(int)
	 * @generated
	 */
	EOperation getInnovationSection__ComputedRdStaffShare__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.InnovationSection#rdAverageGrowth() <em>Rd Average Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Rd Average Growth</em>' operation.
	 * @see org.clusterdesk.model.InnovationSection#rdAverageGrowth()
	 * @generated
	 */
	EOperation getInnovationSection__RdAverageGrowth();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.DigitalSection <em>Digital Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Digital Section</em>'.
	 * @see org.clusterdesk.model.DigitalSection
	 * @generated
	 */
	EClass getDigitalSection();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getCloudSmes <em>Cloud Smes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cloud Smes</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getCloudSmes()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_CloudSmes();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getCloudRatio <em>Cloud Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cloud Ratio</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getCloudRatio()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_CloudRatio();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getIiotSmes <em>Iiot Smes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Iiot Smes</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getIiotSmes()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_IiotSmes();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getIiotPenetration <em>Iiot Penetration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Iiot Penetration</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getIiotPenetration()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_IiotPenetration();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getDigitalRdToolRate <em>Digital Rd Tool Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Digital Rd Tool Rate</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getDigitalRdToolRate()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_DigitalRdToolRate();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.DigitalSection#getIdentifierRatio <em>Identifier Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier Ratio</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getIdentifierRatio()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EAttribute getDigitalSection_IdentifierRatio();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getSoftwarePurchases <em>Software Purchases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Software Purchases</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getSoftwarePurchases()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_SoftwarePurchases();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.DigitalSection#getSoftwareRateRising <em>Software Rate Rising</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Software Rate Rising</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getSoftwareRateRising()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EAttribute getDigitalSection_SoftwareRateRising();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.DigitalSection#getServiceNarrative <em>Service Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Narrative</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getServiceNarrative()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EAttribute getDigitalSection_ServiceNarrative();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.DigitalSection#getServiceWorks <em>Service Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Service Works</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getServiceWorks()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EAttribute getDigitalSection_ServiceWorks();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.DigitalSection#getNewModelNarrative <em>New Model Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Model Narrative</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getNewModelNarrative()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EAttribute getDigitalSection_NewModelNarrative();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.DigitalSection#getNewModelWorks <em>New Model Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>New Model Works</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getNewModelWorks()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EAttribute getDigitalSection_NewModelWorks();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getNationalPilots <em>National Pilots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Pilots</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getNationalPilots()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_NationalPilots();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getProvincialPilots <em>Provincial Pilots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Pilots</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getProvincialPilots()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_ProvincialPilots();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getOtherPilots <em>Other Pilots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Other Pilots</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getOtherPilots()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_OtherPilots();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.DigitalSection#getProvincialOrAbovePilots <em>Provincial Or Above Pilots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Or Above Pilots</em>'.
	 * @see org.clusterdesk.model.DigitalSection#getProvincialOrAbovePilots()
	 * @see #getDigitalSection()
	 * @generated
	 */
	EReference getDigitalSection_ProvincialOrAbovePilots();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.DigitalSection#computedCloudRatio(int) <em>Computed Cloud Ratio</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Cloud Ratio</em>' operation.
	 * @see org.clusterdesk.model.DigitalSection#computedCloudRatio(int)
	 * @generated
	 */
	EOperation getDigitalSection__ComputedCloudRatio__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.DigitalSection#computedIiotPenetration(int) <em>Computed Iiot Penetration</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Iiot Penetration</em>' operation.
	 * @see org.clusterdesk.model.DigitalSection#computedIiotPenetration(int)
	 * @generated
	 */
	EOperation getDigitalSection__ComputedIiotPenetration__int();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.GreenSection <em>Green Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Green Section</em>'.
	 * @see org.clusterdesk.model.GreenSection
	 * @generated
	 */
	EClass getGreenSection();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getCarbonMonitoring <em>Carbon Monitoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carbon Monitoring</em>'.
	 * @see org.clusterdesk.model.GreenSection#getCarbonMonitoring()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_CarbonMonitoring();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.GreenSection#getCarbonMonitoringEvidence <em>Carbon Monitoring Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Carbon Monitoring Evidence</em>'.
	 * @see org.clusterdesk.model.GreenSection#getCarbonMonitoringEvidence()
	 * @see #getGreenSection()
	 * @generated
	 */
	EReference getGreenSection_CarbonMonitoringEvidence();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenSection#getCo2PerOutput <em>Co2 Per Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Co2 Per Output</em>'.
	 * @see org.clusterdesk.model.GreenSection#getCo2PerOutput()
	 * @see #getGreenSection()
	 * @generated
	 */
	EReference getGreenSection_Co2PerOutput();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getCo2Formula <em>Co2 Formula</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Co2 Formula</em>'.
	 * @see org.clusterdesk.model.GreenSection#getCo2Formula()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_Co2Formula();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenSection#getEnergyPerOutput <em>Energy Per Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Energy Per Output</em>'.
	 * @see org.clusterdesk.model.GreenSection#getEnergyPerOutput()
	 * @see #getGreenSection()
	 * @generated
	 */
	EReference getGreenSection_EnergyPerOutput();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getEnergyFormula <em>Energy Formula</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Energy Formula</em>'.
	 * @see org.clusterdesk.model.GreenSection#getEnergyFormula()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_EnergyFormula();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getCo2ReductionRate <em>Co2 Reduction Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Co2 Reduction Rate</em>'.
	 * @see org.clusterdesk.model.GreenSection#getCo2ReductionRate()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_Co2ReductionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getEnergyReductionRate <em>Energy Reduction Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Energy Reduction Rate</em>'.
	 * @see org.clusterdesk.model.GreenSection#getEnergyReductionRate()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_EnergyReductionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getSolidWasteUtilisation <em>Solid Waste Utilisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solid Waste Utilisation</em>'.
	 * @see org.clusterdesk.model.GreenSection#getSolidWasteUtilisation()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_SolidWasteUtilisation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getSolidWasteAboveAverage <em>Solid Waste Above Average</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solid Waste Above Average</em>'.
	 * @see org.clusterdesk.model.GreenSection#getSolidWasteAboveAverage()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_SolidWasteAboveAverage();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getWaterReuse <em>Water Reuse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Water Reuse</em>'.
	 * @see org.clusterdesk.model.GreenSection#getWaterReuse()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_WaterReuse();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getWaterReuseAboveAverage <em>Water Reuse Above Average</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Water Reuse Above Average</em>'.
	 * @see org.clusterdesk.model.GreenSection#getWaterReuseAboveAverage()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_WaterReuseAboveAverage();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getGreenNarrative <em>Green Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Green Narrative</em>'.
	 * @see org.clusterdesk.model.GreenSection#getGreenNarrative()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_GreenNarrative();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.GreenSection#getGreenWorks <em>Green Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Green Works</em>'.
	 * @see org.clusterdesk.model.GreenSection#getGreenWorks()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_GreenWorks();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenSection#getNationalGreenSystem <em>National Green System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Green System</em>'.
	 * @see org.clusterdesk.model.GreenSection#getNationalGreenSystem()
	 * @see #getGreenSection()
	 * @generated
	 */
	EReference getGreenSection_NationalGreenSystem();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenSection#getProvincialGreenSystem <em>Provincial Green System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Green System</em>'.
	 * @see org.clusterdesk.model.GreenSection#getProvincialGreenSystem()
	 * @see #getGreenSection()
	 * @generated
	 */
	EReference getGreenSection_ProvincialGreenSystem();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenSection#getOtherGreenSystem <em>Other Green System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Other Green System</em>'.
	 * @see org.clusterdesk.model.GreenSection#getOtherGreenSystem()
	 * @see #getGreenSection()
	 * @generated
	 */
	EReference getGreenSection_OtherGreenSystem();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getGreenFactories <em>Green Factories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Green Factories</em>'.
	 * @see org.clusterdesk.model.GreenSection#getGreenFactories()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_GreenFactories();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getGreenParks <em>Green Parks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Green Parks</em>'.
	 * @see org.clusterdesk.model.GreenSection#getGreenParks()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_GreenParks();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getGreenSupplyChains <em>Green Supply Chains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Green Supply Chains</em>'.
	 * @see org.clusterdesk.model.GreenSection#getGreenSupplyChains()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_GreenSupplyChains();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GreenSection#getGreenDesignProducts <em>Green Design Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Green Design Products</em>'.
	 * @see org.clusterdesk.model.GreenSection#getGreenDesignProducts()
	 * @see #getGreenSection()
	 * @generated
	 */
	EAttribute getGreenSection_GreenDesignProducts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.GreenSection#getGreenCountEvidence <em>Green Count Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Green Count Evidence</em>'.
	 * @see org.clusterdesk.model.GreenSection#getGreenCountEvidence()
	 * @see #getGreenSection()
	 * @generated
	 */
	EReference getGreenSection_GreenCountEvidence();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.GreenSection#computedEnergyReduction() <em>Computed Energy Reduction</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Energy Reduction</em>' operation.
	 * @see org.clusterdesk.model.GreenSection#computedEnergyReduction()
	 * @generated
	 */
	EOperation getGreenSection__ComputedEnergyReduction();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.GreenSection#computedCo2Reduction() <em>Computed Co2 Reduction</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Co2 Reduction</em>' operation.
	 * @see org.clusterdesk.model.GreenSection#computedCo2Reduction()
	 * @generated
	 */
	EOperation getGreenSection__ComputedCo2Reduction();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.OpennessSection <em>Openness Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Openness Section</em>'.
	 * @see org.clusterdesk.model.OpennessSection
	 * @generated
	 */
	EClass getOpennessSection();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.OpennessSection#getInternationalNarrative <em>International Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>International Narrative</em>'.
	 * @see org.clusterdesk.model.OpennessSection#getInternationalNarrative()
	 * @see #getOpennessSection()
	 * @generated
	 */
	EAttribute getOpennessSection_InternationalNarrative();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.OpennessSection#getInternationalWorks <em>International Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>International Works</em>'.
	 * @see org.clusterdesk.model.OpennessSection#getInternationalWorks()
	 * @see #getOpennessSection()
	 * @generated
	 */
	EAttribute getOpennessSection_InternationalWorks();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.OpennessSection#getOverseasBranches <em>Overseas Branches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overseas Branches</em>'.
	 * @see org.clusterdesk.model.OpennessSection#getOverseasBranches()
	 * @see #getOpennessSection()
	 * @generated
	 */
	EAttribute getOpennessSection_OverseasBranches();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.OpennessSection#getOverseasEvidence <em>Overseas Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overseas Evidence</em>'.
	 * @see org.clusterdesk.model.OpennessSection#getOverseasEvidence()
	 * @see #getOpennessSection()
	 * @generated
	 */
	EReference getOpennessSection_OverseasEvidence();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.GovernanceSection <em>Governance Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Governance Section</em>'.
	 * @see org.clusterdesk.model.GovernanceSection
	 * @generated
	 */
	EClass getGovernanceSection();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GovernanceSection#getAlliances <em>Alliances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Alliances</em>'.
	 * @see org.clusterdesk.model.GovernanceSection#getAlliances()
	 * @see #getGovernanceSection()
	 * @generated
	 */
	EReference getGovernanceSection_Alliances();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.GovernanceSection#getEnvironmentNarrative <em>Environment Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Environment Narrative</em>'.
	 * @see org.clusterdesk.model.GovernanceSection#getEnvironmentNarrative()
	 * @see #getGovernanceSection()
	 * @generated
	 */
	EAttribute getGovernanceSection_EnvironmentNarrative();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.GovernanceSection#getGovernanceWorks <em>Governance Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Governance Works</em>'.
	 * @see org.clusterdesk.model.GovernanceSection#getGovernanceWorks()
	 * @see #getGovernanceSection()
	 * @generated
	 */
	EAttribute getGovernanceSection_GovernanceWorks();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GovernanceSection#getNationalServicePlatforms <em>National Service Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Service Platforms</em>'.
	 * @see org.clusterdesk.model.GovernanceSection#getNationalServicePlatforms()
	 * @see #getGovernanceSection()
	 * @generated
	 */
	EReference getGovernanceSection_NationalServicePlatforms();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GovernanceSection#getProvincialServicePlatforms <em>Provincial Service Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Service Platforms</em>'.
	 * @see org.clusterdesk.model.GovernanceSection#getProvincialServicePlatforms()
	 * @see #getGovernanceSection()
	 * @generated
	 */
	EReference getGovernanceSection_ProvincialServicePlatforms();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GovernanceSection#getOtherServicePlatforms <em>Other Service Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Other Service Platforms</em>'.
	 * @see org.clusterdesk.model.GovernanceSection#getOtherServicePlatforms()
	 * @see #getGovernanceSection()
	 * @generated
	 */
	EReference getGovernanceSection_OtherServicePlatforms();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.GovernanceSection#getPlatformWorks <em>Platform Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Platform Works</em>'.
	 * @see org.clusterdesk.model.GovernanceSection#getPlatformWorks()
	 * @see #getGovernanceSection()
	 * @generated
	 */
	EAttribute getGovernanceSection_PlatformWorks();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.GovernanceSection#getPublicServices <em>Public Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Public Services</em>'.
	 * @see org.clusterdesk.model.GovernanceSection#getPublicServices()
	 * @see #getGovernanceSection()
	 * @generated
	 */
	EAttribute getGovernanceSection_PublicServices();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.PlanIndicator <em>Plan Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Indicator</em>'.
	 * @see org.clusterdesk.model.PlanIndicator
	 * @generated
	 */
	EClass getPlanIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanIndicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#getDirection()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EAttribute getPlanIndicator_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanIndicator#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#getKind()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EAttribute getPlanIndicator_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanIndicator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#getName()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EAttribute getPlanIndicator_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanIndicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#getUnit()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EAttribute getPlanIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanIndicator#isReduction <em>Reduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reduction</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#isReduction()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EAttribute getPlanIndicator_Reduction();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanIndicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#getBaseline()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EAttribute getPlanIndicator_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanIndicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#getTarget()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EAttribute getPlanIndicator_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.PlanIndicator#getStageTargets <em>Stage Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stage Targets</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#getStageTargets()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EReference getPlanIndicator_StageTargets();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanIndicator#getIndustryAverage <em>Industry Average</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry Average</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#getIndustryAverage()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EAttribute getPlanIndicator_IndustryAverage();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanIndicator#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.clusterdesk.model.PlanIndicator#getDescription()
	 * @see #getPlanIndicator()
	 * @generated
	 */
	EAttribute getPlanIndicator_Description();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanIndicator#averageGrowth() <em>Average Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Average Growth</em>' operation.
	 * @see org.clusterdesk.model.PlanIndicator#averageGrowth()
	 * @generated
	 */
	EOperation getPlanIndicator__AverageGrowth();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanIndicator#changeRate() <em>Change Rate</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Change Rate</em>' operation.
	 * @see org.clusterdesk.model.PlanIndicator#changeRate()
	 * @generated
	 */
	EOperation getPlanIndicator__ChangeRate();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.CompletionIndicator <em>Completion Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Completion Indicator</em>'.
	 * @see org.clusterdesk.model.CompletionIndicator
	 * @generated
	 */
	EClass getCompletionIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CompletionIndicator#getAchieved <em>Achieved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved</em>'.
	 * @see org.clusterdesk.model.CompletionIndicator#getAchieved()
	 * @see #getCompletionIndicator()
	 * @generated
	 */
	EAttribute getCompletionIndicator_Achieved();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CompletionIndicator#getBaselineDescription <em>Baseline Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Description</em>'.
	 * @see org.clusterdesk.model.CompletionIndicator#getBaselineDescription()
	 * @see #getCompletionIndicator()
	 * @generated
	 */
	EAttribute getCompletionIndicator_BaselineDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CompletionIndicator#getAchievedDescription <em>Achieved Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved Description</em>'.
	 * @see org.clusterdesk.model.CompletionIndicator#getAchievedDescription()
	 * @see #getCompletionIndicator()
	 * @generated
	 */
	EAttribute getCompletionIndicator_AchievedDescription();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompletionIndicator#met() <em>Met</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Met</em>' operation.
	 * @see org.clusterdesk.model.CompletionIndicator#met()
	 * @generated
	 */
	EOperation getCompletionIndicator__Met();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompletionIndicator#attainment() <em>Attainment</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Attainment</em>' operation.
	 * @see org.clusterdesk.model.CompletionIndicator#attainment()
	 * @generated
	 */
	EOperation getCompletionIndicator__Attainment();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.PlanSection <em>Plan Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Section</em>'.
	 * @see org.clusterdesk.model.PlanSection
	 * @generated
	 */
	EClass getPlanSection();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanSection#getIntroduction <em>Introduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Introduction</em>'.
	 * @see org.clusterdesk.model.PlanSection#getIntroduction()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_Introduction();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanSection#getAchievements <em>Achievements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achievements</em>'.
	 * @see org.clusterdesk.model.PlanSection#getAchievements()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_Achievements();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanSection#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problems</em>'.
	 * @see org.clusterdesk.model.PlanSection#getProblems()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_Problems();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanSection#getApproach <em>Approach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approach</em>'.
	 * @see org.clusterdesk.model.PlanSection#getApproach()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_Approach();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanSection#getBaselineYear <em>Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Year</em>'.
	 * @see org.clusterdesk.model.PlanSection#getBaselineYear()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_BaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanSection#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see org.clusterdesk.model.PlanSection#getTargetYear()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_TargetYear();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.PlanSection#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.clusterdesk.model.PlanSection#getTargets()
	 * @see #getPlanSection()
	 * @generated
	 */
	EReference getPlanSection_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.PlanSection#getStageGoals <em>Stage Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stage Goals</em>'.
	 * @see org.clusterdesk.model.PlanSection#getStageGoals()
	 * @see #getPlanSection()
	 * @generated
	 */
	EReference getPlanSection_StageGoals();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanSection#getKeyTasks <em>Key Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Tasks</em>'.
	 * @see org.clusterdesk.model.PlanSection#getKeyTasks()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_KeyTasks();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlanSection#getSafeguards <em>Safeguards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Safeguards</em>'.
	 * @see org.clusterdesk.model.PlanSection#getSafeguards()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_Safeguards();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#narrativeLength() <em>Narrative Length</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Narrative Length</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#narrativeLength()
	 * @generated
	 */
	EOperation getPlanSection__NarrativeLength();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#targetOf(org.clusterdesk.model.PlanIndicatorKind) <em>Target Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Target Of</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#targetOf(org.clusterdesk.model.PlanIndicatorKind)
	 * @generated
	 */
	EOperation getPlanSection__TargetOf__PlanIndicatorKind();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#P01(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P01</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P01</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#P01(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlanSection__P01__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#P02(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P02</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P02</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#P02(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlanSection__P02__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#P03(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P03</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P03</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#P03(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlanSection__P03__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#P04(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P04</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P04</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#P04(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlanSection__P04__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#P05(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P05</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P05</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#P05(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlanSection__P05__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#P06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P06</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P06</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#P06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlanSection__P06__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#P07(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P07</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P07</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#P07(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlanSection__P07__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.PlanSection#P08(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P08</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P08</em>' operation.
	 * @see org.clusterdesk.model.PlanSection#P08(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlanSection__P08__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ReviewSection <em>Review Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Section</em>'.
	 * @see org.clusterdesk.model.ReviewSection
	 * @generated
	 */
	EClass getReviewSection();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ReviewSection#getIntroduction <em>Introduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Introduction</em>'.
	 * @see org.clusterdesk.model.ReviewSection#getIntroduction()
	 * @see #getReviewSection()
	 * @generated
	 */
	EAttribute getReviewSection_Introduction();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ReviewSection#getCultivation <em>Cultivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cultivation</em>'.
	 * @see org.clusterdesk.model.ReviewSection#getCultivation()
	 * @see #getReviewSection()
	 * @generated
	 */
	EAttribute getReviewSection_Cultivation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ReviewSection#getBaselineYear <em>Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Year</em>'.
	 * @see org.clusterdesk.model.ReviewSection#getBaselineYear()
	 * @see #getReviewSection()
	 * @generated
	 */
	EAttribute getReviewSection_BaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ReviewSection#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see org.clusterdesk.model.ReviewSection#getTargetYear()
	 * @see #getReviewSection()
	 * @generated
	 */
	EAttribute getReviewSection_TargetYear();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.ReviewSection#getCompletion <em>Completion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Completion</em>'.
	 * @see org.clusterdesk.model.ReviewSection#getCompletion()
	 * @see #getReviewSection()
	 * @generated
	 */
	EReference getReviewSection_Completion();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.ReviewSection#getNewPlan <em>New Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>New Plan</em>'.
	 * @see org.clusterdesk.model.ReviewSection#getNewPlan()
	 * @see #getReviewSection()
	 * @generated
	 */
	EReference getReviewSection_NewPlan();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ReviewSection#unmetCount() <em>Unmet Count</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unmet Count</em>' operation.
	 * @see org.clusterdesk.model.ReviewSection#unmetCount()
	 * @generated
	 */
	EOperation getReviewSection__UnmetCount();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ReviewSection#metCount() <em>Met Count</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Met Count</em>' operation.
	 * @see org.clusterdesk.model.ReviewSection#metCount()
	 * @generated
	 */
	EOperation getReviewSection__MetCount();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ReviewSection#P10(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P10</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P10</em>' operation.
	 * @see org.clusterdesk.model.ReviewSection#P10(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getReviewSection__P10__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.CommitmentLetter <em>Commitment Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commitment Letter</em>'.
	 * @see org.clusterdesk.model.CommitmentLetter
	 * @generated
	 */
	EClass getCommitmentLetter();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CommitmentLetter#getAddressee <em>Addressee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressee</em>'.
	 * @see org.clusterdesk.model.CommitmentLetter#getAddressee()
	 * @see #getCommitmentLetter()
	 * @generated
	 */
	EAttribute getCommitmentLetter_Addressee();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CommitmentLetter#getIssuingBureau <em>Issuing Bureau</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuing Bureau</em>'.
	 * @see org.clusterdesk.model.CommitmentLetter#getIssuingBureau()
	 * @see #getCommitmentLetter()
	 * @generated
	 */
	EAttribute getCommitmentLetter_IssuingBureau();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.CommitmentLetter#getCommitments <em>Commitments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Commitments</em>'.
	 * @see org.clusterdesk.model.CommitmentLetter#getCommitments()
	 * @see #getCommitmentLetter()
	 * @generated
	 */
	EAttribute getCommitmentLetter_Commitments();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CommitmentLetter#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.clusterdesk.model.CommitmentLetter#getDate()
	 * @see #getCommitmentLetter()
	 * @generated
	 */
	EAttribute getCommitmentLetter_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CommitmentLetter#isSealed <em>Sealed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sealed</em>'.
	 * @see org.clusterdesk.model.CommitmentLetter#isSealed()
	 * @see #getCommitmentLetter()
	 * @generated
	 */
	EAttribute getCommitmentLetter_Sealed();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.WritingOutline <em>Writing Outline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Writing Outline</em>'.
	 * @see org.clusterdesk.model.WritingOutline
	 * @generated
	 */
	EClass getWritingOutline();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getBasicInformation <em>Basic Information</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basic Information</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getBasicInformation()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_BasicInformation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getDevelopmentLevel <em>Development Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Development Level</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getDevelopmentLevel()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_DevelopmentLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Above Scale Enterprises</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getAboveScaleEnterprises()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_AboveScaleEnterprises();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getChainStrengthening <em>Chain Strengthening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain Strengthening</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getChainStrengthening()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_ChainStrengthening();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getResourceCollaboration <em>Resource Collaboration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Collaboration</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getResourceCollaboration()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_ResourceCollaboration();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getQualityBrand <em>Quality Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quality Brand</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getQualityBrand()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_QualityBrand();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getCollaborativeInnovation <em>Collaborative Innovation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collaborative Innovation</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getCollaborativeInnovation()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_CollaborativeInnovation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getIntelligentTransformation <em>Intelligent Transformation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intelligent Transformation</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getIntelligentTransformation()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_IntelligentTransformation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getDigitalServices <em>Digital Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digital Services</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getDigitalServices()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_DigitalServices();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getGreenLowCarbon <em>Green Low Carbon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Green Low Carbon</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getGreenLowCarbon()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_GreenLowCarbon();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getInternationalCooperation <em>International Cooperation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>International Cooperation</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getInternationalCooperation()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_InternationalCooperation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.WritingOutline#getDevelopmentEnvironment <em>Development Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Development Environment</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getDevelopmentEnvironment()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EAttribute getWritingOutline_DevelopmentEnvironment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.WritingOutline#getAboveScaleEvidence <em>Above Scale Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Above Scale Evidence</em>'.
	 * @see org.clusterdesk.model.WritingOutline#getAboveScaleEvidence()
	 * @see #getWritingOutline()
	 * @generated
	 */
	EReference getWritingOutline_AboveScaleEvidence();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.UnitContact <em>Unit Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unit Contact</em>'.
	 * @see org.clusterdesk.model.UnitContact
	 * @generated
	 */
	EClass getUnitContact();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.UnitContact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.UnitContact#getName()
	 * @see #getUnitContact()
	 * @generated
	 */
	EAttribute getUnitContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.UnitContact#getHead <em>Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head</em>'.
	 * @see org.clusterdesk.model.UnitContact#getHead()
	 * @see #getUnitContact()
	 * @generated
	 */
	EAttribute getUnitContact_Head();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.UnitContact#getHeadPhone <em>Head Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head Phone</em>'.
	 * @see org.clusterdesk.model.UnitContact#getHeadPhone()
	 * @see #getUnitContact()
	 * @generated
	 */
	EAttribute getUnitContact_HeadPhone();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.UnitContact#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact</em>'.
	 * @see org.clusterdesk.model.UnitContact#getContact()
	 * @see #getUnitContact()
	 * @generated
	 */
	EAttribute getUnitContact_Contact();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.UnitContact#getContactPhone <em>Contact Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Phone</em>'.
	 * @see org.clusterdesk.model.UnitContact#getContactPhone()
	 * @see #getUnitContact()
	 * @generated
	 */
	EAttribute getUnitContact_ContactPhone();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.RankedEnterprise <em>Ranked Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ranked Enterprise</em>'.
	 * @see org.clusterdesk.model.RankedEnterprise
	 * @generated
	 */
	EClass getRankedEnterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.RankedEnterprise#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.RankedEnterprise#getName()
	 * @see #getRankedEnterprise()
	 * @generated
	 */
	EAttribute getRankedEnterprise_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.RankedEnterprise#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Products</em>'.
	 * @see org.clusterdesk.model.RankedEnterprise#getProducts()
	 * @see #getRankedEnterprise()
	 * @generated
	 */
	EAttribute getRankedEnterprise_Products();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.RankingTable <em>Ranking Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ranking Table</em>'.
	 * @see org.clusterdesk.model.RankingTable
	 * @generated
	 */
	EClass getRankingTable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.RankingTable#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rows</em>'.
	 * @see org.clusterdesk.model.RankingTable#getRows()
	 * @see #getRankingTable()
	 * @generated
	 */
	EReference getRankingTable_Rows();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.RankingTable#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Total</em>'.
	 * @see org.clusterdesk.model.RankingTable#getTotal()
	 * @see #getRankingTable()
	 * @generated
	 */
	EReference getRankingTable_Total();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.RankingTable#getEvidencePage <em>Evidence Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Page</em>'.
	 * @see org.clusterdesk.model.RankingTable#getEvidencePage()
	 * @see #getRankingTable()
	 * @generated
	 */
	EAttribute getRankingTable_EvidencePage();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.RankingTable#computedTotal(int) <em>Computed Total</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Total</em>' operation.
	 * @see org.clusterdesk.model.RankingTable#computedTotal(int)
	 * @generated
	 */
	EOperation getRankingTable__ComputedTotal__int();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.KeyProject <em>Key Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Project</em>'.
	 * @see org.clusterdesk.model.KeyProject
	 * @generated
	 */
	EClass getKeyProject();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.KeyProject#getBuilder <em>Builder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Builder</em>'.
	 * @see org.clusterdesk.model.KeyProject#getBuilder()
	 * @see #getKeyProject()
	 * @generated
	 */
	EAttribute getKeyProject_Builder();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.KeyProject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.KeyProject#getName()
	 * @see #getKeyProject()
	 * @generated
	 */
	EAttribute getKeyProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.KeyProject#getInvestment <em>Investment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Investment</em>'.
	 * @see org.clusterdesk.model.KeyProject#getInvestment()
	 * @see #getKeyProject()
	 * @generated
	 */
	EAttribute getKeyProject_Investment();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.KeyProject#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.clusterdesk.model.KeyProject#getPeriodStart()
	 * @see #getKeyProject()
	 * @generated
	 */
	EAttribute getKeyProject_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.KeyProject#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.clusterdesk.model.KeyProject#getPeriodEnd()
	 * @see #getKeyProject()
	 * @generated
	 */
	EAttribute getKeyProject_PeriodEnd();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ApprovedListing <em>Approved Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approved Listing</em>'.
	 * @see org.clusterdesk.model.ApprovedListing
	 * @generated
	 */
	EClass getApprovedListing();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ApprovedListing#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.clusterdesk.model.ApprovedListing#getKind()
	 * @see #getApprovedListing()
	 * @generated
	 */
	EAttribute getApprovedListing_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ApprovedListing#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.ApprovedListing#getName()
	 * @see #getApprovedListing()
	 * @generated
	 */
	EAttribute getApprovedListing_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ApprovedListing#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.clusterdesk.model.ApprovedListing#getLevel()
	 * @see #getApprovedListing()
	 * @generated
	 */
	EAttribute getApprovedListing_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ApprovedListing#getApprovedOn <em>Approved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved On</em>'.
	 * @see org.clusterdesk.model.ApprovedListing#getApprovedOn()
	 * @see #getApprovedListing()
	 * @generated
	 */
	EAttribute getApprovedListing_ApprovedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ApprovedListing#getApprover <em>Approver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approver</em>'.
	 * @see org.clusterdesk.model.ApprovedListing#getApprover()
	 * @see #getApprovedListing()
	 * @generated
	 */
	EAttribute getApprovedListing_Approver();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.SmartFactoryCount <em>Smart Factory Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Smart Factory Count</em>'.
	 * @see org.clusterdesk.model.SmartFactoryCount
	 * @generated
	 */
	EClass getSmartFactoryCount();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.SmartFactoryCount#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.clusterdesk.model.SmartFactoryCount#getYear()
	 * @see #getSmartFactoryCount()
	 * @generated
	 */
	EAttribute getSmartFactoryCount_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.SmartFactoryCount#getLeading <em>Leading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leading</em>'.
	 * @see org.clusterdesk.model.SmartFactoryCount#getLeading()
	 * @see #getSmartFactoryCount()
	 * @generated
	 */
	EAttribute getSmartFactoryCount_Leading();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.SmartFactoryCount#getExcellent <em>Excellent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Excellent</em>'.
	 * @see org.clusterdesk.model.SmartFactoryCount#getExcellent()
	 * @see #getSmartFactoryCount()
	 * @generated
	 */
	EAttribute getSmartFactoryCount_Excellent();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.SmartFactoryCount#getAdvanced <em>Advanced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Advanced</em>'.
	 * @see org.clusterdesk.model.SmartFactoryCount#getAdvanced()
	 * @see #getSmartFactoryCount()
	 * @generated
	 */
	EAttribute getSmartFactoryCount_Advanced();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.SmartFactoryCount#getBasic <em>Basic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basic</em>'.
	 * @see org.clusterdesk.model.SmartFactoryCount#getBasic()
	 * @see #getSmartFactoryCount()
	 * @generated
	 */
	EAttribute getSmartFactoryCount_Basic();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.EconomicIndicators <em>Economic Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Economic Indicators</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators
	 * @generated
	 */
	EClass getEconomicIndicators();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EconomicIndicators#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Output</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators#getOutput()
	 * @see #getEconomicIndicators()
	 * @generated
	 */
	EReference getEconomicIndicators_Output();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EconomicIndicators#getRevenue <em>Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Revenue</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators#getRevenue()
	 * @see #getEconomicIndicators()
	 * @generated
	 */
	EReference getEconomicIndicators_Revenue();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EconomicIndicators#getSmeOutputShare <em>Sme Output Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sme Output Share</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators#getSmeOutputShare()
	 * @see #getEconomicIndicators()
	 * @generated
	 */
	EReference getEconomicIndicators_SmeOutputShare();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EconomicIndicators#getProfit <em>Profit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Profit</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators#getProfit()
	 * @see #getEconomicIndicators()
	 * @generated
	 */
	EReference getEconomicIndicators_Profit();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EconomicIndicators#getTax <em>Tax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tax</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators#getTax()
	 * @see #getEconomicIndicators()
	 * @generated
	 */
	EReference getEconomicIndicators_Tax();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EconomicIndicators#getTrade <em>Trade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trade</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators#getTrade()
	 * @see #getEconomicIndicators()
	 * @generated
	 */
	EReference getEconomicIndicators_Trade();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EconomicIndicators#getForeignCapital <em>Foreign Capital</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Foreign Capital</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators#getForeignCapital()
	 * @see #getEconomicIndicators()
	 * @generated
	 */
	EReference getEconomicIndicators_ForeignCapital();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EconomicIndicators#getProjectInvestment <em>Project Investment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Project Investment</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators#getProjectInvestment()
	 * @see #getEconomicIndicators()
	 * @generated
	 */
	EReference getEconomicIndicators_ProjectInvestment();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EconomicIndicators#getEmployees <em>Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Employees</em>'.
	 * @see org.clusterdesk.model.EconomicIndicators#getEmployees()
	 * @see #getEconomicIndicators()
	 * @generated
	 */
	EReference getEconomicIndicators_Employees();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.EnterpriseIndicators <em>Enterprise Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise Indicators</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators
	 * @generated
	 */
	EClass getEnterpriseIndicators();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getEnterprises <em>Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Enterprises</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getEnterprises()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_Enterprises();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getAboveScale <em>Above Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Above Scale</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getAboveScale()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_AboveScale();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getHighTech <em>High Tech</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>High Tech</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getHighTech()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_HighTech();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getListed <em>Listed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Listed</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getListed()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_Listed();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getNationalChampions <em>National Champions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Champions</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getNationalChampions()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_NationalChampions();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getProvincialChampions <em>Provincial Champions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Champions</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getProvincialChampions()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_ProvincialChampions();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getLittleGiants <em>Little Giants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Little Giants</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getLittleGiants()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_LittleGiants();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getProvincialSpecialised <em>Provincial Specialised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Specialised</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getProvincialSpecialised()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_ProvincialSpecialised();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getIntegrationCertified <em>Integration Certified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Integration Certified</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getIntegrationCertified()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_IntegrationCertified();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.EnterpriseIndicators#getSmartFactories <em>Smart Factories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Smart Factories</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getSmartFactories()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_SmartFactories();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.EnterpriseIndicators#getSmartFactoriesEvidencePage <em>Smart Factories Evidence Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smart Factories Evidence Page</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getSmartFactoriesEvidencePage()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EAttribute getEnterpriseIndicators_SmartFactoriesEvidencePage();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.EnterpriseIndicators#getTopRevenue <em>Top Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Top Revenue</em>'.
	 * @see org.clusterdesk.model.EnterpriseIndicators#getTopRevenue()
	 * @see #getEnterpriseIndicators()
	 * @generated
	 */
	EReference getEnterpriseIndicators_TopRevenue();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.InnovationIndicators <em>Innovation Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Innovation Indicators</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators
	 * @generated
	 */
	EClass getInnovationIndicators();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getRdExpenditure <em>Rd Expenditure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rd Expenditure</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getRdExpenditure()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_RdExpenditure();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getRdRevenueShare <em>Rd Revenue Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rd Revenue Share</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getRdRevenueShare()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_RdRevenueShare();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getRdGrowth <em>Rd Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rd Growth</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getRdGrowth()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_RdGrowth();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getRdStaffShare <em>Rd Staff Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rd Staff Share</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getRdStaffShare()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_RdStaffShare();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getNewPatents <em>New Patents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>New Patents</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getNewPatents()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_NewPatents();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getNewStandards <em>New Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>New Standards</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getNewStandards()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_NewStandards();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getNationalAwards <em>National Awards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Awards</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getNationalAwards()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_NationalAwards();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getProvincialAwards <em>Provincial Awards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Awards</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getProvincialAwards()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_ProvincialAwards();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getNationalCarriers <em>National Carriers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Carriers</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getNationalCarriers()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_NationalCarriers();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getProvincialCarriers <em>Provincial Carriers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Carriers</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getProvincialCarriers()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_ProvincialCarriers();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getNationalDesignCentres <em>National Design Centres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Design Centres</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getNationalDesignCentres()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_NationalDesignCentres();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getProvincialDesignCentres <em>Provincial Design Centres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Design Centres</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getProvincialDesignCentres()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_ProvincialDesignCentres();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.InnovationIndicators#getCarriers <em>Carriers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Carriers</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getCarriers()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_Carriers();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.InnovationIndicators#getTopRd <em>Top Rd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Top Rd</em>'.
	 * @see org.clusterdesk.model.InnovationIndicators#getTopRd()
	 * @see #getInnovationIndicators()
	 * @generated
	 */
	EReference getInnovationIndicators_TopRd();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.InnovationIndicators#computedRdRevenueShare(int) <em>Computed Rd Revenue Share</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Rd Revenue Share</em>' operation.
	 * @see org.clusterdesk.model.InnovationIndicators#computedRdRevenueShare(int)
	 * @generated
	 */
	EOperation getInnovationIndicators__ComputedRdRevenueShare__int();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.GreenIndicators <em>Green Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Green Indicators</em>'.
	 * @see org.clusterdesk.model.GreenIndicators
	 * @generated
	 */
	EClass getGreenIndicators();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenIndicators#getNationalGreenFactories <em>National Green Factories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Green Factories</em>'.
	 * @see org.clusterdesk.model.GreenIndicators#getNationalGreenFactories()
	 * @see #getGreenIndicators()
	 * @generated
	 */
	EReference getGreenIndicators_NationalGreenFactories();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenIndicators#getProvincialGreenFactories <em>Provincial Green Factories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Green Factories</em>'.
	 * @see org.clusterdesk.model.GreenIndicators#getProvincialGreenFactories()
	 * @see #getGreenIndicators()
	 * @generated
	 */
	EReference getGreenIndicators_ProvincialGreenFactories();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenIndicators#getNationalGreenSupplyChains <em>National Green Supply Chains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Green Supply Chains</em>'.
	 * @see org.clusterdesk.model.GreenIndicators#getNationalGreenSupplyChains()
	 * @see #getGreenIndicators()
	 * @generated
	 */
	EReference getGreenIndicators_NationalGreenSupplyChains();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenIndicators#getProvincialGreenSupplyChains <em>Provincial Green Supply Chains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Green Supply Chains</em>'.
	 * @see org.clusterdesk.model.GreenIndicators#getProvincialGreenSupplyChains()
	 * @see #getGreenIndicators()
	 * @generated
	 */
	EReference getGreenIndicators_ProvincialGreenSupplyChains();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenIndicators#getCo2PerOutput <em>Co2 Per Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Co2 Per Output</em>'.
	 * @see org.clusterdesk.model.GreenIndicators#getCo2PerOutput()
	 * @see #getGreenIndicators()
	 * @generated
	 */
	EReference getGreenIndicators_Co2PerOutput();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenIndicators#getSolidWasteUtilisation <em>Solid Waste Utilisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Solid Waste Utilisation</em>'.
	 * @see org.clusterdesk.model.GreenIndicators#getSolidWasteUtilisation()
	 * @see #getGreenIndicators()
	 * @generated
	 */
	EReference getGreenIndicators_SolidWasteUtilisation();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.GreenIndicators#getWaterReuse <em>Water Reuse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Water Reuse</em>'.
	 * @see org.clusterdesk.model.GreenIndicators#getWaterReuse()
	 * @see #getGreenIndicators()
	 * @generated
	 */
	EReference getGreenIndicators_WaterReuse();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.GreenIndicators#getListings <em>Listings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Listings</em>'.
	 * @see org.clusterdesk.model.GreenIndicators#getListings()
	 * @see #getGreenIndicators()
	 * @generated
	 */
	EReference getGreenIndicators_Listings();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.PublicServiceIndicators <em>Public Service Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Public Service Indicators</em>'.
	 * @see org.clusterdesk.model.PublicServiceIndicators
	 * @generated
	 */
	EClass getPublicServiceIndicators();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.PublicServiceIndicators#getNationalPlatforms <em>National Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>National Platforms</em>'.
	 * @see org.clusterdesk.model.PublicServiceIndicators#getNationalPlatforms()
	 * @see #getPublicServiceIndicators()
	 * @generated
	 */
	EReference getPublicServiceIndicators_NationalPlatforms();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.PublicServiceIndicators#getProvincialPlatforms <em>Provincial Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provincial Platforms</em>'.
	 * @see org.clusterdesk.model.PublicServiceIndicators#getProvincialPlatforms()
	 * @see #getPublicServiceIndicators()
	 * @generated
	 */
	EReference getPublicServiceIndicators_ProvincialPlatforms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.PublicServiceIndicators#getPlatforms <em>Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Platforms</em>'.
	 * @see org.clusterdesk.model.PublicServiceIndicators#getPlatforms()
	 * @see #getPublicServiceIndicators()
	 * @generated
	 */
	EReference getPublicServiceIndicators_Platforms();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ParkIndicator <em>Park Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Park Indicator</em>'.
	 * @see org.clusterdesk.model.ParkIndicator
	 * @generated
	 */
	EClass getParkIndicator();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.ParkIndicator#getParkTotal <em>Park Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Park Total</em>'.
	 * @see org.clusterdesk.model.ParkIndicator#getParkTotal()
	 * @see #getParkIndicator()
	 * @generated
	 */
	EReference getParkIndicator_ParkTotal();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.ParkIndicator#getClusterPart <em>Cluster Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cluster Part</em>'.
	 * @see org.clusterdesk.model.ParkIndicator#getClusterPart()
	 * @see #getParkIndicator()
	 * @generated
	 */
	EReference getParkIndicator_ClusterPart();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ParkIndicator#getGrowth <em>Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Growth</em>'.
	 * @see org.clusterdesk.model.ParkIndicator#getGrowth()
	 * @see #getParkIndicator()
	 * @generated
	 */
	EAttribute getParkIndicator_Growth();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ParkIndicator#computedGrowth() <em>Computed Growth</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Growth</em>' operation.
	 * @see org.clusterdesk.model.ParkIndicator#computedGrowth()
	 * @generated
	 */
	EOperation getParkIndicator__ComputedGrowth();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Park <em>Park</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Park</em>'.
	 * @see org.clusterdesk.model.Park
	 * @generated
	 */
	EClass getPark();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Park#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.Park#getName()
	 * @see #getPark()
	 * @generated
	 */
	EAttribute getPark_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Park#getLeadingIndustry <em>Leading Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leading Industry</em>'.
	 * @see org.clusterdesk.model.Park#getLeadingIndustry()
	 * @see #getPark()
	 * @generated
	 */
	EAttribute getPark_LeadingIndustry();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getGdp <em>Gdp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Gdp</em>'.
	 * @see org.clusterdesk.model.Park#getGdp()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_Gdp();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Above Scale Enterprises</em>'.
	 * @see org.clusterdesk.model.Park#getAboveScaleEnterprises()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_AboveScaleEnterprises();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getAboveScaleRevenue <em>Above Scale Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Above Scale Revenue</em>'.
	 * @see org.clusterdesk.model.Park#getAboveScaleRevenue()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_AboveScaleRevenue();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getTax <em>Tax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tax</em>'.
	 * @see org.clusterdesk.model.Park#getTax()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_Tax();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getTrade <em>Trade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trade</em>'.
	 * @see org.clusterdesk.model.Park#getTrade()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_Trade();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getFixedInvestment <em>Fixed Investment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fixed Investment</em>'.
	 * @see org.clusterdesk.model.Park#getFixedInvestment()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_FixedInvestment();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getInvestmentAttracted <em>Investment Attracted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Investment Attracted</em>'.
	 * @see org.clusterdesk.model.Park#getInvestmentAttracted()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_InvestmentAttracted();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getForeignCapitalUsed <em>Foreign Capital Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Foreign Capital Used</em>'.
	 * @see org.clusterdesk.model.Park#getForeignCapitalUsed()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_ForeignCapitalUsed();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getDevelopedArea <em>Developed Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Developed Area</em>'.
	 * @see org.clusterdesk.model.Park#getDevelopedArea()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_DevelopedArea();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getInvestmentIntensity <em>Investment Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Investment Intensity</em>'.
	 * @see org.clusterdesk.model.Park#getInvestmentIntensity()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_InvestmentIntensity();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Park#getTaxPerMu <em>Tax Per Mu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tax Per Mu</em>'.
	 * @see org.clusterdesk.model.Park#getTaxPerMu()
	 * @see #getPark()
	 * @generated
	 */
	EReference getPark_TaxPerMu();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Park#getGreenParkLevel <em>Green Park Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Green Park Level</em>'.
	 * @see org.clusterdesk.model.Park#getGreenParkLevel()
	 * @see #getPark()
	 * @generated
	 */
	EAttribute getPark_GreenParkLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Park#getEvidencePage <em>Evidence Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Page</em>'.
	 * @see org.clusterdesk.model.Park#getEvidencePage()
	 * @see #getPark()
	 * @generated
	 */
	EAttribute getPark_EvidencePage();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Park#getReport <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Report</em>'.
	 * @see org.clusterdesk.model.Park#getReport()
	 * @see #getPark()
	 * @generated
	 */
	EAttribute getPark_Report();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Park#computedInvestmentIntensity(int) <em>Computed Investment Intensity</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Investment Intensity</em>' operation.
	 * @see org.clusterdesk.model.Park#computedInvestmentIntensity(int)
	 * @generated
	 */
	EOperation getPark__ComputedInvestmentIntensity__int();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Park#computedTaxPerMu(int) <em>Computed Tax Per Mu</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Tax Per Mu</em>' operation.
	 * @see org.clusterdesk.model.Park#computedTaxPerMu(int)
	 * @generated
	 */
	EOperation getPark__ComputedTaxPerMu__int();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.PromotionOrganisation <em>Promotion Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Promotion Organisation</em>'.
	 * @see org.clusterdesk.model.PromotionOrganisation
	 * @generated
	 */
	EClass getPromotionOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PromotionOrganisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.PromotionOrganisation#getName()
	 * @see #getPromotionOrganisation()
	 * @generated
	 */
	EAttribute getPromotionOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PromotionOrganisation#getBasicInformation <em>Basic Information</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basic Information</em>'.
	 * @see org.clusterdesk.model.PromotionOrganisation#getBasicInformation()
	 * @see #getPromotionOrganisation()
	 * @generated
	 */
	EAttribute getPromotionOrganisation_BasicInformation();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PromotionOrganisation#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operations</em>'.
	 * @see org.clusterdesk.model.PromotionOrganisation#getOperations()
	 * @see #getPromotionOrganisation()
	 * @generated
	 */
	EAttribute getPromotionOrganisation_Operations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.PromotionOrganisation#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.clusterdesk.model.PromotionOrganisation#getEvidence()
	 * @see #getPromotionOrganisation()
	 * @generated
	 */
	EReference getPromotionOrganisation_Evidence();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ImplementationTarget <em>Implementation Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Implementation Target</em>'.
	 * @see org.clusterdesk.model.ImplementationTarget
	 * @generated
	 */
	EClass getImplementationTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ImplementationTarget#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see org.clusterdesk.model.ImplementationTarget#getActual()
	 * @see #getImplementationTarget()
	 * @generated
	 */
	EAttribute getImplementationTarget_Actual();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.ImplementationTarget#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.clusterdesk.model.ImplementationTarget#getTargets()
	 * @see #getImplementationTarget()
	 * @generated
	 */
	EReference getImplementationTarget_Targets();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ImplementationTarget#targetFor(int) <em>Target For</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Target For</em>' operation.
	 * @see org.clusterdesk.model.ImplementationTarget#targetFor(int)
	 * @generated
	 */
	EOperation getImplementationTarget__TargetFor__int();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ImplementationPlan <em>Implementation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Implementation Plan</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan
	 * @generated
	 */
	EClass getImplementationPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ImplementationPlan#getLeadUnit <em>Lead Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead Unit</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getLeadUnit()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_LeadUnit();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.ImplementationPlan#getRevenue <em>Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Revenue</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getRevenue()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Revenue();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.ImplementationPlan#getAboveScaleEnterprises <em>Above Scale Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Above Scale Enterprises</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getAboveScaleEnterprises()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_AboveScaleEnterprises();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.ImplementationPlan#getProfit <em>Profit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Profit</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getProfit()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Profit();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.ImplementationPlan#getTax <em>Tax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tax</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getTax()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Tax();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ImplementationPlan#getBackground <em>Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getBackground()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_Background();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ImplementationPlan#getFoundations <em>Foundations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foundations</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getFoundations()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_Foundations();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ImplementationPlan#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goals</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getGoals()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_Goals();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ImplementationPlan#getPathways <em>Pathways</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pathways</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getPathways()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_Pathways();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ImplementationPlan#getSafeguards <em>Safeguards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Safeguards</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getSafeguards()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_Safeguards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.ImplementationPlan#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Document</em>'.
	 * @see org.clusterdesk.model.ImplementationPlan#getDocument()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Document();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ImplementationPlan#P11(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>P11</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>P11</em>' operation.
	 * @see org.clusterdesk.model.ImplementationPlan#P11(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getImplementationPlan__P11__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.LibraryRow <em>Library Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Library Row</em>'.
	 * @see org.clusterdesk.model.LibraryRow
	 * @generated
	 */
	EClass getLibraryRow();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.LibraryRow#getSourceRow <em>Source Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Row</em>'.
	 * @see org.clusterdesk.model.LibraryRow#getSourceRow()
	 * @see #getLibraryRow()
	 * @generated
	 */
	EAttribute getLibraryRow_SourceRow();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.LibraryRow#C06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C06</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C06</em>' operation.
	 * @see org.clusterdesk.model.LibraryRow#C06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getLibraryRow__C06__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.LibraryRow#C07(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C07</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C07</em>' operation.
	 * @see org.clusterdesk.model.LibraryRow#C07(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getLibraryRow__C07__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ExistingEnterprise <em>Existing Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Existing Enterprise</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise
	 * @generated
	 */
	EClass getExistingEnterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExistingEnterprise#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#getName()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExistingEnterprise#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#getCity()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_City();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExistingEnterprise#getCounty <em>County</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>County</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#getCounty()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_County();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExistingEnterprise#getPark <em>Park</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Park</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#getPark()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_Park();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExistingEnterprise#getOverview <em>Overview</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overview</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#getOverview()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_Overview();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.ExistingEnterprise#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Products</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#getProducts()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_Products();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExistingEnterprise#isAboveScale <em>Above Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Above Scale</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#isAboveScale()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_AboveScale();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExistingEnterprise#getRevenue <em>Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revenue</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#getRevenue()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_Revenue();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExistingEnterprise#isListed <em>Listed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Listed</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#isListed()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_Listed();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ExistingEnterprise#isHighTech <em>High Tech</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High Tech</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#isHighTech()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_HighTech();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.ExistingEnterprise#getHonours <em>Honours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Honours</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#getHonours()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EAttribute getExistingEnterprise_Honours();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.ExistingEnterprise#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact</em>'.
	 * @see org.clusterdesk.model.ExistingEnterprise#getContact()
	 * @see #getExistingEnterprise()
	 * @generated
	 */
	EReference getExistingEnterprise_Contact();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ExistingEnterprise#carries(org.clusterdesk.model.EnterpriseMark) <em>Carries</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Carries</em>' operation.
	 * @see org.clusterdesk.model.ExistingEnterprise#carries(org.clusterdesk.model.EnterpriseMark)
	 * @generated
	 */
	EOperation getExistingEnterprise__Carries__EnterpriseMark();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ProspectiveEnterprise <em>Prospective Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prospective Enterprise</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise
	 * @generated
	 */
	EClass getProspectiveEnterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ProspectiveEnterprise#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise#getName()
	 * @see #getProspectiveEnterprise()
	 * @generated
	 */
	EAttribute getProspectiveEnterprise_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ProspectiveEnterprise#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise#getCountry()
	 * @see #getProspectiveEnterprise()
	 * @generated
	 */
	EAttribute getProspectiveEnterprise_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ProspectiveEnterprise#getProvince <em>Province</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Province</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise#getProvince()
	 * @see #getProspectiveEnterprise()
	 * @generated
	 */
	EAttribute getProspectiveEnterprise_Province();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ProspectiveEnterprise#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise#getCity()
	 * @see #getProspectiveEnterprise()
	 * @generated
	 */
	EAttribute getProspectiveEnterprise_City();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ProspectiveEnterprise#getOverview <em>Overview</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overview</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise#getOverview()
	 * @see #getProspectiveEnterprise()
	 * @generated
	 */
	EAttribute getProspectiveEnterprise_Overview();

	/**
	 * Returns the meta object for the attribute list '{@link org.clusterdesk.model.ProspectiveEnterprise#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Products</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise#getProducts()
	 * @see #getProspectiveEnterprise()
	 * @generated
	 */
	EAttribute getProspectiveEnterprise_Products();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ProspectiveEnterprise#isAboveScale <em>Above Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Above Scale</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise#isAboveScale()
	 * @see #getProspectiveEnterprise()
	 * @generated
	 */
	EAttribute getProspectiveEnterprise_AboveScale();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ProspectiveEnterprise#isDomesticBrand <em>Domestic Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domestic Brand</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise#isDomesticBrand()
	 * @see #getProspectiveEnterprise()
	 * @generated
	 */
	EAttribute getProspectiveEnterprise_DomesticBrand();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ProspectiveEnterprise#isInternationalBrand <em>International Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>International Brand</em>'.
	 * @see org.clusterdesk.model.ProspectiveEnterprise#isInternationalBrand()
	 * @see #getProspectiveEnterprise()
	 * @generated
	 */
	EAttribute getProspectiveEnterprise_InternationalBrand();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.clusterdesk.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.clusterdesk.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Project#getBuilder <em>Builder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Builder</em>'.
	 * @see org.clusterdesk.model.Project#getBuilder()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Builder();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Project#getInvestment <em>Investment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Investment</em>'.
	 * @see org.clusterdesk.model.Project#getInvestment()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Investment();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Project#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.clusterdesk.model.Project#getPeriodStart()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Project#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.clusterdesk.model.Project#getPeriodEnd()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Project#isPeriodYearsOnly <em>Period Years Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Years Only</em>'.
	 * @see org.clusterdesk.model.Project#isPeriodYearsOnly()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_PeriodYearsOnly();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.Project#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.clusterdesk.model.Project#getContent()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Content();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.Project#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact</em>'.
	 * @see org.clusterdesk.model.Project#getContact()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Contact();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.Project#C08(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C08</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C08</em>' operation.
	 * @see org.clusterdesk.model.Project#C08(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getProject__C08__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ConstructionProject <em>Construction Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Construction Project</em>'.
	 * @see org.clusterdesk.model.ConstructionProject
	 * @generated
	 */
	EClass getConstructionProject();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ConstructionProject#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.clusterdesk.model.ConstructionProject#getCity()
	 * @see #getConstructionProject()
	 * @generated
	 */
	EAttribute getConstructionProject_City();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ConstructionProject#getCounty <em>County</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>County</em>'.
	 * @see org.clusterdesk.model.ConstructionProject#getCounty()
	 * @see #getConstructionProject()
	 * @generated
	 */
	EAttribute getConstructionProject_County();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ConstructionProject#getPark <em>Park</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Park</em>'.
	 * @see org.clusterdesk.model.ConstructionProject#getPark()
	 * @see #getConstructionProject()
	 * @generated
	 */
	EAttribute getConstructionProject_Park();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ConstructionProject#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.clusterdesk.model.ConstructionProject#getStartDate()
	 * @see #getConstructionProject()
	 * @generated
	 */
	EAttribute getConstructionProject_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.ConstructionProject#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress</em>'.
	 * @see org.clusterdesk.model.ConstructionProject#getProgress()
	 * @see #getConstructionProject()
	 * @generated
	 */
	EAttribute getConstructionProject_Progress();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.PlannedProject <em>Planned Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planned Project</em>'.
	 * @see org.clusterdesk.model.PlannedProject
	 * @generated
	 */
	EClass getPlannedProject();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlannedProject#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.clusterdesk.model.PlannedProject#getLocation()
	 * @see #getPlannedProject()
	 * @generated
	 */
	EAttribute getPlannedProject_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.PlannedProject#getPlannedStart <em>Planned Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Start</em>'.
	 * @see org.clusterdesk.model.PlannedProject#getPlannedStart()
	 * @see #getPlannedProject()
	 * @generated
	 */
	EAttribute getPlannedProject_PlannedStart();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.ClusterLibraries <em>Cluster Libraries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Libraries</em>'.
	 * @see org.clusterdesk.model.ClusterLibraries
	 * @generated
	 */
	EClass getClusterLibraries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.ClusterLibraries#getExisting <em>Existing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Existing</em>'.
	 * @see org.clusterdesk.model.ClusterLibraries#getExisting()
	 * @see #getClusterLibraries()
	 * @generated
	 */
	EReference getClusterLibraries_Existing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.ClusterLibraries#getProspective <em>Prospective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prospective</em>'.
	 * @see org.clusterdesk.model.ClusterLibraries#getProspective()
	 * @see #getClusterLibraries()
	 * @generated
	 */
	EReference getClusterLibraries_Prospective();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.ClusterLibraries#getUnderConstruction <em>Under Construction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Under Construction</em>'.
	 * @see org.clusterdesk.model.ClusterLibraries#getUnderConstruction()
	 * @see #getClusterLibraries()
	 * @generated
	 */
	EReference getClusterLibraries_UnderConstruction();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.ClusterLibraries#getPlanned <em>Planned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Planned</em>'.
	 * @see org.clusterdesk.model.ClusterLibraries#getPlanned()
	 * @see #getClusterLibraries()
	 * @generated
	 */
	EReference getClusterLibraries_Planned();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterLibraries#countExisting(org.clusterdesk.model.EnterpriseMark) <em>Count Existing</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Count Existing</em>' operation.
	 * @see org.clusterdesk.model.ClusterLibraries#countExisting(org.clusterdesk.model.EnterpriseMark)
	 * @generated
	 */
	EOperation getClusterLibraries__CountExisting__EnterpriseMark();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterLibraries#existingSummary() <em>Existing Summary</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Existing Summary</em>' operation.
	 * @see org.clusterdesk.model.ClusterLibraries#existingSummary()
	 * @generated
	 */
	EOperation getClusterLibraries__ExistingSummary();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterLibraries#prospectiveSummary() <em>Prospective Summary</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Prospective Summary</em>' operation.
	 * @see org.clusterdesk.model.ClusterLibraries#prospectiveSummary()
	 * @generated
	 */
	EOperation getClusterLibraries__ProspectiveSummary();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterLibraries#underConstructionSummary() <em>Under Construction Summary</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Under Construction Summary</em>' operation.
	 * @see org.clusterdesk.model.ClusterLibraries#underConstructionSummary()
	 * @generated
	 */
	EOperation getClusterLibraries__UnderConstructionSummary();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterLibraries#plannedSummary() <em>Planned Summary</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Planned Summary</em>' operation.
	 * @see org.clusterdesk.model.ClusterLibraries#plannedSummary()
	 * @generated
	 */
	EOperation getClusterLibraries__PlannedSummary();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterLibraries#totalInvestment(boolean) <em>Total Investment</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Total Investment</em>' operation.
	 * @see org.clusterdesk.model.ClusterLibraries#totalInvestment(boolean)
	 * @generated
	 */
	EOperation getClusterLibraries__TotalInvestment__boolean();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterLibraries#C05(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C05</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C05</em>' operation.
	 * @see org.clusterdesk.model.ClusterLibraries#C05(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterLibraries__C05__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.ClusterLibraries#C06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C06</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C06</em>' operation.
	 * @see org.clusterdesk.model.ClusterLibraries#C06(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClusterLibraries__C06__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.clusterdesk.model.CompetitionReport <em>Competition Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competition Report</em>'.
	 * @see org.clusterdesk.model.CompetitionReport
	 * @generated
	 */
	EClass getCompetitionReport();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CompetitionReport#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getCategory()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EAttribute getCompetitionReport_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CompetitionReport#getIndustryField <em>Industry Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry Field</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getIndustryField()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EAttribute getCompetitionReport_IndustryField();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CompetitionReport#getLeadingIndustry <em>Leading Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leading Industry</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getLeadingIndustry()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EAttribute getCompetitionReport_LeadingIndustry();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CompetitionReport#getGeographicScope <em>Geographic Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Geographic Scope</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getGeographicScope()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EAttribute getCompetitionReport_GeographicScope();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getPromotionOrganisation <em>Promotion Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Promotion Organisation</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getPromotionOrganisation()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_PromotionOrganisation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.CompetitionReport#getCoreParks <em>Core Parks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Core Parks</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getCoreParks()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_CoreParks();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getGovernmentOpinion <em>Government Opinion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Government Opinion</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getGovernmentOpinion()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_GovernmentOpinion();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getEconomy <em>Economy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Economy</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getEconomy()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_Economy();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getEnterprises <em>Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Enterprises</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getEnterprises()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_Enterprises();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.CompetitionReport#getKeyProjects <em>Key Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Projects</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getKeyProjects()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_KeyProjects();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CompetitionReport#getKeyProjectsTotal <em>Key Projects Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Projects Total</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getKeyProjectsTotal()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EAttribute getCompetitionReport_KeyProjectsTotal();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getInnovation <em>Innovation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Innovation</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getInnovation()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_Innovation();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getGreen <em>Green</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Green</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getGreen()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_Green();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getPublicService <em>Public Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Public Service</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getPublicService()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_PublicService();

	/**
	 * Returns the meta object for the attribute '{@link org.clusterdesk.model.CompetitionReport#getSelfAssessment <em>Self Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Assessment</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getSelfAssessment()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EAttribute getCompetitionReport_SelfAssessment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.CompetitionReport#getIndustryChainMap <em>Industry Chain Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Industry Chain Map</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getIndustryChainMap()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_IndustryChainMap();

	/**
	 * Returns the meta object for the containment reference list '{@link org.clusterdesk.model.CompetitionReport#getParks <em>Parks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parks</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getParks()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_Parks();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getPromotionDetails <em>Promotion Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Promotion Details</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getPromotionDetails()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_PromotionDetails();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getImplementation <em>Implementation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Implementation</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getImplementation()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_Implementation();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getLibraries <em>Libraries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Libraries</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getLibraries()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_Libraries();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getPromotionDeclaration <em>Promotion Declaration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Promotion Declaration</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getPromotionDeclaration()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_PromotionDeclaration();

	/**
	 * Returns the meta object for the containment reference '{@link org.clusterdesk.model.CompetitionReport#getParkDeclaration <em>Park Declaration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Park Declaration</em>'.
	 * @see org.clusterdesk.model.CompetitionReport#getParkDeclaration()
	 * @see #getCompetitionReport()
	 * @generated
	 */
	EReference getCompetitionReport_ParkDeclaration();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#computedKeyProjectsTotal() <em>Computed Key Projects Total</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Computed Key Projects Total</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#computedKeyProjectsTotal()
	 * @generated
	 */
	EOperation getCompetitionReport__ComputedKeyProjectsTotal();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#C01(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C01</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C01</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#C01(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionReport__C01__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#C02(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C02</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C02</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#C02(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionReport__C02__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#C03(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C03</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C03</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#C03(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionReport__C03__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#C04(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C04</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C04</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#C04(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionReport__C04__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#C09(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C09</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C09</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#C09(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionReport__C09__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#C10(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C10</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C10</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#C10(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionReport__C10__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#C11(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C11</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C11</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#C11(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionReport__C11__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#C12(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C12</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C12</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#C12(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionReport__C12__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.clusterdesk.model.CompetitionReport#C13(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>C13</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>C13</em>' operation.
	 * @see org.clusterdesk.model.CompetitionReport#C13(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCompetitionReport__C13__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit</em>'.
	 * @see org.clusterdesk.model.Unit
	 * @generated
	 */
	EEnum getUnit();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.YesNo <em>Yes No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Yes No</em>'.
	 * @see org.clusterdesk.model.YesNo
	 * @generated
	 */
	EEnum getYesNo();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.GreenParkLevel <em>Green Park Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Green Park Level</em>'.
	 * @see org.clusterdesk.model.GreenParkLevel
	 * @generated
	 */
	EEnum getGreenParkLevel();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.YesNoNotApplicable <em>Yes No Not Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Yes No Not Applicable</em>'.
	 * @see org.clusterdesk.model.YesNoNotApplicable
	 * @generated
	 */
	EEnum getYesNoNotApplicable();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.IndustryType <em>Industry Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Industry Type</em>'.
	 * @see org.clusterdesk.model.IndustryType
	 * @generated
	 */
	EEnum getIndustryType();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.FormKind <em>Form Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Form Kind</em>'.
	 * @see org.clusterdesk.model.FormKind
	 * @generated
	 */
	EEnum getFormKind();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.ContactKind <em>Contact Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contact Kind</em>'.
	 * @see org.clusterdesk.model.ContactKind
	 * @generated
	 */
	EEnum getContactKind();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.AdministrativeLevel <em>Administrative Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Administrative Level</em>'.
	 * @see org.clusterdesk.model.AdministrativeLevel
	 * @generated
	 */
	EEnum getAdministrativeLevel();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.BenchmarkKind <em>Benchmark Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Benchmark Kind</em>'.
	 * @see org.clusterdesk.model.BenchmarkKind
	 * @generated
	 */
	EEnum getBenchmarkKind();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.StandardCategory <em>Standard Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Standard Category</em>'.
	 * @see org.clusterdesk.model.StandardCategory
	 * @generated
	 */
	EEnum getStandardCategory();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.ChainWork <em>Chain Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Chain Work</em>'.
	 * @see org.clusterdesk.model.ChainWork
	 * @generated
	 */
	EEnum getChainWork();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.ResourceSharingWork <em>Resource Sharing Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Resource Sharing Work</em>'.
	 * @see org.clusterdesk.model.ResourceSharingWork
	 * @generated
	 */
	EEnum getResourceSharingWork();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.QualityBrandWork <em>Quality Brand Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quality Brand Work</em>'.
	 * @see org.clusterdesk.model.QualityBrandWork
	 * @generated
	 */
	EEnum getQualityBrandWork();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.DigitalServiceWork <em>Digital Service Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Digital Service Work</em>'.
	 * @see org.clusterdesk.model.DigitalServiceWork
	 * @generated
	 */
	EEnum getDigitalServiceWork();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.NewModelWork <em>New Model Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>New Model Work</em>'.
	 * @see org.clusterdesk.model.NewModelWork
	 * @generated
	 */
	EEnum getNewModelWork();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.GreenWork <em>Green Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Green Work</em>'.
	 * @see org.clusterdesk.model.GreenWork
	 * @generated
	 */
	EEnum getGreenWork();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.InternationalWork <em>International Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>International Work</em>'.
	 * @see org.clusterdesk.model.InternationalWork
	 * @generated
	 */
	EEnum getInternationalWork();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.GovernanceWork <em>Governance Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Governance Work</em>'.
	 * @see org.clusterdesk.model.GovernanceWork
	 * @generated
	 */
	EEnum getGovernanceWork();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.PublicServicePlatformWork <em>Public Service Platform Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Public Service Platform Work</em>'.
	 * @see org.clusterdesk.model.PublicServicePlatformWork
	 * @generated
	 */
	EEnum getPublicServicePlatformWork();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.PublicService <em>Public Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Public Service</em>'.
	 * @see org.clusterdesk.model.PublicService
	 * @generated
	 */
	EEnum getPublicService();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.QualifiedSmeKind <em>Qualified Sme Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Qualified Sme Kind</em>'.
	 * @see org.clusterdesk.model.QualifiedSmeKind
	 * @generated
	 */
	EEnum getQualifiedSmeKind();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.PlanDirection <em>Plan Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Direction</em>'.
	 * @see org.clusterdesk.model.PlanDirection
	 * @generated
	 */
	EEnum getPlanDirection();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.PlanIndicatorKind <em>Plan Indicator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Indicator Kind</em>'.
	 * @see org.clusterdesk.model.PlanIndicatorKind
	 * @generated
	 */
	EEnum getPlanIndicatorKind();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.ClusterCategory <em>Cluster Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cluster Category</em>'.
	 * @see org.clusterdesk.model.ClusterCategory
	 * @generated
	 */
	EEnum getClusterCategory();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.BrandHonour <em>Brand Honour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Brand Honour</em>'.
	 * @see org.clusterdesk.model.BrandHonour
	 * @generated
	 */
	EEnum getBrandHonour();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.EnterpriseMark <em>Enterprise Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Enterprise Mark</em>'.
	 * @see org.clusterdesk.model.EnterpriseMark
	 * @generated
	 */
	EEnum getEnterpriseMark();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.ListingKind <em>Listing Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Listing Kind</em>'.
	 * @see org.clusterdesk.model.ListingKind
	 * @generated
	 */
	EEnum getListingKind();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.SmartFactoryGrade <em>Smart Factory Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Smart Factory Grade</em>'.
	 * @see org.clusterdesk.model.SmartFactoryGrade
	 * @generated
	 */
	EEnum getSmartFactoryGrade();

	/**
	 * Returns the meta object for enum '{@link org.clusterdesk.model.ImplementationIndicatorKind <em>Implementation Indicator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Implementation Indicator Kind</em>'.
	 * @see org.clusterdesk.model.ImplementationIndicatorKind
	 * @generated
	 */
	EEnum getImplementationIndicatorKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, ISO 8601 (2025-04-10).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.YearMonth <em>Year Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A month of a year, ISO 8601 (2024-03): start dates and construction periods.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Year Month</em>'.
	 * @see java.time.YearMonth
	 * @model instanceClass="java.time.YearMonth"
	 * @generated
	 */
	EDataType getYearMonth();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ClusterDeskFactory getClusterDeskFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.EditionImpl <em>Edition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.EditionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEdition()
		 * @generated
		 */
		EClass EDITION = eINSTANCE.getEdition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__ID = eINSTANCE.getEdition_Id();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__ISSUER = eINSTANCE.getEdition_Issuer();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__TITLE = eINSTANCE.getEdition_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__KIND = eINSTANCE.getEdition_Kind();

		/**
		 * The meta object literal for the '<em><b>Data Years</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__DATA_YEARS = eINSTANCE.getEdition_DataYears();

		/**
		 * The meta object literal for the '<em><b>Data Cutoff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__DATA_CUTOFF = eINSTANCE.getEdition_DataCutoff();

		/**
		 * The meta object literal for the '<em><b>Plan Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__PLAN_BASELINE_YEAR = eINSTANCE.getEdition_PlanBaselineYear();

		/**
		 * The meta object literal for the '<em><b>Plan Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__PLAN_TARGET_YEAR = eINSTANCE.getEdition_PlanTargetYear();

		/**
		 * The meta object literal for the '<em><b>Stage Years</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__STAGE_YEARS = eINSTANCE.getEdition_StageYears();

		/**
		 * The meta object literal for the '<em><b>Review Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__REVIEW_BASELINE_YEAR = eINSTANCE.getEdition_ReviewBaselineYear();

		/**
		 * The meta object literal for the '<em><b>Review Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__REVIEW_TARGET_YEAR = eINSTANCE.getEdition_ReviewTargetYear();

		/**
		 * The meta object literal for the '<em><b>Contact Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__CONTACT_KIND = eINSTANCE.getEdition_ContactKind();

		/**
		 * The meta object literal for the '<em><b>Recommender Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__RECOMMENDER_LEVEL = eINSTANCE.getEdition_RecommenderLevel();

		/**
		 * The meta object literal for the '<em><b>Recommendation Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__RECOMMENDATION_TITLE = eINSTANCE.getEdition_RecommendationTitle();

		/**
		 * The meta object literal for the '<em><b>Declaration Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__DECLARATION_TEXT = eINSTANCE.getEdition_DeclarationText();

		/**
		 * The meta object literal for the '<em><b>Declaration Signer Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__DECLARATION_SIGNER_TITLE = eINSTANCE.getEdition_DeclarationSignerTitle();

		/**
		 * The meta object literal for the '<em><b>Declaration Seal Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__DECLARATION_SEAL_TITLE = eINSTANCE.getEdition_DeclarationSealTitle();

		/**
		 * The meta object literal for the '<em><b>Name Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__NAME_PATTERN = eINSTANCE.getEdition_NamePattern();

		/**
		 * The meta object literal for the '<em><b>Name Pattern Hint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__NAME_PATTERN_HINT = eINSTANCE.getEdition_NamePatternHint();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__INSTRUCTIONS = eINSTANCE.getEdition_Instructions();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITION__CRITERIA = eINSTANCE.getEdition_Criteria();

		/**
		 * The meta object literal for the '<em><b>Plan Rules</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITION__PLAN_RULES = eINSTANCE.getEdition_PlanRules();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITION__SECTIONS = eINSTANCE.getEdition_Sections();

		/**
		 * The meta object literal for the '<em><b>Has Field</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EDITION___HAS_FIELD__ESTRUCTURALFEATURE = eINSTANCE.getEdition__HasField__EStructuralFeature();

		/**
		 * The meta object literal for the '<em><b>Row For</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EDITION___ROW_FOR__ESTRUCTURALFEATURE = eINSTANCE.getEdition__RowFor__EStructuralFeature();

		/**
		 * The meta object literal for the '<em><b>Label For</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EDITION___LABEL_FOR__ESTRUCTURALFEATURE = eINSTANCE.getEdition__LabelFor__EStructuralFeature();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.RecognitionCriteriaImpl <em>Recognition Criteria</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.RecognitionCriteriaImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRecognitionCriteria()
		 * @generated
		 */
		EClass RECOGNITION_CRITERIA = eINSTANCE.getRecognitionCriteria();

		/**
		 * The meta object literal for the '<em><b>Min Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOGNITION_CRITERIA__MIN_OUTPUT = eINSTANCE.getRecognitionCriteria_MinOutput();

		/**
		 * The meta object literal for the '<em><b>Min Sme Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOGNITION_CRITERIA__MIN_SME_SHARE = eINSTANCE.getRecognitionCriteria_MinSmeShare();

		/**
		 * The meta object literal for the '<em><b>Min Leading Industry Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOGNITION_CRITERIA__MIN_LEADING_INDUSTRY_SHARE = eINSTANCE.getRecognitionCriteria_MinLeadingIndustryShare();

		/**
		 * The meta object literal for the '<em><b>Max Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOGNITION_CRITERIA__MAX_AREA = eINSTANCE.getRecognitionCriteria_MaxArea();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.PlanRulesImpl <em>Plan Rules</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.PlanRulesImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanRules()
		 * @generated
		 */
		EClass PLAN_RULES = eINSTANCE.getPlanRules();

		/**
		 * The meta object literal for the '<em><b>Output Average Growth Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_RULES__OUTPUT_AVERAGE_GROWTH_MIN = eINSTANCE.getPlanRules_OutputAverageGrowthMin();

		/**
		 * The meta object literal for the '<em><b>Rd Average Growth Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_RULES__RD_AVERAGE_GROWTH_MIN = eINSTANCE.getPlanRules_RdAverageGrowthMin();

		/**
		 * The meta object literal for the '<em><b>Patent Average Growth Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_RULES__PATENT_AVERAGE_GROWTH_MIN = eINSTANCE.getPlanRules_PatentAverageGrowthMin();

		/**
		 * The meta object literal for the '<em><b>Benchmark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_RULES__BENCHMARK = eINSTANCE.getPlanRules_Benchmark();

		/**
		 * The meta object literal for the '<em><b>Iiot Penetration Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_RULES__IIOT_PENETRATION_TARGET = eINSTANCE.getPlanRules_IiotPenetrationTarget();

		/**
		 * The meta object literal for the '<em><b>Co2 Reduction Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_RULES__CO2_REDUCTION_TARGET = eINSTANCE.getPlanRules_Co2ReductionTarget();

		/**
		 * The meta object literal for the '<em><b>Energy Reduction Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_RULES__ENERGY_REDUCTION_TARGET = eINSTANCE.getPlanRules_EnergyReductionTarget();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.FormSectionImpl <em>Form Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.FormSectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getFormSection()
		 * @generated
		 */
		EClass FORM_SECTION = eINSTANCE.getFormSection();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_SECTION__NUMBER = eINSTANCE.getFormSection_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_SECTION__TITLE = eINSTANCE.getFormSection_Title();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_SECTION__FEATURE = eINSTANCE.getFormSection_Feature();

		/**
		 * The meta object literal for the '<em><b>New Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_SECTION__NEW_PAGE = eINSTANCE.getFormSection_NewPage();

		/**
		 * The meta object literal for the '<em><b>Part Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_SECTION__PART_NUMBER = eINSTANCE.getFormSection_PartNumber();

		/**
		 * The meta object literal for the '<em><b>Part Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_SECTION__PART_TITLE = eINSTANCE.getFormSection_PartTitle();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_SECTION__ROWS = eINSTANCE.getFormSection_Rows();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.FormRowImpl <em>Form Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.FormRowImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getFormRow()
		 * @generated
		 */
		EClass FORM_ROW = eINSTANCE.getFormRow();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_ROW__FEATURE = eINSTANCE.getFormRow_Feature();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_ROW__LABEL = eINSTANCE.getFormRow_Label();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_ROW__NOTE = eINSTANCE.getFormRow_Note();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_ROW__REQUIRED = eINSTANCE.getFormRow_Required();

		/**
		 * The meta object literal for the '<em><b>Last Year Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_ROW__LAST_YEAR_ONLY = eINSTANCE.getFormRow_LastYearOnly();

		/**
		 * The meta object literal for the '<em><b>Max Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_ROW__MAX_LENGTH = eINSTANCE.getFormRow_MaxLength();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.YearDecimalImpl <em>Year Decimal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.YearDecimalImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearDecimal()
		 * @generated
		 */
		EClass YEAR_DECIMAL = eINSTANCE.getYearDecimal();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute YEAR_DECIMAL__YEAR = eINSTANCE.getYearDecimal_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute YEAR_DECIMAL__VALUE = eINSTANCE.getYearDecimal_Value();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.YearCountImpl <em>Year Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.YearCountImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearCount()
		 * @generated
		 */
		EClass YEAR_COUNT = eINSTANCE.getYearCount();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute YEAR_COUNT__YEAR = eINSTANCE.getYearCount_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute YEAR_COUNT__VALUE = eINSTANCE.getYearCount_Value();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.YearlyDecimalImpl <em>Yearly Decimal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.YearlyDecimalImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearlyDecimal()
		 * @generated
		 */
		EClass YEARLY_DECIMAL = eINSTANCE.getYearlyDecimal();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference YEARLY_DECIMAL__VALUES = eINSTANCE.getYearlyDecimal_Values();

		/**
		 * The meta object literal for the '<em><b>Value Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation YEARLY_DECIMAL___VALUE_OF__INT = eINSTANCE.getYearlyDecimal__ValueOf__int();

		/**
		 * The meta object literal for the '<em><b>Put</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation YEARLY_DECIMAL___PUT__INT_BIGDECIMAL = eINSTANCE.getYearlyDecimal__Put__int_BigDecimal();

		/**
		 * The meta object literal for the '<em><b>Years</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation YEARLY_DECIMAL___YEARS = eINSTANCE.getYearlyDecimal__Years();

		/**
		 * The meta object literal for the '<em><b>Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation YEARLY_DECIMAL___GROWTH__INT = eINSTANCE.getYearlyDecimal__Growth__int();

		/**
		 * The meta object literal for the '<em><b>Average Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation YEARLY_DECIMAL___AVERAGE_GROWTH = eINSTANCE.getYearlyDecimal__AverageGrowth();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.YearlyCountImpl <em>Yearly Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.YearlyCountImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearlyCount()
		 * @generated
		 */
		EClass YEARLY_COUNT = eINSTANCE.getYearlyCount();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference YEARLY_COUNT__VALUES = eINSTANCE.getYearlyCount_Values();

		/**
		 * The meta object literal for the '<em><b>Value Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation YEARLY_COUNT___VALUE_OF__INT = eINSTANCE.getYearlyCount__ValueOf__int();

		/**
		 * The meta object literal for the '<em><b>Put</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation YEARLY_COUNT___PUT__INT_INTEGER = eINSTANCE.getYearlyCount__Put__int_Integer();

		/**
		 * The meta object literal for the '<em><b>Years</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation YEARLY_COUNT___YEARS = eINSTANCE.getYearlyCount__Years();

		/**
		 * The meta object literal for the '<em><b>Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation YEARLY_COUNT___GROWTH__INT = eINSTANCE.getYearlyCount__Growth__int();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ComparedDecimalImpl <em>Compared Decimal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ComparedDecimalImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getComparedDecimal()
		 * @generated
		 */
		EClass COMPARED_DECIMAL = eINSTANCE.getComparedDecimal();

		/**
		 * The meta object literal for the '<em><b>Growth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARED_DECIMAL__GROWTH = eINSTANCE.getComparedDecimal_Growth();

		/**
		 * The meta object literal for the '<em><b>Evidence Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARED_DECIMAL__EVIDENCE_PAGE = eINSTANCE.getComparedDecimal_EvidencePage();

		/**
		 * The meta object literal for the '<em><b>Computed Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPARED_DECIMAL___COMPUTED_GROWTH = eINSTANCE.getComparedDecimal__ComputedGrowth();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ComparedCountImpl <em>Compared Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ComparedCountImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getComparedCount()
		 * @generated
		 */
		EClass COMPARED_COUNT = eINSTANCE.getComparedCount();

		/**
		 * The meta object literal for the '<em><b>Growth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARED_COUNT__GROWTH = eINSTANCE.getComparedCount_Growth();

		/**
		 * The meta object literal for the '<em><b>Evidence Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARED_COUNT__EVIDENCE_PAGE = eINSTANCE.getComparedCount_EvidencePage();

		/**
		 * The meta object literal for the '<em><b>Computed Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPARED_COUNT___COMPUTED_GROWTH = eINSTANCE.getComparedCount__ComputedGrowth();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.AttachmentImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__ID = eINSTANCE.getAttachment_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__TITLE = eINSTANCE.getAttachment_Title();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__FILE_NAME = eINSTANCE.getAttachment_FileName();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__PAGES = eINSTANCE.getAttachment_Pages();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.EvidenceRefImpl <em>Evidence Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.EvidenceRefImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEvidenceRef()
		 * @generated
		 */
		EClass EVIDENCE_REF = eINSTANCE.getEvidenceRef();

		/**
		 * The meta object literal for the '<em><b>Attachment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_REF__ATTACHMENT = eINSTANCE.getEvidenceRef_Attachment();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_REF__PAGE = eINSTANCE.getEvidenceRef_Page();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_REF__NOTE = eINSTANCE.getEvidenceRef_Note();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.EvidenceLinkImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEvidenceLink()
		 * @generated
		 */
		EClass EVIDENCE_LINK = eINSTANCE.getEvidenceLink();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_LINK__FEATURE = eINSTANCE.getEvidenceLink_Feature();

		/**
		 * The meta object literal for the '<em><b>Option</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__OPTION = eINSTANCE.getEvidenceLink_Option();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_LINK__EVIDENCE = eINSTANCE.getEvidenceLink_Evidence();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.EvidenceHolderImpl <em>Evidence Holder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.EvidenceHolderImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEvidenceHolder()
		 * @generated
		 */
		EClass EVIDENCE_HOLDER = eINSTANCE.getEvidenceHolder();

		/**
		 * The meta object literal for the '<em><b>Evidence Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_HOLDER__EVIDENCE_LINKS = eINSTANCE.getEvidenceHolder_EvidenceLinks();

		/**
		 * The meta object literal for the '<em><b>Evidence For</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EVIDENCE_HOLDER___EVIDENCE_FOR__ESTRUCTURALFEATURE_STRING = eINSTANCE.getEvidenceHolder__EvidenceFor__EStructuralFeature_String();

		/**
		 * The meta object literal for the '<em><b>G07</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EVIDENCE_HOLDER___G07__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEvidenceHolder__G07__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.NamedCountImpl <em>Named Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.NamedCountImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getNamedCount()
		 * @generated
		 */
		EClass NAMED_COUNT = eINSTANCE.getNamedCount();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_COUNT__COUNT = eINSTANCE.getNamedCount_Count();

		/**
		 * The meta object literal for the '<em><b>Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_COUNT__NAMES = eINSTANCE.getNamedCount_Names();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NAMED_COUNT__EVIDENCE = eINSTANCE.getNamedCount_Evidence();

		/**
		 * The meta object literal for the '<em><b>G08</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NAMED_COUNT___G08__DIAGNOSTICCHAIN_MAP = eINSTANCE.getNamedCount__G08__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ExplainedAnswerImpl <em>Explained Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ExplainedAnswerImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getExplainedAnswer()
		 * @generated
		 */
		EClass EXPLAINED_ANSWER = eINSTANCE.getExplainedAnswer();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLAINED_ANSWER__ANSWER = eINSTANCE.getExplainedAnswer_Answer();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLAINED_ANSWER__EXPLANATION = eINSTANCE.getExplainedAnswer_Explanation();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPLAINED_ANSWER__EVIDENCE = eINSTANCE.getExplainedAnswer_Evidence();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ContactImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PERSON = eINSTANCE.getContact_Person();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.OrganisationImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__CONTACT = eINSTANCE.getOrganisation_Contact();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.RegionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Province</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__PROVINCE = eINSTANCE.getRegion_Province();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__CITY = eINSTANCE.getRegion_City();

		/**
		 * The meta object literal for the '<em><b>County</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__COUNTY = eINSTANCE.getRegion_County();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.DeclarationImpl <em>Declaration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.DeclarationImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getDeclaration()
		 * @generated
		 */
		EClass DECLARATION = eINSTANCE.getDeclaration();

		/**
		 * The meta object literal for the '<em><b>Signer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__SIGNER = eINSTANCE.getDeclaration_Signer();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__UNIT = eINSTANCE.getDeclaration_Unit();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__DATE = eINSTANCE.getDeclaration_Date();

		/**
		 * The meta object literal for the '<em><b>Sealed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__SEALED = eINSTANCE.getDeclaration_Sealed();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.RecommendationImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRecommendation()
		 * @generated
		 */
		EClass RECOMMENDATION = eINSTANCE.getRecommendation();

		/**
		 * The meta object literal for the '<em><b>Opinion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__OPINION = eINSTANCE.getRecommendation_Opinion();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__UNIT = eINSTANCE.getRecommendation_Unit();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__DATE = eINSTANCE.getRecommendation_Date();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.StandardCountImpl <em>Standard Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.StandardCountImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getStandardCount()
		 * @generated
		 */
		EClass STANDARD_COUNT = eINSTANCE.getStandardCount();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_COUNT__YEAR = eINSTANCE.getStandardCount_Year();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_COUNT__CATEGORY = eINSTANCE.getStandardCount_Category();

		/**
		 * The meta object literal for the '<em><b>Led</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_COUNT__LED = eINSTANCE.getStandardCount_Led();

		/**
		 * The meta object literal for the '<em><b>Participated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_COUNT__PARTICIPATED = eINSTANCE.getStandardCount_Participated();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.HonourImpl <em>Honour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.HonourImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getHonour()
		 * @generated
		 */
		EClass HONOUR = eINSTANCE.getHonour();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HONOUR__LEVEL = eINSTANCE.getHonour_Level();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HONOUR__TITLE = eINSTANCE.getHonour_Title();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HONOUR__EVIDENCE = eINSTANCE.getHonour_Evidence();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.QualifiedSmeListImpl <em>Qualified Sme List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.QualifiedSmeListImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getQualifiedSmeList()
		 * @generated
		 */
		EClass QUALIFIED_SME_LIST = eINSTANCE.getQualifiedSmeList();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFIED_SME_LIST__KIND = eINSTANCE.getQualifiedSmeList_Kind();

		/**
		 * The meta object literal for the '<em><b>Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFIED_SME_LIST__NAMES = eINSTANCE.getQualifiedSmeList_Names();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.StageGoalImpl <em>Stage Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.StageGoalImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getStageGoal()
		 * @generated
		 */
		EClass STAGE_GOAL = eINSTANCE.getStageGoal();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_GOAL__YEAR = eINSTANCE.getStageGoal_Year();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_GOAL__TEXT = eINSTANCE.getStageGoal_Text();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ClusterDocumentImpl <em>Cluster Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ClusterDocumentImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getClusterDocument()
		 * @generated
		 */
		EClass CLUSTER_DOCUMENT = eINSTANCE.getClusterDocument();

		/**
		 * The meta object literal for the '<em><b>Edition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_DOCUMENT__EDITION_ID = eINSTANCE.getClusterDocument_EditionId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_DOCUMENT__NAME = eINSTANCE.getClusterDocument_Name();

		/**
		 * The meta object literal for the '<em><b>Filing Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_DOCUMENT__FILING_DATE = eINSTANCE.getClusterDocument_FilingDate();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_DOCUMENT__CONTACT = eINSTANCE.getClusterDocument_Contact();

		/**
		 * The meta object literal for the '<em><b>Draft</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_DOCUMENT__DRAFT = eINSTANCE.getClusterDocument_Draft();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_DOCUMENT__ATTACHMENTS = eINSTANCE.getClusterDocument_Attachments();

		/**
		 * The meta object literal for the '<em><b>Evidence Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_DOCUMENT__EVIDENCE_PAGES = eINSTANCE.getClusterDocument_EvidencePages();

		/**
		 * The meta object literal for the '<em><b>Edition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_DOCUMENT__EDITION = eINSTANCE.getClusterDocument_Edition();

		/**
		 * The meta object literal for the '<em><b>G01</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G01__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G01__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G02</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G02__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G02__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G03</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G03__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G03__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G04</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G04__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G04__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G05</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G05__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G05__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G11</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G11__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G11__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G12</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G12__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G12__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G13</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G13__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G13__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G14</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G14__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G14__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G15</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___G15__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__G15__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>D01</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___D01__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__D01__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>D02</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___D02__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__D02__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>D03</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___D03__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__D03__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>D04</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___D04__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__D04__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>D05</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___D05__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__D05__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>D06</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___D06__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__D06__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>D07</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___D07__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__D07__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>D08</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___D08__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__D08__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>D09</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_DOCUMENT___D09__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterDocument__D09__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ApplicationImpl <em>Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ApplicationImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getApplication()
		 * @generated
		 */
		EClass APPLICATION = eINSTANCE.getApplication();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__REGION = eINSTANCE.getApplication_Region();

		/**
		 * The meta object literal for the '<em><b>Basic Info</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__BASIC_INFO = eINSTANCE.getApplication_BasicInfo();

		/**
		 * The meta object literal for the '<em><b>Industry</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__INDUSTRY = eINSTANCE.getApplication_Industry();

		/**
		 * The meta object literal for the '<em><b>Innovation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__INNOVATION = eINSTANCE.getApplication_Innovation();

		/**
		 * The meta object literal for the '<em><b>Digital</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__DIGITAL = eINSTANCE.getApplication_Digital();

		/**
		 * The meta object literal for the '<em><b>Green</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__GREEN = eINSTANCE.getApplication_Green();

		/**
		 * The meta object literal for the '<em><b>Openness</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__OPENNESS = eINSTANCE.getApplication_Openness();

		/**
		 * The meta object literal for the '<em><b>Governance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__GOVERNANCE = eINSTANCE.getApplication_Governance();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__PLAN = eINSTANCE.getApplication_Plan();

		/**
		 * The meta object literal for the '<em><b>Review</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__REVIEW = eINSTANCE.getApplication_Review();

		/**
		 * The meta object literal for the '<em><b>Declaration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__DECLARATION = eINSTANCE.getApplication_Declaration();

		/**
		 * The meta object literal for the '<em><b>Recommendation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__RECOMMENDATION = eINSTANCE.getApplication_Recommendation();

		/**
		 * The meta object literal for the '<em><b>Commitment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__COMMITMENT = eINSTANCE.getApplication_Commitment();

		/**
		 * The meta object literal for the '<em><b>Outline</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__OUTLINE = eINSTANCE.getApplication_Outline();

		/**
		 * The meta object literal for the '<em><b>Eligible</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation APPLICATION___ELIGIBLE = eINSTANCE.getApplication__Eligible();

		/**
		 * The meta object literal for the '<em><b>G06</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation APPLICATION___G06__DIAGNOSTICCHAIN_MAP = eINSTANCE.getApplication__G06__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G09</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation APPLICATION___G09__DIAGNOSTICCHAIN_MAP = eINSTANCE.getApplication__G09__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>G10</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation APPLICATION___G10__DIAGNOSTICCHAIN_MAP = eINSTANCE.getApplication__G10__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>P09</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation APPLICATION___P09__DIAGNOSTICCHAIN_MAP = eINSTANCE.getApplication__P09__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.BasicInfoSectionImpl <em>Basic Info Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.BasicInfoSectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getBasicInfoSection()
		 * @generated
		 */
		EClass BASIC_INFO_SECTION = eINSTANCE.getBasicInfoSection();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_INFO_SECTION__DEPARTMENT = eINSTANCE.getBasicInfoSection_Department();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_INFO_SECTION__OPERATOR = eINSTANCE.getBasicInfoSection_Operator();

		/**
		 * The meta object literal for the '<em><b>Operator Changed</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_INFO_SECTION__OPERATOR_CHANGED = eINSTANCE.getBasicInfoSection_OperatorChanged();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_INFO_SECTION__AREA = eINSTANCE.getBasicInfoSection_Area();

		/**
		 * The meta object literal for the '<em><b>Industry Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_INFO_SECTION__INDUSTRY_TYPE = eINSTANCE.getBasicInfoSection_IndustryType();

		/**
		 * The meta object literal for the '<em><b>Prohibited Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_INFO_SECTION__PROHIBITED_INDUSTRY = eINSTANCE.getBasicInfoSection_ProhibitedIndustry();

		/**
		 * The meta object literal for the '<em><b>Accidents</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_INFO_SECTION__ACCIDENTS = eINSTANCE.getBasicInfoSection_Accidents();

		/**
		 * The meta object literal for the '<em><b>Violations</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_INFO_SECTION__VIOLATIONS = eINSTANCE.getBasicInfoSection_Violations();

		/**
		 * The meta object literal for the '<em><b>Energy Efficiency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_INFO_SECTION__ENERGY_EFFICIENCY = eINSTANCE.getBasicInfoSection_EnergyEfficiency();

		/**
		 * The meta object literal for the '<em><b>Water Efficiency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_INFO_SECTION__WATER_EFFICIENCY = eINSTANCE.getBasicInfoSection_WaterEfficiency();

		/**
		 * The meta object literal for the '<em><b>Provincially Recognised</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED = eINSTANCE.getBasicInfoSection_ProvinciallyRecognised();

		/**
		 * The meta object literal for the '<em><b>Key Chain Member</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_INFO_SECTION__KEY_CHAIN_MEMBER = eINSTANCE.getBasicInfoSection_KeyChainMember();

		/**
		 * The meta object literal for the '<em><b>Key Chain Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE = eINSTANCE.getBasicInfoSection_KeyChainEvidence();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.IndustrySectionImpl <em>Industry Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.IndustrySectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getIndustrySection()
		 * @generated
		 */
		EClass INDUSTRY_SECTION = eINSTANCE.getIndustrySection();

		/**
		 * The meta object literal for the '<em><b>Total Output</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__TOTAL_OUTPUT = eINSTANCE.getIndustrySection_TotalOutput();

		/**
		 * The meta object literal for the '<em><b>County Share</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__COUNTY_SHARE = eINSTANCE.getIndustrySection_CountyShare();

		/**
		 * The meta object literal for the '<em><b>Sme Output Share</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__SME_OUTPUT_SHARE = eINSTANCE.getIndustrySection_SmeOutputShare();

		/**
		 * The meta object literal for the '<em><b>Leading Industry Share</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE = eINSTANCE.getIndustrySection_LeadingIndustryShare();

		/**
		 * The meta object literal for the '<em><b>Leading Industry Growth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH = eINSTANCE.getIndustrySection_LeadingIndustryGrowth();

		/**
		 * The meta object literal for the '<em><b>Leading Industry Average Growth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH = eINSTANCE.getIndustrySection_LeadingIndustryAverageGrowth();

		/**
		 * The meta object literal for the '<em><b>Enterprises</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__ENTERPRISES = eINSTANCE.getIndustrySection_Enterprises();

		/**
		 * The meta object literal for the '<em><b>Smes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__SMES = eINSTANCE.getIndustrySection_Smes();

		/**
		 * The meta object literal for the '<em><b>Specialised Smes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__SPECIALISED_SMES = eINSTANCE.getIndustrySection_SpecialisedSmes();

		/**
		 * The meta object literal for the '<em><b>Little Giants</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__LITTLE_GIANTS = eINSTANCE.getIndustrySection_LittleGiants();

		/**
		 * The meta object literal for the '<em><b>Single Champions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__SINGLE_CHAMPIONS = eINSTANCE.getIndustrySection_SingleChampions();

		/**
		 * The meta object literal for the '<em><b>High Tech Enterprises</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES = eINSTANCE.getIndustrySection_HighTechEnterprises();

		/**
		 * The meta object literal for the '<em><b>Innovative Smes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__INNOVATIVE_SMES = eINSTANCE.getIndustrySection_InnovativeSmes();

		/**
		 * The meta object literal for the '<em><b>Listed Smes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__LISTED_SMES = eINSTANCE.getIndustrySection_ListedSmes();

		/**
		 * The meta object literal for the '<em><b>Pre Listing Smes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__PRE_LISTING_SMES = eINSTANCE.getIndustrySection_PreListingSmes();

		/**
		 * The meta object literal for the '<em><b>Qualified Sme Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__QUALIFIED_SME_LISTS = eINSTANCE.getIndustrySection_QualifiedSmeLists();

		/**
		 * The meta object literal for the '<em><b>Fdi</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__FDI = eINSTANCE.getIndustrySection_Fdi();

		/**
		 * The meta object literal for the '<em><b>Fdi Growth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__FDI_GROWTH = eINSTANCE.getIndustrySection_FdiGrowth();

		/**
		 * The meta object literal for the '<em><b>Exports</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__EXPORTS = eINSTANCE.getIndustrySection_Exports();

		/**
		 * The meta object literal for the '<em><b>Export Growth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__EXPORT_GROWTH = eINSTANCE.getIndustrySection_ExportGrowth();

		/**
		 * The meta object literal for the '<em><b>Fdi Cumulative Growth By Year</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR = eINSTANCE.getIndustrySection_FdiCumulativeGrowthByYear();

		/**
		 * The meta object literal for the '<em><b>Export Cumulative Growth By Year</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR = eINSTANCE.getIndustrySection_ExportCumulativeGrowthByYear();

		/**
		 * The meta object literal for the '<em><b>Chain Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_SECTION__CHAIN_NARRATIVE = eINSTANCE.getIndustrySection_ChainNarrative();

		/**
		 * The meta object literal for the '<em><b>Chain Works</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_SECTION__CHAIN_WORKS = eINSTANCE.getIndustrySection_ChainWorks();

		/**
		 * The meta object literal for the '<em><b>Resource Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_SECTION__RESOURCE_NARRATIVE = eINSTANCE.getIndustrySection_ResourceNarrative();

		/**
		 * The meta object literal for the '<em><b>Resource Works</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_SECTION__RESOURCE_WORKS = eINSTANCE.getIndustrySection_ResourceWorks();

		/**
		 * The meta object literal for the '<em><b>Honours</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_SECTION__HONOURS = eINSTANCE.getIndustrySection_Honours();

		/**
		 * The meta object literal for the '<em><b>Quality Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_SECTION__QUALITY_NARRATIVE = eINSTANCE.getIndustrySection_QualityNarrative();

		/**
		 * The meta object literal for the '<em><b>Quality Works</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_SECTION__QUALITY_WORKS = eINSTANCE.getIndustrySection_QualityWorks();

		/**
		 * The meta object literal for the '<em><b>Leading Industry Output</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INDUSTRY_SECTION___LEADING_INDUSTRY_OUTPUT__INT = eINSTANCE.getIndustrySection__LeadingIndustryOutput__int();

		/**
		 * The meta object literal for the '<em><b>Leading Industry Output Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INDUSTRY_SECTION___LEADING_INDUSTRY_OUTPUT_GROWTH__INT = eINSTANCE.getIndustrySection__LeadingIndustryOutputGrowth__int();

		/**
		 * The meta object literal for the '<em><b>Computed Leading Industry Average Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INDUSTRY_SECTION___COMPUTED_LEADING_INDUSTRY_AVERAGE_GROWTH = eINSTANCE.getIndustrySection__ComputedLeadingIndustryAverageGrowth();

		/**
		 * The meta object literal for the '<em><b>Computed Fdi Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INDUSTRY_SECTION___COMPUTED_FDI_GROWTH__INT = eINSTANCE.getIndustrySection__ComputedFdiGrowth__int();

		/**
		 * The meta object literal for the '<em><b>Computed Export Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INDUSTRY_SECTION___COMPUTED_EXPORT_GROWTH__INT = eINSTANCE.getIndustrySection__ComputedExportGrowth__int();

		/**
		 * The meta object literal for the '<em><b>Output Average Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INDUSTRY_SECTION___OUTPUT_AVERAGE_GROWTH = eINSTANCE.getIndustrySection__OutputAverageGrowth();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.InnovationSectionImpl <em>Innovation Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.InnovationSectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getInnovationSection()
		 * @generated
		 */
		EClass INNOVATION_SECTION = eINSTANCE.getInnovationSection();

		/**
		 * The meta object literal for the '<em><b>Rd Intensity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__RD_INTENSITY = eINSTANCE.getInnovationSection_RdIntensity();

		/**
		 * The meta object literal for the '<em><b>Rd Expenditure</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__RD_EXPENDITURE = eINSTANCE.getInnovationSection_RdExpenditure();

		/**
		 * The meta object literal for the '<em><b>Rd Growth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__RD_GROWTH = eINSTANCE.getInnovationSection_RdGrowth();

		/**
		 * The meta object literal for the '<em><b>Sme Employees</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__SME_EMPLOYEES = eINSTANCE.getInnovationSection_SmeEmployees();

		/**
		 * The meta object literal for the '<em><b>Rd Staff</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__RD_STAFF = eINSTANCE.getInnovationSection_RdStaff();

		/**
		 * The meta object literal for the '<em><b>Rd Staff Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_SECTION__RD_STAFF_SHARE = eINSTANCE.getInnovationSection_RdStaffShare();

		/**
		 * The meta object literal for the '<em><b>Ip Grants</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__IP_GRANTS = eINSTANCE.getInnovationSection_IpGrants();

		/**
		 * The meta object literal for the '<em><b>Standards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__STANDARDS = eINSTANCE.getInnovationSection_Standards();

		/**
		 * The meta object literal for the '<em><b>National Platforms</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__NATIONAL_PLATFORMS = eINSTANCE.getInnovationSection_NationalPlatforms();

		/**
		 * The meta object literal for the '<em><b>Provincial Platforms</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__PROVINCIAL_PLATFORMS = eINSTANCE.getInnovationSection_ProvincialPlatforms();

		/**
		 * The meta object literal for the '<em><b>Other Platforms</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__OTHER_PLATFORMS = eINSTANCE.getInnovationSection_OtherPlatforms();

		/**
		 * The meta object literal for the '<em><b>Pct Applications</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_SECTION__PCT_APPLICATIONS = eINSTANCE.getInnovationSection_PctApplications();

		/**
		 * The meta object literal for the '<em><b>Patent Average Growth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_SECTION__PATENT_AVERAGE_GROWTH = eINSTANCE.getInnovationSection_PatentAverageGrowth();

		/**
		 * The meta object literal for the '<em><b>Patents Per10k</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_SECTION__PATENTS_PER10K = eINSTANCE.getInnovationSection_PatentsPer10k();

		/**
		 * The meta object literal for the '<em><b>Valid Invention Patents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_SECTION__VALID_INVENTION_PATENTS = eINSTANCE.getInnovationSection_ValidInventionPatents();

		/**
		 * The meta object literal for the '<em><b>Patent Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SECTION__PATENT_EVIDENCE = eINSTANCE.getInnovationSection_PatentEvidence();

		/**
		 * The meta object literal for the '<em><b>Computed Rd Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INNOVATION_SECTION___COMPUTED_RD_GROWTH__INT = eINSTANCE.getInnovationSection__ComputedRdGrowth__int();

		/**
		 * The meta object literal for the '<em><b>Computed Patents Per10k</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INNOVATION_SECTION___COMPUTED_PATENTS_PER10K = eINSTANCE.getInnovationSection__ComputedPatentsPer10k();

		/**
		 * The meta object literal for the '<em><b>Computed Rd Staff Share</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INNOVATION_SECTION___COMPUTED_RD_STAFF_SHARE__INT = eINSTANCE.getInnovationSection__ComputedRdStaffShare__int();

		/**
		 * The meta object literal for the '<em><b>Rd Average Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INNOVATION_SECTION___RD_AVERAGE_GROWTH = eINSTANCE.getInnovationSection__RdAverageGrowth();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.DigitalSectionImpl <em>Digital Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.DigitalSectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getDigitalSection()
		 * @generated
		 */
		EClass DIGITAL_SECTION = eINSTANCE.getDigitalSection();

		/**
		 * The meta object literal for the '<em><b>Cloud Smes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__CLOUD_SMES = eINSTANCE.getDigitalSection_CloudSmes();

		/**
		 * The meta object literal for the '<em><b>Cloud Ratio</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__CLOUD_RATIO = eINSTANCE.getDigitalSection_CloudRatio();

		/**
		 * The meta object literal for the '<em><b>Iiot Smes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__IIOT_SMES = eINSTANCE.getDigitalSection_IiotSmes();

		/**
		 * The meta object literal for the '<em><b>Iiot Penetration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__IIOT_PENETRATION = eINSTANCE.getDigitalSection_IiotPenetration();

		/**
		 * The meta object literal for the '<em><b>Digital Rd Tool Rate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE = eINSTANCE.getDigitalSection_DigitalRdToolRate();

		/**
		 * The meta object literal for the '<em><b>Identifier Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_SECTION__IDENTIFIER_RATIO = eINSTANCE.getDigitalSection_IdentifierRatio();

		/**
		 * The meta object literal for the '<em><b>Software Purchases</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__SOFTWARE_PURCHASES = eINSTANCE.getDigitalSection_SoftwarePurchases();

		/**
		 * The meta object literal for the '<em><b>Software Rate Rising</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_SECTION__SOFTWARE_RATE_RISING = eINSTANCE.getDigitalSection_SoftwareRateRising();

		/**
		 * The meta object literal for the '<em><b>Service Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_SECTION__SERVICE_NARRATIVE = eINSTANCE.getDigitalSection_ServiceNarrative();

		/**
		 * The meta object literal for the '<em><b>Service Works</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_SECTION__SERVICE_WORKS = eINSTANCE.getDigitalSection_ServiceWorks();

		/**
		 * The meta object literal for the '<em><b>New Model Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_SECTION__NEW_MODEL_NARRATIVE = eINSTANCE.getDigitalSection_NewModelNarrative();

		/**
		 * The meta object literal for the '<em><b>New Model Works</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_SECTION__NEW_MODEL_WORKS = eINSTANCE.getDigitalSection_NewModelWorks();

		/**
		 * The meta object literal for the '<em><b>National Pilots</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__NATIONAL_PILOTS = eINSTANCE.getDigitalSection_NationalPilots();

		/**
		 * The meta object literal for the '<em><b>Provincial Pilots</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__PROVINCIAL_PILOTS = eINSTANCE.getDigitalSection_ProvincialPilots();

		/**
		 * The meta object literal for the '<em><b>Other Pilots</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__OTHER_PILOTS = eINSTANCE.getDigitalSection_OtherPilots();

		/**
		 * The meta object literal for the '<em><b>Provincial Or Above Pilots</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS = eINSTANCE.getDigitalSection_ProvincialOrAbovePilots();

		/**
		 * The meta object literal for the '<em><b>Computed Cloud Ratio</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIGITAL_SECTION___COMPUTED_CLOUD_RATIO__INT = eINSTANCE.getDigitalSection__ComputedCloudRatio__int();

		/**
		 * The meta object literal for the '<em><b>Computed Iiot Penetration</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIGITAL_SECTION___COMPUTED_IIOT_PENETRATION__INT = eINSTANCE.getDigitalSection__ComputedIiotPenetration__int();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.GreenSectionImpl <em>Green Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.GreenSectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGreenSection()
		 * @generated
		 */
		EClass GREEN_SECTION = eINSTANCE.getGreenSection();

		/**
		 * The meta object literal for the '<em><b>Carbon Monitoring</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__CARBON_MONITORING = eINSTANCE.getGreenSection_CarbonMonitoring();

		/**
		 * The meta object literal for the '<em><b>Carbon Monitoring Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_SECTION__CARBON_MONITORING_EVIDENCE = eINSTANCE.getGreenSection_CarbonMonitoringEvidence();

		/**
		 * The meta object literal for the '<em><b>Co2 Per Output</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_SECTION__CO2_PER_OUTPUT = eINSTANCE.getGreenSection_Co2PerOutput();

		/**
		 * The meta object literal for the '<em><b>Co2 Formula</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__CO2_FORMULA = eINSTANCE.getGreenSection_Co2Formula();

		/**
		 * The meta object literal for the '<em><b>Energy Per Output</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_SECTION__ENERGY_PER_OUTPUT = eINSTANCE.getGreenSection_EnergyPerOutput();

		/**
		 * The meta object literal for the '<em><b>Energy Formula</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__ENERGY_FORMULA = eINSTANCE.getGreenSection_EnergyFormula();

		/**
		 * The meta object literal for the '<em><b>Co2 Reduction Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__CO2_REDUCTION_RATE = eINSTANCE.getGreenSection_Co2ReductionRate();

		/**
		 * The meta object literal for the '<em><b>Energy Reduction Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__ENERGY_REDUCTION_RATE = eINSTANCE.getGreenSection_EnergyReductionRate();

		/**
		 * The meta object literal for the '<em><b>Solid Waste Utilisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__SOLID_WASTE_UTILISATION = eINSTANCE.getGreenSection_SolidWasteUtilisation();

		/**
		 * The meta object literal for the '<em><b>Solid Waste Above Average</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE = eINSTANCE.getGreenSection_SolidWasteAboveAverage();

		/**
		 * The meta object literal for the '<em><b>Water Reuse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__WATER_REUSE = eINSTANCE.getGreenSection_WaterReuse();

		/**
		 * The meta object literal for the '<em><b>Water Reuse Above Average</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE = eINSTANCE.getGreenSection_WaterReuseAboveAverage();

		/**
		 * The meta object literal for the '<em><b>Green Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__GREEN_NARRATIVE = eINSTANCE.getGreenSection_GreenNarrative();

		/**
		 * The meta object literal for the '<em><b>Green Works</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__GREEN_WORKS = eINSTANCE.getGreenSection_GreenWorks();

		/**
		 * The meta object literal for the '<em><b>National Green System</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_SECTION__NATIONAL_GREEN_SYSTEM = eINSTANCE.getGreenSection_NationalGreenSystem();

		/**
		 * The meta object literal for the '<em><b>Provincial Green System</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM = eINSTANCE.getGreenSection_ProvincialGreenSystem();

		/**
		 * The meta object literal for the '<em><b>Other Green System</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_SECTION__OTHER_GREEN_SYSTEM = eINSTANCE.getGreenSection_OtherGreenSystem();

		/**
		 * The meta object literal for the '<em><b>Green Factories</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__GREEN_FACTORIES = eINSTANCE.getGreenSection_GreenFactories();

		/**
		 * The meta object literal for the '<em><b>Green Parks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__GREEN_PARKS = eINSTANCE.getGreenSection_GreenParks();

		/**
		 * The meta object literal for the '<em><b>Green Supply Chains</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__GREEN_SUPPLY_CHAINS = eINSTANCE.getGreenSection_GreenSupplyChains();

		/**
		 * The meta object literal for the '<em><b>Green Design Products</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GREEN_SECTION__GREEN_DESIGN_PRODUCTS = eINSTANCE.getGreenSection_GreenDesignProducts();

		/**
		 * The meta object literal for the '<em><b>Green Count Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_SECTION__GREEN_COUNT_EVIDENCE = eINSTANCE.getGreenSection_GreenCountEvidence();

		/**
		 * The meta object literal for the '<em><b>Computed Energy Reduction</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GREEN_SECTION___COMPUTED_ENERGY_REDUCTION = eINSTANCE.getGreenSection__ComputedEnergyReduction();

		/**
		 * The meta object literal for the '<em><b>Computed Co2 Reduction</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GREEN_SECTION___COMPUTED_CO2_REDUCTION = eINSTANCE.getGreenSection__ComputedCo2Reduction();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.OpennessSectionImpl <em>Openness Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.OpennessSectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getOpennessSection()
		 * @generated
		 */
		EClass OPENNESS_SECTION = eINSTANCE.getOpennessSection();

		/**
		 * The meta object literal for the '<em><b>International Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPENNESS_SECTION__INTERNATIONAL_NARRATIVE = eINSTANCE.getOpennessSection_InternationalNarrative();

		/**
		 * The meta object literal for the '<em><b>International Works</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPENNESS_SECTION__INTERNATIONAL_WORKS = eINSTANCE.getOpennessSection_InternationalWorks();

		/**
		 * The meta object literal for the '<em><b>Overseas Branches</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPENNESS_SECTION__OVERSEAS_BRANCHES = eINSTANCE.getOpennessSection_OverseasBranches();

		/**
		 * The meta object literal for the '<em><b>Overseas Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPENNESS_SECTION__OVERSEAS_EVIDENCE = eINSTANCE.getOpennessSection_OverseasEvidence();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.GovernanceSectionImpl <em>Governance Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.GovernanceSectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGovernanceSection()
		 * @generated
		 */
		EClass GOVERNANCE_SECTION = eINSTANCE.getGovernanceSection();

		/**
		 * The meta object literal for the '<em><b>Alliances</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_SECTION__ALLIANCES = eINSTANCE.getGovernanceSection_Alliances();

		/**
		 * The meta object literal for the '<em><b>Environment Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE = eINSTANCE.getGovernanceSection_EnvironmentNarrative();

		/**
		 * The meta object literal for the '<em><b>Governance Works</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_SECTION__GOVERNANCE_WORKS = eINSTANCE.getGovernanceSection_GovernanceWorks();

		/**
		 * The meta object literal for the '<em><b>National Service Platforms</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS = eINSTANCE.getGovernanceSection_NationalServicePlatforms();

		/**
		 * The meta object literal for the '<em><b>Provincial Service Platforms</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS = eINSTANCE.getGovernanceSection_ProvincialServicePlatforms();

		/**
		 * The meta object literal for the '<em><b>Other Service Platforms</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS = eINSTANCE.getGovernanceSection_OtherServicePlatforms();

		/**
		 * The meta object literal for the '<em><b>Platform Works</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_SECTION__PLATFORM_WORKS = eINSTANCE.getGovernanceSection_PlatformWorks();

		/**
		 * The meta object literal for the '<em><b>Public Services</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_SECTION__PUBLIC_SERVICES = eINSTANCE.getGovernanceSection_PublicServices();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.PlanIndicatorImpl <em>Plan Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.PlanIndicatorImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanIndicator()
		 * @generated
		 */
		EClass PLAN_INDICATOR = eINSTANCE.getPlanIndicator();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_INDICATOR__DIRECTION = eINSTANCE.getPlanIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_INDICATOR__KIND = eINSTANCE.getPlanIndicator_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_INDICATOR__NAME = eINSTANCE.getPlanIndicator_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_INDICATOR__UNIT = eINSTANCE.getPlanIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Reduction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_INDICATOR__REDUCTION = eINSTANCE.getPlanIndicator_Reduction();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_INDICATOR__BASELINE = eINSTANCE.getPlanIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_INDICATOR__TARGET = eINSTANCE.getPlanIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Stage Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_INDICATOR__STAGE_TARGETS = eINSTANCE.getPlanIndicator_StageTargets();

		/**
		 * The meta object literal for the '<em><b>Industry Average</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_INDICATOR__INDUSTRY_AVERAGE = eINSTANCE.getPlanIndicator_IndustryAverage();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_INDICATOR__DESCRIPTION = eINSTANCE.getPlanIndicator_Description();

		/**
		 * The meta object literal for the '<em><b>Average Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_INDICATOR___AVERAGE_GROWTH = eINSTANCE.getPlanIndicator__AverageGrowth();

		/**
		 * The meta object literal for the '<em><b>Change Rate</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_INDICATOR___CHANGE_RATE = eINSTANCE.getPlanIndicator__ChangeRate();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.CompletionIndicatorImpl <em>Completion Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.CompletionIndicatorImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getCompletionIndicator()
		 * @generated
		 */
		EClass COMPLETION_INDICATOR = eINSTANCE.getCompletionIndicator();

		/**
		 * The meta object literal for the '<em><b>Achieved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_INDICATOR__ACHIEVED = eINSTANCE.getCompletionIndicator_Achieved();

		/**
		 * The meta object literal for the '<em><b>Baseline Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_INDICATOR__BASELINE_DESCRIPTION = eINSTANCE.getCompletionIndicator_BaselineDescription();

		/**
		 * The meta object literal for the '<em><b>Achieved Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION = eINSTANCE.getCompletionIndicator_AchievedDescription();

		/**
		 * The meta object literal for the '<em><b>Met</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPLETION_INDICATOR___MET = eINSTANCE.getCompletionIndicator__Met();

		/**
		 * The meta object literal for the '<em><b>Attainment</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPLETION_INDICATOR___ATTAINMENT = eINSTANCE.getCompletionIndicator__Attainment();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.PlanSectionImpl <em>Plan Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.PlanSectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanSection()
		 * @generated
		 */
		EClass PLAN_SECTION = eINSTANCE.getPlanSection();

		/**
		 * The meta object literal for the '<em><b>Introduction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__INTRODUCTION = eINSTANCE.getPlanSection_Introduction();

		/**
		 * The meta object literal for the '<em><b>Achievements</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__ACHIEVEMENTS = eINSTANCE.getPlanSection_Achievements();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__PROBLEMS = eINSTANCE.getPlanSection_Problems();

		/**
		 * The meta object literal for the '<em><b>Approach</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__APPROACH = eINSTANCE.getPlanSection_Approach();

		/**
		 * The meta object literal for the '<em><b>Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__BASELINE_YEAR = eINSTANCE.getPlanSection_BaselineYear();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__TARGET_YEAR = eINSTANCE.getPlanSection_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_SECTION__TARGETS = eINSTANCE.getPlanSection_Targets();

		/**
		 * The meta object literal for the '<em><b>Stage Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_SECTION__STAGE_GOALS = eINSTANCE.getPlanSection_StageGoals();

		/**
		 * The meta object literal for the '<em><b>Key Tasks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__KEY_TASKS = eINSTANCE.getPlanSection_KeyTasks();

		/**
		 * The meta object literal for the '<em><b>Safeguards</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__SAFEGUARDS = eINSTANCE.getPlanSection_Safeguards();

		/**
		 * The meta object literal for the '<em><b>Narrative Length</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___NARRATIVE_LENGTH = eINSTANCE.getPlanSection__NarrativeLength();

		/**
		 * The meta object literal for the '<em><b>Target Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___TARGET_OF__PLANINDICATORKIND = eINSTANCE.getPlanSection__TargetOf__PlanIndicatorKind();

		/**
		 * The meta object literal for the '<em><b>P01</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___P01__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlanSection__P01__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>P02</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___P02__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlanSection__P02__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>P03</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___P03__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlanSection__P03__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>P04</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___P04__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlanSection__P04__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>P05</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___P05__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlanSection__P05__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>P06</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___P06__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlanSection__P06__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>P07</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___P07__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlanSection__P07__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>P08</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_SECTION___P08__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlanSection__P08__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ReviewSectionImpl <em>Review Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ReviewSectionImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getReviewSection()
		 * @generated
		 */
		EClass REVIEW_SECTION = eINSTANCE.getReviewSection();

		/**
		 * The meta object literal for the '<em><b>Introduction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SECTION__INTRODUCTION = eINSTANCE.getReviewSection_Introduction();

		/**
		 * The meta object literal for the '<em><b>Cultivation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SECTION__CULTIVATION = eINSTANCE.getReviewSection_Cultivation();

		/**
		 * The meta object literal for the '<em><b>Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SECTION__BASELINE_YEAR = eINSTANCE.getReviewSection_BaselineYear();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SECTION__TARGET_YEAR = eINSTANCE.getReviewSection_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Completion</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_SECTION__COMPLETION = eINSTANCE.getReviewSection_Completion();

		/**
		 * The meta object literal for the '<em><b>New Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_SECTION__NEW_PLAN = eINSTANCE.getReviewSection_NewPlan();

		/**
		 * The meta object literal for the '<em><b>Unmet Count</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REVIEW_SECTION___UNMET_COUNT = eINSTANCE.getReviewSection__UnmetCount();

		/**
		 * The meta object literal for the '<em><b>Met Count</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REVIEW_SECTION___MET_COUNT = eINSTANCE.getReviewSection__MetCount();

		/**
		 * The meta object literal for the '<em><b>P10</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REVIEW_SECTION___P10__DIAGNOSTICCHAIN_MAP = eINSTANCE.getReviewSection__P10__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.CommitmentLetterImpl <em>Commitment Letter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.CommitmentLetterImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getCommitmentLetter()
		 * @generated
		 */
		EClass COMMITMENT_LETTER = eINSTANCE.getCommitmentLetter();

		/**
		 * The meta object literal for the '<em><b>Addressee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_LETTER__ADDRESSEE = eINSTANCE.getCommitmentLetter_Addressee();

		/**
		 * The meta object literal for the '<em><b>Issuing Bureau</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_LETTER__ISSUING_BUREAU = eINSTANCE.getCommitmentLetter_IssuingBureau();

		/**
		 * The meta object literal for the '<em><b>Commitments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_LETTER__COMMITMENTS = eINSTANCE.getCommitmentLetter_Commitments();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_LETTER__DATE = eINSTANCE.getCommitmentLetter_Date();

		/**
		 * The meta object literal for the '<em><b>Sealed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_LETTER__SEALED = eINSTANCE.getCommitmentLetter_Sealed();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.WritingOutlineImpl <em>Writing Outline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.WritingOutlineImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getWritingOutline()
		 * @generated
		 */
		EClass WRITING_OUTLINE = eINSTANCE.getWritingOutline();

		/**
		 * The meta object literal for the '<em><b>Basic Information</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__BASIC_INFORMATION = eINSTANCE.getWritingOutline_BasicInformation();

		/**
		 * The meta object literal for the '<em><b>Development Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__DEVELOPMENT_LEVEL = eINSTANCE.getWritingOutline_DevelopmentLevel();

		/**
		 * The meta object literal for the '<em><b>Above Scale Enterprises</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES = eINSTANCE.getWritingOutline_AboveScaleEnterprises();

		/**
		 * The meta object literal for the '<em><b>Chain Strengthening</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__CHAIN_STRENGTHENING = eINSTANCE.getWritingOutline_ChainStrengthening();

		/**
		 * The meta object literal for the '<em><b>Resource Collaboration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__RESOURCE_COLLABORATION = eINSTANCE.getWritingOutline_ResourceCollaboration();

		/**
		 * The meta object literal for the '<em><b>Quality Brand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__QUALITY_BRAND = eINSTANCE.getWritingOutline_QualityBrand();

		/**
		 * The meta object literal for the '<em><b>Collaborative Innovation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__COLLABORATIVE_INNOVATION = eINSTANCE.getWritingOutline_CollaborativeInnovation();

		/**
		 * The meta object literal for the '<em><b>Intelligent Transformation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION = eINSTANCE.getWritingOutline_IntelligentTransformation();

		/**
		 * The meta object literal for the '<em><b>Digital Services</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__DIGITAL_SERVICES = eINSTANCE.getWritingOutline_DigitalServices();

		/**
		 * The meta object literal for the '<em><b>Green Low Carbon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__GREEN_LOW_CARBON = eINSTANCE.getWritingOutline_GreenLowCarbon();

		/**
		 * The meta object literal for the '<em><b>International Cooperation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__INTERNATIONAL_COOPERATION = eINSTANCE.getWritingOutline_InternationalCooperation();

		/**
		 * The meta object literal for the '<em><b>Development Environment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT = eINSTANCE.getWritingOutline_DevelopmentEnvironment();

		/**
		 * The meta object literal for the '<em><b>Above Scale Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE = eINSTANCE.getWritingOutline_AboveScaleEvidence();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.UnitContactImpl <em>Unit Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.UnitContactImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getUnitContact()
		 * @generated
		 */
		EClass UNIT_CONTACT = eINSTANCE.getUnitContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_CONTACT__NAME = eINSTANCE.getUnitContact_Name();

		/**
		 * The meta object literal for the '<em><b>Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_CONTACT__HEAD = eINSTANCE.getUnitContact_Head();

		/**
		 * The meta object literal for the '<em><b>Head Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_CONTACT__HEAD_PHONE = eINSTANCE.getUnitContact_HeadPhone();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_CONTACT__CONTACT = eINSTANCE.getUnitContact_Contact();

		/**
		 * The meta object literal for the '<em><b>Contact Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_CONTACT__CONTACT_PHONE = eINSTANCE.getUnitContact_ContactPhone();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.RankedEnterpriseImpl <em>Ranked Enterprise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.RankedEnterpriseImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRankedEnterprise()
		 * @generated
		 */
		EClass RANKED_ENTERPRISE = eINSTANCE.getRankedEnterprise();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKED_ENTERPRISE__NAME = eINSTANCE.getRankedEnterprise_Name();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKED_ENTERPRISE__PRODUCTS = eINSTANCE.getRankedEnterprise_Products();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.RankingTableImpl <em>Ranking Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.RankingTableImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getRankingTable()
		 * @generated
		 */
		EClass RANKING_TABLE = eINSTANCE.getRankingTable();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RANKING_TABLE__ROWS = eINSTANCE.getRankingTable_Rows();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RANKING_TABLE__TOTAL = eINSTANCE.getRankingTable_Total();

		/**
		 * The meta object literal for the '<em><b>Evidence Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_TABLE__EVIDENCE_PAGE = eINSTANCE.getRankingTable_EvidencePage();

		/**
		 * The meta object literal for the '<em><b>Computed Total</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RANKING_TABLE___COMPUTED_TOTAL__INT = eINSTANCE.getRankingTable__ComputedTotal__int();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.KeyProjectImpl <em>Key Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.KeyProjectImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getKeyProject()
		 * @generated
		 */
		EClass KEY_PROJECT = eINSTANCE.getKeyProject();

		/**
		 * The meta object literal for the '<em><b>Builder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_PROJECT__BUILDER = eINSTANCE.getKeyProject_Builder();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_PROJECT__NAME = eINSTANCE.getKeyProject_Name();

		/**
		 * The meta object literal for the '<em><b>Investment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_PROJECT__INVESTMENT = eINSTANCE.getKeyProject_Investment();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_PROJECT__PERIOD_START = eINSTANCE.getKeyProject_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_PROJECT__PERIOD_END = eINSTANCE.getKeyProject_PeriodEnd();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ApprovedListingImpl <em>Approved Listing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ApprovedListingImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getApprovedListing()
		 * @generated
		 */
		EClass APPROVED_LISTING = eINSTANCE.getApprovedListing();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVED_LISTING__KIND = eINSTANCE.getApprovedListing_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVED_LISTING__NAME = eINSTANCE.getApprovedListing_Name();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVED_LISTING__LEVEL = eINSTANCE.getApprovedListing_Level();

		/**
		 * The meta object literal for the '<em><b>Approved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVED_LISTING__APPROVED_ON = eINSTANCE.getApprovedListing_ApprovedOn();

		/**
		 * The meta object literal for the '<em><b>Approver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVED_LISTING__APPROVER = eINSTANCE.getApprovedListing_Approver();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.SmartFactoryCountImpl <em>Smart Factory Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.SmartFactoryCountImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getSmartFactoryCount()
		 * @generated
		 */
		EClass SMART_FACTORY_COUNT = eINSTANCE.getSmartFactoryCount();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_FACTORY_COUNT__YEAR = eINSTANCE.getSmartFactoryCount_Year();

		/**
		 * The meta object literal for the '<em><b>Leading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_FACTORY_COUNT__LEADING = eINSTANCE.getSmartFactoryCount_Leading();

		/**
		 * The meta object literal for the '<em><b>Excellent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_FACTORY_COUNT__EXCELLENT = eINSTANCE.getSmartFactoryCount_Excellent();

		/**
		 * The meta object literal for the '<em><b>Advanced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_FACTORY_COUNT__ADVANCED = eINSTANCE.getSmartFactoryCount_Advanced();

		/**
		 * The meta object literal for the '<em><b>Basic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_FACTORY_COUNT__BASIC = eINSTANCE.getSmartFactoryCount_Basic();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.EconomicIndicatorsImpl <em>Economic Indicators</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.EconomicIndicatorsImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEconomicIndicators()
		 * @generated
		 */
		EClass ECONOMIC_INDICATORS = eINSTANCE.getEconomicIndicators();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECONOMIC_INDICATORS__OUTPUT = eINSTANCE.getEconomicIndicators_Output();

		/**
		 * The meta object literal for the '<em><b>Revenue</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECONOMIC_INDICATORS__REVENUE = eINSTANCE.getEconomicIndicators_Revenue();

		/**
		 * The meta object literal for the '<em><b>Sme Output Share</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECONOMIC_INDICATORS__SME_OUTPUT_SHARE = eINSTANCE.getEconomicIndicators_SmeOutputShare();

		/**
		 * The meta object literal for the '<em><b>Profit</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECONOMIC_INDICATORS__PROFIT = eINSTANCE.getEconomicIndicators_Profit();

		/**
		 * The meta object literal for the '<em><b>Tax</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECONOMIC_INDICATORS__TAX = eINSTANCE.getEconomicIndicators_Tax();

		/**
		 * The meta object literal for the '<em><b>Trade</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECONOMIC_INDICATORS__TRADE = eINSTANCE.getEconomicIndicators_Trade();

		/**
		 * The meta object literal for the '<em><b>Foreign Capital</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECONOMIC_INDICATORS__FOREIGN_CAPITAL = eINSTANCE.getEconomicIndicators_ForeignCapital();

		/**
		 * The meta object literal for the '<em><b>Project Investment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECONOMIC_INDICATORS__PROJECT_INVESTMENT = eINSTANCE.getEconomicIndicators_ProjectInvestment();

		/**
		 * The meta object literal for the '<em><b>Employees</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECONOMIC_INDICATORS__EMPLOYEES = eINSTANCE.getEconomicIndicators_Employees();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.EnterpriseIndicatorsImpl <em>Enterprise Indicators</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.EnterpriseIndicatorsImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEnterpriseIndicators()
		 * @generated
		 */
		EClass ENTERPRISE_INDICATORS = eINSTANCE.getEnterpriseIndicators();

		/**
		 * The meta object literal for the '<em><b>Enterprises</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__ENTERPRISES = eINSTANCE.getEnterpriseIndicators_Enterprises();

		/**
		 * The meta object literal for the '<em><b>Above Scale</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__ABOVE_SCALE = eINSTANCE.getEnterpriseIndicators_AboveScale();

		/**
		 * The meta object literal for the '<em><b>High Tech</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__HIGH_TECH = eINSTANCE.getEnterpriseIndicators_HighTech();

		/**
		 * The meta object literal for the '<em><b>Listed</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__LISTED = eINSTANCE.getEnterpriseIndicators_Listed();

		/**
		 * The meta object literal for the '<em><b>National Champions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS = eINSTANCE.getEnterpriseIndicators_NationalChampions();

		/**
		 * The meta object literal for the '<em><b>Provincial Champions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS = eINSTANCE.getEnterpriseIndicators_ProvincialChampions();

		/**
		 * The meta object literal for the '<em><b>Little Giants</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__LITTLE_GIANTS = eINSTANCE.getEnterpriseIndicators_LittleGiants();

		/**
		 * The meta object literal for the '<em><b>Provincial Specialised</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED = eINSTANCE.getEnterpriseIndicators_ProvincialSpecialised();

		/**
		 * The meta object literal for the '<em><b>Integration Certified</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED = eINSTANCE.getEnterpriseIndicators_IntegrationCertified();

		/**
		 * The meta object literal for the '<em><b>Smart Factories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__SMART_FACTORIES = eINSTANCE.getEnterpriseIndicators_SmartFactories();

		/**
		 * The meta object literal for the '<em><b>Smart Factories Evidence Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE = eINSTANCE.getEnterpriseIndicators_SmartFactoriesEvidencePage();

		/**
		 * The meta object literal for the '<em><b>Top Revenue</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INDICATORS__TOP_REVENUE = eINSTANCE.getEnterpriseIndicators_TopRevenue();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.InnovationIndicatorsImpl <em>Innovation Indicators</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.InnovationIndicatorsImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getInnovationIndicators()
		 * @generated
		 */
		EClass INNOVATION_INDICATORS = eINSTANCE.getInnovationIndicators();

		/**
		 * The meta object literal for the '<em><b>Rd Expenditure</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__RD_EXPENDITURE = eINSTANCE.getInnovationIndicators_RdExpenditure();

		/**
		 * The meta object literal for the '<em><b>Rd Revenue Share</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__RD_REVENUE_SHARE = eINSTANCE.getInnovationIndicators_RdRevenueShare();

		/**
		 * The meta object literal for the '<em><b>Rd Growth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__RD_GROWTH = eINSTANCE.getInnovationIndicators_RdGrowth();

		/**
		 * The meta object literal for the '<em><b>Rd Staff Share</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__RD_STAFF_SHARE = eINSTANCE.getInnovationIndicators_RdStaffShare();

		/**
		 * The meta object literal for the '<em><b>New Patents</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__NEW_PATENTS = eINSTANCE.getInnovationIndicators_NewPatents();

		/**
		 * The meta object literal for the '<em><b>New Standards</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__NEW_STANDARDS = eINSTANCE.getInnovationIndicators_NewStandards();

		/**
		 * The meta object literal for the '<em><b>National Awards</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__NATIONAL_AWARDS = eINSTANCE.getInnovationIndicators_NationalAwards();

		/**
		 * The meta object literal for the '<em><b>Provincial Awards</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__PROVINCIAL_AWARDS = eINSTANCE.getInnovationIndicators_ProvincialAwards();

		/**
		 * The meta object literal for the '<em><b>National Carriers</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__NATIONAL_CARRIERS = eINSTANCE.getInnovationIndicators_NationalCarriers();

		/**
		 * The meta object literal for the '<em><b>Provincial Carriers</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__PROVINCIAL_CARRIERS = eINSTANCE.getInnovationIndicators_ProvincialCarriers();

		/**
		 * The meta object literal for the '<em><b>National Design Centres</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES = eINSTANCE.getInnovationIndicators_NationalDesignCentres();

		/**
		 * The meta object literal for the '<em><b>Provincial Design Centres</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES = eINSTANCE.getInnovationIndicators_ProvincialDesignCentres();

		/**
		 * The meta object literal for the '<em><b>Carriers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__CARRIERS = eINSTANCE.getInnovationIndicators_Carriers();

		/**
		 * The meta object literal for the '<em><b>Top Rd</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_INDICATORS__TOP_RD = eINSTANCE.getInnovationIndicators_TopRd();

		/**
		 * The meta object literal for the '<em><b>Computed Rd Revenue Share</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INNOVATION_INDICATORS___COMPUTED_RD_REVENUE_SHARE__INT = eINSTANCE.getInnovationIndicators__ComputedRdRevenueShare__int();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.GreenIndicatorsImpl <em>Green Indicators</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.GreenIndicatorsImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGreenIndicators()
		 * @generated
		 */
		EClass GREEN_INDICATORS = eINSTANCE.getGreenIndicators();

		/**
		 * The meta object literal for the '<em><b>National Green Factories</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES = eINSTANCE.getGreenIndicators_NationalGreenFactories();

		/**
		 * The meta object literal for the '<em><b>Provincial Green Factories</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES = eINSTANCE.getGreenIndicators_ProvincialGreenFactories();

		/**
		 * The meta object literal for the '<em><b>National Green Supply Chains</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS = eINSTANCE.getGreenIndicators_NationalGreenSupplyChains();

		/**
		 * The meta object literal for the '<em><b>Provincial Green Supply Chains</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS = eINSTANCE.getGreenIndicators_ProvincialGreenSupplyChains();

		/**
		 * The meta object literal for the '<em><b>Co2 Per Output</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_INDICATORS__CO2_PER_OUTPUT = eINSTANCE.getGreenIndicators_Co2PerOutput();

		/**
		 * The meta object literal for the '<em><b>Solid Waste Utilisation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_INDICATORS__SOLID_WASTE_UTILISATION = eINSTANCE.getGreenIndicators_SolidWasteUtilisation();

		/**
		 * The meta object literal for the '<em><b>Water Reuse</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_INDICATORS__WATER_REUSE = eINSTANCE.getGreenIndicators_WaterReuse();

		/**
		 * The meta object literal for the '<em><b>Listings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GREEN_INDICATORS__LISTINGS = eINSTANCE.getGreenIndicators_Listings();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.PublicServiceIndicatorsImpl <em>Public Service Indicators</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.PublicServiceIndicatorsImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPublicServiceIndicators()
		 * @generated
		 */
		EClass PUBLIC_SERVICE_INDICATORS = eINSTANCE.getPublicServiceIndicators();

		/**
		 * The meta object literal for the '<em><b>National Platforms</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS = eINSTANCE.getPublicServiceIndicators_NationalPlatforms();

		/**
		 * The meta object literal for the '<em><b>Provincial Platforms</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS = eINSTANCE.getPublicServiceIndicators_ProvincialPlatforms();

		/**
		 * The meta object literal for the '<em><b>Platforms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUBLIC_SERVICE_INDICATORS__PLATFORMS = eINSTANCE.getPublicServiceIndicators_Platforms();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ParkIndicatorImpl <em>Park Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ParkIndicatorImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getParkIndicator()
		 * @generated
		 */
		EClass PARK_INDICATOR = eINSTANCE.getParkIndicator();

		/**
		 * The meta object literal for the '<em><b>Park Total</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK_INDICATOR__PARK_TOTAL = eINSTANCE.getParkIndicator_ParkTotal();

		/**
		 * The meta object literal for the '<em><b>Cluster Part</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK_INDICATOR__CLUSTER_PART = eINSTANCE.getParkIndicator_ClusterPart();

		/**
		 * The meta object literal for the '<em><b>Growth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARK_INDICATOR__GROWTH = eINSTANCE.getParkIndicator_Growth();

		/**
		 * The meta object literal for the '<em><b>Computed Growth</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PARK_INDICATOR___COMPUTED_GROWTH = eINSTANCE.getParkIndicator__ComputedGrowth();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ParkImpl <em>Park</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ParkImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPark()
		 * @generated
		 */
		EClass PARK = eINSTANCE.getPark();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARK__NAME = eINSTANCE.getPark_Name();

		/**
		 * The meta object literal for the '<em><b>Leading Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARK__LEADING_INDUSTRY = eINSTANCE.getPark_LeadingIndustry();

		/**
		 * The meta object literal for the '<em><b>Gdp</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__GDP = eINSTANCE.getPark_Gdp();

		/**
		 * The meta object literal for the '<em><b>Above Scale Enterprises</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__ABOVE_SCALE_ENTERPRISES = eINSTANCE.getPark_AboveScaleEnterprises();

		/**
		 * The meta object literal for the '<em><b>Above Scale Revenue</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__ABOVE_SCALE_REVENUE = eINSTANCE.getPark_AboveScaleRevenue();

		/**
		 * The meta object literal for the '<em><b>Tax</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__TAX = eINSTANCE.getPark_Tax();

		/**
		 * The meta object literal for the '<em><b>Trade</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__TRADE = eINSTANCE.getPark_Trade();

		/**
		 * The meta object literal for the '<em><b>Fixed Investment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__FIXED_INVESTMENT = eINSTANCE.getPark_FixedInvestment();

		/**
		 * The meta object literal for the '<em><b>Investment Attracted</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__INVESTMENT_ATTRACTED = eINSTANCE.getPark_InvestmentAttracted();

		/**
		 * The meta object literal for the '<em><b>Foreign Capital Used</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__FOREIGN_CAPITAL_USED = eINSTANCE.getPark_ForeignCapitalUsed();

		/**
		 * The meta object literal for the '<em><b>Developed Area</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__DEVELOPED_AREA = eINSTANCE.getPark_DevelopedArea();

		/**
		 * The meta object literal for the '<em><b>Investment Intensity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__INVESTMENT_INTENSITY = eINSTANCE.getPark_InvestmentIntensity();

		/**
		 * The meta object literal for the '<em><b>Tax Per Mu</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARK__TAX_PER_MU = eINSTANCE.getPark_TaxPerMu();

		/**
		 * The meta object literal for the '<em><b>Green Park Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARK__GREEN_PARK_LEVEL = eINSTANCE.getPark_GreenParkLevel();

		/**
		 * The meta object literal for the '<em><b>Evidence Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARK__EVIDENCE_PAGE = eINSTANCE.getPark_EvidencePage();

		/**
		 * The meta object literal for the '<em><b>Report</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARK__REPORT = eINSTANCE.getPark_Report();

		/**
		 * The meta object literal for the '<em><b>Computed Investment Intensity</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PARK___COMPUTED_INVESTMENT_INTENSITY__INT = eINSTANCE.getPark__ComputedInvestmentIntensity__int();

		/**
		 * The meta object literal for the '<em><b>Computed Tax Per Mu</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PARK___COMPUTED_TAX_PER_MU__INT = eINSTANCE.getPark__ComputedTaxPerMu__int();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.PromotionOrganisationImpl <em>Promotion Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.PromotionOrganisationImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPromotionOrganisation()
		 * @generated
		 */
		EClass PROMOTION_ORGANISATION = eINSTANCE.getPromotionOrganisation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION_ORGANISATION__NAME = eINSTANCE.getPromotionOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Basic Information</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION_ORGANISATION__BASIC_INFORMATION = eINSTANCE.getPromotionOrganisation_BasicInformation();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION_ORGANISATION__OPERATIONS = eINSTANCE.getPromotionOrganisation_Operations();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROMOTION_ORGANISATION__EVIDENCE = eINSTANCE.getPromotionOrganisation_Evidence();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ImplementationTargetImpl <em>Implementation Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ImplementationTargetImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getImplementationTarget()
		 * @generated
		 */
		EClass IMPLEMENTATION_TARGET = eINSTANCE.getImplementationTarget();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_TARGET__ACTUAL = eINSTANCE.getImplementationTarget_Actual();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_TARGET__TARGETS = eINSTANCE.getImplementationTarget_Targets();

		/**
		 * The meta object literal for the '<em><b>Target For</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation IMPLEMENTATION_TARGET___TARGET_FOR__INT = eINSTANCE.getImplementationTarget__TargetFor__int();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ImplementationPlanImpl <em>Implementation Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ImplementationPlanImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getImplementationPlan()
		 * @generated
		 */
		EClass IMPLEMENTATION_PLAN = eINSTANCE.getImplementationPlan();

		/**
		 * The meta object literal for the '<em><b>Lead Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__LEAD_UNIT = eINSTANCE.getImplementationPlan_LeadUnit();

		/**
		 * The meta object literal for the '<em><b>Revenue</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__REVENUE = eINSTANCE.getImplementationPlan_Revenue();

		/**
		 * The meta object literal for the '<em><b>Above Scale Enterprises</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES = eINSTANCE.getImplementationPlan_AboveScaleEnterprises();

		/**
		 * The meta object literal for the '<em><b>Profit</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__PROFIT = eINSTANCE.getImplementationPlan_Profit();

		/**
		 * The meta object literal for the '<em><b>Tax</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__TAX = eINSTANCE.getImplementationPlan_Tax();

		/**
		 * The meta object literal for the '<em><b>Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__BACKGROUND = eINSTANCE.getImplementationPlan_Background();

		/**
		 * The meta object literal for the '<em><b>Foundations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__FOUNDATIONS = eINSTANCE.getImplementationPlan_Foundations();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__GOALS = eINSTANCE.getImplementationPlan_Goals();

		/**
		 * The meta object literal for the '<em><b>Pathways</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__PATHWAYS = eINSTANCE.getImplementationPlan_Pathways();

		/**
		 * The meta object literal for the '<em><b>Safeguards</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__SAFEGUARDS = eINSTANCE.getImplementationPlan_Safeguards();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__DOCUMENT = eINSTANCE.getImplementationPlan_Document();

		/**
		 * The meta object literal for the '<em><b>P11</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation IMPLEMENTATION_PLAN___P11__DIAGNOSTICCHAIN_MAP = eINSTANCE.getImplementationPlan__P11__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.LibraryRowImpl <em>Library Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.LibraryRowImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getLibraryRow()
		 * @generated
		 */
		EClass LIBRARY_ROW = eINSTANCE.getLibraryRow();

		/**
		 * The meta object literal for the '<em><b>Source Row</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIBRARY_ROW__SOURCE_ROW = eINSTANCE.getLibraryRow_SourceRow();

		/**
		 * The meta object literal for the '<em><b>C06</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LIBRARY_ROW___C06__DIAGNOSTICCHAIN_MAP = eINSTANCE.getLibraryRow__C06__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C07</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LIBRARY_ROW___C07__DIAGNOSTICCHAIN_MAP = eINSTANCE.getLibraryRow__C07__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ExistingEnterpriseImpl <em>Existing Enterprise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ExistingEnterpriseImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getExistingEnterprise()
		 * @generated
		 */
		EClass EXISTING_ENTERPRISE = eINSTANCE.getExistingEnterprise();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__NAME = eINSTANCE.getExistingEnterprise_Name();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__CITY = eINSTANCE.getExistingEnterprise_City();

		/**
		 * The meta object literal for the '<em><b>County</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__COUNTY = eINSTANCE.getExistingEnterprise_County();

		/**
		 * The meta object literal for the '<em><b>Park</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__PARK = eINSTANCE.getExistingEnterprise_Park();

		/**
		 * The meta object literal for the '<em><b>Overview</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__OVERVIEW = eINSTANCE.getExistingEnterprise_Overview();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__PRODUCTS = eINSTANCE.getExistingEnterprise_Products();

		/**
		 * The meta object literal for the '<em><b>Above Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__ABOVE_SCALE = eINSTANCE.getExistingEnterprise_AboveScale();

		/**
		 * The meta object literal for the '<em><b>Revenue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__REVENUE = eINSTANCE.getExistingEnterprise_Revenue();

		/**
		 * The meta object literal for the '<em><b>Listed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__LISTED = eINSTANCE.getExistingEnterprise_Listed();

		/**
		 * The meta object literal for the '<em><b>High Tech</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__HIGH_TECH = eINSTANCE.getExistingEnterprise_HighTech();

		/**
		 * The meta object literal for the '<em><b>Honours</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_ENTERPRISE__HONOURS = eINSTANCE.getExistingEnterprise_Honours();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXISTING_ENTERPRISE__CONTACT = eINSTANCE.getExistingEnterprise_Contact();

		/**
		 * The meta object literal for the '<em><b>Carries</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EXISTING_ENTERPRISE___CARRIES__ENTERPRISEMARK = eINSTANCE.getExistingEnterprise__Carries__EnterpriseMark();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ProspectiveEnterpriseImpl <em>Prospective Enterprise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ProspectiveEnterpriseImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getProspectiveEnterprise()
		 * @generated
		 */
		EClass PROSPECTIVE_ENTERPRISE = eINSTANCE.getProspectiveEnterprise();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPECTIVE_ENTERPRISE__NAME = eINSTANCE.getProspectiveEnterprise_Name();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPECTIVE_ENTERPRISE__COUNTRY = eINSTANCE.getProspectiveEnterprise_Country();

		/**
		 * The meta object literal for the '<em><b>Province</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPECTIVE_ENTERPRISE__PROVINCE = eINSTANCE.getProspectiveEnterprise_Province();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPECTIVE_ENTERPRISE__CITY = eINSTANCE.getProspectiveEnterprise_City();

		/**
		 * The meta object literal for the '<em><b>Overview</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPECTIVE_ENTERPRISE__OVERVIEW = eINSTANCE.getProspectiveEnterprise_Overview();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPECTIVE_ENTERPRISE__PRODUCTS = eINSTANCE.getProspectiveEnterprise_Products();

		/**
		 * The meta object literal for the '<em><b>Above Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPECTIVE_ENTERPRISE__ABOVE_SCALE = eINSTANCE.getProspectiveEnterprise_AboveScale();

		/**
		 * The meta object literal for the '<em><b>Domestic Brand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND = eINSTANCE.getProspectiveEnterprise_DomesticBrand();

		/**
		 * The meta object literal for the '<em><b>International Brand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND = eINSTANCE.getProspectiveEnterprise_InternationalBrand();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ProjectImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Builder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__BUILDER = eINSTANCE.getProject_Builder();

		/**
		 * The meta object literal for the '<em><b>Investment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__INVESTMENT = eINSTANCE.getProject_Investment();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PERIOD_START = eINSTANCE.getProject_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PERIOD_END = eINSTANCE.getProject_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Period Years Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PERIOD_YEARS_ONLY = eINSTANCE.getProject_PeriodYearsOnly();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CONTENT = eINSTANCE.getProject_Content();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CONTACT = eINSTANCE.getProject_Contact();

		/**
		 * The meta object literal for the '<em><b>C08</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROJECT___C08__DIAGNOSTICCHAIN_MAP = eINSTANCE.getProject__C08__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ConstructionProjectImpl <em>Construction Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ConstructionProjectImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getConstructionProject()
		 * @generated
		 */
		EClass CONSTRUCTION_PROJECT = eINSTANCE.getConstructionProject();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRUCTION_PROJECT__CITY = eINSTANCE.getConstructionProject_City();

		/**
		 * The meta object literal for the '<em><b>County</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRUCTION_PROJECT__COUNTY = eINSTANCE.getConstructionProject_County();

		/**
		 * The meta object literal for the '<em><b>Park</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRUCTION_PROJECT__PARK = eINSTANCE.getConstructionProject_Park();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRUCTION_PROJECT__START_DATE = eINSTANCE.getConstructionProject_StartDate();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRUCTION_PROJECT__PROGRESS = eINSTANCE.getConstructionProject_Progress();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.PlannedProjectImpl <em>Planned Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.PlannedProjectImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlannedProject()
		 * @generated
		 */
		EClass PLANNED_PROJECT = eINSTANCE.getPlannedProject();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_PROJECT__LOCATION = eINSTANCE.getPlannedProject_Location();

		/**
		 * The meta object literal for the '<em><b>Planned Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_PROJECT__PLANNED_START = eINSTANCE.getPlannedProject_PlannedStart();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.ClusterLibrariesImpl <em>Cluster Libraries</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.ClusterLibrariesImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getClusterLibraries()
		 * @generated
		 */
		EClass CLUSTER_LIBRARIES = eINSTANCE.getClusterLibraries();

		/**
		 * The meta object literal for the '<em><b>Existing</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_LIBRARIES__EXISTING = eINSTANCE.getClusterLibraries_Existing();

		/**
		 * The meta object literal for the '<em><b>Prospective</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_LIBRARIES__PROSPECTIVE = eINSTANCE.getClusterLibraries_Prospective();

		/**
		 * The meta object literal for the '<em><b>Under Construction</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_LIBRARIES__UNDER_CONSTRUCTION = eINSTANCE.getClusterLibraries_UnderConstruction();

		/**
		 * The meta object literal for the '<em><b>Planned</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_LIBRARIES__PLANNED = eINSTANCE.getClusterLibraries_Planned();

		/**
		 * The meta object literal for the '<em><b>Count Existing</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_LIBRARIES___COUNT_EXISTING__ENTERPRISEMARK = eINSTANCE.getClusterLibraries__CountExisting__EnterpriseMark();

		/**
		 * The meta object literal for the '<em><b>Existing Summary</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_LIBRARIES___EXISTING_SUMMARY = eINSTANCE.getClusterLibraries__ExistingSummary();

		/**
		 * The meta object literal for the '<em><b>Prospective Summary</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_LIBRARIES___PROSPECTIVE_SUMMARY = eINSTANCE.getClusterLibraries__ProspectiveSummary();

		/**
		 * The meta object literal for the '<em><b>Under Construction Summary</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_LIBRARIES___UNDER_CONSTRUCTION_SUMMARY = eINSTANCE.getClusterLibraries__UnderConstructionSummary();

		/**
		 * The meta object literal for the '<em><b>Planned Summary</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_LIBRARIES___PLANNED_SUMMARY = eINSTANCE.getClusterLibraries__PlannedSummary();

		/**
		 * The meta object literal for the '<em><b>Total Investment</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_LIBRARIES___TOTAL_INVESTMENT__BOOLEAN = eINSTANCE.getClusterLibraries__TotalInvestment__boolean();

		/**
		 * The meta object literal for the '<em><b>C05</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_LIBRARIES___C05__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterLibraries__C05__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C06</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER_LIBRARIES___C06__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClusterLibraries__C06__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.impl.CompetitionReportImpl <em>Competition Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.impl.CompetitionReportImpl
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getCompetitionReport()
		 * @generated
		 */
		EClass COMPETITION_REPORT = eINSTANCE.getCompetitionReport();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION_REPORT__CATEGORY = eINSTANCE.getCompetitionReport_Category();

		/**
		 * The meta object literal for the '<em><b>Industry Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION_REPORT__INDUSTRY_FIELD = eINSTANCE.getCompetitionReport_IndustryField();

		/**
		 * The meta object literal for the '<em><b>Leading Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION_REPORT__LEADING_INDUSTRY = eINSTANCE.getCompetitionReport_LeadingIndustry();

		/**
		 * The meta object literal for the '<em><b>Geographic Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION_REPORT__GEOGRAPHIC_SCOPE = eINSTANCE.getCompetitionReport_GeographicScope();

		/**
		 * The meta object literal for the '<em><b>Promotion Organisation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__PROMOTION_ORGANISATION = eINSTANCE.getCompetitionReport_PromotionOrganisation();

		/**
		 * The meta object literal for the '<em><b>Core Parks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__CORE_PARKS = eINSTANCE.getCompetitionReport_CoreParks();

		/**
		 * The meta object literal for the '<em><b>Government Opinion</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__GOVERNMENT_OPINION = eINSTANCE.getCompetitionReport_GovernmentOpinion();

		/**
		 * The meta object literal for the '<em><b>Economy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__ECONOMY = eINSTANCE.getCompetitionReport_Economy();

		/**
		 * The meta object literal for the '<em><b>Enterprises</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__ENTERPRISES = eINSTANCE.getCompetitionReport_Enterprises();

		/**
		 * The meta object literal for the '<em><b>Key Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__KEY_PROJECTS = eINSTANCE.getCompetitionReport_KeyProjects();

		/**
		 * The meta object literal for the '<em><b>Key Projects Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION_REPORT__KEY_PROJECTS_TOTAL = eINSTANCE.getCompetitionReport_KeyProjectsTotal();

		/**
		 * The meta object literal for the '<em><b>Innovation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__INNOVATION = eINSTANCE.getCompetitionReport_Innovation();

		/**
		 * The meta object literal for the '<em><b>Green</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__GREEN = eINSTANCE.getCompetitionReport_Green();

		/**
		 * The meta object literal for the '<em><b>Public Service</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__PUBLIC_SERVICE = eINSTANCE.getCompetitionReport_PublicService();

		/**
		 * The meta object literal for the '<em><b>Self Assessment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITION_REPORT__SELF_ASSESSMENT = eINSTANCE.getCompetitionReport_SelfAssessment();

		/**
		 * The meta object literal for the '<em><b>Industry Chain Map</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__INDUSTRY_CHAIN_MAP = eINSTANCE.getCompetitionReport_IndustryChainMap();

		/**
		 * The meta object literal for the '<em><b>Parks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__PARKS = eINSTANCE.getCompetitionReport_Parks();

		/**
		 * The meta object literal for the '<em><b>Promotion Details</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__PROMOTION_DETAILS = eINSTANCE.getCompetitionReport_PromotionDetails();

		/**
		 * The meta object literal for the '<em><b>Implementation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__IMPLEMENTATION = eINSTANCE.getCompetitionReport_Implementation();

		/**
		 * The meta object literal for the '<em><b>Libraries</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__LIBRARIES = eINSTANCE.getCompetitionReport_Libraries();

		/**
		 * The meta object literal for the '<em><b>Promotion Declaration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__PROMOTION_DECLARATION = eINSTANCE.getCompetitionReport_PromotionDeclaration();

		/**
		 * The meta object literal for the '<em><b>Park Declaration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITION_REPORT__PARK_DECLARATION = eINSTANCE.getCompetitionReport_ParkDeclaration();

		/**
		 * The meta object literal for the '<em><b>Computed Key Projects Total</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___COMPUTED_KEY_PROJECTS_TOTAL = eINSTANCE.getCompetitionReport__ComputedKeyProjectsTotal();

		/**
		 * The meta object literal for the '<em><b>C01</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___C01__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionReport__C01__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C02</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___C02__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionReport__C02__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C03</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___C03__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionReport__C03__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C04</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___C04__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionReport__C04__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C09</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___C09__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionReport__C09__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C10</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___C10__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionReport__C10__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C11</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___C11__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionReport__C11__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C12</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___C12__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionReport__C12__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>C13</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPETITION_REPORT___C13__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCompetitionReport__C13__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.Unit <em>Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.Unit
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getUnit()
		 * @generated
		 */
		EEnum UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.YesNo <em>Yes No</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.YesNo
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYesNo()
		 * @generated
		 */
		EEnum YES_NO = eINSTANCE.getYesNo();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.GreenParkLevel <em>Green Park Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.GreenParkLevel
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGreenParkLevel()
		 * @generated
		 */
		EEnum GREEN_PARK_LEVEL = eINSTANCE.getGreenParkLevel();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.YesNoNotApplicable <em>Yes No Not Applicable</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.YesNoNotApplicable
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYesNoNotApplicable()
		 * @generated
		 */
		EEnum YES_NO_NOT_APPLICABLE = eINSTANCE.getYesNoNotApplicable();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.IndustryType <em>Industry Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.IndustryType
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getIndustryType()
		 * @generated
		 */
		EEnum INDUSTRY_TYPE = eINSTANCE.getIndustryType();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.FormKind <em>Form Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.FormKind
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getFormKind()
		 * @generated
		 */
		EEnum FORM_KIND = eINSTANCE.getFormKind();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.ContactKind <em>Contact Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.ContactKind
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getContactKind()
		 * @generated
		 */
		EEnum CONTACT_KIND = eINSTANCE.getContactKind();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.AdministrativeLevel <em>Administrative Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.AdministrativeLevel
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getAdministrativeLevel()
		 * @generated
		 */
		EEnum ADMINISTRATIVE_LEVEL = eINSTANCE.getAdministrativeLevel();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.BenchmarkKind <em>Benchmark Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.BenchmarkKind
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getBenchmarkKind()
		 * @generated
		 */
		EEnum BENCHMARK_KIND = eINSTANCE.getBenchmarkKind();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.StandardCategory <em>Standard Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.StandardCategory
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getStandardCategory()
		 * @generated
		 */
		EEnum STANDARD_CATEGORY = eINSTANCE.getStandardCategory();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.ChainWork <em>Chain Work</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.ChainWork
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getChainWork()
		 * @generated
		 */
		EEnum CHAIN_WORK = eINSTANCE.getChainWork();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.ResourceSharingWork <em>Resource Sharing Work</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.ResourceSharingWork
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getResourceSharingWork()
		 * @generated
		 */
		EEnum RESOURCE_SHARING_WORK = eINSTANCE.getResourceSharingWork();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.QualityBrandWork <em>Quality Brand Work</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.QualityBrandWork
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getQualityBrandWork()
		 * @generated
		 */
		EEnum QUALITY_BRAND_WORK = eINSTANCE.getQualityBrandWork();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.DigitalServiceWork <em>Digital Service Work</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.DigitalServiceWork
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getDigitalServiceWork()
		 * @generated
		 */
		EEnum DIGITAL_SERVICE_WORK = eINSTANCE.getDigitalServiceWork();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.NewModelWork <em>New Model Work</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.NewModelWork
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getNewModelWork()
		 * @generated
		 */
		EEnum NEW_MODEL_WORK = eINSTANCE.getNewModelWork();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.GreenWork <em>Green Work</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.GreenWork
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGreenWork()
		 * @generated
		 */
		EEnum GREEN_WORK = eINSTANCE.getGreenWork();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.InternationalWork <em>International Work</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.InternationalWork
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getInternationalWork()
		 * @generated
		 */
		EEnum INTERNATIONAL_WORK = eINSTANCE.getInternationalWork();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.GovernanceWork <em>Governance Work</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.GovernanceWork
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getGovernanceWork()
		 * @generated
		 */
		EEnum GOVERNANCE_WORK = eINSTANCE.getGovernanceWork();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.PublicServicePlatformWork <em>Public Service Platform Work</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.PublicServicePlatformWork
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPublicServicePlatformWork()
		 * @generated
		 */
		EEnum PUBLIC_SERVICE_PLATFORM_WORK = eINSTANCE.getPublicServicePlatformWork();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.PublicService <em>Public Service</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.PublicService
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPublicService()
		 * @generated
		 */
		EEnum PUBLIC_SERVICE = eINSTANCE.getPublicService();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.QualifiedSmeKind <em>Qualified Sme Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.QualifiedSmeKind
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getQualifiedSmeKind()
		 * @generated
		 */
		EEnum QUALIFIED_SME_KIND = eINSTANCE.getQualifiedSmeKind();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.PlanDirection <em>Plan Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.PlanDirection
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanDirection()
		 * @generated
		 */
		EEnum PLAN_DIRECTION = eINSTANCE.getPlanDirection();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.PlanIndicatorKind <em>Plan Indicator Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.PlanIndicatorKind
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getPlanIndicatorKind()
		 * @generated
		 */
		EEnum PLAN_INDICATOR_KIND = eINSTANCE.getPlanIndicatorKind();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.ClusterCategory <em>Cluster Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.ClusterCategory
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getClusterCategory()
		 * @generated
		 */
		EEnum CLUSTER_CATEGORY = eINSTANCE.getClusterCategory();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.BrandHonour <em>Brand Honour</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.BrandHonour
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getBrandHonour()
		 * @generated
		 */
		EEnum BRAND_HONOUR = eINSTANCE.getBrandHonour();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.EnterpriseMark <em>Enterprise Mark</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.EnterpriseMark
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getEnterpriseMark()
		 * @generated
		 */
		EEnum ENTERPRISE_MARK = eINSTANCE.getEnterpriseMark();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.ListingKind <em>Listing Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.ListingKind
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getListingKind()
		 * @generated
		 */
		EEnum LISTING_KIND = eINSTANCE.getListingKind();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.SmartFactoryGrade <em>Smart Factory Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.SmartFactoryGrade
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getSmartFactoryGrade()
		 * @generated
		 */
		EEnum SMART_FACTORY_GRADE = eINSTANCE.getSmartFactoryGrade();

		/**
		 * The meta object literal for the '{@link org.clusterdesk.model.ImplementationIndicatorKind <em>Implementation Indicator Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.clusterdesk.model.ImplementationIndicatorKind
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getImplementationIndicatorKind()
		 * @generated
		 */
		EEnum IMPLEMENTATION_INDICATOR_KIND = eINSTANCE.getImplementationIndicatorKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Year Month</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.YearMonth
		 * @see org.clusterdesk.model.impl.ClusterDeskPackageImpl#getYearMonth()
		 * @generated
		 */
		EDataType YEAR_MONTH = eINSTANCE.getYearMonth();

	}

} //ClusterDeskPackage
