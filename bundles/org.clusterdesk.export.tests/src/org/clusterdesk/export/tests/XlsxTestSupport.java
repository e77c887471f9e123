/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.XlsxExporter;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;

/** Samples, export folders and cell look-ups for the Excel tests. */
final class XlsxTestSupport {

	private XlsxTestSupport() {
	}

	static Path samples() {
		String dir = System.getProperty("clusterdesk.samples");
		return dir != null ? Path.of(dir) : Path.of("..", "..", "samples");
	}

	static ClusterDocument sample(String edition) {
		try {
			return ClusterFiles.load(samples().resolve(edition + ".cluster"));
		} catch (ClusterLoadException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** Where the tests leave the exports of the samples for a reviewer to open. */
	static Path exportsDir() throws IOException {
		Path dir = samples().resolve("../bundles/org.clusterdesk.export.tests/target/exports").normalize();
		Files.createDirectories(dir);
		return dir;
	}

	static Path export(ClusterDocument document, Path file) throws ExportException {
		XlsxExporter.export(document, file, null);
		return file;
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The cell at an A1 reference, or null. */
	static Cell cell(Sheet sheet, String reference) {
		CellReference ref = new CellReference(reference);
		Row row = sheet.getRow(ref.getRow());
		return row == null ? null : row.getCell(ref.getCol());
	}

	/** The text of a cell ("" when missing or blank); numbers as Excel stores them. */
	static String text(Sheet sheet, String reference) {
		Cell cell = cell(sheet, reference);
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return "";
		}
		return cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
				: cell.getStringCellValue();
	}

	/** The 1-based row whose column holds the text, or -1. */
	static int rowOf(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
				return row.getRowNum() + 1;
			}
		}
		return -1;
	}
}
