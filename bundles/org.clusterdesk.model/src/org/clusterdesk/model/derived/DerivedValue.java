/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One value the forms imply, computed from what was entered, beside the entered value it must agree with (if the
 * form asks for one).
 *
 * @param rule      the rule of the catalogue that defines it (D01 … D09, C05, P10)
 * @param label     the form's wording of what it is, with the year where it has one
 * @param year      the year, or null
 * @param computed  the computed value, unrounded; null when an input is missing
 * @param entered   the value entered in the form, or null when the form asks none (or it is empty)
 * @param formula   how it is computed, in words of the form
 * @param owner     the object holding the entered value (for jumping to it), or null
 * @param feature   the feature holding the entered value, or null
 */
public record DerivedValue(String rule, String label, Integer year, BigDecimal computed, BigDecimal entered,
		String formula, EObject owner, EStructuralFeature feature) {

	/** Whether an entered value exists and disagrees with the computed one beyond the 0.01 tolerance. */
	public boolean disagrees() {
		return entered != null && computed != null && !DecimalMath.agrees(entered, computed);
	}

	/** The computed value rounded HALF_UP to two decimals, as the forms print it. */
	public BigDecimal rounded() {
		return DecimalMath.round2(computed);
	}
}
