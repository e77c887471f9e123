/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.DocxTesting.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.export.ExportRefusedException;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A final export only of a document validation finds no error in; a refusal lists the errors and writes nothing. */
class DocxFinalExportTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void aSampleWithoutErrorsExportsAsFinalWithoutTheDraftHeader(String edition) throws Exception {
		ClusterDocument document = sample(edition);
		ValidationReport report = ClusterValidation.validate(document, true);
		Path file = temp.resolve(edition + ".docx");
		if (report.hasErrors()) {
			// the samples are meant to validate; while a rule is being written they may not: the refusal must say why
			ExportRefusedException refused = assertThrows(ExportRefusedException.class,
					() -> DocxExporter.export(document, file, ExportMode.FINAL, null));
			assertFalse(Files.exists(file));
			for (RuleFinding error : report.errors()) {
				assertTrue(refused.getMessage().contains(error.message()), refused.getMessage());
			}
			System.out.println(edition + " has validation errors, final export refused: " + describe(report.errors())); //$NON-NLS-1$
			return;
		}
		XWPFDocument docx = DocxTesting.export(document, file, ExportMode.FINAL);
		assertTrue(docx.getHeaderList().stream().noneMatch(h -> h.getText().contains("草稿")));
		String first = docx.getParagraphs().get(0).getText();
		// after the annex mark (附件1, 附件2) where the form carries one
		assertEquals(document.getEdition().getTitle(),
				first.startsWith("附件") ? docx.getParagraphs().get(1).getText() : first);
	}

	@Test
	void aDocumentThatValidatesExportsAsFinal() throws Exception {
		Application a = validApplication();
		Path file = temp.resolve("final.docx");
		XWPFDocument docx = DocxTesting.export(a, file, ExportMode.FINAL);
		assertTrue(docx.getHeaderList().isEmpty(), "a final export has no 草稿 header");
		assertTrue(DocxTesting.allText(docx).contains(a.getDeclaration().getSigner()));
	}

	/** The national sample, built to validate for a final export (the errors are listed if a new rule disagrees). */
	private static Application validApplication() {
		Application a = sample("miit-2025");
		ValidationReport report = ClusterValidation.validate(a, true);
		assertFalse(report.hasErrors(), "the national sample should validate for a final export: " + describe(report.errors()));
		return a;
	}

	@Test
	void aBrokenDocumentIsRefusedWithItsErrorsAndNothingIsWritten() throws Exception {
		Application a = sample("miit-2025");
		a.getDeclaration().setSigner(null);
		a.setName(""); // 集群名称 left empty
		Path file = temp.resolve("refused.docx");
		ExportRefusedException refused = assertThrows(ExportRefusedException.class,
				() -> DocxExporter.export(a, file, ExportMode.FINAL, new NullProgressMonitor()));
		assertFalse(Files.exists(file), "nothing is written");
		try (var files = Files.list(temp)) {
			assertEquals(0, files.count(), "no temporary file is left either");
		}
		String message = refused.getMessage();
		assertTrue(message.startsWith("不能正式导出 refused.docx：校验发现" + refused.getReport().errors().size() + "个错误"), message);
		assertTrue(message.contains("[G14]"), message);
		assertTrue(message.contains("[G01]"), message);
		assertTrue(message.contains("集群名称"), message);
		for (RuleFinding error : refused.getReport().errors()) {
			assertTrue(message.contains(error.message()), error.message());
		}
		// a draft of the same document is fine, and says it is one
		XWPFDocument draft = DocxTesting.export(a, file, ExportMode.DRAFT);
		assertTrue(draft.getHeaderList().get(0).getText().startsWith("草稿"));
	}

	@Test
	void aRefusedExportLeavesAnEarlierFileAsItWas() throws Exception {
		Path file = temp.resolve("earlier.docx");
		byte[] earlier = "an earlier export".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Files.write(file, earlier);
		Application a = sample("miit-2025");
		a.getDeclaration().setDate(null);
		assertThrows(ExportRefusedException.class, () -> DocxExporter.export(a, file, ExportMode.FINAL, null));
		assertArrayEquals(earlier, Files.readAllBytes(file));
	}

	@Test
	void aCancelledExportLeavesTheTargetAsItWas() throws Exception {
		Path file = temp.resolve("cancelled.docx");
		byte[] earlier = "an earlier export".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Files.write(file, earlier);
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> DocxExporter.export(sample("competition-2026"), file, ExportMode.DRAFT, monitor));
		assertArrayEquals(earlier, Files.readAllBytes(file));
	}

	@Test
	void aDocumentOfAnUnknownEditionIsNotExported() {
		Application a = sample("miit-2025");
		a.setEditionId("no-such-edition");
		Path file = temp.resolve("unknown.docx");
		ExportException e = assertThrows(ExportException.class, () -> DocxExporter.export(a, file, ExportMode.DRAFT, null));
		assertTrue(e.getMessage().contains("no-such-edition"), e.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void anEmptyDraftPrintsTheFormsRowsWithEmptyCells() throws Exception {
		Application empty = org.clusterdesk.model.ClusterDeskFactory.eINSTANCE.createApplication();
		empty.setEditionId("miit-2025");
		XWPFDocument docx = DocxTesting.export(empty, temp.resolve("empty.docx"), ExportMode.DRAFT);
		var table = DocxTesting.tableAfter(docx, "二、主导产业情况");
		assertEquals(List.of("集群总产值（亿元）", "", "", ""), DocxTesting.texts(DocxTesting.row(table, "集群总产值（亿元）")));
		assertTrue(DocxTesting.texts(DocxTesting.row(DocxTesting.tableAfter(docx, "一、基本情况"), "主导产业所属产业类型")).get(1)
				.equals("☐第一产业　　☐第二产业　　☐第三产业"));
		assertFalse(DocxTesting.allText(docx).contains("null"));
	}

	private static String describe(List<RuleFinding> findings) {
		return findings.stream().map(RuleFinding::message).collect(Collectors.joining(" | "));
	}
}
