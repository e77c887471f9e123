/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.internal.export.imports.WorkbookImport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads the four libraries (现有企业库, 拟引进企业库, 在建项目库, 拟建项目库) from an Excel workbook laid out like the
 * competition form's tables as staff really keep them: a title above the header, two-level merged headers, columns
 * found by their header text in any order and with small wording differences, full-width digits, thousands separators,
 * 是/否/√/×/Y/N, several products in one cell, dates as Excel dates or text, blank rows, trailing spaces. Whatever the
 * {@link XlsxExporter} writes reads back to equal libraries.
 * <p>
 * Reading changes nothing: the result holds detached libraries and every problem (sheet, row, column, raw value and
 * reason); {@link ImportResult#createCommand} then applies it as one undoable change. The workbook is opened
 * read-only and streamed; a non-xlsx, encrypted, damaged or zip-bomb file, and a sheet with data beyond
 * {@link WorkbookImport#MAX_ROW} rows, give an {@link ExportException} naming the file.
 */
public final class LibraryImporter {

	private final int maxRow;

	/** An importer with the default row limit ({@value WorkbookImport#MAX_ROW} rows per sheet). */
	public LibraryImporter() {
		this(WorkbookImport.MAX_ROW);
	}

	/** An importer refusing sheets with data beyond the given row. */
	public LibraryImporter(int maxRow) {
		this.maxRow = maxRow;
	}

	/**
	 * Reads the workbook.
	 *
	 * @param monitor progress and cancellation, may be null; cancelling throws
	 *                {@link org.eclipse.core.runtime.OperationCanceledException}
	 * @throws ExportException when the file is not a readable workbook or holds no library table
	 */
	public ImportResult read(Path workbook, IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		WorkbookImport.Outcome outcome = WorkbookImport.run(workbook, progress.split(100), maxRow);
		return new ImportResult(workbook.getFileName().toString(), outcome);
	}

	/**
	 * Reads rows of text — a block copied from a spreadsheet and pasted — as one sheet of a workbook is read: the
	 * header found by its text (it must be among the rows), the same tolerant reading of cells and the same problems,
	 * with rows counted from 1 in the given rows.
	 *
	 * @param source  what the result and messages call the block (e.g. the library's name)
	 * @param rows    the rows, each a list of cell texts
	 * @param monitor progress and cancellation, may be null
	 * @throws ExportException when the rows hold no library table
	 */
	public ImportResult read(String source, List<List<String>> rows, IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		WorkbookImport.Outcome outcome = WorkbookImport.runRows(source, rows, progress.split(100), maxRow);
		return new ImportResult(source, outcome);
	}
}
