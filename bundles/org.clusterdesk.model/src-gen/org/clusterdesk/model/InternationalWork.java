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
 * A representation of the literals of the enumeration '<em><b>International Work</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getInternationalWork()
 * @model
 * @generated
 */
public enum InternationalWork implements Enumerator {
	/**
	 * The '<em><b>COOPERATION MECHANISM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COOPERATION_MECHANISM_VALUE
	 * @generated
	 * @ordered
	 */
	COOPERATION_MECHANISM(0, "COOPERATION_MECHANISM", "COOPERATION_MECHANISM"),

	/**
	 * The '<em><b>OVERSEAS PARKS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERSEAS_PARKS_VALUE
	 * @generated
	 * @ordered
	 */
	OVERSEAS_PARKS(1, "OVERSEAS_PARKS", "OVERSEAS_PARKS"),

	/**
	 * The '<em><b>IMPORTED TECHNOLOGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPORTED_TECHNOLOGY_VALUE
	 * @generated
	 * @ordered
	 */
	IMPORTED_TECHNOLOGY(2, "IMPORTED_TECHNOLOGY", "IMPORTED_TECHNOLOGY"),

	/**
	 * The '<em><b>EXPOSITIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPOSITIONS_VALUE
	 * @generated
	 * @ordered
	 */
	EXPOSITIONS(3, "EXPOSITIONS", "EXPOSITIONS"),

	/**
	 * The '<em><b>HOSTED SEMINARS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTED_SEMINARS_VALUE
	 * @generated
	 * @ordered
	 */
	HOSTED_SEMINARS(4, "HOSTED_SEMINARS", "HOSTED_SEMINARS");

	/**
	 * The '<em><b>COOPERATION MECHANISM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COOPERATION_MECHANISM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COOPERATION_MECHANISM_VALUE = 0;

	/**
	 * The '<em><b>OVERSEAS PARKS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERSEAS_PARKS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OVERSEAS_PARKS_VALUE = 1;

	/**
	 * The '<em><b>IMPORTED TECHNOLOGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPORTED_TECHNOLOGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPORTED_TECHNOLOGY_VALUE = 2;

	/**
	 * The '<em><b>EXPOSITIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPOSITIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPOSITIONS_VALUE = 3;

	/**
	 * The '<em><b>HOSTED SEMINARS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTED_SEMINARS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOSTED_SEMINARS_VALUE = 4;

	/**
	 * An array of all the '<em><b>International Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InternationalWork[] VALUES_ARRAY =
		new InternationalWork[] {
			COOPERATION_MECHANISM,
			OVERSEAS_PARKS,
			IMPORTED_TECHNOLOGY,
			EXPOSITIONS,
			HOSTED_SEMINARS,
		};

	/**
	 * A public read-only list of all the '<em><b>International Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InternationalWork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>International Work</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InternationalWork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InternationalWork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>International Work</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InternationalWork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InternationalWork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>International Work</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InternationalWork get(int value) {
		switch (value) {
			case COOPERATION_MECHANISM_VALUE: return COOPERATION_MECHANISM;
			case OVERSEAS_PARKS_VALUE: return OVERSEAS_PARKS;
			case IMPORTED_TECHNOLOGY_VALUE: return IMPORTED_TECHNOLOGY;
			case EXPOSITIONS_VALUE: return EXPOSITIONS;
			case HOSTED_SEMINARS_VALUE: return HOSTED_SEMINARS;
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
	private InternationalWork(int value, String name, String literal) {
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
	
} //InternationalWork
