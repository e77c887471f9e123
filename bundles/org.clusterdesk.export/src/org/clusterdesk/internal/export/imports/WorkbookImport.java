/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.internal.export.xlsx.LibraryTable;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.LibraryRow;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXException;

/**
 * Reads the four libraries from a workbook, sheet by sheet, streaming: the top rows are parsed to find the header; for
 * a sheet that has one, a byte scan finds the merged regions (stored after the rows) and a second parse reads the
 * data rows. No pass keeps more than a row; a sheet with data beyond {@link #MAX_ROW} is refused with a clear error
 * instead of being read for minutes. The workbook is opened read-only and never written.
 */
public final class WorkbookImport {

	/** Rows a library sheet may have: far beyond any cluster (the benchmark's largest has 100 000). */
	public static final int MAX_ROW = 200_000;

	/** Non-blank rows at the top of a sheet searched for the title and header. */
	static final int HEADER_SCAN_ROWS = 30;

	/**
	 * What was read.
	 *
	 * @param libraries  detached libraries holding the accepted entries
	 * @param imported   the lists the workbook had a sheet for, in form order
	 * @param accepted   entries accepted per list
	 * @param rejected   rows rejected per list
	 * @param ignored    sheets that are not a library table
	 * @param problems   every problem, up to {@link ProblemList#LIMIT}
	 * @param omitted    problems beyond the limit, counted only
	 */
	public record Outcome(ClusterLibraries libraries, List<EReference> imported, Map<EReference, Integer> accepted,
			Map<EReference, Integer> rejected, List<String> ignored, List<ImportProblem> problems, int omitted) {
	}

	private record SheetRef(String name, PackagePart part) {
	}

	private WorkbookImport() {
	}

	public static Outcome run(Path workbook, SubMonitor monitor, int maxRow) throws ExportException {
		Path file = workbook.toAbsolutePath().normalize();
		monitor.setTaskName(NLS.bind(Messages.Progress_read, file.getFileName()));
		OPCPackage pkg = WorkbookSource.open(file);
		try {
			return read(file, pkg, monitor, maxRow);
		} catch (ExportException | OperationCanceledException e) {
			throw e;
		} catch (Exception e) {
			// POI reports damage and zip-bomb refusals as IOException, SAXException or runtime exceptions
			throw WorkbookSource.failure(file, e);
		} finally {
			// read-only: revert closes without writing
			pkg.revert();
		}
	}

