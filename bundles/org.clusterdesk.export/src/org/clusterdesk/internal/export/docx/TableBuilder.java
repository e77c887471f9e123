/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.clusterdesk.internal.export.docx.CellText.Line;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A bordered table as the forms draw them, built row by row with cell widths in twips. Rows may divide the width
 * differently (a yearly row, a contact row, a standards row under the same label column): the grid is the union of
 * every cell boundary, and each cell spans the grid columns between its edges — as Word itself stores merged cells.
 * Written straight into the document's XML, because the libraries can have ten thousand rows.
 */
final class TableBuilder {

	/** Rows with less text than this are kept on one page; longer ones (narratives) may break. */
	private static final int KEEP_TOGETHER_LENGTH = 400;

	/**
	 * A row of a label and its values is kept on one page up to this much text (a page holds about that): were it to
	 * break, the label cell on the next page would be empty. Only a row of one cell across the table (a report with its
	 * prompt in the same cell) breaks earlier.
	 */
	private static final int KEEP_LABELLED_TOGETHER_LENGTH = 1500;

	private static final BigInteger BORDER_SIZE = BigInteger.valueOf(4);

	private static final BigInteger CELL_MARGIN = BigInteger.valueOf(85);

	private final int width;

	private final List<Row> rows = new ArrayList<>();

	private final Map<Integer, BigInteger> twips = new HashMap<>();

	private boolean compact;

	private boolean repeatHeader = true;

	TableBuilder(int width) {
		this.width = width;
	}

	/**
	 * Body rows without cell properties where the grid says it all (no width, top-aligned): a third less XML for the
	 * long lists (the libraries), which Word and LibreOffice lay out from the table grid alone.
	 */
	TableBuilder compact() {
		compact = true;
		return this;
	}

	int width() {
		return width;
	}

