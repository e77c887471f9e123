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
		ClusterLibraries libraries = ClusterDeskFactory.eINSTANCE.createClusterLibraries();
		Map<LibraryTable, int[]> counts = new EnumMap<>(LibraryTable.class);
		List<String> ignored = new ArrayList<>();
		ProblemList problems = new ProblemList();
		for (SheetRef sheet : sheets) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			// first the top rows only; the merged regions, stored after the rows, only for a sheet with a header
			TopRows top = new TopRows();
			parse(sheet, strings, dates, top);
			if (!HeaderResolver.hasHeader(top.rows)) {
				ignored.add(sheet.name());
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
				ignored.add(sheet.name());
				monitor.worked(1);
				continue;
			}
			SheetRows data = new SheetRows(file, sheet.name(), maxRow, monitor, merges, problems, layout);
			parse(sheet, strings, dates, data);
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
			monitor.worked(1);
		}
		if (counts.isEmpty()) {
			throw new ExportException(NLS.bind(Messages.Error_noLibrary, file));
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

	private static StylesTable styles(XSSFReader reader) {
		try {
			return reader.getStylesTable();
		} catch (Exception e) {
			// without styles no number is a date: dates typed as text still read
			return null;
		}
	}

	private static void parse(SheetRef sheet, SharedStrings strings, DateStyles dates, SheetXmlReader.RowSink sink)
			throws IOException, SAXException {
		try (InputStream in = sheet.part().getInputStream()) {
			new SheetXmlReader(strings, dates, sink).read(in);
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
