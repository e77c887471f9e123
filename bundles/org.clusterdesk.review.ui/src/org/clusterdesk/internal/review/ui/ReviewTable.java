/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clusterdesk.internal.review.ApplicationSummary;
import org.clusterdesk.internal.review.FirstProblem;
import org.clusterdesk.internal.review.OverviewLayout;
import org.clusterdesk.internal.review.OverviewLayout.Column;
import org.clusterdesk.internal.review.OverviewLayout.Kind;
import org.clusterdesk.internal.review.OverviewLayout.Mark;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The overview table: the columns of the batch review's Overview sheet ({@link OverviewLayout}), one header line
 * each (group and header), sorted by a click on a header (numbers as numbers, blanks last, again to reverse), filtered
 * by text, and the cells the sheet highlights in the sheet's colours.
 */
public final class ReviewTable {

	/** Widest a column grows for its header alone: longer headers are cut and shown in full as the tooltip. */
	private static final int MAX_HEADER_WIDTH = 200;

	private static final Map<Mark, Color> FILLS = new EnumMap<>(Mark.class);

	private static final Map<Mark, Color> FONTS = new EnumMap<>(Mark.class);

	static {
		for (Mark mark : Mark.values()) {
			FILLS.put(mark, color(mark.fill()));
			FONTS.put(mark, color(mark.font()));
		}
	}

	private final TableViewer viewer;

	private final Collator collator = Collator.getInstance(Locale.CHINA);

	private OverviewLayout layout = OverviewLayout.of(List.of());

	private String query = ""; //$NON-NLS-1$

	private int sortColumn = -1;

	private boolean descending;

	ReviewTable(Composite parent) {
		// virtual: only the rows in sight get their cells; a thousand rows of sixty columns each took seconds to
		// re-sort in a plain GTK table, since every cell was set again
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		viewer.addFilter(new ViewerFilter() {

			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return ((ReviewRow) element).matches(query);
			}
		});
		viewer.setComparator(new ViewerComparator() {

			@Override
			public int compare(Viewer v, Object e1, Object e2) {
				return ReviewTable.this.compare((ReviewRow) e1, (ReviewRow) e2);
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
	}

	public TableViewer viewer() {
		return viewer;
	}

	public OverviewLayout layout() {
		return layout;
	}

	/** Shows the rows with the columns they need; the sort column is kept when it is still there. */
	void show(List<ReviewRow> rows) {
		List<ApplicationSummary> summaries = new ArrayList<>();
		rows.forEach(r -> summaries.add(r.summary()));
		String sortedBy = sortColumn >= 0 && sortColumn < layout.columns().size() ? layout.columns().get(sortColumn).title() : null;
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			viewer.setInput(List.of());
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			layout = OverviewLayout.of(summaries);
			sortColumn = -1;
			GC gc = new GC(table);
			try {
				double charWidth = gc.getFontMetrics().getAverageCharacterWidth();
				List<Column> columns = layout.columns();
				for (int i = 0; i < columns.size(); i++) {
					Column column = columns.get(i);
					TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.kind().numeric() ? SWT.RIGHT : column.kind() == Kind.CENTRED ? SWT.CENTER : SWT.LEFT);
					TableColumn tableColumn = viewerColumn.getColumn();
					tableColumn.setText(column.title());
					tableColumn.setToolTipText(column.title());
					tableColumn.setMoveable(true);
					// the sheet's width in characters, widened for the header (plus the sort arrow) up to a limit
					int header = Math.min(MAX_HEADER_WIDTH, gc.textExtent(column.title()).x + 28);
					tableColumn.setWidth(Math.max(header, (int) Math.ceil(column.width() * charWidth) + 8));
					viewerColumn.setLabelProvider(new Cells(column, i == 1));
					int index = i;
					tableColumn.addListener(SWT.Selection, e -> sortBy(index));
					if (column.title().equals(sortedBy)) {
						sortColumn = i;
					}
				}
			} finally {
				gc.dispose();
			}
			if (sortColumn >= 0) {
				table.setSortColumn(table.getColumn(sortColumn));
				table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
			} else {
				table.setSortColumn(null);
				table.setSortDirection(SWT.NONE);
			}
			viewer.setInput(rows);
		} finally {
			table.setRedraw(true);
		}
	}

