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
 * A representation of the literals of the enumeration '<em><b>Resource Sharing Work</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getResourceSharingWork()
 * @model
 * @generated
 */
public enum ResourceSharingWork implements Enumerator {
	/**
	 * The '<em><b>EQUIPMENT SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUIPMENT_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	EQUIPMENT_SHARING(0, "EQUIPMENT_SHARING", "EQUIPMENT_SHARING"),

	/**
	 * The '<em><b>SERVICE SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_SHARING(1, "SERVICE_SHARING", "SERVICE_SHARING"),

	/**
	 * The '<em><b>HUMAN RESOURCE SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUMAN_RESOURCE_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	HUMAN_RESOURCE_SHARING(2, "HUMAN_RESOURCE_SHARING", "HUMAN_RESOURCE_SHARING"),

	/**
	 * The '<em><b>JOINT PROCUREMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOINT_PROCUREMENT_VALUE
	 * @generated
	 * @ordered
	 */
	JOINT_PROCUREMENT(3, "JOINT_PROCUREMENT", "JOINT_PROCUREMENT"),

	/**
	 * The '<em><b>SHARED FACTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_FACTORY_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED_FACTORY(4, "SHARED_FACTORY", "SHARED_FACTORY");

	/**
	 * The '<em><b>EQUIPMENT SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUIPMENT_SHARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EQUIPMENT_SHARING_VALUE = 0;

	/**
	 * The '<em><b>SERVICE SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_SHARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_SHARING_VALUE = 1;

	/**
	 * The '<em><b>HUMAN RESOURCE SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUMAN_RESOURCE_SHARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HUMAN_RESOURCE_SHARING_VALUE = 2;

	/**
	 * The '<em><b>JOINT PROCUREMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOINT_PROCUREMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOINT_PROCUREMENT_VALUE = 3;

	/**
	 * The '<em><b>SHARED FACTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_FACTORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_FACTORY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Resource Sharing Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ResourceSharingWork[] VALUES_ARRAY =
		new ResourceSharingWork[] {
			EQUIPMENT_SHARING,
			SERVICE_SHARING,
			HUMAN_RESOURCE_SHARING,
			JOINT_PROCUREMENT,
			SHARED_FACTORY,
		};

	/**
	 * A public read-only list of all the '<em><b>Resource Sharing Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ResourceSharingWork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Resource Sharing Work</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResourceSharingWork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResourceSharingWork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Resource Sharing Work</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResourceSharingWork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResourceSharingWork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Resource Sharing Work</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResourceSharingWork get(int value) {
		switch (value) {
			case EQUIPMENT_SHARING_VALUE: return EQUIPMENT_SHARING;
			case SERVICE_SHARING_VALUE: return SERVICE_SHARING;
			case HUMAN_RESOURCE_SHARING_VALUE: return HUMAN_RESOURCE_SHARING;
			case JOINT_PROCUREMENT_VALUE: return JOINT_PROCUREMENT;
			case SHARED_FACTORY_VALUE: return SHARED_FACTORY;
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
	private ResourceSharingWork(int value, String name, String literal) {
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
	
} //ResourceSharingWork
