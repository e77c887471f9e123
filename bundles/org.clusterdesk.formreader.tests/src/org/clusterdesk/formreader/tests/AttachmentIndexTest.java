/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.formreader.FormReadResult;
import org.clusterdesk.formreader.FormReader;
import org.clusterdesk.formreader.UnreadPlace;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.EvidenceLink;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attachments index 附件清单 after the form, edited in Word: a P range and an evidence item's page changed arrive
 * as the attachment's page count and the evidence's page; an item that names nothing the form shows, or a page outside
 * its attachment, is reported and left out.
 */
class AttachmentIndexTest {

	private static final String FIRST = "产业链图谱及强链补链工作佐证材料";

	private static final String LAST = "县级统计部门出具的集群统计数据证明";

	@TempDir
	Path dir;

	@Test
	void editedPagesArrive() throws Exception {
		Application sample = (Application) ReaderTesting.sample("miit-2025");
		Path docx = dir.resolve("index.docx");
		DocxExporter.export(sample, docx, ExportMode.DRAFT, null);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			List<XWPFTableCell> last = EditedFormTest.row(doc, LAST).getTableCells();
			EditedFormTest.setCell(last.get(last.size() - 1), "P323 - P340");
			XWPFTableCell items = EditedFormTest.row(doc, FIRST).getTableCells().get(2);
			EditedFormTest.replaceText(items.getParagraphs().get(0), "绘制产业链图谱，开展产业链培育（P2）");
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		Application expected = EcoreUtil.copy(sample);
		expected.getAttachments().get(7).setPages(18);
		EvidenceLink chainMap = expected.getIndustry().getEvidenceLinks().get(0);
		assertEquals("CHAIN_MAP", chainMap.getOption());
		chainMap.getEvidence().get(0).setPage(2);
		DocumentDiff diff = DocumentDiff.of(expected, result.document());
		Set<String> gaps = ReaderTesting.gaps("miit-2025");
		List<String> unexpected = diff.lines().stream().filter(l -> !gaps.contains(l.substring(0, l.indexOf(' ')))).toList();
		assertTrue(unexpected.isEmpty(), "read back differently from the edits:\n" + String.join("\n", unexpected));
		assertEquals(18, ((Application) result.document()).getAttachments().get(7).getPages());
		assertTrue(result.unread().stream().allMatch(p -> p.reason().contains("此版本")),
				() -> String.join("\n", result.unread().stream().map(UnreadPlace::toString).toList()));
	}

	@Test
	void anItemNamingNothingIsReported() throws Exception {
		Application sample = (Application) ReaderTesting.sample("miit-2025");
		Path docx = dir.resolve("index-bad.docx");
		DocxExporter.export(sample, docx, ExportMode.DRAFT, null);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			XWPFTableCell items = EditedFormTest.row(doc, FIRST).getTableCells().get(2);
			EditedFormTest.replaceText(items.getParagraphs().get(0), "开展了不存在的工作（P1）");
			EditedFormTest.replaceText(items.getParagraphs().get(1), "形成产业链技术难点清单或创新项目库，建立“揭榜挂帅”、“赛马”或众创众包等激励机制（P999）");
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		List<String> lines = result.unread().stream().filter(p -> !p.reason().contains("此版本")).map(UnreadPlace::toString).toList();
		assertEquals(List.of("附件清单 / 1 / 佐证事项：“开展了不存在的工作（P1）” — 表中没有勾选此项或没有此栏目，无法对应佐证",
				"附件清单 / 1 / 佐证事项：“形成产业链技术难点清单或创新项目库，建立“揭榜挂帅”、“赛马”或众创众包等激励机制（P999）” — 页码不在此附件的页码范围内"),
				lines);
		Application read = (Application) result.document();
		// the two items left out, the others of the attachment read
		List<String> options = read.getIndustry().getEvidenceLinks().stream().map(EvidenceLink::getOption).toList();
		assertEquals(sample.getIndustry().getEvidenceLinks().size() - 2, options.size());
		assertTrue(!options.contains("CHAIN_MAP") && !options.contains("CHALLENGE_LIST") && options.contains("INNOVATION_CONSORTIUM"),
				options::toString);
		assertEquals(sample.getAttachments().size(), read.getAttachments().size());
		assertEquals(sample.getAttachments().get(0).getTitle(), read.getAttachments().get(0).getTitle());
		assertEquals(sample.getAttachments().get(0).getFileName(), read.getAttachments().get(0).getFileName());
		assertEquals(sample.getAttachments().get(0).getPages(), read.getAttachments().get(0).getPages());
	}
}
