/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.view;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.forms.FormLayout;
import org.clusterdesk.model.labels.ModelLabels;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.clusterdesk.model.view.FormTable.Column;
import org.clusterdesk.model.view.FormTable.ColumnKind;
import org.clusterdesk.model.view.FormTable.HeaderCell;
import org.clusterdesk.model.view.FormTable.Kind;
import org.clusterdesk.model.view.FormTable.Line;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Builds the {@link FormTable}s of an edition's sections: which table shape a row belongs to, the header the form
 * prints over it, and the lines of every row. The one place that knows how the forms lay out their tables of figures;
 * the Word export, the editor and the form reader all ask it.
 */
public final class FormTables {

	private FormTables() {
	}

	/** Whether the row is printed in one of the form's tables of figures (a yearly, compared, park or target row). */
	public static boolean tabular(FormRow row) {
		return shape(row.getFeature()) != null;
	}

	/** The shape of table a feature's row belongs to, or null when it is not a row of a table of figures. */
	static Kind shape(EStructuralFeature feature) {
		if (!(feature instanceof EReference reference)) {
			return null;
		}
		EClass type = reference.getEReferenceType();
		if (reference.isMany()) {
			return type == Literals.SMART_FACTORY_COUNT ? Kind.COMPARED : null;
		}
		if (type == Literals.COMPARED_DECIMAL || type == Literals.COMPARED_COUNT) {
			return Kind.COMPARED;
		}
		if (type == Literals.YEARLY_DECIMAL || type == Literals.YEARLY_COUNT) {
			return Kind.YEARLY;
		}
		if (type == Literals.PARK_INDICATOR) {
			return Kind.PARK;
		}
		if (type == Literals.IMPLEMENTATION_TARGET) {
			return Kind.IMPLEMENTATION;
		}
		return null;
	}

	/**
	 * The table the form prints the row in when no table of its shape is open yet, or null when the row is not a row of
	 * a table of figures.
	 *
	 * @param opensTable whether the row is the first of the section's table (a yearly row that opens it gets the year
	 *                   header unless the form asks only its last year; further down a section the form lists its
	 *                   years one below the other)
	 */
	public static FormTable table(Edition edition, FormSection section, FormRow row, boolean opensTable) {
		Kind kind = shape(row.getFeature());
		if (kind == null) {
			return null;
		}
		FormLayout layout = FormLayout.of(edition);
		List<Integer> years = edition.getDataYears();
		if (kind == Kind.YEARLY && across(layout, section, row)) {
			return yearsAcross(layout, years, row);
		}
		if (kind == Kind.YEARLY && (!opensTable || row.isLastYearOnly())) {
			// a row the form asks only the last year of opens no year header (北京 四、集群上云中小企业数量): the
			// form's rows after it that have every year list them one below the other
			return yearsDown(layout, section, years);
		}
		return switch (kind) {
		case YEARLY -> yearly(layout, section, years);
		case COMPARED -> compared(layout, section, years);
		case PARK -> park(layout, years);
		case IMPLEMENTATION -> implementation(layout, edition.getStageYears());
		default -> throw new IllegalStateException(kind.toString());
		};
	}

	/** The form's text for a year's column: 2024年. */
	public static String year(int year) {
		return NLS.bind(Messages.Year, String.valueOf(year));
	}

	// ---------------------------------------------------------------- 年度 | 2022年 | 2023年 | 2024年

