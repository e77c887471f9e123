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
 * A representation of the literals of the enumeration '<em><b>Listing Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getListingKind()
 * @model
 * @generated
 */
public enum ListingKind implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"), /**
	 * The '<em><b>TECHNOLOGY CARRIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_CARRIER_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGY_CARRIER(1, "TECHNOLOGY_CARRIER", "TECHNOLOGY_CARRIER"),

	/**
	 * The '<em><b>DESIGN CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGN_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	DESIGN_CENTRE(2, "DESIGN_CENTRE", "DESIGN_CENTRE"),

	/**
	 * The '<em><b>GREEN FACTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREEN_FACTORY_VALUE
	 * @generated
	 * @ordered
	 */
	GREEN_FACTORY(3, "GREEN_FACTORY", "GREEN_FACTORY"),

	/**
	 * The '<em><b>GREEN SUPPLY CHAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREEN_SUPPLY_CHAIN_VALUE
	 * @generated
	 * @ordered
	 */
	GREEN_SUPPLY_CHAIN(4, "GREEN_SUPPLY_CHAIN", "GREEN_SUPPLY_CHAIN"),

	/**
	 * The '<em><b>PUBLIC SERVICE PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_SERVICE_PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_SERVICE_PLATFORM(5, "PUBLIC_SERVICE_PLATFORM", "PUBLIC_SERVICE_PLATFORM");

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
	 * The '<em><b>TECHNOLOGY CARRIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_CARRIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGY_CARRIER_VALUE = 1;

	/**
	 * The '<em><b>DESIGN CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGN_CENTRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DESIGN_CENTRE_VALUE = 2;

	/**
	 * The '<em><b>GREEN FACTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREEN_FACTORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GREEN_FACTORY_VALUE = 3;

	/**
	 * The '<em><b>GREEN SUPPLY CHAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREEN_SUPPLY_CHAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GREEN_SUPPLY_CHAIN_VALUE = 4;

	/**
	 * The '<em><b>PUBLIC SERVICE PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_SERVICE_PLATFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_SERVICE_PLATFORM_VALUE = 5;

	/**
	 * An array of all the '<em><b>Listing Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ListingKind[] VALUES_ARRAY =
		new ListingKind[] {
			NONE,
			TECHNOLOGY_CARRIER,
			DESIGN_CENTRE,
			GREEN_FACTORY,
			GREEN_SUPPLY_CHAIN,
			PUBLIC_SERVICE_PLATFORM,
		};

	/**
	 * A public read-only list of all the '<em><b>Listing Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ListingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Listing Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ListingKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ListingKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Listing Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ListingKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ListingKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Listing Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ListingKind get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case TECHNOLOGY_CARRIER_VALUE: return TECHNOLOGY_CARRIER;
			case DESIGN_CENTRE_VALUE: return DESIGN_CENTRE;
			case GREEN_FACTORY_VALUE: return GREEN_FACTORY;
			case GREEN_SUPPLY_CHAIN_VALUE: return GREEN_SUPPLY_CHAIN;
			case PUBLIC_SERVICE_PLATFORM_VALUE: return PUBLIC_SERVICE_PLATFORM;
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
	private ListingKind(int value, String name, String literal) {
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
	
} //ListingKind
