/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clusterdesk export}, {@code import} and {@code batch}: files written, read back, and exit codes. */
class ExportImportBatchCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private int run(String... args) {
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private static Path sample(String edition) {
		return Path.of(System.getProperty("clusterdesk.samples"), edition + ".cluster");
	}

	@Test
	void exportWritesTheWordFormAndTheWorkbook() throws IOException {
		Path docx = dir.resolve("慈溪.docx");
		Path xlsx = dir.resolve("慈溪.xlsx");
		assertEquals(0, run("export", sample("miit-2025").toString(), "--docx", docx.toString(), "--xlsx", xlsx.toString()),
				err.toString(StandardCharsets.UTF_8));
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			String text = document.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
			assertTrue(text.contains("中小企业特色产业集群申报表"), text);
			assertTrue(text.contains("浙江省宁波市慈溪市智能家电产业"), text);
		}
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertTrue(workbook.getNumberOfSheets() > 0);
		}
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("已导出 Word 草稿"));
	}

	@Test
	void aFinalExportOfADocumentWithErrorsIsRefusedAndWritesNothing() throws IOException {
		Application a = (Application) ClusterFiles.load(sample("miit-2025"));
		a.getDeclaration().setSigner(null);
		Path file = dir.resolve("unsigned.cluster");
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(a);
		ClusterFiles.save(resource, file);
		Path docx = dir.resolve("final.docx");
		assertEquals(1, run("export", file.toString(), "--docx", docx.toString(), "--final"));
		assertFalse(Files.exists(docx), "nothing written");
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("[G14]"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void chartsOptionAppendsTheTrendChartsToTheWordForm() throws IOException {
		Path docx = dir.resolve("charts.docx");
		assertEquals(0, run("export", sample("miit-2025").toString(), "--docx", docx.toString(), "--charts"), err.toString(StandardCharsets.UTF_8));
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			String text = document.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
			assertTrue(text.contains("附件：主要指标趋势图"), text);
			assertTrue(text.contains("图1  集群总产值（亿元）"), text);
			assertTrue(document.getAllPictures().size() >= 8, "one picture per chart: " + document.getAllPictures().size());
		}
		assertEquals(2, run("export", sample("miit-2025").toString(), "--xlsx", dir.resolve("x.xlsx").toString(), "--charts"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--charts 只用于 Word 导出"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void exportAsksForATarget() {
		assertEquals(2, run("export", sample("miit-2025").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--docx 或 --xlsx"));
	}

	@Test
	void librariesExportedThenImportedAreEqual() throws IOException {
		Path xlsx = dir.resolve("四库.xlsx");
		assertEquals(0, run("export", sample("competition-2026").toString(), "--xlsx", xlsx.toString()));
		Path target = dir.resolve("report.cluster");
		Files.copy(sample("competition-2026"), target, StandardCopyOption.REPLACE_EXISTING);
		CompetitionReport before = (CompetitionReport) ClusterFiles.load(target);
		assertEquals(0, run("import", xlsx.toString(), "--into", target.toString()), out.toString(StandardCharsets.UTF_8)
				+ err.toString(StandardCharsets.UTF_8));
		CompetitionReport after = (CompetitionReport) ClusterFiles.load(target);
		assertTrue(EcoreUtil.equals(before.getLibraries(), after.getLibraries()), "the round trip keeps the libraries");
		assertTrue(Files.exists(dir.resolve("report.cluster.bak")), "the previous version is kept");
	}

	@Test
	void importIntoAnApplicationIsRefusedAndTheFileUntouched() throws IOException {
		Path xlsx = dir.resolve("四库.xlsx");
		run("export", sample("competition-2026").toString(), "--xlsx", xlsx.toString());
		Path target = dir.resolve("app.cluster");
		Files.copy(sample("miit-2025"), target);
		byte[] before = Files.readAllBytes(target);
		assertEquals(2, run("import", xlsx.toString(), "--into", target.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("不是竞赛申报表"), err.toString(StandardCharsets.UTF_8));
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(target));
	}

	@Test
	void batchWritesOneWorkbookAndListsUnreadableFiles() throws IOException {
		Path in = dir.resolve("in");
		Files.createDirectories(in);
		for (String e : new String[] { "miit-2025", "shaanxi-2026", "competition-2026" }) {
			Files.copy(sample(e), in.resolve(e + ".cluster"));
		}
		Files.writeString(in.resolve("damaged.cluster"), "<?xml version=\"1.0\"?><cd:Application");
		Path review = dir.resolve("review.xlsx");
		assertEquals(2, run("batch", in.toString(), "--out", review.toString()), "an unreadable file gives exit code 2");
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("damaged.cluster"), err.toString(StandardCharsets.UTF_8));
		try (InputStream stream = Files.newInputStream(review); XSSFWorkbook workbook = new XSSFWorkbook(stream)) {
			assertNotNull(workbook.getSheetAt(0));
			assertTrue(workbook.getNumberOfSheets() >= 3, "overview, problems, charts");
		}
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("3 份申报"), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void batchRecursiveAlsoReadsTheSubfoldersOfAFolder() throws IOException {
		Path season = dir.resolve("season");
		Files.createDirectories(season.resolve("西安"));
		Files.createDirectories(season.resolve("宝鸡/渭滨区"));
		Files.copy(sample("miit-2025"), season.resolve("miit-2025.cluster"));
		Files.copy(sample("shaanxi-2026"), season.resolve("西安/shaanxi-2026.cluster"));
		Files.copy(sample("beijing-2024"), season.resolve("宝鸡/渭滨区/beijing-2024.cluster"));
		Files.writeString(season.resolve("宝鸡/notes.txt"), "not an application");
		Path review = dir.resolve("season.xlsx");

		assertEquals(0, run("batch", season.toString(), "--out", review.toString()), err.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 份申报"), "without --recursive only the folder itself: " + out);

		out.reset();
		assertEquals(0, run("batch", season.toString(), "--out", review.toString(), "--recursive"), err.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("3 份申报"), out.toString(StandardCharsets.UTF_8));
		String progress = err.toString(StandardCharsets.UTF_8);
		// sorted by the path within the folder: 宝鸡/… and 西安/… after the file at the top
		assertTrue(progress.indexOf("渭滨区/beijing-2024.cluster") < progress.indexOf("西安/shaanxi-2026.cluster"), progress);
	}
}
