/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clusterdesk.evidence.EvidenceAssembler;
import org.clusterdesk.evidence.EvidenceBundle;
import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.evidence.EvidenceNumbering;
import org.clusterdesk.evidence.PageReferences;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.resource.ClusterFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving an attachment renumbers every reference; real page counts fill the document. */
class EvidenceNumberingTest {

	@TempDir
	Path dir;

	@Test
	void movingAnAttachmentEarlierRenumbersEveryReference() throws Exception {
		Path file = EvidenceTesting.copySample("competition-2026", dir);
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(file);
		report.setSelfAssessment(report.getSelfAssessment() + "（企业名单见佐证材料P1页，利润表见佐证P49，图谱见佐证P191页）");
		EvidenceLayout before = EvidenceLayout.declared(report);
		List<PageReferences.Reference> was = PageReferences.find(report);
		// where each reference pointed: attachment and page in it
		List<Attachment> attachments = new ArrayList<>();
		List<Integer> inAttachment = new ArrayList<>();
		for (PageReferences.Reference r : was) {
			EvidenceLayout.Entry e = before.locate(r.page());
			attachments.add(e.attachment());
			inAttachment.add(r.page() - e.firstPage() + 1);
		}
		Attachment chainMap = report.getAttachments().get(5); // 06 产业链图谱, 6 pages, P191–P196
		assertEquals(6, chainMap.getPages().intValue());

		int changed = EvidenceNumbering.move(report, chainMap, 0);

		EvidenceLayout after = EvidenceLayout.declared(report);
		assertEquals(chainMap, report.getAttachments().get(0));
		List<PageReferences.Reference> now = PageReferences.find(report);
		assertEquals(was.size(), now.size());
		int moved = 0;
		for (int i = 0; i < now.size(); i++) {
			int expected = after.entry(attachments.get(i)).firstPage() + inAttachment.get(i) - 1;
			assertEquals(expected, now.get(i).page(), "reference " + i + " was P" + was.get(i).page());
			if (expected != was.get(i).page()) {
				moved++;
			}
		}
		assertEquals(moved, changed);
		assertTrue(moved > 30, "every reference before P191 moved by 6 pages: " + moved);
		assertEquals("P7", report.getEnterprises().getEnterprises().getEvidencePage(), "was P1");
		assertTrue(report.getSelfAssessment().endsWith("（企业名单见佐证材料P7页，利润表见佐证P55，图谱见佐证P1页）"),
				report.getSelfAssessment());
		assertEquals(before.totalPages(), after.totalPages());

		// the bundle of the moved document agrees with its references
		Path out = dir.resolve("佐证材料.pdf");
		EvidenceBundle bundle = new EvidenceAssembler(report, file).assemble(out, null);
		try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
			String p7 = EvidenceTesting.pageText(pdf, bundle.frontPages() + 7);
			assertTrue(p7.contains("Sample evidence att-01, page 1 of 48") && p7.contains("（P7）"), p7);
			String p1 = EvidenceTesting.pageText(pdf, bundle.frontPages() + 1);
			assertTrue(p1.contains("Sample evidence att-06, page 1 of 6"), p1);
		}
	}

	@Test
	void realPageCountsFillTheDocument() throws Exception {
		Path file = EvidenceTesting.copySample("competition-2026", dir);
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(file);
		EvidenceAssembler assembler = new EvidenceAssembler(report, file);
		EvidenceLayout actual = assembler.actualLayout();
		assertFalse(EvidenceNumbering.fill(report, actual), "the sample agrees with its files");

		// the filer recorded 40 pages for 01 (the file has 48) and 232 in all: the references were made for that
		report.getAttachments().get(0).setPages(40);
		report.setEvidencePages(264);
		report.getEnterprises().getAboveScale().setEvidencePage("P41"); // page 1 of 02 under the recorded layout
		assertTrue(EvidenceNumbering.fill(report, actual));
		assertEquals(48, report.getAttachments().get(0).getPages().intValue());
		assertEquals(272, report.getEvidencePages().intValue());
		assertEquals("P49", report.getEnterprises().getAboveScale().getEvidencePage());
	}
}