	private static Outcome read(Path file, OPCPackage pkg, SubMonitor monitor, int maxRow) throws Exception {
		XSSFReader reader = new XSSFReader(pkg);
		SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
		DateStyles dates = new DateStyles(styles(reader));
		List<SheetRef> sheets = new ArrayList<>();
		XSSFReader.SheetIterator iterator = reader.getSheetIterator();
		while (iterator.hasNext()) {
			try (InputStream ignored = iterator.next()) {
				sheets.add(new SheetRef(iterator.getSheetName(), iterator.getSheetPart()));
			}
		}
		monitor.setWorkRemaining(2 * Math.max(1, sheets.size()));
		Collected collected = new Collected();
		for (SheetRef sheet : sheets) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			// first the top rows only; the merged regions, stored after the rows, only for a sheet with a header
			TopRows top = new TopRows();
			parse(file, sheet, strings, dates, top);
			if (!HeaderResolver.hasHeader(top.rows)) {
				collected.ignored.add(sheet.name());
				monitor.worked(2);
				continue;
			}
			List<CellRangeAddress> merges;
			try (InputStream in = sheet.part().getInputStream()) {
				merges = MergeCellScanner.scan(in);
			}
			monitor.worked(1);
			SheetLayout layout = HeaderResolver.resolve(sheet.name(), top.rows, merges);
			if (layout == null) {
				collected.ignored.add(sheet.name());
				monitor.worked(1);
				continue;
			}
			SheetRows data = new SheetRows(file.toString(), sheet.name(), maxRow, monitor, merges, collected.problems, layout);
			// the data rows are read as wide as the header (plus a margin), not as wide as the widest row
			List<List<RawCell>> header = top.rows.stream().filter(r -> r.number() <= layout.headerLast()).map(ScannedRow::cells).toList();
			parse(file, sheet, strings, dates, data, SheetXmlReader.dataColumns(header));
			collected.add(data);
			monitor.worked(1);
		}
		return collected.outcome(file.toString());
	}

	/**
	 * Reads rows of text — a block copied from a spreadsheet — as one sheet, exactly as a workbook's sheet is read:
	 * header found by its text, the same tolerant cells, the same problems (row numbers count the given rows from 1).
	 *
	 * @param source what messages call the block (e.g. the library's name)
	 * @throws ExportException when the rows hold no library table, or more than maxRow rows
	 */
	public static Outcome runRows(String source, List<List<String>> rows, SubMonitor monitor, int maxRow) throws ExportException {
		List<ScannedRow> scanned = new ArrayList<>(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			List<RawCell> cells = new ArrayList<>();
			List<String> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				String text = row.get(c) == null ? "" : row.get(c).strip(); //$NON-NLS-1$
				if (!text.isEmpty()) {
					cells.add(new RawCell(c, RawCell.Type.TEXT, text, false));
				}
			}
			if (!cells.isEmpty()) {
				scanned.add(new ScannedRow(r + 1, List.copyOf(cells)));
			}
		}
		List<ScannedRow> top = scanned.subList(0, Math.min(HEADER_SCAN_ROWS, scanned.size()));
		SheetLayout layout = HeaderResolver.hasHeader(top) ? HeaderResolver.resolve(source, top, List.of()) : null;
		if (layout == null) {
			throw new ExportException(NLS.bind(Messages.Error_noLibrary, source));
		}
		Collected collected = new Collected();
		SheetRows data = new SheetRows(source, source, maxRow, monitor, List.of(), collected.problems, layout);
		try {
			for (ScannedRow row : scanned) {
				data.row(row.number(), row.cells());
			}
		} catch (SheetXmlReader.Stop stop) {
			// too many rows: data.failure says so
		}
		collected.add(data);
		return collected.outcome(source);
	}

	/** What the sheets read so far add up to. */
	private static final class Collected {

		final ClusterLibraries libraries = ClusterDeskFactory.eINSTANCE.createClusterLibraries();

		final Map<LibraryTable, int[]> counts = new EnumMap<>(LibraryTable.class);

		final List<String> ignored = new ArrayList<>();

		final ProblemList problems = new ProblemList();

		/** Adds the tables of a sheet read to its end. */
		void add(SheetRows data) throws ExportException {
			if (data.failure != null) {
				throw data.failure;
			}
			data.finish();
			for (SheetRows.Segment segment : data.segments()) {
				// one addAll per table: no per-row list notifications
				@SuppressWarnings("unchecked")
				EList<LibraryRow> target = (EList<LibraryRow>) libraries.eGet(segment.table().feature());
				target.addAll(segment.rows());
				int[] count = counts.computeIfAbsent(segment.table(), t -> new int[2]);
				count[0] += segment.reader().accepted();
				count[1] += segment.reader().rejected();
			}
		}

		Outcome outcome(String source) throws ExportException {
			if (counts.isEmpty()) {
				throw new ExportException(NLS.bind(Messages.Error_noLibrary, source));
			}
			List<EReference> imported = new ArrayList<>();
			Map<EReference, Integer> accepted = new LinkedHashMap<>();
			Map<EReference, Integer> rejected = new LinkedHashMap<>();
			for (Map.Entry<LibraryTable, int[]> entry : counts.entrySet()) {
				EReference feature = entry.getKey().feature();
				imported.add(feature);
				accepted.put(feature, entry.getValue()[0]);
				rejected.put(feature, entry.getValue()[1]);
			}
			return new Outcome(libraries, imported, accepted, rejected, ignored, problems.list(), problems.omitted());
		}
	}

	private static StylesTable styles(XSSFReader reader) {
		try {
			return reader.getStylesTable();
		} catch (Exception e) {
			// without styles no number is a date: dates typed as text still read
			return null;
		}
	}

	private static void parse(Path file, SheetRef sheet, SharedStrings strings, DateStyles dates, SheetXmlReader.RowSink sink)
			throws IOException, SAXException, ExportException {
		parse(file, sheet, strings, dates, sink, SheetXmlReader.MAX_COLUMNS);
	}

	private static void parse(Path file, SheetRef sheet, SharedStrings strings, DateStyles dates, SheetXmlReader.RowSink sink,
			int columns) throws IOException, SAXException, ExportException {
		try (InputStream in = sheet.part().getInputStream()) {
			new SheetXmlReader(strings, dates, sink, columns).read(in);
		} catch (SheetXmlReader.Malformed e) {
			throw new ExportException(NLS.bind(Messages.Error_sheetXml, new Object[] { file, sheet.name(), e.getMessage() }), e);
		} catch (SAXException e) {
			// a sink's exception may travel through SAX wrapped
			if (e.getException() instanceof OperationCanceledException canceled) {
				throw canceled;
			}
			throw e;
		}
	}

	/** First pass: the top rows, where title and header are; stops there. */
	private static final class TopRows implements SheetXmlReader.RowSink {

		final List<ScannedRow> rows = new ArrayList<>();

		@Override
		public void row(int number, List<RawCell> cells) throws SheetXmlReader.Stop {
			rows.add(new ScannedRow(number, List.copyOf(cells)));
			if (rows.size() >= HEADER_SCAN_ROWS) {
				throw new SheetXmlReader.Stop();
			}
		}
	}
}
