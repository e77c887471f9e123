/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.math.BigDecimal;

import org.clusterdesk.model.Unit;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Counts kept as decimals by the model (园区规上工业企业数, 集群规模工业企业, plan rows in 个 or 人) are written as whole
 * numbers, as the forms ask counts: 78, not 78.00. A count with a fraction stays a decimal, so that the sheet shows
 * what was entered (rule G02 reports it).
 */
final class Counts {

	/** The form annotation of the metamodel: its {@code unit} detail names a {@link Unit} literal. */
	private static final String FORM_ANNOTATION = "http://www.clusterdesk.org/model/form"; //$NON-NLS-1$

	private Counts() {
	}

	/** Whether the form counts things in the feature's row (个, 人). */
	static boolean counts(EStructuralFeature feature) {
		String name = feature == null ? null : EcoreUtil.getAnnotation(feature, FORM_ANNOTATION, "unit"); //$NON-NLS-1$
		return name != null && counts(Unit.getByName(name));
	}

	/** Whether the unit counts things. */
	static boolean counts(Unit unit) {
		return unit == Unit.PIECE || unit == Unit.PERSON;
	}

	/** The value as an Integer cell when it is a whole count, else unchanged. */
	static Object cell(Object value, boolean counts) {
		if (counts && value instanceof BigDecimal d && (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0)) {
			try {
				return Integer.valueOf(d.intValueExact());
			} catch (ArithmeticException e) {
				return value; // beyond an int: keep the decimal
			}
		}
		return value;
	}
}
