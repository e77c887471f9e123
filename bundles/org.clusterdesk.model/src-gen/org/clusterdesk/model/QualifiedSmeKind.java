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
 * A representation of the literals of the enumeration '<em><b>Qualified Sme Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getQualifiedSmeKind()
 * @model
 * @generated
 */
public enum QualifiedSmeKind implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"), /**
	 * The '<em><b>PROVINCIAL SPECIALISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_SPECIALISED_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_SPECIALISED(1, "PROVINCIAL_SPECIALISED", "PROVINCIAL_SPECIALISED"),

	/**
	 * The '<em><b>LITTLE GIANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LITTLE_GIANT_VALUE
	 * @generated
	 * @ordered
	 */
	LITTLE_GIANT(2, "LITTLE_GIANT", "LITTLE_GIANT"),

	/**
	 * The '<em><b>SINGLE CHAMPION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_CHAMPION_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_CHAMPION(3, "SINGLE_CHAMPION", "SINGLE_CHAMPION"),

	/**
	 * The '<em><b>HIGH TECH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGH_TECH_VALUE
	 * @generated
	 * @ordered
	 */
	HIGH_TECH(4, "HIGH_TECH", "HIGH_TECH"),

	/**
	 * The '<em><b>INNOVATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATIVE(5, "INNOVATIVE", "INNOVATIVE"),

	/**
	 * The '<em><b>LISTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTED_VALUE
	 * @generated
	 * @ordered
	 */
	LISTED(6, "LISTED", "LISTED"),

	/**
	 * The '<em><b>PRE LISTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_LISTING_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_LISTING(7, "PRE_LISTING", "PRE_LISTING");

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
	 * The '<em><b>PROVINCIAL SPECIALISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_SPECIALISED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_SPECIALISED_VALUE = 1;

	/**
	 * The '<em><b>LITTLE GIANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LITTLE_GIANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LITTLE_GIANT_VALUE = 2;

	/**
	 * The '<em><b>SINGLE CHAMPION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_CHAMPION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_CHAMPION_VALUE = 3;

	/**
	 * The '<em><b>HIGH TECH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGH_TECH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HIGH_TECH_VALUE = 4;

	/**
	 * The '<em><b>INNOVATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATIVE_VALUE = 5;

	/**
	 * The '<em><b>LISTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LISTED_VALUE = 6;

	/**
	 * The '<em><b>PRE LISTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_LISTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRE_LISTING_VALUE = 7;

	/**
	 * An array of all the '<em><b>Qualified Sme Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QualifiedSmeKind[] VALUES_ARRAY =
		new QualifiedSmeKind[] {
			NONE,
			PROVINCIAL_SPECIALISED,
			LITTLE_GIANT,
			SINGLE_CHAMPION,
			HIGH_TECH,
			INNOVATIVE,
			LISTED,
			PRE_LISTING,
		};

	/**
	 * A public read-only list of all the '<em><b>Qualified Sme Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QualifiedSmeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Qualified Sme Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualifiedSmeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QualifiedSmeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Qualified Sme Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualifiedSmeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QualifiedSmeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Qualified Sme Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualifiedSmeKind get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case PROVINCIAL_SPECIALISED_VALUE: return PROVINCIAL_SPECIALISED;
			case LITTLE_GIANT_VALUE: return LITTLE_GIANT;
			case SINGLE_CHAMPION_VALUE: return SINGLE_CHAMPION;
			case HIGH_TECH_VALUE: return HIGH_TECH;
			case INNOVATIVE_VALUE: return INNOVATIVE;
			case LISTED_VALUE: return LISTED;
			case PRE_LISTING_VALUE: return PRE_LISTING;
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
	private QualifiedSmeKind(int value, String name, String literal) {
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
	
} //QualifiedSmeKind