	/** Sorts by the column; the same column again reverses the order. */
	public void sortBy(int column) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		refresh();
	}

	/** Shows the rows whose name, file, edition or region contains the text (case ignored). */
	void filter(String text) {
		String normalized = text == null ? "" : text.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (!normalized.equals(query)) {
			query = normalized;
			refresh();
		}
	}

	/** Re-filters and re-sorts; the table paints once, not per row, which matters with a thousand rows. */
	private void refresh() {
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			viewer.refresh(false);
		} finally {
			table.setRedraw(true);
		}
	}

	/** The rows shown, in the order shown. */
	public List<ReviewRow> shownRows() {
		List<ReviewRow> rows = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			rows.add((ReviewRow) viewer.getElementAt(i));
		}
		return rows;
	}

	/** The selected rows in the order shown; all rows shown when none is selected. */
	public List<ReviewRow> selectedOrShownRows() {
		List<ReviewRow> shown = shownRows();
		List<?> selected = viewer.getStructuredSelection().toList();
		return selected.isEmpty() ? shown : shown.stream().filter(selected::contains).toList();
	}

	/**
	 * Rows as tab-separated text with the header line, the cells as shown (two decimals, 是/否): what Excel and WPS
	 * paste as a table, so that a reviewer can take figures into a sheet of their own.
	 */
	public String tabSeparated(List<ReviewRow> rows) {
		StringBuilder sb = new StringBuilder();
		List<Column> columns = layout.columns();
		for (int i = 0; i < columns.size(); i++) {
			sb.append(i == 0 ? "" : "\t").append(cell(columns.get(i).title())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (ReviewRow row : rows) {
			sb.append('\n');
			for (int i = 0; i < columns.size(); i++) {
				Column column = columns.get(i);
				sb.append(i == 0 ? "" : "\t").append(cell(text(column, column.valueOf(row.summary())))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return sb.append('\n').toString();
	}

	/** A cell of tab-separated text: tabs and line breaks would split it, so they become spaces. */
	private static String cell(String text) {
		return text.replaceAll("[\\t\\r\\n]+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Rows in the serial order when nothing is sorted; else by the column, blanks last in either direction. */
	private int compare(ReviewRow r1, ReviewRow r2) {
		ApplicationSummary s1 = r1.summary();
		ApplicationSummary s2 = r2.summary();
		if (sortColumn >= 0 && sortColumn < layout.columns().size()) {
			Column column = layout.columns().get(sortColumn);
			Object v1 = column.valueOf(s1);
			Object v2 = column.valueOf(s2);
			boolean blank1 = v1 == null || v1.toString().isEmpty();
			boolean blank2 = v2 == null || v2.toString().isEmpty();
			if (blank1 != blank2) {
				return blank1 ? 1 : -1;
			}
			if (!blank1) {
				int order = v1 instanceof Number n1 && v2 instanceof Number n2 ? Double.compare(n1.doubleValue(), n2.doubleValue())
						: collator.compare(v1.toString(), v2.toString());
				if (order != 0) {
					return descending ? -order : order;
				}
			}
		}
		return Integer.compare(s1.serial(), s2.serial());
	}

	/** The text of a value as the sheet formats it: two decimals, whole numbers, text. */
	public static String text(Column column, Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Number n && column.kind() == Kind.DECIMAL) {
			return String.format(Locale.ROOT, "%.2f", n.doubleValue()); //$NON-NLS-1$
		}
		if (value instanceof Number n && column.kind() == Kind.INTEGER) {
			return String.valueOf(Math.round(n.doubleValue()));
		}
		return value.toString();
	}

	/** The background of a highlight, as in the sheet. */
	public static Color fill(Mark mark) {
		return FILLS.get(mark);
	}

	/** The text colour of a highlight, as in the sheet. */
	public static Color font(Mark mark) {
		return FONTS.get(mark);
	}

	private static Color color(String rgb) {
		byte[] bytes = HexFormat.of().parseHex(rgb);
		// device-independent colours (SWT 3.129+) need no dispose
		return new Color(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff);
	}

	/** The cells of one column. */
	private static final class Cells extends ColumnLabelProvider {

		private final Column column;

		private final boolean nameColumn;

		Cells(Column column, boolean nameColumn) {
			this.column = column;
			this.nameColumn = nameColumn;
		}

		@Override
		public String getText(Object element) {
			return text(column, column.valueOf(((ReviewRow) element).summary()));
		}

		@Override
		public Color getBackground(Object element) {
			Mark mark = column.markOf(((ReviewRow) element).summary());
			return mark == null ? null : fill(mark);
		}

		@Override
		public Color getForeground(Object element) {
			Mark mark = column.markOf(((ReviewRow) element).summary());
			return mark == null ? null : font(mark);
		}

		/** The whole text of a long cell; on the name, where double-click leads. */
		@Override
		public String getToolTipText(Object element) {
			ApplicationSummary summary = ((ReviewRow) element).summary();
			if (nameColumn && summary.readable()) {
				FirstProblem first = summary.firstProblem();
				return first == null ? Messages.ToolTip_noProblem : NLS.bind(Messages.ToolTip_firstProblem, first.message());
			}
			String text = getText(element);
			return column.kind() == Kind.WRAPPED || text.length() > 20 ? text : null;
		}
	}
}
