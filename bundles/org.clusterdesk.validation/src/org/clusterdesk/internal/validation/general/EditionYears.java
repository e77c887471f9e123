/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>
 * A table filled for shifted years (2021–2023 where 2022–2024 is required: the usual slip of copying last season's
 * table) is one finding for the table — every row of a section object (a section, one park) shifted by the same number
 * of years — not one per row; G01 and the derived values (D01–D09) say nothing more about rows holding foreign years.
 */
public class EditionYears implements Rule {

	/** How many row labels a table finding names before saying 等. */
	private static final int ROWS_NAMED = 3;

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument document) || context.edition() == null || context.edition().getDataYears().isEmpty()) {
			return;
		}
		List<Mismatch> mismatches = new ArrayList<>();
		ShownContents.walk(context, (o, inRow) -> {
			if (inRow && (o instanceof YearlyDecimal || o instanceof YearlyCount)) {
				Mismatch m = mismatch(context, document, o);
				if (m != null) {
					mismatches.add(m);
				}
			}
		});
		Map<Table, List<Mismatch>> tables = new LinkedHashMap<>();
		for (Mismatch m : mismatches) {
			if (m.shift != 0) {
				tables.computeIfAbsent(new Table(m.table, m.shift), k -> new ArrayList<>()).add(m);
			}
		}
		for (Mismatch m : mismatches) {
			List<Mismatch> table = m.shift == 0 ? List.of() : tables.get(new Table(m.table, m.shift));
			if (table.size() < 2) {
				reportRow(context, m);
			} else if (table.get(0) == m) {
				reportTable(context, m.table, m.shift, table);
			}
		}
	}

	/** One row holding other years than the edition's. */
	private static void reportRow(RuleContext context, Mismatch m) {
		EStructuralFeature values = m.series instanceof YearlyDecimal ? Literals.YEARLY_DECIMAL__VALUES : Literals.YEARLY_COUNT__VALUES;
		String found = years(m.actual);
		String wanted = years(m.expected);
		context.error(m.series, values, Places.where(context, m.series, values), NLS.bind(Messages.G11_wrongYears, found, wanted), found,
				wanted);
	}

	/** A whole table (the yearly rows of a section, of one park) filled for shifted years: one finding on the section. */
	private static void reportTable(RuleContext context, EObject owner, int shift, List<Mismatch> rows) {
		List<Integer> wanted = context.edition().getDataYears();
		List<Integer> found = wanted.stream().map(y -> y + shift).toList();
		String labels = rows.stream().map(m -> m.row.getLabel()).distinct().limit(ROWS_NAMED).collect(Collectors.joining("、")); //$NON-NLS-1$
		if (rows.size() > ROWS_NAMED) {
			labels = NLS.bind(Messages.G11_moreRows, labels);
		}
		String where = owner.eContainingFeature() != null && owner.eContainingFeature().isMany() ? Places.where(context, owner, null) : null;
		context.error(owner, null, where, NLS.bind(Messages.G11_tableShifted, new Object[] { years(found), years(wanted), rows.size(), labels }),
				years(found), years(wanted));
	}

	/** A row's years that are not the edition's, or null when they are (or G01 reports the gap). */
	private static Mismatch mismatch(RuleContext context, ClusterDocument document, EObject series) {
		FormRow row = rowOf(context, series);
		if (row == null) {
			return null;
		}
		List<Integer> expected = FormRows.years(document, row);
		List<Integer> actual = series instanceof YearlyDecimal d ? d.years() : ((YearlyCount) series).years();
		if (actual.equals(expected)) {
			return null;
		}
		boolean onlyGaps = expected.containsAll(actual) && actual.stream().distinct().count() == actual.size()
				&& inOrder(actual, expected);
		boolean rowItself = series.eContainingFeature() == row.getFeature();
		if (onlyGaps && rowItself && (row.isRequired() || actual.isEmpty())) {
			return null; // G01's: a required row not filled, or an optional row left empty
		}
		return new Mismatch(series, row, expected, actual, shift(expected, actual), tableOf(series, row));
	}

	/** The number of years the row is shifted by as a whole (−1 for 2021–2023 instead of 2022–2024), or 0. */
	private static int shift(List<Integer> expected, List<Integer> actual) {
		if (expected.isEmpty() || actual.size() != expected.size()) {
			return 0;
		}
		int shift = actual.get(0) - expected.get(0);
		for (int i = 1; i < actual.size(); i++) {
			if (actual.get(i) - expected.get(i) != shift) {
				return 0;
			}
		}
		return shift;
	}

	/** The object holding the row the series lies in: the section object (a section, one park) whose table shows it. */
	private static EObject tableOf(EObject series, FormRow row) {
		EObject o = series;
		while (o.eContainer() != null && o.eContainingFeature() != row.getFeature()) {
			o = o.eContainer();
		}
		return o.eContainer();
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

	private record Mismatch(EObject series, FormRow row, List<Integer> expected, List<Integer> actual, int shift, EObject table) {
	}

	/** The yearly rows of one section object (a section, one park) and how far they are shifted. */
	private record Table(EObject owner, int shift) {
	}
}
