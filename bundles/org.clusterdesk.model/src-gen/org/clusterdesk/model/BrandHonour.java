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
 * A representation of the literals of the enumeration '<em><b>Brand Honour</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getBrandHonour()
 * @model
 * @generated
 */
public enum BrandHonour implements Enumerator {
	/**
	 * The '<em><b>FORTUNE GLOBAL 500</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORTUNE_GLOBAL_500_VALUE
	 * @generated
	 * @ordered
	 */
	FORTUNE_GLOBAL_500(0, "FORTUNE_GLOBAL_500", "FORTUNE_GLOBAL_500"),

	/**
	 * The '<em><b>CHINA TOP 500</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHINA_TOP_500_VALUE
	 * @generated
	 * @ordered
	 */
	CHINA_TOP_500(1, "CHINA_TOP_500", "CHINA_TOP_500"),

	/**
	 * The '<em><b>PRIVATE TOP 500</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_TOP_500_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_TOP_500(2, "PRIVATE_TOP_500", "PRIVATE_TOP_500"),

	/**
	 * The '<em><b>GLOBAL INDUSTRY TOP 50</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GLOBAL_INDUSTRY_TOP_50_VALUE
	 * @generated
	 * @ordered
	 */
	GLOBAL_INDUSTRY_TOP_50(3, "GLOBAL_INDUSTRY_TOP_50", "GLOBAL_INDUSTRY_TOP_50"),

	/**
	 * The '<em><b>NATIONAL LITTLE GIANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_LITTLE_GIANT_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_LITTLE_GIANT(4, "NATIONAL_LITTLE_GIANT", "NATIONAL_LITTLE_GIANT"),

	/**
	 * The '<em><b>PROVINCIAL LITTLE GIANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_LITTLE_GIANT_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_LITTLE_GIANT(5, "PROVINCIAL_LITTLE_GIANT", "PROVINCIAL_LITTLE_GIANT"),

	/**
	 * The '<em><b>NATIONAL SINGLE CHAMPION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_SINGLE_CHAMPION_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_SINGLE_CHAMPION(6, "NATIONAL_SINGLE_CHAMPION", "NATIONAL_SINGLE_CHAMPION"),

	/**
	 * The '<em><b>PROVINCIAL SINGLE CHAMPION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_SINGLE_CHAMPION_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_SINGLE_CHAMPION(7, "PROVINCIAL_SINGLE_CHAMPION", "PROVINCIAL_SINGLE_CHAMPION");

	/**
	 * The '<em><b>FORTUNE GLOBAL 500</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORTUNE_GLOBAL_500
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORTUNE_GLOBAL_500_VALUE = 0;

	/**
	 * The '<em><b>CHINA TOP 500</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHINA_TOP_500
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHINA_TOP_500_VALUE = 1;

	/**
	 * The '<em><b>PRIVATE TOP 500</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_TOP_500
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_TOP_500_VALUE = 2;

	/**
	 * The '<em><b>GLOBAL INDUSTRY TOP 50</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GLOBAL_INDUSTRY_TOP_50
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GLOBAL_INDUSTRY_TOP_50_VALUE = 3;

	/**
	 * The '<em><b>NATIONAL LITTLE GIANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_LITTLE_GIANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_LITTLE_GIANT_VALUE = 4;

	/**
	 * The '<em><b>PROVINCIAL LITTLE GIANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_LITTLE_GIANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_LITTLE_GIANT_VALUE = 5;

	/**
	 * The '<em><b>NATIONAL SINGLE CHAMPION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_SINGLE_CHAMPION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_SINGLE_CHAMPION_VALUE = 6;

	/**
	 * The '<em><b>PROVINCIAL SINGLE CHAMPION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_SINGLE_CHAMPION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_SINGLE_CHAMPION_VALUE = 7;

	/**
	 * An array of all the '<em><b>Brand Honour</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BrandHonour[] VALUES_ARRAY =
		new BrandHonour[] {
			FORTUNE_GLOBAL_500,
			CHINA_TOP_500,
			PRIVATE_TOP_500,
			GLOBAL_INDUSTRY_TOP_50,
			NATIONAL_LITTLE_GIANT,
			PROVINCIAL_LITTLE_GIANT,
			NATIONAL_SINGLE_CHAMPION,
			PROVINCIAL_SINGLE_CHAMPION,
		};

	/**
	 * A public read-only list of all the '<em><b>Brand Honour</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BrandHonour> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Brand Honour</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BrandHonour get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BrandHonour result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Brand Honour</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BrandHonour getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BrandHonour result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Brand Honour</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BrandHonour get(int value) {
		switch (value) {
			case FORTUNE_GLOBAL_500_VALUE: return FORTUNE_GLOBAL_500;
			case CHINA_TOP_500_VALUE: return CHINA_TOP_500;
			case PRIVATE_TOP_500_VALUE: return PRIVATE_TOP_500;
			case GLOBAL_INDUSTRY_TOP_50_VALUE: return GLOBAL_INDUSTRY_TOP_50;
			case NATIONAL_LITTLE_GIANT_VALUE: return NATIONAL_LITTLE_GIANT;
			case PROVINCIAL_LITTLE_GIANT_VALUE: return PROVINCIAL_LITTLE_GIANT;
			case NATIONAL_SINGLE_CHAMPION_VALUE: return NATIONAL_SINGLE_CHAMPION;
			case PROVINCIAL_SINGLE_CHAMPION_VALUE: return PROVINCIAL_SINGLE_CHAMPION;
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
	private BrandHonour(int value, String name, String literal) {
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
	
} //BrandHonour
