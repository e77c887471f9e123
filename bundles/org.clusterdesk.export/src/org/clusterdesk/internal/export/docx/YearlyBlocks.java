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
import org.clusterdesk.model.ImplementationTarget;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.StandardCount;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.forms.FormRows;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Rows with a value per year inside a section's table. A section that opens with yearly rows gets the form's header
 * row (年度 | 2022年 | 2023年 | 2024年) and every later yearly row uses those columns; a yearly row further down a
 * section without that header lists its years one below the other, as the forms do for CO2 and energy per output.
 * The competition report's rows have their own columns: 2024年 / 2025年 / 增幅（%） / 佐证页码, the parks' total and
 * cluster part per year, the implementation targets per plan year.
 */
final class YearlyBlocks {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final ExportContext ctx;

	private final FormTableWriter writer;

	private boolean yearHeader;

	private boolean comparedHeader;

	private boolean comparedEvidence;

	private boolean comparedGrowth;

	private boolean parkHeader;

	private boolean implementationHeader;

	YearlyBlocks(ExportContext ctx, FormTableWriter writer) {
		this.ctx = ctx;
		this.writer = writer;
	}

	/** A new table starts without any header. */
	void reset() {
		yearHeader = false;
		comparedHeader = false;
		parkHeader = false;
		implementationHeader = false;
	}

	private TableBuilder table() {
		return writer.table();
	}

	// ---------------------------------------------------------------- application: 年度 columns

	void yearly(FormRow row, Object series) {
		EStructuralFeature feature = row.getFeature();
		if (parkHeader) {
			parkYears(row, series);
			return;
		}
		if (row.isLastYearOnly()) {
			writer.simple(row, CellText.of(yearValue(series, feature, ctx.lastYear())));
			return;
		}
		List<Integer> years = FormRows.years(ctx.document(), row);
		int l = writer.labelWidth();
		int v = writer.valueWidth();
		if (writer.layout().flag(writer.section(), "yearsAcross:" + feature.getName())) { //$NON-NLS-1$
			// 工业软件采购金额（万元） | 2021年 | 2022年 | 2023年, the values in the row below
			TableBuilder.Row head = table().row().mergeStart(l, writer.label(row));
			TableBuilder.Row values = table().row().merged(l);
			for (Integer year : years) {
				head.cell(v / years.size(), CellText.of(DocxStyles.TABLE_LABEL, FormValues.year(year), Align.CENTER));
				values.cell(v / years.size(), CellText.centred(yearValue(series, feature, year)));
			}
			return;
		}
		if (!yearHeader && table().isEmpty()) {
			String worded = writer.layout().text("header:" + writer.section().getNumber()); //$NON-NLS-1$
			TableBuilder.Row header = table().headerRow().cell(l, worded != null ? worded : Messages.Yearly_header);
			for (int i = 0; i < years.size(); i++) {
				header.cell(v / years.size(), FormValues.year(years.get(i)));
			}
			yearHeader = true;
		}
		if (yearHeader) {
			TableBuilder.Row r = table().row().cell(l, writer.label(row));
			for (Integer year : years) {
				r.cell(v / years.size(), CellText.centred(yearValue(series, feature, year)));
			}
			return;
		}
		// further down a section: the years one below the other
		for (int i = 0; i < years.size(); i++) {
			TableBuilder.Row r = table().row();
			if (i == 0) {
				r.mergeStart(l, writer.label(row));
			} else {
				r.merged(l);
			}
			r.cell(v / 3, CellText.of(DocxStyles.TABLE_LABEL, FormValues.year(years.get(i)), Align.CENTER))
					.rest(CellText.centred(yearValue(series, feature, years.get(i))));
		}
	}

