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
 * A representation of the literals of the enumeration '<em><b>Unit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * NONE (the first literal, the default) means not answered yet. Units the forms print beside their figures. A feature carries its unit in the form annotation (key unit).
 * <!-- end-model-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getUnit()
 * @model
 * @generated
 */
public enum Unit implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"), /**
	 * The '<em><b>YI YUAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YI_YUAN_VALUE
	 * @generated
	 * @ordered
	 */
	YI_YUAN(1, "YI_YUAN", "YI_YUAN"),

	/**
	 * The '<em><b>WAN YUAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN_YUAN_VALUE
	 * @generated
	 * @ordered
	 */
	WAN_YUAN(2, "WAN_YUAN", "WAN_YUAN"),

	/**
	 * The '<em><b>YI USD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YI_USD_VALUE
	 * @generated
	 * @ordered
	 */
	YI_USD(3, "YI_USD", "YI_USD"),

	/**
	 * The '<em><b>PERCENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENT_VALUE
	 * @generated
	 * @ordered
	 */
	PERCENT(4, "PERCENT", "PERCENT"),

	/**
	 * The '<em><b>TONNE CO2 PER WAN YUAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TONNE_CO2_PER_WAN_YUAN_VALUE
	 * @generated
	 * @ordered
	 */
	TONNE_CO2_PER_WAN_YUAN(5, "TONNE_CO2_PER_WAN_YUAN", "TONNE_CO2_PER_WAN_YUAN"),

	/**
	 * The '<em><b>TCE PER WAN YUAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TCE_PER_WAN_YUAN_VALUE
	 * @generated
	 * @ordered
	 */
	TCE_PER_WAN_YUAN(6, "TCE_PER_WAN_YUAN", "TCE_PER_WAN_YUAN"),

	/**
	 * The '<em><b>MU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MU_VALUE
	 * @generated
	 * @ordered
	 */
	MU(7, "MU", "MU"),

	/**
	 * The '<em><b>WAN YUAN PER MU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN_YUAN_PER_MU_VALUE
	 * @generated
	 * @ordered
	 */
	WAN_YUAN_PER_MU(8, "WAN_YUAN_PER_MU", "WAN_YUAN_PER_MU"),

	/**
	 * The '<em><b>SQUARE KM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQUARE_KM_VALUE
	 * @generated
	 * @ordered
	 */
	SQUARE_KM(9, "SQUARE_KM", "SQUARE_KM"),

	/**
	 * The '<em><b>PERSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	PERSON(10, "PERSON", "PERSON"),

	/**
	 * The '<em><b>PIECE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIECE_VALUE
	 * @generated
	 * @ordered
	 */
	PIECE(11, "PIECE", "PIECE"),

	/**
	 * The '<em><b>PER 10K PERSONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_10K_PERSONS_VALUE
	 * @generated
	 * @ordered
	 */
	PER_10K_PERSONS(12, "PER_10K_PERSONS", "PER_10K_PERSONS");

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
	 * The '<em><b>YI YUAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YI_YUAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YI_YUAN_VALUE = 1;

	/**
	 * The '<em><b>WAN YUAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN_YUAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WAN_YUAN_VALUE = 2;

	/**
	 * The '<em><b>YI USD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YI_USD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YI_USD_VALUE = 3;

	/**
	 * The '<em><b>PERCENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERCENT_VALUE = 4;

	/**
	 * The '<em><b>TONNE CO2 PER WAN YUAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TONNE_CO2_PER_WAN_YUAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TONNE_CO2_PER_WAN_YUAN_VALUE = 5;

	/**
	 * The '<em><b>TCE PER WAN YUAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TCE_PER_WAN_YUAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TCE_PER_WAN_YUAN_VALUE = 6;

	/**
	 * The '<em><b>MU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MU_VALUE = 7;

	/**
	 * The '<em><b>WAN YUAN PER MU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN_YUAN_PER_MU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WAN_YUAN_PER_MU_VALUE = 8;

	/**
	 * The '<em><b>SQUARE KM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQUARE_KM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SQUARE_KM_VALUE = 9;

	/**
	 * The '<em><b>PERSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERSON_VALUE = 10;

	/**
	 * The '<em><b>PIECE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIECE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PIECE_VALUE = 11;

	/**
	 * The '<em><b>PER 10K PERSONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_10K_PERSONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_10K_PERSONS_VALUE = 12;

	/**
	 * An array of all the '<em><b>Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Unit[] VALUES_ARRAY =
		new Unit[] {
			NONE,
			YI_YUAN,
			WAN_YUAN,
			YI_USD,
			PERCENT,
			TONNE_CO2_PER_WAN_YUAN,
			TCE_PER_WAN_YUAN,
			MU,
			WAN_YUAN_PER_MU,
			SQUARE_KM,
			PERSON,
			PIECE,
			PER_10K_PERSONS,
		};

	/**
	 * A public read-only list of all the '<em><b>Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Unit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Unit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Unit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Unit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Unit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Unit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Unit get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case YI_YUAN_VALUE: return YI_YUAN;
			case WAN_YUAN_VALUE: return WAN_YUAN;
			case YI_USD_VALUE: return YI_USD;
			case PERCENT_VALUE: return PERCENT;
			case TONNE_CO2_PER_WAN_YUAN_VALUE: return TONNE_CO2_PER_WAN_YUAN;
			case TCE_PER_WAN_YUAN_VALUE: return TCE_PER_WAN_YUAN;
			case MU_VALUE: return MU;
			case WAN_YUAN_PER_MU_VALUE: return WAN_YUAN_PER_MU;
			case SQUARE_KM_VALUE: return SQUARE_KM;
			case PERSON_VALUE: return PERSON;
			case PIECE_VALUE: return PIECE;
			case PER_10K_PERSONS_VALUE: return PER_10K_PERSONS;
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
	private Unit(int value, String name, String literal) {
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
	
} //Unit
