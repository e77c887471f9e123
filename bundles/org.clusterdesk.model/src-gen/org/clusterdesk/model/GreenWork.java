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
 * A representation of the literals of the enumeration '<em><b>Green Work</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getGreenWork()
 * @model
 * @generated
 */
public enum GreenWork implements Enumerator {
	/**
	 * The '<em><b>ENERGY DIAGNOSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_DIAGNOSIS_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY_DIAGNOSIS(0, "ENERGY_DIAGNOSIS", "ENERGY_DIAGNOSIS"),

	/**
	 * The '<em><b>CARBON ACCOUNTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARBON_ACCOUNTING_VALUE
	 * @generated
	 * @ordered
	 */
	CARBON_ACCOUNTING(1, "CARBON_ACCOUNTING", "CARBON_ACCOUNTING"),

	/**
	 * The '<em><b>RECYCLING FACILITIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECYCLING_FACILITIES_VALUE
	 * @generated
	 * @ordered
	 */
	RECYCLING_FACILITIES(2, "RECYCLING_FACILITIES", "RECYCLING_FACILITIES"),

	/**
	 * The '<em><b>CLEAN PRODUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEAN_PRODUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	CLEAN_PRODUCTION(3, "CLEAN_PRODUCTION", "CLEAN_PRODUCTION"),

	/**
	 * The '<em><b>GREEN SOLUTIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREEN_SOLUTIONS_VALUE
	 * @generated
	 * @ordered
	 */
	GREEN_SOLUTIONS(4, "GREEN_SOLUTIONS", "GREEN_SOLUTIONS");

	/**
	 * The '<em><b>ENERGY DIAGNOSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_DIAGNOSIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_DIAGNOSIS_VALUE = 0;

	/**
	 * The '<em><b>CARBON ACCOUNTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARBON_ACCOUNTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CARBON_ACCOUNTING_VALUE = 1;

	/**
	 * The '<em><b>RECYCLING FACILITIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECYCLING_FACILITIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECYCLING_FACILITIES_VALUE = 2;

	/**
	 * The '<em><b>CLEAN PRODUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEAN_PRODUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLEAN_PRODUCTION_VALUE = 3;

	/**
	 * The '<em><b>GREEN SOLUTIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREEN_SOLUTIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GREEN_SOLUTIONS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Green Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GreenWork[] VALUES_ARRAY =
		new GreenWork[] {
			ENERGY_DIAGNOSIS,
			CARBON_ACCOUNTING,
			RECYCLING_FACILITIES,
			CLEAN_PRODUCTION,
			GREEN_SOLUTIONS,
		};

	/**
	 * A public read-only list of all the '<em><b>Green Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GreenWork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Green Work</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GreenWork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GreenWork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Green Work</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GreenWork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GreenWork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Green Work</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GreenWork get(int value) {
		switch (value) {
			case ENERGY_DIAGNOSIS_VALUE: return ENERGY_DIAGNOSIS;
			case CARBON_ACCOUNTING_VALUE: return CARBON_ACCOUNTING;
			case RECYCLING_FACILITIES_VALUE: return RECYCLING_FACILITIES;
			case CLEAN_PRODUCTION_VALUE: return CLEAN_PRODUCTION;
			case GREEN_SOLUTIONS_VALUE: return GREEN_SOLUTIONS;
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
	private GreenWork(int value, String name, String literal) {
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
	
} //GreenWork
