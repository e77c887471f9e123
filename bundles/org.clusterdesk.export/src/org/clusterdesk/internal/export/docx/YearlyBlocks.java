/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.export.docx.CellText.Align;
import org.clusterdesk.model.AdministrativeLevel;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.Honour;
import org.clusterdesk.model.StandardCount;
import org.clusterdesk.model.forms.FormRows;
import org.eclipse.emf.ecore.EEnumLiteral;

/**
 * The rows of a section's table the forms divide by year or level without a table of figures of their own: the
 * standards' 类别 | 主持数量 | 参与数量 per data year, the honours per level. (The tables of figures — 年度 columns,
 * 2024年 / 2025年 / 增幅 / 佐证页码, the parks', 5.1's — are the view model's, see {@link FormTableRenderer}.)
 */
final class YearlyBlocks {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final ExportContext ctx;

	private final FormTableWriter writer;

	YearlyBlocks(ExportContext ctx, FormTableWriter writer) {
		this.ctx = ctx;
		this.writer = writer;
	}

	private TableBuilder table() {
		return writer.table();
	}

	/** 近三年…主持或参与制修订标准数量情况: 类别 | 主持数量 | 参与数量 for each year, one row per category. */
	void standards(FormRow row, List<?> counts) {
		List<Integer> years = ctx.years();
		int l = writer.labelWidth();
		int unit = writer.valueWidth() / (3 * years.size());
		// as the form: no row of years, the three blocks are the data years in order
		TableBuilder.Row header = table().row().mergeStart(l, writer.label(row));
		for (int i = 0; i < years.size(); i++) {
			header.cell(unit, CellText.header(Labels.feature(P.getStandardCount_Category())))
					.cell(unit, CellText.header(Labels.feature(P.getStandardCount_Led())))
					.cell(unit, CellText.header(Labels.feature(P.getStandardCount_Participated())));
		}
		for (EEnumLiteral category : P.getStandardCategory().getELiterals()) {
			if (FormRows.NONE.equals(category.getName())) {
				continue;
			}
			TableBuilder.Row r = table().row().merged(l);
			for (Integer year : years) {
				StandardCount count = standard(counts, year, category.getInstance());
				r.cell(unit, CellText.of(DocxStyles.TABLE_LABEL, Labels.literal(P.getStandardCategory(), category.getInstance()), Align.CENTER))
						.cell(unit, CellText.centred(count == null ? "" : FormValues.count(count.getLed()))) //$NON-NLS-1$
						.cell(unit, CellText.centred(count == null ? "" : FormValues.count(count.getParticipated()))); //$NON-NLS-1$
			}
		}
	}

	private static StandardCount standard(List<?> counts, int year, Object category) {
		if (counts != null) {
			for (Object o : counts) {
				StandardCount c = (StandardCount) o;
				if (c.getYear() == year && c.getCategory() == category) {
					return c;
				}
			}
		}
		return null;
	}

	/** Honours at the levels the form asks (国家级 / 省级 / 市级), each level a row. */
	void honours(FormRow row, List<?> honours) {
		List<AdministrativeLevel> levels = new ArrayList<>(
				List.of(AdministrativeLevel.NATIONAL, AdministrativeLevel.PROVINCE, AdministrativeLevel.CITY));
		if (honours != null) {
			for (Object o : honours) {
				AdministrativeLevel level = ((Honour) o).getLevel();
				if (!levels.contains(level) && level != AdministrativeLevel.NONE) {
					levels.add(level);
				}
			}
		}
		int l = writer.labelWidth();
		int levelWidth = writer.valueWidth() / 5;
		for (int i = 0; i < levels.size(); i++) {
			AdministrativeLevel level = levels.get(i);
			CellText.Builder titles = CellText.builder();
			if (honours != null) {
				for (Object o : honours) {
					Honour h = (Honour) o;
					if (h.getLevel() == level) {
						titles.add(FormValues.text(h.getTitle()));
					}
				}
			}
			TableBuilder.Row r = table().row();
			if (i == 0) {
				r.mergeStart(l, writer.label(row));
			} else {
				r.merged(l);
			}
			r.cell(levelWidth, CellText.of(DocxStyles.TABLE_LABEL, Labels.literal(level), Align.CENTER)).rest(titles.build());
		}
	}
}
