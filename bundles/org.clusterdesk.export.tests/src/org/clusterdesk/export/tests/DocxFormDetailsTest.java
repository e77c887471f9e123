/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.FormSection;
import org.junit.jupiter.api.Test;

/** Details of the Word form a reviewer found against the official forms: units, page breaks, alignment, headings. */
class DocxFormDetailsTest {

	private static FormSection section(ClusterDocument document, String number) {
		return document.getEdition().getSections().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	private static boolean keepsWithNext(XWPFTableRow row) {
		for (XWPFTableCell cell : row.getTableCells()) {
			for (XWPFParagraph p : cell.getParagraphs()) {
				if (p.getCTP().getPPr() == null || !p.getCTP().getPPr().isSetKeepNext()) {
					return false;
				}
			}
		}
		return true;
	}

	/** 集群内中小企业有效发明专利拥有量 | 　个（需提供清单及佐证材料）: the form's unit follows the figure in the value cell. */
	@Test
	void theFormsUnitFollowsTheFigure() throws Exception {
		Application application = DocxTesting.sample("miit-2025");
		int patents = application.getInnovation().getValidInventionPatents();
		Path file = DocxTesting.exportsDir().resolve("miit-2025-details.docx");
		try (XWPFDocument docx = DocxTesting.export(application, file, ExportMode.DRAFT)) {
			XWPFTable innovation = DocxTesting.tableAfter(docx, DocxTesting.heading(section(application, "三")));
			List<String> row = DocxTesting.texts(DocxTesting.row(innovation, "集群内中小企业有效发明专利拥有量"));
			assertEquals(patents + "个\n（需提供清单及佐证材料）", row.get(row.size() - 1));
			XWPFTable openness = DocxTesting.tableAfter(docx, DocxTesting.heading(section(application, "六")));
			List<String> branches = DocxTesting.texts(DocxTesting.row(openness, "集群或集群内企业在境外设立分支机构数量"));
			assertTrue(branches.get(branches.size() - 1).startsWith(application.getOpenness().getOverseasBranches() + "个\n"), branches.toString());
		}
	}

	/**
	 * A group label merged over its sub-rows (数字化新模式新业态推广情况 over 国家级 / 省级 / 其他) is printed only where it
	 * starts: its rows keep together, so no page begins with an empty label cell; the group's last row does not hold
	 * on to the row after it.
	 */
	@Test
	void aGroupsRowsKeepTogether() throws Exception {
		Application application = DocxTesting.sample("miit-2025");
		Path file = DocxTesting.exportsDir().resolve("miit-2025-groups.docx");
		try (XWPFDocument docx = DocxTesting.export(application, file, ExportMode.DRAFT)) {
			XWPFTable digital = DocxTesting.tableAfter(docx, DocxTesting.heading(section(application, "四")));
			List<XWPFTableRow> rows = digital.getRows();
			int start = rows.indexOf(DocxTesting.row(digital, "数字化新模式新业态推广情况"));
			int end = start + 1;
			while (end < rows.size() && DocxTesting.CONTINUE.equals(DocxTesting.vMerge(rows.get(end).getCell(0)))) {
				end++;
			}
			assertTrue(end - start >= 3, "the group has its sub-rows: " + (end - start));
			for (int i = start; i < end - 1; i++) {
				assertTrue(keepsWithNext(rows.get(i)), "row " + i + " of the group keeps with the next");
			}
			assertFalse(keepsWithNext(rows.get(end - 1)), "the group's last row lets the page break after it");
		}
	}

	/** Whole numbers are centred like every other figure in the tables of 二 to 七 (Jiangsu 三: 58600 beside 11.85). */
	@Test
	void wholeNumbersAreCentredLikeDecimals() throws Exception {
		Application application = DocxTesting.sample("jiangsu-2024");
		Path file = DocxTesting.exportsDir().resolve("jiangsu-2024-alignment.docx");
		try (XWPFDocument docx = DocxTesting.export(application, file, ExportMode.DRAFT)) {
			int checked = 0;
			for (String number : List.of("二", "三", "四", "五", "六", "七")) {
				XWPFTable table = DocxTesting.tableAfter(docx, DocxTesting.heading(section(application, number)));
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						for (XWPFParagraph p : cell.getParagraphs()) {
							if (p.getText().matches("\\d{3,}(\\.\\d+)?") && "CDTable".equals(p.getStyle())) {
								checked++;
								assertEquals("center", p.getAlignment().toString().toLowerCase(), "figure " + p.getText() + " is centred");
							}
						}
					}
				}
			}
			assertTrue(checked > 15, "figures checked: " + checked);
		}
	}

	/** （二）拟引进企业库: the form prints the other three libraries' headings without a summary. */
	@Test
	void onlyTheExistingEnterprisesHeadingCarriesTheFormsSummary() throws Exception {
		ClusterDocument report = DocxTesting.sample("competition-2026");
		Path file = DocxTesting.exportsDir().resolve("competition-2026-libraries.docx");
		try (XWPFDocument docx = DocxTesting.export(report, file, ExportMode.DRAFT)) {
			for (String heading : List.of("（二）拟引进企业库", "（三）在建项目库", "（四）拟建项目库")) {
				DocxTesting.paragraph(docx, heading);
			}
			assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("（一）现有企业库（共有企业")),
					"（一） keeps its summary in place of the form's XXX");
		}
	}
}
