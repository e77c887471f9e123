/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.DocumentLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands never lose work: an output that is an input is refused, an import never empties a library unasked or
 * overwrites a concurrent import, and a bad cell in a workbook is named before anything is saved.
 */
class LostWorkTest {

	private static final String EXISTING = "现有企业库";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private Path report;

	private Path xlsx;

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private static Path sample(String edition) {
		return Path.of(System.getProperty("clusterdesk.samples"), edition + ".cluster");
	}

	@BeforeEach
	void reportAndItsWorkbook() throws IOException {
		report = dir.resolve("report.cluster");
		Files.copy(sample("competition-2026"), report);
		xlsx = dir.resolve("四库.xlsx");
		assertEquals(0, run("export", report.toString(), "--xlsx", xlsx.toString()), err());
	}

	private List<String> files() throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** Changes the workbook with POI's user model: each row below the 企业名称 header of 现有企业库. */
	private Path edited(String name, SheetEdit edit) throws IOException {
		Path copy = dir.resolve(name);
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(EXISTING);
			int header = -1;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& cell.getStringCellValue().contains("企业名称")) {
						header = row.getRowNum();
					}
				}
				if (header >= 0) {
					break;
				}
			}
			assertTrue(header >= 0, "the exported sheet has its header");
			edit.apply(sheet, header);
			try (OutputStream stream = Files.newOutputStream(copy)) {
				workbook.write(stream);
			}
		}
		return copy;
	}

	@FunctionalInterface
	private interface SheetEdit {
		void apply(Sheet sheet, int header);
	}

	@Test
	void exportOntoItsOwnInputIsRefusedAndTheDocumentKept() throws IOException {
		byte[] before = Files.readAllBytes(report);
		Path link = Files.createSymbolicLink(dir.resolve("link.docx"), report);
		for (String target : new String[] { report.toString(), dir.resolve("sub/../report.cluster").toString(), link.toString() }) {
			assertEquals(2, run("export", report.toString(), "--docx", target), target);
			assertTrue(err().contains("同一个文件") && err().contains("report.cluster"), err());
			assertEquals(2, run("export", report.toString(), "--xlsx", target), target);
		}
		assertArrayEquals(before, Files.readAllBytes(report), "the document is unchanged");
		assertTrue(Files.isSymbolicLink(link));
	}

	@Test
	void wordAndExcelOutputsOntoOneFileAreRefused() throws IOException {
		Path same = dir.resolve("out.bin");
		assertEquals(2, run("export", report.toString(), "--docx", same.toString(), "--xlsx", dir.resolve("./out.bin").toString()));
		assertTrue(err().contains("同一个文件"), err());
		assertFalse(Files.exists(same), "nothing written");
	}

	@Test
	void batchOutputOntoOneOfItsInputsIsRefused() throws IOException {
		byte[] before = Files.readAllBytes(report);
		assertEquals(2, run("batch", dir.toString(), "--out", report.toString()));
		assertTrue(err().contains("同一个文件"), err());
		assertArrayEquals(before, Files.readAllBytes(report));
	}

	@Test
	void importIntoTheWorkbookItselfIsRefused() throws IOException {
		byte[] before = Files.readAllBytes(xlsx);
		assertEquals(2, run("import", xlsx.toString(), "--into", xlsx.toString()));
		assertTrue(err().contains("同一个文件"), err());
		assertArrayEquals(before, Files.readAllBytes(xlsx));
	}

	@Test
	void headerOnlyWorkbookDoesNotEmptyALibraryUnlessAllowed() throws IOException {
		int rows = ((CompetitionReport) ClusterFiles.load(report)).getLibraries().getExisting().size();
		assertTrue(rows > 0, "the sample has existing enterprises");
		Path empty = edited("empty.xlsx", (sheet, header) -> {
			for (int r = sheet.getLastRowNum(); r > header; r--) {
				if (sheet.getRow(r) != null) {
					sheet.removeRow(sheet.getRow(r));
				}
			}
		});
		byte[] before = Files.readAllBytes(report);
		assertEquals(2, run("import", empty.toString(), "--into", report.toString()), out() + err());
		assertTrue(err().contains("--allow-empty") && err().contains("文件未改动"), err());
		assertTrue(out().contains(EXISTING + "：工作簿中该表只有表头") && out().contains(rows + " 条"), out());
		assertArrayEquals(before, Files.readAllBytes(report), "the library is not emptied");

		assertEquals(0, run("import", empty.toString(), "--into", report.toString(), "--allow-empty"), out() + err());
		assertEquals(0, ((CompetitionReport) ClusterFiles.load(report)).getLibraries().getExisting().size());
	}

	/** Column of the first header cell (in the header row or the one below) whose text contains {@code text}. */
	private static int column(Sheet sheet, int header, String text) {
		for (int r = header; r <= header + 1; r++) {
			for (Cell cell : sheet.getRow(r)) {
				if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().contains(text)) {
					return cell.getColumnIndex();
				}
			}
		}
		throw new AssertionError("a column " + text);
	}

	/** The workbook with a marker written by POI into a data cell, then the marker replaced in the raw XML. */
	private Path crafted(String name, String header, Object marker, String raw) throws IOException {
		Path marked = edited("marked-" + name, (sheet, h) -> {
			Row last = sheet.getRow(sheet.getLastRowNum());
			Cell cell = last.getCell(column(sheet, h, header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
			if (marker instanceof Double d) {
				cell.setCellValue(d);
			} else {
				cell.setCellValue((String) marker);
			}
		});
		XlsxEntries entries = XlsxEntries.read(marked);
		String needle = marker instanceof Double d ? "<v>" + d + "</v>" : (String) marker;
		String replacement = marker instanceof Double ? "<v>" + raw + "</v>" : raw;
		XlsxEntries changed = entries;
		int found = 0;
		for (String entry : List.copyOf(entries.entries.keySet())) {
			if (entry.endsWith(".xml") && entries.text(entry).contains(needle)) {
				changed = changed.with(entry, xml -> xml.replace(needle, replacement));
				found++;
			}
		}
		assertTrue(found > 0, "the marker " + needle + " is in the workbook's XML");
		Path crafted = dir.resolve(name);
		changed.write(crafted);
		return crafted;
	}

	@Test
	void controlCharactersInCellsAreRemovedAndTheCellsNamed() throws IOException {
		Path dirty = crafted("dirty.xlsx", "企业名称", "CTRLMARK方太厨具", "宁波_x0001_方太_x001F_厨具&#9;");
		int code = run("import", dirty.toString(), "--into", report.toString());
		assertTrue(code == 0 || code == 1, out() + err());
		assertTrue(out().contains("控制字符") && out().contains("U+0001") && out().contains(EXISTING), out());
		CompetitionReport saved = (CompetitionReport) ClusterFiles.load(report);
		List<String> names = saved.getLibraries().getExisting().stream().map(e -> String.valueOf(e.getName()))
				.filter(n -> n.contains("方太")).toList();
		assertEquals(1, names.size(), names.toString());
		assertTrue(names.get(0).startsWith("宁波方太厨具"), "the name is imported without the control characters: " + names);
		assertTrue(saved.getLibraries().getExisting().stream().noneMatch(e -> e.getName() != null && e.getName().chars().anyMatch(c -> c < 0x20 && c != '\t')),
				"no control character reaches the document");
	}

	@Test
	void absurdNumbersAreRejectedPerCellWithTheirValue() throws IOException {
		long size = Files.size(report);
		for (String absurd : new String[] { "1E+999999999", "1E-999999999", "9".repeat(200) }) {
			Path file = crafted("absurd.xlsx", "元", 4321.125, absurd);
			int code = run("import", file.toString(), "--into", report.toString());
			assertEquals(1, code, out() + err());
			assertTrue(out().contains("超出可接受范围") && out().contains(EXISTING) && out().contains(absurd.substring(0, 10)), out());
			assertTrue(Files.size(report) < size * 2, "the document does not grow with a billion digits");
			Files.delete(file);
			Files.delete(dir.resolve("marked-absurd.xlsx"));
		}
	}

	@Test
	void rowNumberThatIsNotANumberGivesOneClearLine() throws IOException {
		XlsxEntries entries = XlsxEntries.read(xlsx);
		String sheet = entries.sheetEntry(0);
		Matcher last = Pattern.compile("<row r=\"\\d+\"").matcher(entries.text(sheet));
		assertTrue(last.find());
		Path bad = dir.resolve("badrow.xlsx");
		entries.with(sheet, xml -> xml.replaceFirst("<row r=\"\\d+\"", "<row r=\"abc\"")).write(bad);
		byte[] before = Files.readAllBytes(report);
		assertEquals(2, run("import", bad.toString(), "--into", report.toString()));
		assertTrue(err().contains("<row r=\"abc\">") && err().contains("badrow.xlsx"), err());
		assertFalse(err().contains("NumberFormatException"), err());
		assertEquals(1, err().strip().lines().count(), err());
		assertArrayEquals(before, Files.readAllBytes(report));
	}

	@Test
	void doctypeInContentTypesGivesOneLine() throws IOException {
		Path bad = dir.resolve("doctype.xlsx");
		XlsxEntries.read(xlsx).with("[Content_Types].xml",
				xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE Types [<!ENTITY x \"y\">]>")).write(bad);
		assertEquals(2, run("import", bad.toString(), "--into", report.toString()));
		assertEquals(1, err().strip().lines().count(), err());
		assertTrue(err().contains("doctype.xlsx"), err());
	}

	@Test
	void secondImportWaitsForTheFirstInsteadOfOverwritingIt() throws Exception {
		AtomicInteger code = new AtomicInteger(-1);
		Thread second;
		try (DocumentLock first = DocumentLock.acquire(report)) {
			second = new Thread(() -> code.set(new ClusterDeskCli(new PrintStream(OutputStream.nullOutputStream()),
					new PrintStream(OutputStream.nullOutputStream())).run("import", xlsx.toString(), "--into", report.toString())));
			second.start();
			Thread.sleep(700);
			assertEquals(-1, code.get(), "the second import waits while the first holds the document");
			assertFalse(Files.exists(dir.resolve("report.cluster.bak")), "nothing saved yet");
		}
		second.join(20_000);
		assertEquals(0, code.get());
		assertTrue(Files.exists(dir.resolve("report.cluster.bak")), "saved after the first released the document");
		assertFalse(files().stream().anyMatch(f -> f.endsWith(".lock") || f.endsWith(".tmp")), files().toString());
	}
}
