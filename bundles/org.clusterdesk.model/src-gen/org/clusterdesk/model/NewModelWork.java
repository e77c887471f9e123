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
 * A representation of the literals of the enumeration '<em><b>New Model Work</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getNewModelWork()
 * @model
 * @generated
 */
public enum NewModelWork implements Enumerator {
	/**
	 * The '<em><b>NATIONAL PILOTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_PILOTS_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_PILOTS(0, "NATIONAL_PILOTS", "NATIONAL_PILOTS"),

	/**
	 * The '<em><b>PROVINCIAL PILOTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_PILOTS_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_PILOTS(1, "PROVINCIAL_PILOTS", "PROVINCIAL_PILOTS"),

	/**
	 * The '<em><b>INNOVATIVE APPLICATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATIVE_APPLICATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATIVE_APPLICATIONS(2, "INNOVATIVE_APPLICATIONS", "INNOVATIVE_APPLICATIONS");

	/**
	 * The '<em><b>NATIONAL PILOTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_PILOTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_PILOTS_VALUE = 0;

	/**
	 * The '<em><b>PROVINCIAL PILOTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_PILOTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_PILOTS_VALUE = 1;

	/**
	 * The '<em><b>INNOVATIVE APPLICATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATIVE_APPLICATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATIVE_APPLICATIONS_VALUE = 2;

	/**
	 * An array of all the '<em><b>New Model Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NewModelWork[] VALUES_ARRAY =
		new NewModelWork[] {
			NATIONAL_PILOTS,
			PROVINCIAL_PILOTS,
			INNOVATIVE_APPLICATIONS,
		};

	/**
	 * A public read-only list of all the '<em><b>New Model Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NewModelWork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>New Model Work</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NewModelWork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NewModelWork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>New Model Work</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NewModelWork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NewModelWork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>New Model Work</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NewModelWork get(int value) {
		switch (value) {
			case NATIONAL_PILOTS_VALUE: return NATIONAL_PILOTS;
			case PROVINCIAL_PILOTS_VALUE: return PROVINCIAL_PILOTS;
			case INNOVATIVE_APPLICATIONS_VALUE: return INNOVATIVE_APPLICATIONS;
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
	private NewModelWork(int value, String name, String literal) {
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
	
} //NewModelWork