	static String yearValue(Object series, EStructuralFeature feature, int year) {
		if (series instanceof YearlyDecimal decimal) {
			return FormValues.decimal(decimal.valueOf(year), feature);
		}
		if (series instanceof YearlyCount count) {
			return FormValues.count(count.valueOf(year));
		}
		return ""; //$NON-NLS-1$
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

	// ---------------------------------------------------------------- competition report

	/** 指标名称 | 2024年 | 2025年 | 增幅（%） | 佐证页码 — the page column where the section's rows give pages. */
	void compared(FormRow row, Object compared) {
		comparedHeader();
		List<Integer> years = ctx.years();
		TableBuilder.Row r = table().row().cell(writer.labelWidth(), writer.label(row));
		int column = comparedColumn();
		for (Integer year : years) {
			r.cell(column, CellText.centred(yearValue(compared, row.getFeature(), year)));
		}
		if (comparedGrowth) {
			r.cell(column, CellText.centred(FormValues.decimal(FormTableWriter.growth(compared))));
		}
		if (comparedEvidence) {
			r.cell(column, CellText.centred(FormTableWriter.evidencePage(compared)));
		}
	}

	/** 领航级/卓越级/先进级/基础级智能工厂数量: X/X/X/X per year. */
	void smartFactories(FormRow row, List<?> counts) {
		comparedHeader();
		TableBuilder.Row r = table().row().cell(writer.labelWidth(), writer.label(row));
		int column = comparedColumn();
		for (Integer year : ctx.years()) {
			SmartFactoryCount count = null;
			if (counts != null) {
				for (Object o : counts) {
					if (((SmartFactoryCount) o).getYear() == year) {
						count = (SmartFactoryCount) o;
					}
				}
			}
			r.cell(column, CellText.centred(count == null ? "" //$NON-NLS-1$
					: NLS.bind(Messages.SmartFactories, new Object[] { FormValues.count(count.getLeading()),
							FormValues.count(count.getExcellent()), FormValues.count(count.getAdvanced()),
							FormValues.count(count.getBasic()) })));
		}
		if (comparedGrowth) {
			r.cell(column, CellText.EMPTY);
		}
		if (comparedEvidence) {
			// the form's 佐证页码 cell of this row, filled in place
			Object page = ExportContext.value(ctx.owner(writer.sectionObject(), row), P.getEnterpriseIndicators_SmartFactoriesEvidencePage());
			r.cell(column, CellText.centred(page instanceof String text ? text : "")); //$NON-NLS-1$
		}
	}

	private int comparedColumn() {
		return writer.valueWidth() / (ctx.years().size() + (comparedGrowth ? 1 : 0) + (comparedEvidence ? 1 : 0));
	}

	private void comparedHeader() {
		if (comparedHeader) {
			return;
		}
		// the columns the form has in this subsection: 增幅 (not in 2.5, 2.6), 佐证页码 (2.2, 2.4, 2.5, 2.6)
		comparedGrowth = !writer.layout().flag(writer.section(), "noGrowth"); //$NON-NLS-1$
		comparedEvidence = writer.layout().flag(writer.section(), "evidencePages"); //$NON-NLS-1$
		int column = comparedColumn();
		TableBuilder.Row header = table().headerRow().cell(writer.labelWidth(), corner(Messages.Compared_indicator));
		for (Integer year : ctx.years()) {
			header.cell(column, FormValues.year(year));
		}
		if (comparedGrowth) {
			header.cell(column, Messages.Compared_growth);
		}
		if (comparedEvidence) {
			header.cell(column, Messages.Compared_evidence);
		}
		comparedHeader = true;
	}

	/** The form's corner cell: 近2年情况 at the top right, the first column's header at the bottom left. */
	CellText corner(String header) {
		return CellText.builder().add(DocxStyles.TABLE_HEADER, NLS.bind(Messages.Compared_period, String.valueOf(ctx.years().size())), Align.RIGHT)
				.add(DocxStyles.TABLE_HEADER, header, Align.LEFT).build();
	}

	/** The park's indicators: the park total and the cluster industry's part per year, then 总额增幅（%）. */
	void park(FormRow row, Object value) {
		ParkIndicator indicator = (ParkIndicator) value;
		List<Integer> years = ctx.years();
		int l = writer.labelWidth();
		int part = writer.valueWidth() / (2 * years.size() + 1);
		if (!parkHeader) {
			TableBuilder.Row first = table().headerRow().mergeStart(l, corner(Messages.Park_indicator));
			for (Integer year : years) {
				first.cell(2 * part, FormValues.year(year));
			}
			first.mergeStart(table().width() - l - 2 * part * years.size(), CellText.header(Labels.feature(P.getParkIndicator_Growth())));
			TableBuilder.Row second = table().headerRow().merged(l);
			for (int i = 0; i < years.size(); i++) {
				second.cell(part, Labels.feature(P.getParkIndicator_ParkTotal())).cell(part,
						Labels.feature(P.getParkIndicator_ClusterPart()));
			}
			second.merged(table().width() - l - 2 * part * years.size());
			parkHeader = true;
		}
		TableBuilder.Row r = table().row().cell(l, writer.label(row));
		for (Integer year : years) {
			r.cell(part, CellText.centred(yearValue(indicator == null ? null : indicator.getParkTotal(), row.getFeature(), year)));
			r.cell(part, CellText.centred(yearValue(indicator == null ? null : indicator.getClusterPart(), row.getFeature(), year)));
		}
		r.rest(CellText.centred(indicator == null ? "" //$NON-NLS-1$
				: FormValues.decimal(indicator.getGrowth() != null ? indicator.getGrowth() : indicator.computedGrowth())));
	}

	/**
	 * A row of the park's table the form prints with two cells (园区开发面积（亩）, 投资强度, 亩均税收): the park's figure under
	 * 2024年 and under 2025年, each cell as wide as its year's header.
	 */
	private void parkYears(FormRow row, Object series) {
		List<Integer> years = ctx.years();
		int part = writer.valueWidth() / (2 * years.size() + 1);
		TableBuilder.Row r = table().row().cell(writer.labelWidth(), writer.label(row));
		for (int i = 0; i < years.size(); i++) {
			CellText value = CellText.centred(yearValue(series, row.getFeature(), years.get(i)));
			if (i < years.size() - 1) {
				r.cell(2 * part, value);
			} else {
				// the last year's cell reaches the table's edge, over the 总额增幅 column the row has no value for
				r.rest(value);
			}
		}
	}

	/** 5.1: 上一年实际值 and the target of each plan year. */
	void implementation(FormRow row, Object value) {
		ImplementationTarget target = (ImplementationTarget) value;
		List<Integer> years = ctx.edition().getStageYears();
		int l = writer.labelWidth();
		int column = writer.valueWidth() / (years.size() + 1);
		if (!implementationHeader) {
			TableBuilder.Row header = table().headerRow().cell(l, Messages.Implementation_indicator)
					.cell(column, Labels.feature(P.getImplementationTarget_Actual()));
			for (Integer year : years) {
				header.cell(column, NLS.bind(Messages.Implementation_target, String.valueOf(year)));
			}
			implementationHeader = true;
		}
		TableBuilder.Row r = table().row().cell(l, writer.label(row))
				.cell(column, CellText.centred(target == null ? "" : FormValues.decimal(target.getActual(), row.getFeature()))); //$NON-NLS-1$
		for (Integer year : years) {
			r.cell(column, CellText.centred(target == null ? "" : FormValues.decimal(target.targetFor(year), row.getFeature()))); //$NON-NLS-1$
		}
	}
}
