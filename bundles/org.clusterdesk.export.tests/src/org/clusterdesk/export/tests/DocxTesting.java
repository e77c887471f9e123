/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.resource.ClusterFiles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Exporting samples to Word and reading the files back with POI, as a user would see them. */
final class DocxTesting {

	static final String[] EDITIONS = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024",
			"competition-2026" };

	private static final Pattern PART = Pattern.compile("[一二三四五六七八九十]+");

	private static final Pattern SUBSECTION = Pattern.compile("\\d+(\\.\\d+)+");

	private DocxTesting() {
	}

	static Path samples() {
		String dir = System.getProperty("clusterdesk.samples");
		return dir != null ? Path.of(dir) : Path.of("..", "..", "samples");
	}

	/** A fresh copy of the sample of an edition. */
	@SuppressWarnings("unchecked")
	static <T extends ClusterDocument> T sample(String edition) {
		try {
			return (T) ClusterFiles.load(samples().resolve(edition + ".cluster"));
		} catch (IOException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** Where the tests leave the exports of the samples for a reviewer to open (target/exports of this bundle). */
	static Path exportsDir() throws IOException {
		String dir = System.getProperty("clusterdesk.exports");
		Path path = dir != null ? Path.of(dir)
				: samples().resolve("../bundles/org.clusterdesk.export.tests/target/exports").normalize();
		return Files.createDirectories(path);
	}

	/** Exports and reads the file back. */
	static XWPFDocument export(ClusterDocument document, Path file, ExportMode mode) throws ExportException {
		DocxExporter.export(document, file, mode, null);
		return read(file);
	}

	static XWPFDocument read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		} catch (IOException e) {
			throw new AssertionError(file + ": " + e.getMessage(), e);
		}
	}

	/** The heading a section gets, as the form numbers it: 一、基本情况, 2.1 集群主要经济指标, 承诺函. */
	static String heading(FormSection section) {
		String number = section.getNumber();
		if (number != null && PART.matcher(number).matches()) {
			return number + "、" + section.getTitle();
		}
		if (number != null && SUBSECTION.matcher(number).matches()) {
			return number + " " + section.getTitle();
		}
		return section.getTitle();
	}

	/** Paragraphs of the body whose style is a heading of the export, in order. */
	static List<XWPFParagraph> headings(XWPFDocument docx) {
		return docx.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("CDHeading"))
				.toList();
	}

	static XWPFParagraph paragraph(XWPFDocument docx, String text) {
		for (XWPFParagraph p : docx.getParagraphs()) {
			if (p.getText().equals(text)) {
				return p;
			}
		}
		fail("no paragraph '" + text + "'");
		return null;
	}

	/** Whether a new page starts at this paragraph: page break before, a page break run, or a section break just before. */
	static boolean startsPage(XWPFDocument docx, XWPFParagraph paragraph) {
		if (paragraph.isPageBreak()) {
			return true;
		}
		List<IBodyElement> body = docx.getBodyElements();
		int i = body.indexOf(paragraph);
		if (i > 0 && body.get(i - 1) instanceof XWPFParagraph previous) {
			if (previous.getCTP().getPPr() != null && previous.getCTP().getPPr().getSectPr() != null) {
				return true;
			}
			return previous.getRuns().stream().anyMatch(r -> r.getCTR().getBrList().stream()
					.anyMatch(br -> br.getType() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.PAGE));
		}
		return false;
	}

	/** The n-th table (0-based) after the paragraph with the given text. */
	static XWPFTable tableAfter(XWPFDocument docx, String text, int n) {
		List<IBodyElement> body = docx.getBodyElements();
		int i = body.indexOf(paragraph(docx, text));
		int seen = 0;
		for (int j = i + 1; j < body.size(); j++) {
			if (body.get(j) instanceof XWPFTable table) {
				if (seen++ == n) {
					return table;
				}
			}
		}
		fail("no table " + n + " after '" + text + "'");
		return null;
	}

	static XWPFTable tableAfter(XWPFDocument docx, String text) {
		return tableAfter(docx, text, 0);
	}

	/** The text of a cell, its paragraphs joined by line breaks. */
	static String text(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
	}

	static List<String> texts(XWPFTableRow row) {
		List<String> texts = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			texts.add(text(cell));
		}
		return texts;
	}

	/** The first row of the table whose first cell starts with the label. */
	static XWPFTableRow row(XWPFTable table, String label) {
		for (XWPFTableRow row : table.getRows()) {
			if (!row.getTableCells().isEmpty() && text(row.getCell(0)).startsWith(label)) {
				return row;
			}
		}
		fail("no row '" + label + "' in " + table.getRows().stream().map(r -> texts(r).get(0)).toList());
		return null;
	}

	/** Grid columns a cell spans. */
	static int span(XWPFTableCell cell) {
		CTTcPr pr = cell.getCTTc().getTcPr();
		return pr == null || pr.getGridSpan() == null ? 1 : pr.getGridSpan().getVal().intValue();
	}

	static final String RESTART = "restart";

	static final String CONTINUE = "continue";

	/** {@link #RESTART}, {@link #CONTINUE}, or null when the cell is not merged vertically. */
	static String vMerge(XWPFTableCell cell) {
		CTTcPr pr = cell.getCTTc().getTcPr();
		if (pr == null || pr.getVMerge() == null) {
			return null;
		}
		return pr.getVMerge().getVal() == STMerge.RESTART ? RESTART : CONTINUE;
	}

	/** Whether a section's pages are landscape. */
	static boolean landscape(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr section) {
		return section.getPgSz().getOrient() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE;
	}

	/** The grid columns of a table. */
	static int gridColumns(XWPFTable table) {
		assertNotNull(table.getCTTbl().getTblGrid());
		return table.getCTTbl().getTblGrid().sizeOfGridColArray();
	}

	/** Sum of the grid columns each cell of a row spans: every row of a table must cover the whole grid. */
	static int spannedColumns(XWPFTableRow row) {
		int n = 0;
		for (XWPFTableCell cell : row.getTableCells()) {
			n += span(cell);
		}
		return n;
	}

	/** Every text of the body: paragraphs and table cells, one per line. */
	static String allText(XWPFDocument docx) {
		StringBuilder sb = new StringBuilder();
		for (IBodyElement e : docx.getBodyElements()) {
			if (e instanceof XWPFParagraph p) {
				sb.append(p.getText()).append('\n');
			} else if (e instanceof XWPFTable t) {
				for (XWPFTableRow r : t.getRows()) {
					for (XWPFTableCell c : r.getTableCells()) {
						sb.append(text(c)).append('\n');
					}
				}
			}
		}
		return sb.toString();
	}
}
