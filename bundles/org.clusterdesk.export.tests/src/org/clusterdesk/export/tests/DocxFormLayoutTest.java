/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.model.ClusterDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Word export is the official form, table for table: the skeleton of every exported table (headings, header texts,
 * row labels, cells per row, vertical merges) equals the transcription of the form typed from its text
 * ({@code forms/<edition>.skeleton}, never generated from the export). Where the export still departs from the form the
 * difference is written down, line for line, in {@code forms/<edition>.deviations}: any other difference — a row added,
 * a header renamed, a row lost — fails, and so does a listed deviation that has been fixed (the list only shrinks).
 */
class DocxFormLayoutTest {

	static List<String> editions() {
		return List.of(DocxTesting.EDITIONS);
	}

	static Path forms() {
		return DocxTesting.samples().resolve("../bundles/org.clusterdesk.export.tests/forms").normalize();
	}

	static List<String> deviations(String edition) throws IOException {
		Path file = forms().resolve(edition + ".deviations");
		List<String> lines = new ArrayList<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.startsWith("+ ") || line.startsWith("- ")) {
					lines.add(line.strip());
				}
			}
		}
		return lines;
	}

	private static List<String> diff(String edition, XWPFDocument docx) throws IOException {
		List<String> form = FormSkeleton.transcription(forms().resolve(edition + ".skeleton"));
		return FormSkeleton.diff(form, FormSkeleton.of(docx)).stream().map(String::strip).toList();
	}

	@ParameterizedTest
	@MethodSource("editions")
	void draftTablesAreTheFormsTables(String edition) throws Exception {
		ClusterDocument document = DocxTesting.sample(edition);
		Path file = DocxTesting.exportsDir().resolve(edition + "-layout.docx");
		try (XWPFDocument docx = DocxTesting.export(document, file, ExportMode.DRAFT)) {
			List<String> actual = diff(edition, docx);
			// for a reviewer: the differences as the .deviations file would list them
			Files.write(DocxTesting.exportsDir().resolve(edition + ".deviations"), actual, StandardCharsets.UTF_8);
			assertEquals(String.join("\n", deviations(edition)), String.join("\n", actual),
					edition + ": the export's tables differ from the form (forms/" + edition + ".skeleton) otherwise than "
							+ "forms/" + edition + ".deviations lists");
		}
	}

	@ParameterizedTest
	@MethodSource("editions")
	void finalTablesAreTheDraftsTables(String edition) throws Exception {
		ClusterDocument document = DocxTesting.sample(edition);
		Path draft = DocxTesting.exportsDir().resolve(edition + "-layout-draft.docx");
		Path fin = DocxTesting.exportsDir().resolve(edition + "-layout-final.docx");
		try (XWPFDocument d = DocxTesting.export(document, draft, ExportMode.DRAFT)) {
			List<String> draftSkeleton = FormSkeleton.of(d);
			try {
				try (XWPFDocument f = DocxTesting.export(DocxTesting.sample(edition), fin, ExportMode.FINAL)) {
					assertEquals(draftSkeleton, FormSkeleton.of(f), edition + ": --final prints other tables than the draft");
				}
			} catch (org.clusterdesk.export.ExportException e) {
				// a sample that does not validate cannot be exported final; its draft is compared above
				assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), e.toString());
			}
		}
	}

	/** The test sees a row the form does not have: one row more in 二、主导产业情况 is a difference it reports. */
	@Test
	void anAddedRowFails() throws Exception {
		String edition = "miit-2025";
		Path file = DocxTesting.exportsDir().resolve(edition + "-added-row.docx");
		try (XWPFDocument docx = DocxTesting.export(DocxTesting.sample(edition), file, ExportMode.DRAFT)) {
			XWPFTable table = DocxTesting.tableAfter(docx, "二、主导产业情况");
			XWPFTableRow added = table.insertNewTableRow(2);
			for (int i = 0; i < 4; i++) {
				added.addNewTableCell();
			}
			added.getCell(0).getParagraphs().get(0).setStyle("CDTableLabel");
			added.getCell(0).getParagraphs().get(0).createRun().setText("集群新增指标（亿元）");
			Path changed = DocxTesting.exportsDir().resolve(edition + "-added-row-changed.docx");
			try (OutputStream out = Files.newOutputStream(changed)) {
				docx.write(out);
			}
			try (XWPFDocument reread = DocxTesting.read(changed)) {
				List<String> actual = diff(edition, reread);
				assertNotEquals(deviations(edition), actual);
				assertTrue(actual.stream().anyMatch(l -> l.startsWith("+ 集群新增指标（亿元） | _ | _ | _")), actual.toString());
			}
		}
	}

	/** A header renamed is a difference too. */
	@Test
	void aRenamedHeaderFails() throws Exception {
		List<String> form = List.of("## 二、主导产业情况", "--", "年度 | 2022年 | 2023年 | 2024年", "集群总产值（亿元） | _ | _ | _");
		List<String> export = List.of("## 二、主导产业情况", "--", "年份 | 2022年 | 2023年 | 2024年", "集群总产值（亿元） | _ | _ | _");
		assertEquals(List.of("+ 年份 | 2022年 | 2023年 | 2024年    @## 二、主导产业情况",
				"- 年度 | 2022年 | 2023年 | 2024年    @## 二、主导产业情况"), FormSkeleton.diff(form, export));
	}

	/** Rows the form lets the filer repeat (如有2个，另行加行) may come twice; a second copy that differs is reported. */
	@Test
	void repeatedRowsMustEachBeTheFormsRows() {
		List<String> form = List.of("## 一、集群基本信息", "--", "集群名称 | _", "{+", "集群核心承载园区 | 单位名称 | _", "^ | 电话 | _", "}",
				"意见：");
		List<String> twice = List.of("## 一、集群基本信息", "--", "集群名称 | _", "集群核心承载园区 | 单位名称 | _", "^ | 电话 | _",
				"集群核心承载园区 | 单位名称 | _", "^ | 电话 | _", "意见：");
		assertEquals(List.of(), FormSkeleton.diff(form, twice));
		List<String> secondDiffers = List.of("## 一、集群基本信息", "--", "集群名称 | _", "集群核心承载园区 | 单位名称 | _", "^ | 电话 | _",
				"集群核心承载园区 | 单位名称 | _", "^ | 手机 | _", "意见：");
		assertEquals(List.of("+ 集群核心承载园区 | 单位名称 | _    @## 一、集群基本信息", "+ ^ | 手机 | _    @## 一、集群基本信息"),
				FormSkeleton.diff(form, secondDiffers));
		List<String> none = List.of("## 一、集群基本信息", "--", "集群名称 | _", "意见：");
		assertEquals(List.of("- 集群核心承载园区 | 单位名称 | _    @## 一、集群基本信息", "- ^ | 电话 | _    @## 一、集群基本信息"),
				FormSkeleton.diff(form, none), "a block the form prints once at least is missed when the export has none");
	}

	/**
	 * With one core park the competition report is the form's tables too, with the deviations the report with two has:
	 * no second park's rows, table or report.
	 */
	@Test
	void aReportWithOneParkIsTheFormsTables() throws Exception {
		String edition = "competition-2026";
		org.clusterdesk.model.CompetitionReport report = (org.clusterdesk.model.CompetitionReport) DocxTesting.sample(edition);
		assertTrue(report.getParks().size() > 1, "the sample has a second core park to remove");
		report.getParks().subList(1, report.getParks().size()).clear();
		Path file = DocxTesting.exportsDir().resolve(edition + "-one-park.docx");
		try (XWPFDocument docx = DocxTesting.export(report, file, ExportMode.DRAFT)) {
			assertEquals(String.join("\n", deviations(edition)), String.join("\n", diff(edition, docx)));
		}
	}
}
