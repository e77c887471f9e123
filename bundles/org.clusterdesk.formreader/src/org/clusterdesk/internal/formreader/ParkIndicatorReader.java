/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.forms.FormRows;
import org.clusterdesk.model.labels.ModelLabels;
import org.clusterdesk.model.view.FormTable.ColumnKind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * A row of the core park's indicators (3.1): under the header 2024年 | 2025年 | 总额增幅（%） and its second row 园区总额 |
 * 其中：集群产业 per year, the park total and the cluster industry's part of each year and the 增幅 as printed. The
 * columns are found by the two header rows' wording, wherever they stand.
 */
final class ParkIndicatorReader {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final GridReader reader;

	ParkIndicatorReader(GridReader reader) {
		this.reader = reader;
	}

	void read(FormRow row, EObject owner, EReference reference) {
		String label = reader.layout().label(row);
		ParkIndicator indicator = GridReader.child(owner, reference);
		GridReader.Match m = reader.find(label, false);
		if (m == null) {
			reader.unread(label, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		List<DocxGrid.Item> items = reader.items();
		String totalKey = Values.key(ModelLabels.feature(P.getParkIndicator_ParkTotal()));
		String partKey = Values.key(ModelLabels.feature(P.getParkIndicator_ClusterPart()));
		// the nearest row above naming 园区总额, and the row of years above it
		int sub = -1;
		for (int i = m.index - 1; i >= 0 && sub < 0; i--) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow() && item.table == m.item.table
					&& item.cells.stream().anyMatch(c -> Values.key(c.text()).equals(totalKey))) {
				sub = i;
			}
		}
		DocxGrid.Item years = sub > 0 && items.get(sub - 1).isRow() ? items.get(sub - 1) : null;
		if (years == null) {
			reader.unread(label, m.item.toString(), Messages.Reason_noYears);
			return;
		}
		DocxGrid.Item subRow = items.get(sub);
		int[] yearStarts = HeaderColumns.starts(years);
		int[] subStarts = HeaderColumns.starts(subRow);
		int[] rowStarts = HeaderColumns.starts(m.item);
		// right edges together, as a row may have cells the header has not on its left
		int offset = rowStarts[m.item.cells.size()] - subStarts[subRow.cells.size()];
		YearlyDecimal total = series(indicator.getParkTotal());
		YearlyDecimal part = series(indicator.getClusterPart());
		indicator.setParkTotal(total);
		indicator.setClusterPart(part);
		indicator.setGrowth(null);
		List<Integer> expected = FormRows.years(reader.document(), row);
		for (int c = 0; c < subRow.cells.size(); c++) {
			String head = Values.key(subRow.cell(c));
			boolean isTotal = head.equals(totalKey);
			if (!isTotal && !head.equals(partKey)) {
				continue;
			}
			Integer year = Values.year(years.cell(HeaderColumns.covering(yearStarts, subStarts[c])), true);
			String text = HeaderColumns.cellAt(m.item, subStarts[c] + offset);
			if (year == null || !expected.contains(year)) {
				if (!Values.isNothing(text)) {
					reader.unread(NLS.bind(Messages.Place_year, label, String.valueOf(year)), text, Messages.Reason_otherYear);
				}
				continue;
			}
			try {
				(isTotal ? total : part).put(year, Values.decimal(text));
			} catch (Values.Unreadable e) {
				String place = NLS.bind(Messages.Place_sub, NLS.bind(Messages.Place_year, label, String.valueOf(year)),
						ModelLabels.feature(isTotal ? P.getParkIndicator_ParkTotal() : P.getParkIndicator_ClusterPart()));
				reader.unread(place, text, e.getMessage());
			}
		}
		TableHeaders headers = TableHeaders.of(reader.edition(), row);
		for (int c = 0; c < years.cells.size(); c++) {
			if (headers.kind(years.cell(c)) != ColumnKind.GROWTH) {
				continue;
			}
			String text = HeaderColumns.cellAt(m.item, yearStarts[c] + offset);
			try {
				// the 增幅 as printed: the filer's figure (or the one computed when exported), kept as the form shows it
				indicator.setGrowth(Values.decimal(text.replace("%", ""))); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (Values.Unreadable e) {
				reader.unread(NLS.bind(Messages.Place_growth, label), text, e.getMessage());
			}
		}
	}

	private static YearlyDecimal series(YearlyDecimal existing) {
		return existing != null ? existing : P.getClusterDeskFactory().createYearlyDecimal();
	}
}
