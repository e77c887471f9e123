/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Plan Indicator Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The indicators the plan table names; the rules P02-P08 look for them by kind.
 * <!-- end-model-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getPlanIndicatorKind()
 * @model
 * @generated
 */
public enum PlanIndicatorKind implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"), /**
	 * The '<em><b>OUTPUT AVERAGE GROWTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTPUT_AVERAGE_GROWTH_VALUE
	 * @generated
	 * @ordered
	 */
	OUTPUT_AVERAGE_GROWTH(1, "OUTPUT_AVERAGE_GROWTH", "OUTPUT_AVERAGE_GROWTH"),

	/**
	 * The '<em><b>QUALITY SME COUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_SME_COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITY_SME_COUNT(2, "QUALITY_SME_COUNT", "QUALITY_SME_COUNT"),

	/**
	 * The '<em><b>RD EXPENDITURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RD_EXPENDITURE_VALUE
	 * @generated
	 * @ordered
	 */
	RD_EXPENDITURE(3, "RD_EXPENDITURE", "RD_EXPENDITURE"),

	/**
	 * The '<em><b>VALID PATENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALID_PATENTS_VALUE
	 * @generated
	 * @ordered
	 */
	VALID_PATENTS(4, "VALID_PATENTS", "VALID_PATENTS"),

	/**
	 * The '<em><b>IIOT PENETRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IIOT_PENETRATION_VALUE
	 * @generated
	 * @ordered
	 */
	IIOT_PENETRATION(5, "IIOT_PENETRATION", "IIOT_PENETRATION"),

	/**
	 * The '<em><b>CO2 EMISSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO2_EMISSION_VALUE
	 * @generated
	 * @ordered
	 */
	CO2_EMISSION(6, "CO2_EMISSION", "CO2_EMISSION"),

	/**
	 * The '<em><b>ENERGY PER OUTPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_PER_OUTPUT_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY_PER_OUTPUT(7, "ENERGY_PER_OUTPUT", "ENERGY_PER_OUTPUT"),

	/**
	 * The '<em><b>QUALITATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITATIVE(8, "QUALITATIVE", "QUALITATIVE"),

	/**
	 * The '<em><b>CUSTOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(9, "CUSTOM", "CUSTOM");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>OUTPUT AVERAGE GROWTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTPUT_AVERAGE_GROWTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUTPUT_AVERAGE_GROWTH_VALUE = 1;

	/**
	 * The '<em><b>QUALITY SME COUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_SME_COUNT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUALITY_SME_COUNT_VALUE = 2;

	/**
	 * The '<em><b>RD EXPENDITURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RD_EXPENDITURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RD_EXPENDITURE_VALUE = 3;

	/**
	 * The '<em><b>VALID PATENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALID_PATENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VALID_PATENTS_VALUE = 4;

	/**
	 * The '<em><b>IIOT PENETRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IIOT_PENETRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IIOT_PENETRATION_VALUE = 5;

	/**
	 * The '<em><b>CO2 EMISSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO2_EMISSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CO2_EMISSION_VALUE = 6;

	/**
	 * The '<em><b>ENERGY PER OUTPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_PER_OUTPUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_PER_OUTPUT_VALUE = 7;

	/**
	 * The '<em><b>QUALITATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUALITATIVE_VALUE = 8;

	/**
	 * The '<em><b>CUSTOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 9;

	/**
	 * An array of all the '<em><b>Plan Indicator Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PlanIndicatorKind[] VALUES_ARRAY =
		new PlanIndicatorKind[] {
			NONE,
			OUTPUT_AVERAGE_GROWTH,
			QUALITY_SME_COUNT,
			RD_EXPENDITURE,
			VALID_PATENTS,
			IIOT_PENETRATION,
			CO2_EMISSION,
			ENERGY_PER_OUTPUT,
			QUALITATIVE,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Plan Indicator Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PlanIndicatorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Plan Indicator Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanIndicatorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanIndicatorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Plan Indicator Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanIndicatorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanIndicatorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Plan Indicator Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanIndicatorKind get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case OUTPUT_AVERAGE_GROWTH_VALUE: return OUTPUT_AVERAGE_GROWTH;
			case QUALITY_SME_COUNT_VALUE: return QUALITY_SME_COUNT;
			case RD_EXPENDITURE_VALUE: return RD_EXPENDITURE;
			case VALID_PATENTS_VALUE: return VALID_PATENTS;
			case IIOT_PENETRATION_VALUE: return IIOT_PENETRATION;
			case CO2_EMISSION_VALUE: return CO2_EMISSION;
			case ENERGY_PER_OUTPUT_VALUE: return ENERGY_PER_OUTPUT;
			case QUALITATIVE_VALUE: return QUALITATIVE;
			case CUSTOM_VALUE: return CUSTOM;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PlanIndicatorKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PlanIndicatorKind
