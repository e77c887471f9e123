/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.ImplementationTarget;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * A row of 5.1 未来三年集群主要经济指标发展目标: under the header 指标名称 | 上一年实际值 | 2026年发展目标 | 2027年发展目标 |
 * 2028年发展目标, the last year's actual value and the target of each plan year, the columns found by their wording.
 */
final class ImplementationTargetReader {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	/** 2026年发展目标: the year of a target's column. */
	private static final Pattern TARGET_YEAR = Pattern.compile("(\\d{4})\u5e74.*"); //$NON-NLS-1$

	private final GridReader reader;

	ImplementationTargetReader(GridReader reader) {
		this.reader = reader;
	}

	void read(FormRow row, EObject owner, EReference reference) {
		String label = reader.layout().label(row);
		ImplementationTarget target = GridReader.child(owner, reference);
		target.setActual(null);
		target.getTargets().clear();
		GridReader.Match m = reader.find(label, false);
		if (m == null) {
			reader.unread(label, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		List<DocxGrid.Item> items = reader.items();
		String actualLabel = ModelLabels.feature(P.getImplementationTarget_Actual());
		HeaderColumns header = null;
		DocxGrid.Item headerRow = null;
		for (int i = m.index - 1; i >= 0 && header == null; i--) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow() && item.table == m.item.table) {
				HeaderColumns h = HeaderColumns.of(item, null);
				if (h.column(actualLabel) >= 0) {
					header = h;
					headerRow = item;
					item.used = true;
				}
			}
		}
		if (header == null) {
			reader.unread(label, m.item.toString(), Messages.Reason_noYears);
			return;
		}
		String actual = HeaderColumns.cellAt(m.item, header.column(actualLabel));
		try {
			target.setActual(Values.decimal(actual));
		} catch (Values.Unreadable e) {
			reader.unread(NLS.bind(Messages.Place_sub, label, actualLabel), actual, e.getMessage());
		}
		String targetLabel = Values.key(ModelLabels.feature(P.getImplementationTarget_Targets()));
		List<Integer> years = reader.edition().getStageYears();
		for (Integer year : years) {
			int column = header.column(year + "\u5e74" + targetLabel); //$NON-NLS-1$
			if (column < 0) {
				reader.unread(NLS.bind(Messages.Place_year, label, String.valueOf(year)), "", Messages.Reason_noYear); //$NON-NLS-1$
				continue;
			}
			String text = HeaderColumns.cellAt(m.item, column);
			try {
				java.math.BigDecimal value = Values.decimal(text);
				if (value != null) {
					YearDecimal entry = P.getClusterDeskFactory().createYearDecimal();
					entry.setYear(year);
					entry.setValue(value);
					target.getTargets().add(entry);
				}
			} catch (Values.Unreadable e) {
				reader.unread(NLS.bind(Messages.Place_year, label, String.valueOf(year)), text, e.getMessage());
			}
		}
		// a target column of a year the edition does not plan for, filled in by hand
		for (int c = 0; c < m.item.cells.size(); c++) {
			String head = HeaderColumns.cellAt(headerRow, HeaderColumns.starts(m.item)[c]);
			Matcher y = TARGET_YEAR.matcher(Values.key(head));
			if (y.matches() && Values.key(head).endsWith(targetLabel) && !years.contains(Integer.valueOf(y.group(1)))
					&& !Values.isNothing(m.item.cell(c))) {
				reader.unread(NLS.bind(Messages.Place_year, label, y.group(1)), m.item.cell(c), Messages.Reason_otherYear);
			}
		}
	}
}
