/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.PoiTempFiles;
import org.clusterdesk.model.ExistingEnterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crafted workbooks: control characters, absurd numbers, bad row numbers, a row of 300 000 cells; POI's temp folder. */
class ImportHardeningTest {

	private static final String SHEET = "现有企业库";

	@TempDir
	Path dir;

	/** A workbook of one existing-enterprise row, with the text of its zip entries rewritten. */
	private Path workbook(String name, String entry, UnaryOperator<String> change) throws IOException {
		Path plain = new ImportTestSupport.Book().existing(SHEET, ImportTestSupport.enterprise(1, "MARK硬质合金有限公司"))
				.save(dir.resolve("plain-" + name));
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(plain.toFile())) {
			for (ZipEntry e : Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(e)) {
					entries.put(e.getName(), in.readAllBytes());
				}
			}
		}
		String text = new String(entries.get(entry), StandardCharsets.UTF_8);
		String changed = change.apply(text);
		assertNotEquals(text, changed, "the crafted change applies to " + entry);
		entries.put(entry, changed.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		Path file = dir.resolve(name);
		Files.write(file, bytes.toByteArray());
		return file;
	}

	private static List<ExistingEnterprise> existing(ImportResult result) {
		return List.copyOf(result.getLibraries().getExisting());
	}

	@Test
	void controlCharacterEscapesAreRemovedAndTheCellNamed() throws Exception {
		Path file = workbook("control.xlsx", "xl/sharedStrings.xml", xml -> xml.replace("MARK", "株洲_x0001_钻石_x001F_"));
		ImportResult result = ImportTestSupport.read(file);
		assertEquals("株洲钻石硬质合金有限公司", existing(result).get(0).getName());
		ImportProblem problem = result.getProblems().stream().filter(p -> p.getReason().contains("控制字符")).findFirst()
				.orElseThrow(() -> new AssertionError(ImportTestSupport.describe(result.getProblems())));
		assertEquals(SHEET, problem.getSheet());
		assertEquals(4, problem.getRow());
		assertEquals("B", problem.getColumnName());
		assertTrue(problem.getValue().contains("<U+0001>") && problem.getValue().contains("<U+001F>"), problem.getValue());
		assertFalse(problem.isError(), "the entry is imported without them");
	}

	@Test
	void escapesOfOrdinaryCharactersAreReadAsExcelShowsThem() throws Exception {
		Path file = workbook("escaped.xlsx", "xl/sharedStrings.xml", xml -> xml.replace("MARK", "_x682A_"));
		ImportResult result = ImportTestSupport.read(file);
		assertEquals("株硬质合金有限公司", existing(result).get(0).getName());
		ImportTestSupport.assertClean(result);
	}

	@Test
	void absurdNumbersAreRejectedPerCellWithSheetRowColumnAndValue() throws Exception {
		for (String absurd : new String[] { "1E+999999999", "1E-999999999", "1" + "0".repeat(100), "0." + "0".repeat(60) + "1" }) {
			Path file = workbook("absurd.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replace("<v>12.5</v>", "<v>" + absurd + "</v>"));
			ImportResult result = ImportTestSupport.read(file);
			ImportProblem problem = ImportTestSupport.onlyError(result);
			assertEquals(SHEET, problem.getSheet());
			assertEquals(4, problem.getRow());
			assertEquals("I", problem.getColumnName());
			assertEquals(absurd, problem.getValue());
			assertTrue(problem.getReason().contains("超出可接受范围"), problem.getReason());
			assertEquals(1, existing(result).size(), "the row is imported without the value");
			Files.delete(file);
		}
	}

	@Test
	void aRowNumberThatIsNotANumberIsOneClearSentence() throws Exception {
		Path file = workbook("row.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replace("<row r=\"4\"", "<row r=\"abc\""));
		ExportException e = assertThrows(ExportException.class, () -> ImportTestSupport.read(file));
		assertTrue(e.getMessage().contains("<row r=\"abc\">") && e.getMessage().contains(SHEET) && e.getMessage().contains("row.xlsx"),
				e.getMessage());
		assertFalse(e.getMessage().contains("NumberFormatException"), e.getMessage());
	}

	@Test
	void aRowOfThreeHundredThousandCellsReadsOnlyTheTableColumns() throws Exception {
		// varied values, as in the reported file (810 KB): a repeated cell would be refused as a zip bomb
		java.util.Random random = new java.util.Random(300_000);
		StringBuilder wide = new StringBuilder();
		for (int c = 0; c < 300_000; c++) {
			wide.append("<c><v>").append(random.nextInt(1_000_000)).append("</v></c>");
		}
		Path file = workbook("wide.xlsx", "xl/worksheets/sheet1.xml", xml -> {
			int row = xml.indexOf("<row r=\"4\"");
			int end = xml.indexOf("</row>", row);
			return xml.substring(0, end) + wide + xml.substring(end);
		});
		long started = System.nanoTime();
		ImportResult result = ImportTestSupport.read(file);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("ImportHardeningTest: a row of 300 000 cells (" + Files.size(file) / 1024 + " KB) read in " + millis + " ms");
		assertEquals(1, existing(result).size());
		assertEquals("MARK硬质合金有限公司", existing(result).get(0).getName());
		assertTrue(result.getProblems().size() < 10, "the cells beyond the table are not listed one by one: " + result.getProblems().size());
	}

	/** 0-based column of letters like AB. */
	private static int column(String letters) {
		int c = 0;
		for (char ch : letters.toCharArray()) {
			c = c * 26 + (ch - 'A' + 1);
		}
		return c - 1;
	}

	private static String letters(int column) {
		StringBuilder s = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			s.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return s.toString();
	}

	/** The sheet with every cell reference and merged region moved right by the given number of columns. */
	private static String shiftedRight(String xml, int by) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(<c r=\"|<mergeCell ref=\"|:)([A-Z]{1,3})(\\d+)").matcher(xml);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, m.group(1) + letters(column(m.group(2)) + by) + m.group(3));
		}
		m.appendTail(out);
		return out.toString();
	}

	@Test
	void theColumnsReadFollowTheHeaderNotAFixedWidth() throws Exception {
		assertEquals("KN", letters(column("KN")));
		// the whole table placed 300 columns to the right (beyond a fixed cap of 256): found, and its row read
		Path far = workbook("far.xlsx", "xl/worksheets/sheet1.xml", xml -> shiftedRight(xml, 300));
		ImportResult result = ImportTestSupport.read(far);
		assertEquals(1, existing(result).size(), ImportTestSupport.describe(result.getProblems()));
		assertEquals("MARK硬质合金有限公司", existing(result).get(0).getName());
		// a bad value in that far table is named by its real column
		Path bad = workbook("far-bad.xlsx", "xl/worksheets/sheet1.xml",
				xml -> shiftedRight(xml.replace("<v>12.5</v>", "<v>1E+999999999</v>"), 300));
		ImportProblem problem = ImportTestSupport.onlyError(ImportTestSupport.read(bad));
		assertEquals(letters(column("I") + 300), problem.getColumnName());
	}

	@Test
	void poiTemporaryFolderIsPrivateAndNeverAnotherUsersFolder() throws Exception {
		String user = System.getProperty("user.name");
		Path temp = Files.createDirectories(dir.resolve("tmp"));
		Path home = Files.createDirectories(dir.resolve("home"));
		Path chosen = PoiTempFiles.choose(temp, home, user);
		assertEquals(temp.resolve("clusterdesk-" + user).resolve("poifiles"), chosen);
		assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(chosen));

		// another user made the folder first (as POI's shared poifiles): it is not used
		Path other = Files.createDirectories(dir.resolve("tmp2/clusterdesk-" + user));
		Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwxrwxrwx"));
		UserPrincipal nobody;
		try {
			nobody = other.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
			Files.setOwner(other, nobody);
		} catch (IOException | UnsupportedOperationException e) {
			return; // cannot give a folder away here (not root): the first part has shown the private folder
		}
		Path fallback = PoiTempFiles.choose(dir.resolve("tmp2"), home, user);
		assertEquals(home.resolve(".cache/clusterdesk/poifiles"), fallback);
		assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(fallback));
	}
}
