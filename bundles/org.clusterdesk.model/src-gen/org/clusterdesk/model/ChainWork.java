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
 * A representation of the literals of the enumeration '<em><b>Chain Work</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getChainWork()
 * @model
 * @generated
 */
public enum ChainWork implements Enumerator {
	/**
	 * The '<em><b>CHAIN MAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIN_MAP_VALUE
	 * @generated
	 * @ordered
	 */
	CHAIN_MAP(0, "CHAIN_MAP", "CHAIN_MAP"),

	/**
	 * The '<em><b>CHALLENGE LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHALLENGE_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	CHALLENGE_LIST(1, "CHALLENGE_LIST", "CHALLENGE_LIST"),

	/**
	 * The '<em><b>INNOVATION CONSORTIUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_CONSORTIUM_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATION_CONSORTIUM(2, "INNOVATION_CONSORTIUM", "INNOVATION_CONSORTIUM"),

	/**
	 * The '<em><b>ACADEMIC COOPERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACADEMIC_COOPERATION_VALUE
	 * @generated
	 * @ordered
	 */
	ACADEMIC_COOPERATION(3, "ACADEMIC_COOPERATION", "ACADEMIC_COOPERATION"),

	/**
	 * The '<em><b>SUPPLY COORDINATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLY_COORDINATION_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLY_COORDINATION(4, "SUPPLY_COORDINATION", "SUPPLY_COORDINATION"),

	/**
	 * The '<em><b>CHAIN LEADER PARTNERSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIN_LEADER_PARTNERSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	CHAIN_LEADER_PARTNERSHIP(5, "CHAIN_LEADER_PARTNERSHIP", "CHAIN_LEADER_PARTNERSHIP"),

	/**
	 * The '<em><b>ADVANCED CLUSTER PARTNERSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVANCED_CLUSTER_PARTNERSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	ADVANCED_CLUSTER_PARTNERSHIP(6, "ADVANCED_CLUSTER_PARTNERSHIP", "ADVANCED_CLUSTER_PARTNERSHIP"),

	/**
	 * The '<em><b>SUPPLY RISK ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLY_RISK_ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLY_RISK_ASSESSMENT(7, "SUPPLY_RISK_ASSESSMENT", "SUPPLY_RISK_ASSESSMENT");

	/**
	 * The '<em><b>CHAIN MAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIN_MAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHAIN_MAP_VALUE = 0;

	/**
	 * The '<em><b>CHALLENGE LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHALLENGE_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHALLENGE_LIST_VALUE = 1;

	/**
	 * The '<em><b>INNOVATION CONSORTIUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_CONSORTIUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATION_CONSORTIUM_VALUE = 2;

	/**
	 * The '<em><b>ACADEMIC COOPERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACADEMIC_COOPERATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACADEMIC_COOPERATION_VALUE = 3;

	/**
	 * The '<em><b>SUPPLY COORDINATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLY_COORDINATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLY_COORDINATION_VALUE = 4;

	/**
	 * The '<em><b>CHAIN LEADER PARTNERSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIN_LEADER_PARTNERSHIP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHAIN_LEADER_PARTNERSHIP_VALUE = 5;

	/**
	 * The '<em><b>ADVANCED CLUSTER PARTNERSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVANCED_CLUSTER_PARTNERSHIP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVANCED_CLUSTER_PARTNERSHIP_VALUE = 6;

	/**
	 * The '<em><b>SUPPLY RISK ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLY_RISK_ASSESSMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLY_RISK_ASSESSMENT_VALUE = 7;

	/**
	 * An array of all the '<em><b>Chain Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChainWork[] VALUES_ARRAY =
		new ChainWork[] {
			CHAIN_MAP,
			CHALLENGE_LIST,
			INNOVATION_CONSORTIUM,
			ACADEMIC_COOPERATION,
			SUPPLY_COORDINATION,
			CHAIN_LEADER_PARTNERSHIP,
			ADVANCED_CLUSTER_PARTNERSHIP,
			SUPPLY_RISK_ASSESSMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Chain Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChainWork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Chain Work</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChainWork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChainWork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Chain Work</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChainWork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChainWork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Chain Work</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChainWork get(int value) {
		switch (value) {
			case CHAIN_MAP_VALUE: return CHAIN_MAP;
			case CHALLENGE_LIST_VALUE: return CHALLENGE_LIST;
			case INNOVATION_CONSORTIUM_VALUE: return INNOVATION_CONSORTIUM;
			case ACADEMIC_COOPERATION_VALUE: return ACADEMIC_COOPERATION;
			case SUPPLY_COORDINATION_VALUE: return SUPPLY_COORDINATION;
			case CHAIN_LEADER_PARTNERSHIP_VALUE: return CHAIN_LEADER_PARTNERSHIP;
			case ADVANCED_CLUSTER_PARTNERSHIP_VALUE: return ADVANCED_CLUSTER_PARTNERSHIP;
			case SUPPLY_RISK_ASSESSMENT_VALUE: return SUPPLY_RISK_ASSESSMENT;
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
	private ChainWork(int value, String name, String literal) {
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
	
} //ChainWork
