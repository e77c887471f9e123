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
 * A representation of the literals of the enumeration '<em><b>Digital Service Work</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getDigitalServiceWork()
 * @model
 * @generated
 */
public enum DigitalServiceWork implements Enumerator {
	/**
	 * The '<em><b>SOLUTION PROVIDERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLUTION_PROVIDERS_VALUE
	 * @generated
	 * @ordered
	 */
	SOLUTION_PROVIDERS(0, "SOLUTION_PROVIDERS", "SOLUTION_PROVIDERS"),

	/**
	 * The '<em><b>COMMON SOLUTIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMON_SOLUTIONS_VALUE
	 * @generated
	 * @ordered
	 */
	COMMON_SOLUTIONS(1, "COMMON_SOLUTIONS", "COMMON_SOLUTIONS"),

	/**
	 * The '<em><b>INTEGRATION SYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATION_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGRATION_SYSTEM(2, "INTEGRATION_SYSTEM", "INTEGRATION_SYSTEM"),

	/**
	 * The '<em><b>MATURITY ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATURITY_ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	MATURITY_ASSESSMENT(3, "MATURITY_ASSESSMENT", "MATURITY_ASSESSMENT");

	/**
	 * The '<em><b>SOLUTION PROVIDERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLUTION_PROVIDERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOLUTION_PROVIDERS_VALUE = 0;

	/**
	 * The '<em><b>COMMON SOLUTIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMON_SOLUTIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMON_SOLUTIONS_VALUE = 1;

	/**
	 * The '<em><b>INTEGRATION SYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATION_SYSTEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTEGRATION_SYSTEM_VALUE = 2;

	/**
	 * The '<em><b>MATURITY ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATURITY_ASSESSMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MATURITY_ASSESSMENT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Digital Service Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DigitalServiceWork[] VALUES_ARRAY =
		new DigitalServiceWork[] {
			SOLUTION_PROVIDERS,
			COMMON_SOLUTIONS,
			INTEGRATION_SYSTEM,
			MATURITY_ASSESSMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Digital Service Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DigitalServiceWork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Digital Service Work</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DigitalServiceWork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DigitalServiceWork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Digital Service Work</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DigitalServiceWork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DigitalServiceWork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Digital Service Work</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DigitalServiceWork get(int value) {
		switch (value) {
			case SOLUTION_PROVIDERS_VALUE: return SOLUTION_PROVIDERS;
			case COMMON_SOLUTIONS_VALUE: return COMMON_SOLUTIONS;
			case INTEGRATION_SYSTEM_VALUE: return INTEGRATION_SYSTEM;
			case MATURITY_ASSESSMENT_VALUE: return MATURITY_ASSESSMENT;
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
	private DigitalServiceWork(int value, String name, String literal) {
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
	
} //DigitalServiceWork
