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
 * A representation of the literals of the enumeration '<em><b>Public Service Platform Work</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getPublicServicePlatformWork()
 * @model
 * @generated
 */
public enum PublicServicePlatformWork implements Enumerator {
	/**
	 * The '<em><b>NATIONAL DEMONSTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_DEMONSTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_DEMONSTRATION(0, "NATIONAL_DEMONSTRATION", "NATIONAL_DEMONSTRATION"),

	/**
	 * The '<em><b>PROVINCIAL DEMONSTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_DEMONSTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_DEMONSTRATION(1, "PROVINCIAL_DEMONSTRATION", "PROVINCIAL_DEMONSTRATION"),

	/**
	 * The '<em><b>OWN PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWN_PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	OWN_PLATFORM(2, "OWN_PLATFORM", "OWN_PLATFORM");

	/**
	 * The '<em><b>NATIONAL DEMONSTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_DEMONSTRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_DEMONSTRATION_VALUE = 0;

	/**
	 * The '<em><b>PROVINCIAL DEMONSTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_DEMONSTRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_DEMONSTRATION_VALUE = 1;

	/**
	 * The '<em><b>OWN PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWN_PLATFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OWN_PLATFORM_VALUE = 2;

	/**
	 * An array of all the '<em><b>Public Service Platform Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PublicServicePlatformWork[] VALUES_ARRAY =
		new PublicServicePlatformWork[] {
			NATIONAL_DEMONSTRATION,
			PROVINCIAL_DEMONSTRATION,
			OWN_PLATFORM,
		};

	/**
	 * A public read-only list of all the '<em><b>Public Service Platform Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PublicServicePlatformWork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Public Service Platform Work</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PublicServicePlatformWork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PublicServicePlatformWork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Public Service Platform Work</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PublicServicePlatformWork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PublicServicePlatformWork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Public Service Platform Work</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PublicServicePlatformWork get(int value) {
		switch (value) {
			case NATIONAL_DEMONSTRATION_VALUE: return NATIONAL_DEMONSTRATION;
			case PROVINCIAL_DEMONSTRATION_VALUE: return PROVINCIAL_DEMONSTRATION;
			case OWN_PLATFORM_VALUE: return OWN_PLATFORM;
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
	private PublicServicePlatformWork(int value, String name, String literal) {
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
	
} //PublicServicePlatformWork
