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
 * A representation of the literals of the enumeration '<em><b>Enterprise Mark</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What the heading of the existing-enterprise library counts (共有企业XXX个，其中…).
 * <!-- end-model-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getEnterpriseMark()
 * @model
 * @generated
 */
public enum EnterpriseMark implements Enumerator {
	/**
	 * The '<em><b>LISTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTED_VALUE
	 * @generated
	 * @ordered
	 */
	LISTED(0, "LISTED", "LISTED"),

	/**
	 * The '<em><b>SINGLE CHAMPION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_CHAMPION_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_CHAMPION(1, "SINGLE_CHAMPION", "SINGLE_CHAMPION"),

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
	 * The '<em><b>ABOVE SCALE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABOVE_SCALE_VALUE
	 * @generated
	 * @ordered
	 */
	ABOVE_SCALE(3, "ABOVE_SCALE", "ABOVE_SCALE"),

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
	 * The '<em><b>BRAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAND_VALUE
	 * @generated
	 * @ordered
	 */
	BRAND(5, "BRAND", "BRAND");

	/**
	 * The '<em><b>LISTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LISTED_VALUE = 0;

	/**
	 * The '<em><b>SINGLE CHAMPION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_CHAMPION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_CHAMPION_VALUE = 1;

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
	 * The '<em><b>ABOVE SCALE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABOVE_SCALE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ABOVE_SCALE_VALUE = 3;

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
	 * The '<em><b>BRAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BRAND_VALUE = 5;

	/**
	 * An array of all the '<em><b>Enterprise Mark</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EnterpriseMark[] VALUES_ARRAY =
		new EnterpriseMark[] {
			LISTED,
			SINGLE_CHAMPION,
			LITTLE_GIANT,
			ABOVE_SCALE,
			HIGH_TECH,
			BRAND,
		};

	/**
	 * A public read-only list of all the '<em><b>Enterprise Mark</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EnterpriseMark> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Enterprise Mark</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnterpriseMark get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnterpriseMark result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Enterprise Mark</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnterpriseMark getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnterpriseMark result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Enterprise Mark</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnterpriseMark get(int value) {
		switch (value) {
			case LISTED_VALUE: return LISTED;
			case SINGLE_CHAMPION_VALUE: return SINGLE_CHAMPION;
			case LITTLE_GIANT_VALUE: return LITTLE_GIANT;
			case ABOVE_SCALE_VALUE: return ABOVE_SCALE;
			case HIGH_TECH_VALUE: return HIGH_TECH;
			case BRAND_VALUE: return BRAND;
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
	private EnterpriseMark(int value, String name, String literal) {
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
	
} //EnterpriseMark
