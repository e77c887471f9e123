/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.internal.export.xlsx.LibraryTable;
import org.clusterdesk.model.LibraryRow;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The data pass over a library sheet: every row below the header goes to the {@link RowReader}, within the row limit
 * and watching the cancel button. Staff often paste the four tables of the form one below the other into one sheet:
 * a row that reads as another header (企业名称, 项目名称 among known headers) starts a new table, with its own
 * library and columns, instead of becoming an entry called 企业名称.
 */
final class SheetRows implements SheetXmlReader.RowSink {

	/** The rows of one table in the sheet. */
	record Segment(LibraryTable table, RowReader reader, List<LibraryRow> rows) {
	}

	/** Title rows kept before a header, for the library's name (（二）拟引进企业库). */
	private static final int CONTEXT_ROWS = 3;

	private static final int CANCEL_CHECK_ROWS = 1024;

	/** The workbook (or pasted block) as messages name it. */
	private final String source;

	private final String sheet;

	private final int maxRow;

	private final SubMonitor monitor;

	private final List<CellRangeAddress> merges;

	private final ProblemList problems;

	private final MergedDataCells merged;

	private final List<Segment> segments = new ArrayList<>();

	private final Deque<ScannedRow> context = new ArrayDeque<>();

	private Segment current;

	private int headerLast;

	private ScannedRow pendingHeader;

	ExportException failure;

	SheetRows(String source, String sheet, int maxRow, SubMonitor monitor, List<CellRangeAddress> merges,
			ProblemList problems, SheetLayout first) {
		this.source = source;
		this.sheet = sheet;
		this.maxRow = maxRow;
		this.monitor = monitor;
		this.merges = merges;
		this.problems = problems;
		this.merged = new MergedDataCells(merges, first.headerLast());
		start(first);
	}

	List<Segment> segments() {
		return segments;
	}

	@Override
	public void row(int number, List<RawCell> cells) throws SheetXmlReader.Stop {
		if (number > maxRow) {
			failure = new ExportException(NLS.bind(Messages.Error_tooManyRows, new Object[] { source, sheet, number, maxRow }));
			throw new SheetXmlReader.Stop();
		}
		if (number % CANCEL_CHECK_ROWS == 0 && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (number <= headerLast) {
			return;
		}
		List<RawCell> filled = merged.fill(number, withoutControlCharacters(number, cells));
		if (pendingHeader != null) {
			ScannedRow header = pendingHeader;
			pendingHeader = null;
			if (startsTable(header, new ScannedRow(number, List.copyOf(filled))) && number <= headerLast) {
				// the header's second row
				return;
			}
		} else if (mayBeHeader(filled) && HeaderResolver.hasHeader(List.of(new ScannedRow(number, filled)))) {
			pendingHeader = new ScannedRow(number, List.copyOf(filled));
			return;
		}
		read(number, filled);
	}

	/** At the end of the sheet: a header on its last row starts an empty table. */
	void finish() {
		if (pendingHeader != null) {
			ScannedRow header = pendingHeader;
			pendingHeader = null;
			startsTable(header, null);
		}
	}

	/** Resolves a header seen among the data; true when it starts a new table, else it is read as data. */
	private boolean startsTable(ScannedRow header, ScannedRow next) {
		List<ScannedRow> rows = new ArrayList<>(context);
		rows.add(header);
		if (next != null) {
			rows.add(next);
		}
		SheetLayout layout = HeaderResolver.resolve(sheet, rows, merges);
		if (layout == null) {
			read(header.number(), header.cells());
			return false;
		}
		start(layout);
		return true;
	}

	private void start(SheetLayout layout) {
		problems.addAll(layout.notes());
		current = new Segment(layout.table(), new RowReader(sheet, layout, problems), new ArrayList<>());
		segments.add(current);
		headerLast = layout.headerLast();
		context.clear();
	}

	private void read(int number, List<RawCell> cells) {
		LibraryRow row = current.reader().read(number, cells);
		if (row != null) {
			current.rows().add(row);
			context.clear();
		} else if (cells.size() <= 2) {
			// a title between tables, never an entry's text
			if (context.size() == CONTEXT_ROWS) {
				context.removeFirst();
			}
			context.addLast(new ScannedRow(number, List.copyOf(cells)));
		}
	}

	/** The cells with control characters and lone surrogates removed; each changed cell is reported. */
	private List<RawCell> withoutControlCharacters(int number, List<RawCell> cells) {
		List<RawCell> clean = null;
		for (int i = 0; i < cells.size(); i++) {
			RawCell cell = cells.get(i);
			String decoded = ControlCharacters.decodeEscapes(cell.text());
			if (decoded != cell.text() && !ControlCharacters.has(decoded)) {
				// escapes of ordinary characters (_x0041_ is A): read as Excel shows them
				if (clean == null) {
					clean = new ArrayList<>(cells.subList(0, i));
				}
				clean.add(new RawCell(cell.column(), cell.type(), decoded, cell.date()));
				continue;
			}
			if (ControlCharacters.has(decoded)) {
				cell = new RawCell(cell.column(), cell.type(), decoded, cell.date());
				if (clean == null) {
					clean = new ArrayList<>(cells.subList(0, i));
				}
				problems.add(new ImportProblem(ImportProblem.Severity.WARNING, sheet, number, null, cell.columnName(),
						ControlCharacters.visible(cell.text()), Messages.Reason_controlCharacters));
				String text = ControlCharacters.strip(cell.text()).strip();
				if (!text.isEmpty()) {
					clean.add(new RawCell(cell.column(), cell.type(), text, cell.date()));
				}
			} else if (clean != null) {
				clean.add(cell);
			}
		}
		return clean == null ? cells : clean;
	}

	/** A cheap look before the full header check: a short cell naming a name column (企业名称, 项目名称, 企业全称). */
	private static boolean mayBeHeader(List<RawCell> cells) {
		for (RawCell cell : cells) {
			String text = cell.text();
			if (cell.type() == RawCell.Type.TEXT && text.length() <= 30
					&& (text.contains("\u540d\u79f0") || text.contains("\u5168\u79f0"))) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}
}
