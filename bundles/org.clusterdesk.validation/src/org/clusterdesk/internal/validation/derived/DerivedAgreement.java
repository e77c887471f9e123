/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.derived;

import java.util.Set;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * D01–D09: an entered value agrees with the value the form derives it from (year growth, geometric average growth,
 * leading-industry output, ratios, patents per 10 000, R&amp;D intensity, reduction rates, totals and 增幅, unit
 * conversions), within 0.01 after rounding the computed value HALF_UP to two decimals. The values themselves come
 * from {@link org.clusterdesk.model.derived.DerivedValues}, the one list the editor, the command line and the exporters
 * show too; this rule only reports those of its id that disagree.
 */
public class DerivedAgreement implements Rule {

	/** Ids the catalogue marks W: D03 because the leading-industry output is itself rounded, D07 likewise. */
	private static final Set<String> WARNINGS = Set.of("D03", "D07"); //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument) || context.edition() == null) {
			return;
		}
		String ruleId = context.ruleId();
		boolean warning = WARNINGS.contains(ruleId);
		for (DerivedValue value : context.derivedValues()) {
			if (!ruleId.equals(value.rule()) || !value.disagrees()) {
				continue;
			}
			String where = value.year() == null ? null : NLS.bind(Messages.D_year, value.year());
			String detail = NLS.bind(Messages.D_disagrees,
					new Object[] { subject(value, context), value.entered().toPlainString(), value.rounded().toPlainString(), value.formula() });
			if (warning) {
				context.warning(value.owner(), value.feature(), where, detail, value.entered(), value.rounded());
			} else {
				context.error(value.owner(), value.feature(), where, detail, value.entered(), value.rounded());
			}
		}
	}

	/**
	 * What the value is, when the row the finding is placed on does not already say it: a total, a park's ratio, the
	 * leading-industry output beside its share. Empty when the label is just the row's wording (with its year).
	 */
	private static String subject(DerivedValue value, RuleContext context) {
		String row = rowLabel(value.owner(), value.feature(), context);
		String label = value.label();
		if (label == null || label.equals(row) || value.year() != null && label.equals(NLS.bind(Messages.D_yearSuffix, row, value.year()))) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.D_subject, label);
	}

	/** The wording of the row the context will place the finding on: the nearest feature up the containment the form shows. */
	private static String rowLabel(EObject owner, EStructuralFeature feature, RuleContext context) {
		EObject object = owner;
		EStructuralFeature f = feature;
		while (object != null) {
			if (f != null && context.has(f)) {
				return context.label(f);
			}
			f = object.eContainingFeature();
			object = object.eContainer();
		}
		return null;
	}
}
