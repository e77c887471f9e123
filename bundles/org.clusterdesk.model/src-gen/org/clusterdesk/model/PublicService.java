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
 * A representation of the literals of the enumeration '<em><b>Public Service</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getPublicService()
 * @model
 * @generated
 */
public enum PublicService implements Enumerator {
	/**
	 * The '<em><b>INFORMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMATION(0, "INFORMATION", "INFORMATION"),

	/**
	 * The '<em><b>ENTREPRENEURSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTREPRENEURSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	ENTREPRENEURSHIP(1, "ENTREPRENEURSHIP", "ENTREPRENEURSHIP"),

	/**
	 * The '<em><b>INNOVATION SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATION_SUPPORT(2, "INNOVATION_SUPPORT", "INNOVATION_SUPPORT"),

	/**
	 * The '<em><b>TRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING(3, "TRAINING", "TRAINING"),

	/**
	 * The '<em><b>MARKETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING_VALUE
	 * @generated
	 * @ordered
	 */
	MARKETING(4, "MARKETING", "MARKETING"),

	/**
	 * The '<em><b>FINANCING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCING_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCING(5, "FINANCING", "FINANCING"),

	/**
	 * The '<em><b>CONSULTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTING_VALUE
	 * @generated
	 * @ordered
	 */
	CONSULTING(6, "CONSULTING", "CONSULTING");

	/**
	 * The '<em><b>INFORMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFORMATION_VALUE = 0;

	/**
	 * The '<em><b>ENTREPRENEURSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTREPRENEURSHIP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTREPRENEURSHIP_VALUE = 1;

	/**
	 * The '<em><b>INNOVATION SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATION_SUPPORT_VALUE = 2;

	/**
	 * The '<em><b>TRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_VALUE = 3;

	/**
	 * The '<em><b>MARKETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MARKETING_VALUE = 4;

	/**
	 * The '<em><b>FINANCING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINANCING_VALUE = 5;

	/**
	 * The '<em><b>CONSULTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSULTING_VALUE = 6;

	/**
	 * An array of all the '<em><b>Public Service</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PublicService[] VALUES_ARRAY =
		new PublicService[] {
			INFORMATION,
			ENTREPRENEURSHIP,
			INNOVATION_SUPPORT,
			TRAINING,
			MARKETING,
			FINANCING,
			CONSULTING,
		};

	/**
	 * A public read-only list of all the '<em><b>Public Service</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PublicService> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Public Service</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PublicService get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PublicService result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Public Service</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PublicService getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PublicService result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Public Service</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PublicService get(int value) {
		switch (value) {
			case INFORMATION_VALUE: return INFORMATION;
			case ENTREPRENEURSHIP_VALUE: return ENTREPRENEURSHIP;
			case INNOVATION_SUPPORT_VALUE: return INNOVATION_SUPPORT;
			case TRAINING_VALUE: return TRAINING;
			case MARKETING_VALUE: return MARKETING;
			case FINANCING_VALUE: return FINANCING;
			case CONSULTING_VALUE: return CONSULTING;
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
	private PublicService(int value, String name, String literal) {
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
	
} //PublicService
