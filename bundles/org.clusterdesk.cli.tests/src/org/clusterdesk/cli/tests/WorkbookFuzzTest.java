/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.LibraryRow;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded, reproducible mutation of exported workbooks fed to {@code clusterdesk import}: cells, shared strings and
 * sheet XML rewritten inside the zip (extreme numbers, control characters, bad row and cell references, truncation,
 * byte flips, wide rows, header-only tables). For every input: the exit code is 0, 1 or 2; a refusal (2) says why on
 * stderr and leaves the .cluster byte for byte as it was; an import leaves a document that loads; no temporary or lock
 * file stays beside it; each run ends within a generous guard. The counts are printed for the CI log.
 * <p>
 * {@code -Dclusterdesk.fuzz.seed=N} and {@code -Dclusterdesk.fuzz.count=N} reproduce or widen a run.
 */
class WorkbookFuzzTest {

	private static final long SEED = Long.getLong("clusterdesk.fuzz.seed", 20261204L);

	private static final int COUNT = Integer.getInteger("clusterdesk.fuzz.count", 1000);

	/** Rows kept per library in the base document: small, so that a thousand imports take a minute or two. */
	private static final int ROWS_PER_LIBRARY = 6;

	/** Far above any import here (well under a second); catches a hang or an unbounded computation. */
	private static final long GUARD_MILLIS = 30_000;

	private static final String[] NUMBERS = { "1E+999999999", "1E-999999999", "-1E+308", "1e309", "NaN", "Infinity",
			"9".repeat(5_000), "0." + "0".repeat(3_000) + "1", "-0", "", "1e", "0x10", "１２３", "12,345.6", "1.0E-5",
			"99999999999999999999" };

	private static final String[] TEXTS = { "_x0001_", "_x0000_", "a_x001F_b", "_xD800_", "\t", "\u00a0", "A&amp;B",
			"=cmd|' /C calc'!A0", "是", "否", "2024.13", "2024-02-30", "万元", "亿", "无", "-", "企业名称",
			"x".repeat(10_000) };

	private static final String[] ROW_NUMBERS = { "abc", "-1", "0", "99999999999", "", " 7 ", "1048577", "2147483647" };

	private static final String[] CELL_REFS = { "ZZZZZZZZZZ1", "A0", "1A", "", "XFE1", "a1", "AAAAAAAAAAAAAAAAAAAAA99" };

	private static final Pattern V = Pattern.compile("<v>[^<]*</v>");

	private static final Pattern T = Pattern.compile("<t( [^>]*)?>[^<]*</t>");

	private static final Pattern ROW_R = Pattern.compile("<row r=\"[^\"]*\"");

	private static final Pattern CELL_R = Pattern.compile("<c r=\"[^\"]*\"");

	private static final Pattern TYPE = Pattern.compile("<c ([^>]*?)t=\"[^\"]*\"");

	private static final Pattern ROW = Pattern.compile("<row [^>]*>.*?</row>", Pattern.DOTALL);

	@TempDir
	Path dir;

	private final Random random = new Random(SEED);

