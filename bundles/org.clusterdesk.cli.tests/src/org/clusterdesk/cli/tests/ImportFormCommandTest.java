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
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code clusterdesk import FORM.docx --out NEW.cluster}: every sample's Word export read into a new file that
 * {@code validate} then reads; the places not read printed one line each; no overwriting without --replace; files that
 * are no form refused with exit 2; {@code batch} takes .docx forms beside .cluster files.
 */
class ImportFormCommandTest {

	private ByteArrayOutputStream out = new ByteArrayOutputStream();

	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private int run(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static Path sample(String edition) {
		return Path.of(System.getProperty("clusterdesk.samples"), edition + ".cluster");
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void everySamplesExportIsReadIntoAFileThatValidates(String edition) throws IOException {
		Path docx = dir.resolve(edition + ".docx");
		assertEquals(0, run("export", sample(edition).toString(), "--docx", docx.toString()), err());
		Path read = dir.resolve(edition + "-read.cluster");

		int code = run("import", docx.toString(), "--out", read.toString());

		assertTrue(code == 0 || code == 1, "exit " + code + ": " + err());
		ClusterDocument original = ClusterFiles.load(sample(edition));
		ClusterDocument document = ClusterFiles.load(read);
		assertEquals(edition, document.getEditionId());
		assertEquals(original.getName(), document.getName());
		String printed = out();
		assertTrue(printed.contains("已保存：" + read + "（版本 " + edition), printed);
		// one line per place not read: section / row：“text” — reason
		List<String> places = printed.lines().filter(l -> l.startsWith("  ")).toList();
		assertEquals(code == 1, !places.isEmpty(), printed);
		assertTrue(places.stream().allMatch(l -> l.contains(" / ") && l.contains(" — ")), printed);

		int validated = run("validate", read.toString());
		assertTrue(validated == 0 || validated == 1, "validate exit " + validated + ": " + err());
		assertTrue(out().contains("== " + read + "（" + edition + "）"), out());
	}

	@Test
	void anExistingFileIsReplacedOnlyWhenAskedAndKeptAsBak() throws IOException {
		Path docx = dir.resolve("form.docx");
		run("export", sample("beijing-2024").toString(), "--docx", docx.toString());
		Path target = dir.resolve("existing.cluster");
		Files.copy(sample("miit-2025"), target);
		byte[] before = Files.readAllBytes(target);

		assertEquals(2, run("import", docx.toString(), "--out", target.toString()));
		assertTrue(err().contains("文件已存在，未改动"), err());
		assertArrayEquals(before, Files.readAllBytes(target));

		int code = run("import", docx.toString(), "--out", target.toString(), "--replace");
		assertTrue(code == 0 || code == 1, err());
		assertEquals("beijing-2024", ClusterFiles.load(target).getEditionId());
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("existing.cluster.bak")));
	}

	@Test
	void aWordFileThatIsNoFormAndAMacroDocumentAreRefused() throws IOException {
		Path letter = dir.resolve("通知.docx");
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var o = Files.newOutputStream(letter)) {
			doc.createParagraph().createRun().setText("关于召开产业集群工作会议的通知");
			doc.write(o);
		}
		Path target = dir.resolve("x.cluster");
		assertEquals(2, run("import", letter.toString(), "--out", target.toString()));
		assertTrue(err().contains("不是已知版本的申报表"), err());
		assertEquals(1, err().lines().count(), err());
		assertFalse(Files.exists(target));

		Path docm = dir.resolve("form.docm");
		run("export", sample("miit-2025").toString(), "--docx", dir.resolve("f.docx").toString());
		Files.copy(dir.resolve("f.docx"), docm);
		assertEquals(2, run("import", docm.toString(), "--out", target.toString()));
		assertTrue(err().contains("宏"), err());
		assertFalse(Files.exists(target));

		assertEquals(2, run("import", dir.resolve("f.docx").toString(), "--out", target.toString(), "--edition", "nowhere-2099"));
		assertTrue(err().contains("nowhere-2099"), err());
	}

	@Test
	void optionsOfTheOtherKindOfImportAreRefused() {
		assertEquals(2, run("import", "a.docx", "--into", "b.cluster"));
		assertTrue(err().contains("--out"), err());
		assertEquals(2, run("import", "a.xlsx", "--out", "b.cluster"));
		assertTrue(err().contains("--into"), err());
		assertEquals(2, run("import", "a.docx", "--out", "b.txt"));
		assertTrue(err().contains(".cluster"), err());
	}

	@Test
	void batchReadsWordFormsBesideClusterFiles() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("申报"));
		Files.copy(sample("miit-2025"), folder.resolve("慈溪.cluster"));
		assertEquals(0, run("export", sample("beijing-2024").toString(), "--docx", folder.resolve("北京.docx").toString()), err());
		Files.writeString(folder.resolve("~$北京.docx"), "Word's lock file");
		Path xlsx = dir.resolve("review.xlsx");

		int code = run("batch", folder.toString(), "--out", xlsx.toString());

		assertTrue(code == 0 || code == 1, "exit " + code + ": " + out() + err());
		assertTrue(out().contains("2 份申报"), out());
		assertTrue(out().contains("0 个文件无法读取"), out());
		assertTrue(Files.size(xlsx) > 0);
	}
}
