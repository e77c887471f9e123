/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.forms.FormRows;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * G11 (E): every yearly table holds exactly the edition's data years, in order — or only the last one where the
 * edition asks a single value ({@link FormRow#isLastYearOnly()}). The yearly rows of the sections, the competition
 * report's two-year rows with their 增幅, and the series inside a row (园区总额 and 其中：集群产业, the top-10 tables).
 * To avoid two findings for one gap, years missing from a required row that is itself a yearly series are G01's;
 * this rule reports foreign, repeated and disordered years, and gaps G01 does not see (an optional row begun but not
 * finished, a series inside a row).
 */
public class EditionYears implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument document) || context.edition() == null || context.edition().getDataYears().isEmpty()) {
			return;
		}
		ShownContents.walk(context, (o, inRow) -> {
			if (inRow && (o instanceof YearlyDecimal || o instanceof YearlyCount)) {
				check(context, document, o);
			}
		});
	}

	private static void check(RuleContext context, ClusterDocument document, EObject series) {
		FormRow row = rowOf(context, series);
		if (row == null) {
			return;
		}
		List<Integer> expected = FormRows.years(document, row);
		List<Integer> actual = series instanceof YearlyDecimal d ? d.years() : ((YearlyCount) series).years();
		if (actual.equals(expected)) {
			return;
		}
		boolean onlyGaps = expected.containsAll(actual) && actual.stream().distinct().count() == actual.size()
				&& inOrder(actual, expected);
		boolean rowItself = series.eContainingFeature() == row.getFeature();
		if (onlyGaps && rowItself && (row.isRequired() || actual.isEmpty())) {
			return; // G01's: a required row not filled, or an optional row left empty
		}
		EStructuralFeature values = series instanceof YearlyDecimal ? Literals.YEARLY_DECIMAL__VALUES : Literals.YEARLY_COUNT__VALUES;
		String found = years(actual);
		String wanted = years(expected);
		context.error(series, values, Places.where(context, series, values), NLS.bind(Messages.G11_wrongYears, found, wanted), found,
				wanted);
	}

	/** The row of the edition that shows the series or the value it lies in. */
	private static FormRow rowOf(RuleContext context, EObject series) {
		for (EObject o = series; o != null && o.eContainingFeature() != null; o = o.eContainer()) {
			FormRow row = context.row(o.eContainingFeature());
			if (row != null) {
				return row;
			}
		}
		return null;
	}

	/** Whether the years keep the order they have in the edition. */
	private static boolean inOrder(List<Integer> actual, List<Integer> expected) {
		List<Integer> kept = new ArrayList<>(expected);
		kept.retainAll(actual);
		return kept.equals(actual);
	}

	private static String years(List<Integer> years) {
		return years.isEmpty() ? Messages.G11_none : years.stream().map(Places::year).collect(Collectors.joining("、")); //$NON-NLS-1$
	}
}
