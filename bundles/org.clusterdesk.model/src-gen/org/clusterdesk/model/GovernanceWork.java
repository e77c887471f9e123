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
 * A representation of the literals of the enumeration '<em><b>Governance Work</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.clusterdesk.model.ClusterDeskPackage#getGovernanceWork()
 * @model
 * @generated
 */
public enum GovernanceWork implements Enumerator {
	/**
	 * The '<em><b>PROMOTION AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTION_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	PROMOTION_AGENCY(0, "PROMOTION_AGENCY", "PROMOTION_AGENCY"),

	/**
	 * The '<em><b>POLICY OUTREACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_OUTREACH_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_OUTREACH(1, "POLICY_OUTREACH", "POLICY_OUTREACH"),

	/**
	 * The '<em><b>RIGHTS PROTECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_PROTECTION_VALUE
	 * @generated
	 * @ordered
	 */
	RIGHTS_PROTECTION(2, "RIGHTS_PROTECTION", "RIGHTS_PROTECTION"),

	/**
	 * The '<em><b>SERVICE EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_EVALUATION(3, "SERVICE_EVALUATION", "SERVICE_EVALUATION"),

	/**
	 * The '<em><b>SAFETY CONTROL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_CONTROL_VALUE
	 * @generated
	 * @ordered
	 */
	SAFETY_CONTROL(4, "SAFETY_CONTROL", "SAFETY_CONTROL"),

	/**
	 * The '<em><b>DIGITAL GOVERNANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITAL_GOVERNANCE_VALUE
	 * @generated
	 * @ordered
	 */
	DIGITAL_GOVERNANCE(5, "DIGITAL_GOVERNANCE", "DIGITAL_GOVERNANCE");

	/**
	 * The '<em><b>PROMOTION AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTION_AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROMOTION_AGENCY_VALUE = 0;

	/**
	 * The '<em><b>POLICY OUTREACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_OUTREACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_OUTREACH_VALUE = 1;

	/**
	 * The '<em><b>RIGHTS PROTECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_PROTECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RIGHTS_PROTECTION_VALUE = 2;

	/**
	 * The '<em><b>SERVICE EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_EVALUATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_EVALUATION_VALUE = 3;

	/**
	 * The '<em><b>SAFETY CONTROL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_CONTROL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAFETY_CONTROL_VALUE = 4;

	/**
	 * The '<em><b>DIGITAL GOVERNANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITAL_GOVERNANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIGITAL_GOVERNANCE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Governance Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GovernanceWork[] VALUES_ARRAY =
		new GovernanceWork[] {
			PROMOTION_AGENCY,
			POLICY_OUTREACH,
			RIGHTS_PROTECTION,
			SERVICE_EVALUATION,
			SAFETY_CONTROL,
			DIGITAL_GOVERNANCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Governance Work</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GovernanceWork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Governance Work</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GovernanceWork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GovernanceWork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Governance Work</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GovernanceWork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GovernanceWork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Governance Work</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GovernanceWork get(int value) {
		switch (value) {
			case PROMOTION_AGENCY_VALUE: return PROMOTION_AGENCY;
			case POLICY_OUTREACH_VALUE: return POLICY_OUTREACH;
			case RIGHTS_PROTECTION_VALUE: return RIGHTS_PROTECTION;
			case SERVICE_EVALUATION_VALUE: return SERVICE_EVALUATION;
			case SAFETY_CONTROL_VALUE: return SAFETY_CONTROL;
			case DIGITAL_GOVERNANCE_VALUE: return DIGITAL_GOVERNANCE;
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
	private GovernanceWork(int value, String name, String literal) {
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
	
} //GovernanceWork
