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
 * A representation of the literals of the enumeration '<em><b>Quality Brand Work</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getQualityBrandWork()
 * @model
 * @generated
 */
public enum QualityBrandWork implements Enumerator {
	/**
	 * The '<em><b>QUALITY MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITY_MANAGEMENT(0, "QUALITY_MANAGEMENT", "QUALITY_MANAGEMENT"),

	/**
	 * The '<em><b>QUALITY DIAGNOSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_DIAGNOSIS_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITY_DIAGNOSIS(1, "QUALITY_DIAGNOSIS", "QUALITY_DIAGNOSIS"),

	/**
	 * The '<em><b>BRAND MECHANISM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAND_MECHANISM_VALUE
	 * @generated
	 * @ordered
	 */
	BRAND_MECHANISM(2, "BRAND_MECHANISM", "BRAND_MECHANISM"),

	/**
	 * The '<em><b>COLLECTIVE TRADEMARK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLECTIVE_TRADEMARK_VALUE
	 * @generated
	 * @ordered
	 */
	COLLECTIVE_TRADEMARK(3, "COLLECTIVE_TRADEMARK", "COLLECTIVE_TRADEMARK");

	/**
	 * The '<em><b>QUALITY MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_MANAGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUALITY_MANAGEMENT_VALUE = 0;

	/**
	 * The '<em><b>QUALITY DIAGNOSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_DIAGNOSIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUALITY_DIAGNOSIS_VALUE = 1;

	/**
	 * The '<em><b>BRAND MECHANISM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAND_MECHANISM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BRAND_MECHANISM_VALUE = 2;

	/**
	 * The '<em><b>COLLECTIVE TRADEMARK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLECTIVE_TRADEMARK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLECTIVE_TRADEMARK_VALUE = 3;

	/**
	 * An array of all the '<em><b>Quality Brand Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QualityBrandWork[] VALUES_ARRAY =
		new QualityBrandWork[] {
			QUALITY_MANAGEMENT,
			QUALITY_DIAGNOSIS,
			BRAND_MECHANISM,
			COLLECTIVE_TRADEMARK,
		};

	/**
	 * A public read-only list of all the '<em><b>Quality Brand Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QualityBrandWork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Quality Brand Work</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualityBrandWork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QualityBrandWork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quality Brand Work</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualityBrandWork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QualityBrandWork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quality Brand Work</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualityBrandWork get(int value) {
		switch (value) {
			case QUALITY_MANAGEMENT_VALUE: return QUALITY_MANAGEMENT;
			case QUALITY_DIAGNOSIS_VALUE: return QUALITY_DIAGNOSIS;
			case BRAND_MECHANISM_VALUE: return BRAND_MECHANISM;
			case COLLECTIVE_TRADEMARK_VALUE: return COLLECTIVE_TRADEMARK;
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
	private QualityBrandWork(int value, String name, String literal) {
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
	
} //QualityBrandWork