	private static FormTable yearly(FormLayout layout, FormSection section, List<Integer> years) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(ColumnKind.LABEL, null, 0));
		years.forEach(y -> columns.add(new Column(ColumnKind.YEAR, y, 1)));
		String worded = layout.text("header:" + section.getNumber()); //$NON-NLS-1$
		List<HeaderCell> header = new ArrayList<>();
		header.add(new HeaderCell(worded != null ? worded : Messages.YearHeader, null, 0, 1, false));
		for (int i = 0; i < years.size(); i++) {
			header.add(new HeaderCell(year(years.get(i)), null, i + 1, 1, false));
		}
		return new FormTable(Kind.YEARLY, List.copyOf(columns), List.of(List.copyOf(header)), row -> {
			if (shape(row.getFeature()) != Kind.YEARLY || across(layout, section, row)) {
				return List.of();
			}
			if (row.isLastYearOnly()) {
				return List.of(lastYearOnly(layout, row, years, 1, years.size()));
			}
			List<Cell> cells = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				cells.add(yearValue(i + 1, 1, List.of(row.getFeature()), years.get(i)));
			}
			return List.of(new Line(row, layout.label(row), false, List.copyOf(cells)));
		});
	}

	/** Whether the form prints the row with its own line of years (it makes a table of its own). */
	private static boolean across(FormLayout layout, FormSection section, FormRow row) {
		return !row.isLastYearOnly() && layout.flag(section, "yearsAcross:" + row.getFeature().getName()); //$NON-NLS-1$
	}

	/** A row the form asks only the last year of: the label and that year's figure across the value columns. */
	private static Line lastYearOnly(FormLayout layout, FormRow row, List<Integer> years, int column, int span) {
		Integer last = years.isEmpty() ? null : years.get(years.size() - 1);
		return new Line(row, layout.label(row), false, List.of(yearValue(column, span, List.of(row.getFeature()), last)));
	}

	/** Further down a section: the label merged down, each year's text and figure on a line of its own. */
	private static FormTable yearsDown(FormLayout layout, FormSection section, List<Integer> years) {
		List<Column> columns = List.of(new Column(ColumnKind.LABEL, null, 0), new Column(ColumnKind.YEAR_LABEL, null, 1),
				new Column(ColumnKind.VALUE, null, 2));
		return new FormTable(Kind.YEARS_DOWN, columns, List.of(), row -> {
			if (shape(row.getFeature()) != Kind.YEARLY || across(layout, section, row)) {
				return List.of();
			}
			if (row.isLastYearOnly()) {
				return List.of(lastYearOnly(layout, row, years, 1, 2));
			}
			List<Line> lines = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				lines.add(new Line(row, layout.label(row), i > 0, List.of(text(1, year(years.get(i))),
						yearValue(2, 1, List.of(row.getFeature()), years.get(i)))));
			}
			return List.copyOf(lines);
		});
	}

	/** 工业软件采购金额（万元） | 2021年 | 2022年 | 2023年, the figures in the line below. */
	private static FormTable yearsAcross(FormLayout layout, List<Integer> years, FormRow only) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(ColumnKind.LABEL, null, 0));
		years.forEach(y -> columns.add(new Column(ColumnKind.YEAR, y, 1)));
		return new FormTable(Kind.YEARS_ACROSS, List.copyOf(columns), List.of(), row -> {
			if (row != only) {
				return List.of();
			}
			List<Cell> head = new ArrayList<>();
			List<Cell> values = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				head.add(text(i + 1, year(years.get(i))));
				values.add(yearValue(i + 1, 1, List.of(row.getFeature()), years.get(i)));
			}
			return List.of(new Line(row, layout.label(row), false, List.copyOf(head)),
					new Line(row, layout.label(row), true, List.copyOf(values)));
		});
	}

	// ---------------------------------------------------------------- competition report

	/** 近2年情况 / 指标名称 | 2024年 | 2025年 | 增幅（%） | 佐证页码, the last two where the form has them in the subsection. */
	private static FormTable compared(FormLayout layout, FormSection section, List<Integer> years) {
		boolean growth = !layout.flag(section, "noGrowth"); //$NON-NLS-1$
		boolean evidence = layout.flag(section, "evidencePages"); //$NON-NLS-1$
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(ColumnKind.LABEL, null, 0));
		years.forEach(y -> columns.add(new Column(ColumnKind.YEAR, y, 1)));
		List<HeaderCell> header = new ArrayList<>();
		header.add(new HeaderCell(Messages.Indicator, period(years), 0, 1, false));
		for (int i = 0; i < years.size(); i++) {
			header.add(new HeaderCell(year(years.get(i)), null, i + 1, 1, false));
		}
		int growthColumn = -1;
		int evidenceColumn = -1;
		if (growth) {
			growthColumn = columns.size();
			columns.add(new Column(ColumnKind.GROWTH, null, 1));
			header.add(new HeaderCell(Messages.Growth, null, growthColumn, 1, false));
		}
		if (evidence) {
			evidenceColumn = columns.size();
			columns.add(new Column(ColumnKind.EVIDENCE_PAGE, null, 1));
			header.add(new HeaderCell(Messages.EvidencePage, null, evidenceColumn, 1, false));
		}
		int g = growthColumn;
		int e = evidenceColumn;
		return new FormTable(Kind.COMPARED, List.copyOf(columns), List.of(List.copyOf(header)), row -> {
			EStructuralFeature feature = row.getFeature();
			if (shape(feature) != Kind.COMPARED) {
				return List.of();
			}
			boolean smart = feature.isMany();
			List<Cell> cells = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				cells.add(smart ? new Cell(CellKind.SMART_FACTORIES, i + 1, 1, List.of(feature), years.get(i), null)
						: yearValue(i + 1, 1, List.of(feature), years.get(i)));
			}
			if (g > 0) {
				// the smart factories have no growth the form asks for: their cell stays empty
				cells.add(smart ? text(g, "") //$NON-NLS-1$
						: new Cell(CellKind.GROWTH, g, 1, List.of(feature, growthOf(feature)), null, null));
			}
			if (e > 0) {
				// the smart factories' 佐证页码 is that row's own cell, kept on the section's object
				cells.add(new Cell(CellKind.ATTRIBUTE, e, 1, smart ? List.of(Literals.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE)
						: List.of(feature, pageOf(feature)), null, null));
			}
			return List.of(new Line(row, layout.label(row), false, List.copyOf(cells)));
		});
	}

	private static EStructuralFeature growthOf(EStructuralFeature feature) {
		return ((EReference) feature).getEReferenceType() == Literals.COMPARED_DECIMAL ? Literals.COMPARED_DECIMAL__GROWTH
				: Literals.COMPARED_COUNT__GROWTH;
	}

	private static EStructuralFeature pageOf(EStructuralFeature feature) {
		return ((EReference) feature).getEReferenceType() == Literals.COMPARED_DECIMAL ? Literals.COMPARED_DECIMAL__EVIDENCE_PAGE
				: Literals.COMPARED_COUNT__EVIDENCE_PAGE;
	}

	/** The text of the divided corner cell's top right: 近2年情况. */
	private static String period(List<Integer> years) {
		return NLS.bind(Messages.Period, String.valueOf(years.size()));
	}

	/**
	 * The core park's table: 指标名称 and 总额增幅（%） merged over two header rows, each year over its 园区总额 and
	 * 其中集群产业; a yearly row of the park (园区开发面积) has one cell per year, as wide as the year's header, the last
	 * reaching the table's edge.
	 */
	private static FormTable park(FormLayout layout, List<Integer> years) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(ColumnKind.LABEL, null, 0));
		List<HeaderCell> first = new ArrayList<>();
		List<HeaderCell> second = new ArrayList<>();
		first.add(new HeaderCell(Messages.Indicator, period(years), 0, 1, false));
		second.add(new HeaderCell(Messages.Indicator, period(years), 0, 1, true));
		for (int i = 0; i < years.size(); i++) {
			int column = columns.size();
			columns.add(new Column(ColumnKind.PARK_TOTAL, years.get(i), 1));
			columns.add(new Column(ColumnKind.CLUSTER_PART, years.get(i), 1));
			first.add(new HeaderCell(year(years.get(i)), null, column, 2, false));
			second.add(new HeaderCell(ModelLabels.feature(Literals.PARK_INDICATOR__PARK_TOTAL), null, column, 1, false));
			second.add(new HeaderCell(ModelLabels.feature(Literals.PARK_INDICATOR__CLUSTER_PART), null, column + 1, 1, false));
		}
		int growth = columns.size();
		columns.add(new Column(ColumnKind.GROWTH, null, 1));
		String growthText = ModelLabels.feature(Literals.PARK_INDICATOR__GROWTH);
		first.add(new HeaderCell(growthText, null, growth, 1, false));
		second.add(new HeaderCell(growthText, null, growth, 1, true));
		return new FormTable(Kind.PARK, List.copyOf(columns), List.of(List.copyOf(first), List.copyOf(second)), row -> {
			EStructuralFeature feature = row.getFeature();
			Kind shape = shape(feature);
			List<Cell> cells = new ArrayList<>();
			if (shape == Kind.PARK) {
				for (int i = 0; i < years.size(); i++) {
					cells.add(yearValue(1 + 2 * i, 1, List.of(feature, Literals.PARK_INDICATOR__PARK_TOTAL), years.get(i)));
					cells.add(yearValue(2 + 2 * i, 1, List.of(feature, Literals.PARK_INDICATOR__CLUSTER_PART), years.get(i)));
				}
				cells.add(new Cell(CellKind.GROWTH, growth, 1, List.of(feature, Literals.PARK_INDICATOR__GROWTH), null, null));
			} else if (shape == Kind.YEARLY) {
				for (int i = 0; i < years.size(); i++) {
					// the last year's cell reaches the table's edge, over the 总额增幅 column the row has no value for
					cells.add(yearValue(1 + 2 * i, i < years.size() - 1 ? 2 : 3, List.of(feature), years.get(i)));
				}
			} else {
				return List.of();
			}
			return List.of(new Line(row, layout.label(row), false, List.copyOf(cells)));
		});
	}

	/** 5.1: 指标名称 | 上一年实际值 | 2026年发展目标 | …. */
	private static FormTable implementation(FormLayout layout, List<Integer> stages) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(ColumnKind.LABEL, null, 0));
		columns.add(new Column(ColumnKind.ACTUAL, null, 1));
		List<HeaderCell> header = new ArrayList<>();
		header.add(new HeaderCell(Messages.Indicator, null, 0, 1, false));
		header.add(new HeaderCell(ModelLabels.feature(Literals.IMPLEMENTATION_TARGET__ACTUAL), null, 1, 1, false));
		for (int i = 0; i < stages.size(); i++) {
			columns.add(new Column(ColumnKind.STAGE_TARGET, stages.get(i), 1));
			header.add(new HeaderCell(NLS.bind(Messages.StageTarget, String.valueOf(stages.get(i))), null, i + 2, 1, false));
		}
		return new FormTable(Kind.IMPLEMENTATION, List.copyOf(columns), List.of(List.copyOf(header)), row -> {
			EStructuralFeature feature = row.getFeature();
			if (shape(feature) != Kind.IMPLEMENTATION) {
				return List.of();
			}
			List<Cell> cells = new ArrayList<>();
			cells.add(new Cell(CellKind.ATTRIBUTE, 1, 1, List.of(feature, Literals.IMPLEMENTATION_TARGET__ACTUAL), null, null));
			for (int i = 0; i < stages.size(); i++) {
				cells.add(new Cell(CellKind.STAGE_TARGET, i + 2, 1, List.of(feature), stages.get(i), null));
			}
			return List.of(new Line(row, layout.label(row), false, List.copyOf(cells)));
		});
	}

	private static Cell yearValue(int column, int span, List<EStructuralFeature> path, Integer year) {
		return new Cell(CellKind.YEAR_VALUE, column, span, List.copyOf(path), year, null);
	}

	private static Cell text(int column, String text) {
		return new Cell(CellKind.TEXT, column, 1, List.of(), null, text);
	}
}