	/**
	 * The header rows are not repeated on the pages the table runs onto: the table goes on with rows of another kind
	 * (a list with its own caption and header after the indicators), which the first rows' header would head wrongly.
	 */
	TableBuilder noRepeatedHeader() {
		repeatHeader = false;
		return this;
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

	/** A row of the table body. */
	Row row() {
		Row row = new Row(false);
		rows.add(row);
		return row;
	}

	/** A header row: bold and repeated at the top of every page the table runs onto. */
	Row headerRow() {
		Row row = new Row(true);
		rows.add(row);
		return row;
	}

	/** One row of cells, left to right; the last cell is stretched to the table's right edge. */
	final class Row {

		private final boolean header;

		private final List<Cell> cells = new ArrayList<>();

		private int used;

		private Row(boolean header) {
			this.header = header;
		}

		/** A cell of the given width. */
		Row cell(int cellWidth, CellText text) {
			return add(cellWidth, text, null);
		}

		Row cell(int cellWidth, String text) {
			return cell(cellWidth, header ? CellText.header(text) : CellText.of(text));
		}

		/** A cell that starts a vertical merge with the cells below it (continued by {@link #merged(int)}). */
		Row mergeStart(int cellWidth, CellText text) {
			return add(cellWidth, text, STMerge.RESTART);
		}

		/** The continuation of a vertically merged cell of the row above, same width. */
		Row merged(int cellWidth) {
			return add(cellWidth, CellText.EMPTY, STMerge.CONTINUE);
		}

		/** A cell filling the rest of the row. */
		Row rest(CellText text) {
			return cell(width - used, text);
		}

		Row rest(String text) {
			return rest(header ? CellText.header(text) : CellText.of(text));
		}

		int remaining() {
			return width - used;
		}

		private Row add(int cellWidth, CellText text, STMerge.Enum merge) {
			int w = Math.max(1, Math.min(cellWidth, width - used));
			cells.add(new Cell(used, w, text, merge));
			used += w;
			return this;
		}
	}

	/** Twips a line of header text takes, and a character's width at the header's size (宋体 9 or 10.5 point). */
	private static final int HEADER_LINE = 250;

	/**
	 * The height (twips) the tallest cell of a header row that starts a vertical merge needs for its text, or 0 when
	 * none does: characters × their width over the cell's width gives the lines.
	 */
	private static int mergedHeaderHeight(Row row) {
		int height = 0;
		for (Cell c : row.cells) {
			if (c.merge() != STMerge.RESTART) {
				continue;
			}
			int lines = 0;
			for (CellText.Line line : c.text().lines()) {
				int charWidth = DocxStyles.LIBRARY_HEADER.equals(line.style()) ? 180 : 210;
				int usable = Math.max(charWidth, c.width() - 2 * CELL_MARGIN.intValue());
				lines += Math.max(1, (line.text().length() * charWidth + usable - 1) / usable);
			}
			// the header row below the merge gives it one line more
			height = Math.max(height, (lines - 1) * HEADER_LINE);
		}
		return height;
	}

	private record Cell(int start, int width, CellText text, STMerge.Enum merge) {
	}

	/** Writes the table into an empty {@code w:tbl} of the document body. */
	void writeTo(CTTbl tbl) {
		TreeSet<Integer> edges = new TreeSet<>();
		edges.add(0);
		edges.add(width);
		for (Row row : rows) {
			stretch(row);
			for (Cell c : row.cells) {
				edges.add(c.start());
				edges.add(c.start() + c.width());
			}
		}
		Integer[] grid = edges.toArray(new Integer[0]);
		Map<Integer, Integer> column = new HashMap<>();
		for (int i = 0; i < grid.length; i++) {
			column.put(grid[i], i);
		}
		writeProperties(tbl);
		CTTblGrid tblGrid = tbl.addNewTblGrid();
		for (int i = 1; i < grid.length; i++) {
			tblGrid.addNewGridCol().setW(twips(grid[i] - grid[i - 1]));
		}
		for (int i = 0; i < rows.size(); i++) {
			writeRow(tbl.addNewTr(), rows.get(i), column, i + 1 < rows.size() && continuesMerge(rows.get(i + 1)));
		}
	}

	/** Whether a row continues a cell merged down from the row above (a group label over its sub-rows). */
	private static boolean continuesMerge(Row row) {
		for (Cell c : row.cells) {
			if (c.merge() == STMerge.CONTINUE) {
				return true;
			}
		}
		return false;
	}

	/** Makes the last cell of a row end at the right edge, so rows built from rounded widths line up. */
	private void stretch(Row row) {
		if (row.cells.isEmpty()) {
			row.rest(CellText.EMPTY);
			return;
		}
		int last = row.cells.size() - 1;
		Cell c = row.cells.get(last);
		if (c.start() + c.width() != width) {
			row.cells.set(last, new Cell(c.start(), width - c.start(), c.text(), c.merge()));
		}
	}

	private void writeProperties(CTTbl tbl) {
		CTTblPr pr = tbl.addNewTblPr();
		CTTblWidth w = pr.addNewTblW();
		w.setType(STTblWidth.DXA);
		w.setW(twips(width));
		pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblBorders borders = pr.addNewTblBorders();
		single(borders.addNewTop());
		single(borders.addNewLeft());
		single(borders.addNewBottom());
		single(borders.addNewRight());
		single(borders.addNewInsideH());
		single(borders.addNewInsideV());
		CTTblCellMar margins = pr.addNewTblCellMar();
		margin(margins.addNewLeft());
		margin(margins.addNewRight());
	}

	private static void single(CTBorder border) {
		border.setVal(STBorder.SINGLE);
		border.setSz(BORDER_SIZE);
		border.setSpace(BigInteger.ZERO);
		border.setColor("000000"); //$NON-NLS-1$
	}

	private static void margin(CTTblWidth w) {
		w.setType(STTblWidth.DXA);
		w.setW(CELL_MARGIN);
	}

	/**
	 * Writes a row; {@code keepWithNext} when the next row continues a merged cell of this one: a group label merged
	 * over its sub-rows is not left empty at the top of the next page (Word and LibreOffice print a merged cell's text
	 * only where it starts), so the rows of a merge keep together on one page.
	 */
	private void writeRow(CTRow tr, Row row, Map<Integer, Integer> column, boolean keepWithNext) {
		int length = 0;
		for (Cell c : row.cells) {
			length += c.text().length();
		}
		boolean labelled = row.cells.size() > 1;
		if (row.header || length <= KEEP_TOGETHER_LENGTH || labelled && length <= KEEP_LABELLED_TOGETHER_LENGTH) {
			CTTrPr trPr = tr.addNewTrPr();
			trPr.addNewCantSplit();
			if (row.header) {
				if (repeatHeader) {
					trPr.addNewTblHeader();
				}
				int height = mergedHeaderHeight(row);
				if (height > 0) {
					// a header merged down (企业概况（填写主营业务…）) gets the height its text needs: an office suite
					// does not always grow merged cells, and a clipped header is not the form's
					org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight h = trPr.addNewTrHeight();
					h.setVal(BigInteger.valueOf(height));
					h.setHRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule.AT_LEAST);
				}
			}
		}
		for (Cell c : row.cells) {
			CTTc tc = tr.addNewTc();
			int span = column.get(c.start() + c.width()) - column.get(c.start());
			if (compact && !row.header && span == 1 && c.merge() == null) {
				writeText(tc, c.text(), keepWithNext);
				continue;
			}
			CTTcPr pr = tc.addNewTcPr();
			CTTblWidth w = pr.addNewTcW();
			w.setType(STTblWidth.DXA);
			w.setW(twips(c.width()));
			if (span > 1) {
				pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
			}
			if (c.merge() != null) {
				pr.addNewVMerge().setVal(c.merge());
			}
			pr.addNewVAlign().setVal(STVerticalJc.CENTER);
			writeText(tc, c.text(), keepWithNext);
		}
	}

	private static void writeText(CTTc tc, CellText text, boolean keepWithNext) {
		if (text.lines().isEmpty()) {
			CTPPr ppr = tc.addNewP().addNewPPr();
			ppr.addNewPStyle().setVal(DocxStyles.TABLE);
			if (keepWithNext) {
				ppr.addNewKeepNext();
			}
			return;
		}
		for (Line line : text.lines()) {
			CTP p = tc.addNewP();
			CTPPr ppr = p.addNewPPr();
			ppr.addNewPStyle().setVal(line.style());
			if (keepWithNext) {
				ppr.addNewKeepNext();
			}
			STJc.Enum jc = DocxStyles.jc(line.align());
			if (jc != null) {
				ppr.addNewJc().setVal(jc);
			}
			if (!line.text().isEmpty()) {
				p.addNewR().addNewT().setStringValue(line.text());
			}
		}
	}

	private BigInteger twips(int value) {
		return twips.computeIfAbsent(value, BigInteger::valueOf);
	}
}
