/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.DocxTesting.row;
import static org.clusterdesk.export.tests.DocxTesting.sample;
import static org.clusterdesk.export.tests.DocxTesting.tableAfter;
import static org.clusterdesk.export.tests.DocxTesting.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.clusterdesk.evidence.EvidenceNumbering;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompetitionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word export prints the page references of the evidence bundle (P numbers) and the attachments index 附件清单 after
 * the form; moving an attachment earlier renumbers every reference in the export.
 */
class DocxEvidenceReferencesTest {

	@TempDir
	Path temp;

	@Test
	void competitionReferencesAndIndexFollowTheAttachmentOrder() throws Exception {
		CompetitionReport report = sample("competition-2026");
		XWPFDocument before = DocxTesting.export(report, DocxTesting.exportsDir().resolve("competition-2026-final-evidence.docx"), ExportMode.FINAL);
		assertEquals("P1", last(texts(row(tableAfter(before, "2.2 集群企业培育情况"), "企业数量"))));
		XWPFTable index = tableAfter(before, "附件清单");
		assertEquals(List.of("序号", "附件名称", "佐证事项", "页码"), texts(index.getRow(0)));
		assertEquals("P1–P48", last(texts(index.getRow(1))));
		assertTrue(texts(index.getRow(1)).get(1).startsWith(report.getAttachments().get(0).getTitle() + "\n"), texts(index.getRow(1)).get(1));
		assertTrue(texts(index.getRow(1)).get(2).contains("（P1）"), texts(index.getRow(1)).get(2));
		assertEquals("P191–P196", last(texts(index.getRow(6))));
		assertEquals("合计 272 页", last(texts(index.getRow(10))));

		EvidenceNumbering.move(report, report.getAttachments().get(5), 0); // 产业链图谱 (6 pages) first
		XWPFDocument after = DocxTesting.export(report, temp.resolve("moved.docx"), ExportMode.FINAL);
		assertEquals("P7", last(texts(row(tableAfter(after, "2.2 集群企业培育情况"), "企业数量"))));
		XWPFTable moved = tableAfter(after, "附件清单");
		assertTrue(texts(moved.getRow(1)).get(1).startsWith("硬质合金及工具产业链图谱"), texts(moved.getRow(1)).get(1));
		assertEquals("P1–P6", last(texts(moved.getRow(1))));
		assertEquals("P7–P54", last(texts(moved.getRow(2))));
		assertTrue(texts(moved.getRow(2)).get(2).contains("（P7）"), texts(moved.getRow(2)).get(2));
		assertEquals("P197–P218", last(texts(moved.getRow(7))));
	}

	@Test
	void applicationEvidenceNotesCarryTheBundlePage() throws Exception {
		// the form's tables carry no evidence notes (issue 11): the index after the form says what each attachment
		// evidences, with the item's page in the bundle
		Application application = sample("miit-2025");
		XWPFDocument before = DocxTesting.export(application, DocxTesting.exportsDir().resolve("miit-2025-final-evidence.docx"), ExportMode.DRAFT);
		XWPFTable index = tableAfter(before, "附件清单");
		assertTrue(texts(index.getRow(1)).get(1).startsWith("产业链图谱及强链补链工作佐证材料"), texts(index.getRow(1)).toString());
		assertTrue(texts(index.getRow(1)).get(2).contains("（P1）"), texts(index.getRow(1)).toString());
		assertTrue(texts(index.getRow(2)).get(2).contains("（P43）"), texts(index.getRow(2)).toString());
		assertEquals("P1–P40", last(texts(index.getRow(1))));
		assertEquals("P41–P76", last(texts(index.getRow(2))));

		EvidenceNumbering.move(application, application.getAttachments().get(1), 0); // 02 (36 pages) first
		XWPFTable moved = tableAfter(DocxTesting.export(application, temp.resolve("moved.docx"), ExportMode.DRAFT), "附件清单");
		assertTrue(texts(moved.getRow(1)).get(1).startsWith("产业链资源协同协作及质量品牌建设佐证材料"), texts(moved.getRow(1)).toString());
		assertTrue(texts(moved.getRow(1)).get(2).contains("（P3）"), texts(moved.getRow(1)).toString());
		assertFalse(texts(moved.getRow(1)).get(2).contains("（P43）"), texts(moved.getRow(1)).toString());
		assertTrue(texts(moved.getRow(2)).get(2).contains("（P37）"), texts(moved.getRow(2)).toString());
		assertEquals("P1–P36", last(texts(moved.getRow(1))));
		assertEquals("P37–P76", last(texts(moved.getRow(2))));
	}

	private static String last(List<String> cells) {
		return cells.get(cells.size() - 1);
	}
}