	@Test
	void mutatedWorkbooksAreImportedOrRefusedCleanly() throws Exception {
		Path base = dir.resolve("base.cluster");
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(
				Path.of(System.getProperty("clusterdesk.samples"), "competition-2026.cluster"));
		for (EReference library : report.getLibraries().eClass().getEAllContainments()) {
			@SuppressWarnings("unchecked")
			EList<LibraryRow> rows = (EList<LibraryRow>) report.getLibraries().eGet(library);
			while (rows.size() > ROWS_PER_LIBRARY) {
				rows.remove(rows.size() - 1);
			}
		}
		Resource resource = report.eResource();
		ClusterFiles.save(resource, base);
		byte[] document = Files.readAllBytes(base);
		Path exported = dir.resolve("base.xlsx");
		assertEquals(0, cli(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "export", base.toString(), "--xlsx",
				exported.toString()));
		XlsxEntries workbook = XlsxEntries.read(exported);
		List<String> xmlEntries = workbook.entries.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
		List<String> sheets = xmlEntries.stream().filter(n -> n.startsWith("xl/worksheets/sheet")).toList();
		assertFalse(sheets.isEmpty());

		Map<String, int[]> counts = new TreeMap<>(); // kind → [0, 1, 2]
		int[] total = new int[3];
		long slowest = 0;
		long started = System.nanoTime();
		for (int i = 0; i < COUNT; i++) {
			Path run = Files.createDirectories(dir.resolve("run" + i));
			Path target = run.resolve("report.cluster");
			Files.write(target, document);
			String[] kind = new String[1];
			XlsxEntries mutated = mutate(workbook, sheets, xmlEntries, kind);
			Path input = run.resolve("input.xlsx");
			mutated.write(input);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			String what = "input " + i + " (seed " + SEED + ", " + kind[0] + ")";
			long t0 = System.nanoTime();
			int code;
			try {
				code = cli(out, err, "import", input.toString(), "--into", target.toString());
			} catch (Throwable t) {
				throw new AssertionError(what + ": the command threw " + t, t);
			}
			long millis = (System.nanoTime() - t0) / 1_000_000;
			slowest = Math.max(slowest, millis);
			String stderr = err.toString(StandardCharsets.UTF_8);
			assertTrue(millis < GUARD_MILLIS, what + " took " + millis + " ms");
			assertTrue(code >= 0 && code <= 2, what + ": exit code " + code + "\n" + stderr);
			if (code == 2) {
				assertFalse(stderr.isBlank(), what + ": refused without a message");
				assertTrue(stderr.strip().lines().count() <= 3, what + ": a short message, not a trace:\n" + stderr);
				assertArrayEquals(document, Files.readAllBytes(target), what + ": refused, yet the document changed");
			} else {
				try {
					ClusterFiles.load(target);
				} catch (Exception e) {
					fail(what + ": imported into a document that no longer loads: " + e.getMessage());
				}
			}
			Set<String> allowed = Set.of("report.cluster", "report.cluster.bak", "input.xlsx");
			try (Stream<Path> files = Files.list(run)) {
				List<String> stray = files.map(p -> p.getFileName().toString()).filter(n -> !allowed.contains(n)).toList();
				assertTrue(stray.isEmpty(), what + ": stray files " + stray);
			}
			counts.computeIfAbsent(kind[0], k -> new int[3])[code]++;
			total[code]++;
			deleteTree(run);
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		System.out.println(String.format("WorkbookFuzzTest: %d workbooks (seed %d) in %d s, slowest %d ms: imported %d, imported with rejected cells %d, refused %d",
				COUNT, SEED, seconds, slowest, total[0], total[1], total[2]));
		counts.forEach((kind, c) -> System.out.println(String.format("  %-22s exit 0: %4d  exit 1: %4d  exit 2: %4d", kind, c[0], c[1], c[2])));
		assertTrue(total[0] + total[1] > 0 && total[2] > 0, "both outcomes occur: the mutations are neither all harmless nor all fatal");
	}

	private int cli(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private XlsxEntries mutate(XlsxEntries workbook, List<String> sheets, List<String> xmlEntries, String[] kind) {
		String sheet = pick(sheets);
		int choice = random.nextInt(12);
		switch (choice) {
		case 0 -> {
			kind[0] = "number value";
			return workbook.with(sheet, xml -> replaceOne(xml, V, "<v>" + pick(NUMBERS) + "</v>"));
		}
		case 1 -> {
			kind[0] = "text value";
			String entry = workbook.entries.containsKey("xl/sharedStrings.xml") && random.nextBoolean() ? "xl/sharedStrings.xml" : sheet;
			return workbook.with(entry, xml -> replaceOne(xml, T, "<t>" + pick(TEXTS) + "</t>"));
		}
		case 2 -> {
			kind[0] = "row number";
			return workbook.with(sheet, xml -> replaceOne(xml, ROW_R, "<row r=\"" + pick(ROW_NUMBERS) + "\""));
		}
		case 3 -> {
			kind[0] = "cell reference";
			return workbook.with(sheet, xml -> replaceOne(xml, CELL_R, "<c r=\"" + pick(CELL_REFS) + "\""));
		}
		case 4 -> {
			kind[0] = "cell type";
			String type = pick(new String[] { "s", "b", "e", "n", "str", "inlineStr", "d", "x" });
			return workbook.with(sheet, xml -> replaceOne(xml, TYPE, "<c $1t=\"" + type + "\""));
		}
		case 5 -> {
			kind[0] = "truncated entry";
			return workbook.with(pick(xmlEntries), xml -> xml.substring(0, random.nextInt(Math.max(1, xml.length()))));
		}
		case 6 -> {
			kind[0] = "byte flip";
			String entry = pick(xmlEntries);
			XlsxEntries copy = workbook.with(entry, xml -> xml);
			byte[] bytes = copy.entries.get(entry).clone();
			for (int n = 1 + random.nextInt(4); n > 0; n--) {
				int at = random.nextInt(bytes.length);
				bytes[at] = (byte) (bytes[at] ^ (1 << random.nextInt(8)));
			}
			copy.entries.put(entry, bytes);
			return copy;
		}
		case 7 -> {
			kind[0] = "rows removed";
			return workbook.with(sheet, xml -> {
				Matcher rows = ROW.matcher(xml);
				StringBuilder kept = new StringBuilder();
				int index = 0;
				int keep = random.nextInt(4);
				while (rows.find()) {
					rows.appendReplacement(kept, index++ < keep ? Matcher.quoteReplacement(rows.group()) : "");
				}
				rows.appendTail(kept);
				return kept.toString();
			});
		}
		case 8 -> {
			kind[0] = "wide row";
			StringBuilder cells = new StringBuilder();
			for (int c = 0; c < 3_000; c++) {
				cells.append("<c t=\"inlineStr\"><is><t>w").append(c).append("</t></is></c>");
			}
			return workbook.with(sheet, xml -> {
				int end = xml.indexOf("</row>", xml.length() / 2);
				return end < 0 ? xml : xml.substring(0, end) + cells + xml.substring(end);
			});
		}
		case 9 -> {
			kind[0] = "rows duplicated";
			return workbook.with(sheet, xml -> {
				Matcher rows = ROW.matcher(xml);
				List<String> all = new ArrayList<>();
				while (rows.find()) {
					all.add(rows.group());
				}
				if (all.isEmpty()) {
					return xml;
				}
				String row = all.get(random.nextInt(all.size()));
				return xml.replace(row, row.repeat(2 + random.nextInt(5)));
			});
		}
		case 10 -> {
			kind[0] = "entry removed";
			XlsxEntries copy = workbook.with(sheet, xml -> xml);
			copy.entries.remove(pick(xmlEntries));
			return copy;
		}
		default -> {
			kind[0] = "doctype or entity";
			String entry = pick(xmlEntries);
			return workbook.with(entry, xml -> xml.replaceFirst("\\?>",
					random.nextBoolean() ? "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" : "?><!DOCTYPE x>"));
		}
		}
	}

	private String replaceOne(String xml, Pattern pattern, String replacement) {
		Matcher matcher = pattern.matcher(xml);
		List<int[]> spans = new ArrayList<>();
		while (matcher.find()) {
			spans.add(new int[] { matcher.start(), matcher.end(), 0 });
		}
		if (spans.isEmpty()) {
			return xml;
		}
		int[] span = spans.get(random.nextInt(spans.size()));
		Matcher one = pattern.matcher(xml.substring(span[0], span[1]));
		String replaced = one.replaceFirst(replacement.replace("\\", "\\\\").replace("$", "\\$").replace("\\$1", "$1"));
		return xml.substring(0, span[0]) + replaced + xml.substring(span[1]);
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private <T> T pick(T[] array) {
		return array[random.nextInt(array.length)];
	}

	private static void deleteTree(Path run) throws IOException {
		try (Stream<Path> files = Files.walk(run)) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
