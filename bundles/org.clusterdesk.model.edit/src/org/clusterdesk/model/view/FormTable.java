/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.view;

import java.util.List;

import org.clusterdesk.model.FormRow;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One of the form's tables of figures inside a section, as the printed form lays it out: its header rows (texts,
 * spans, the cells merged down from the row above), its columns, and for each row of the edition the lines the form
 * prints for it, each cell saying which value of the document it shows. It is the view model of the yearly tables
 * (年度 | 2022年 | 2023年 | 2024年), the competition report's compared tables (近2年情况 / 指标名称 | 2024年 | 2025年 |
 * 增幅（%） | 佐证页码), the core parks' table (园区总额 / 其中集群产业 per year, 总额增幅) and the targets of 5.1.
 *
 * <p>
 * Built by {@link FormTables} from the edition, its layout ({@code .layout}) and the rows; rendered by the Word
 * export and the editor, each with one renderer per {@link CellKind}, and read back by the Word form reader, so that
 * the three cannot drift apart.
 *
 * @param kind    which of the form's table shapes this is
 * @param columns the columns, the label column first; widths are relative weights of the value columns
 * @param header  the header rows, top to bottom (none where the form prints no header for the rows)
 */
public record FormTable(Kind kind, List<Column> columns, List<List<HeaderCell>> header, LineFactory lines) {

	/** The table shapes of the forms. */
	public enum Kind {
		/** 年度 | 2022年 | 2023年 | 2024年: a row per indicator, a column per data year. */
		YEARLY,
		/** A yearly row further down a section without a year header: the years one below the other. */
		YEARS_DOWN,
		/** A row the form prints with its own line of years above its values (工业软件采购金额 | 2021年 | …). */
		YEARS_ACROSS,
		/** The competition report's 2024年 | 2025年 | 增幅（%） | 佐证页码. */
		COMPARED,
		/** The core park's 园区总额 and 其中集群产业 per year, then 总额增幅（%）. */
		PARK,
		/** 5.1: 上一年实际值 and the target of each stage year. */
		IMPLEMENTATION
	}

	/** What a column holds. */
	public enum ColumnKind {
		LABEL, YEAR, YEAR_LABEL, VALUE, PARK_TOTAL, CLUSTER_PART, GROWTH, EVIDENCE_PAGE, ACTUAL, STAGE_TARGET
	}

	/** A column: what it holds, its year where it holds one year's figures, its relative width among the value columns. */
	public record Column(ColumnKind kind, Integer year, int weight) {
	}

	/**
	 * A header cell.
	 *
	 * @param text      the text, as the form prints it
	 * @param corner    the text in the top right of a divided corner cell (近2年情况), or null
	 * @param column    the first column it covers
	 * @param span      how many columns it covers
	 * @param continued whether it is the lower part of a cell merged down from the header row above
	 */
	public record HeaderCell(String text, String corner, int column, int span, boolean continued) {
	}

	/** What a cell shows. */
	public enum CellKind {
		/** A fixed text of the form (the year of a years-down line: 2022年). */
		TEXT,
		/** The figure of {@code year} in the yearly series at the end of the path. */
		YEAR_VALUE,
		/** The attribute at the end of the path (佐证页码, 上一年实际值). */
		ATTRIBUTE,
		/** The growth attribute at the end of the path: entered, else computed from the figures. */
		GROWTH,
		/** The implementation target at the end of the path, its target for {@code year}. */
		STAGE_TARGET,
		/** The smart factories of {@code year} in the list at the end of the path, as 领航/卓越/先进/基础. */
		SMART_FACTORIES
	}

	/**
	 * A cell of a line.
	 *
	 * @param kind   what it shows
	 * @param column the first column it covers
	 * @param span   how many columns it covers
	 * @param path   the features from the row's owner (the section's object) to the value; empty for {@link CellKind#TEXT}
	 * @param year   the year, for the kinds that show one year
	 * @param text   the fixed text of a {@link CellKind#TEXT} cell, else null
	 */
	public record Cell(CellKind kind, int column, int span, List<EStructuralFeature> path, Integer year, String text) {

		/** The last feature of the path. */
		public EStructuralFeature feature() {
			return path.isEmpty() ? null : path.get(path.size() - 1);
		}
	}

	/**
	 * A line of the table.
	 *
	 * @param row             the edition's row it prints
	 * @param label           the row's label as this form words it
	 * @param labelContinued  whether the label cell is merged down from the line above (the row's second line)
	 * @param cells           the value cells, left to right
	 */
	public record Line(FormRow row, String label, boolean labelContinued, List<Cell> cells) {
	}

	/** The lines of a row in a table. */
	@FunctionalInterface
	public interface LineFactory {
		/** The lines the form prints for the row in this table, empty when the row is not one of this table's. */
		List<Line> lines(FormRow row);
	}

	/** The lines the form prints for the row in this table; empty when the row does not belong in it. */
	public List<Line> lines(FormRow row) {
		return lines.lines(row);
	}

	/** Whether the row goes on in this table (a further yearly row under the same year header, a park's yearly row). */
	public boolean accepts(FormRow row) {
		return !lines.lines(row).isEmpty();
	}

	/** The sum of the value columns' weights. */
	public int valueWeight() {
		return columns.stream().filter(c -> c.kind() != ColumnKind.LABEL).mapToInt(Column::weight).sum();
	}
}
