/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.DocxTesting.allText;
import static org.clusterdesk.export.tests.DocxTesting.exportsDir;
import static org.clusterdesk.export.tests.DocxTesting.gridColumns;
import static org.clusterdesk.export.tests.DocxTesting.heading;
import static org.clusterdesk.export.tests.DocxTesting.headings;
import static org.clusterdesk.export.tests.DocxTesting.paragraph;
import static org.clusterdesk.export.tests.DocxTesting.sample;
import static org.clusterdesk.export.tests.DocxTesting.spannedColumns;
import static org.clusterdesk.export.tests.DocxTesting.startsPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormSection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample exported as a draft and read back: the cover, the 填报说明, every section of the edition in order, the
 * pages that sections 二 to 七 start, the 草稿 header, tables that cover their grid, numbers with two decimals, and
 * no "null" anywhere. The exports are left in target/exports for a reviewer.
 */
class DocxSampleExportTest {

	@TempDir
	Path temp;

	private XWPFDocument draft(ClusterDocument document, String edition) throws Exception {
		Path file = temp.resolve(edition + ".docx");
		XWPFDocument docx = DocxTesting.export(document, file, ExportMode.DRAFT);
		Files.copy(file, exportsDir().resolve(edition + ".docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return docx;
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void everySectionOfTheEditionIsThereInFormOrder(String edition) throws Exception {
		ClusterDocument document = sample(edition);
		XWPFDocument docx = draft(document, edition);
		List<String> expected = new ArrayList<>();
		List<FormSection> sections = document.getEdition().getSections();
		for (FormSection section : sections.subList(1, sections.size())) {
			expected.add(heading(section));
		}
		List<String> found = new ArrayList<>();
		for (XWPFParagraph p : headings(docx)) {
			if (expected.contains(p.getText())) {
				found.add(p.getText());
			}
		}
		assertEquals(expected, found);
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void sectionsTwoToSevenStartANewPage(String edition) throws Exception {
		ClusterDocument document = sample(edition);
		XWPFDocument docx = draft(document, edition);
		Set<String> parts = Set.of("二", "三", "四", "五", "六", "七");
		int checked = 0;
		for (FormSection section : document.getEdition().getSections()) {
			// a part without rows of its own (the competition report's 二) is headed before its first subsection
			String first = section.getPartTitle() != null ? section.getPartNumber() + "、" + section.getPartTitle() : heading(section);
			if (parts.contains(String.valueOf(section.getNumber())) || parts.contains(String.valueOf(section.getPartNumber()))) {
				assertTrue(startsPage(docx, paragraph(docx, first)), first + " should start a page");
				checked++;
			}
			if (section.isNewPage()) {
				assertTrue(startsPage(docx, paragraph(docx, first)), first + " is marked newPage");
			}
		}
		assertEquals(6, checked, edition + ": parts 二 to 七");
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void theCoverShowsTitleNameDateContactAndIssuer(String edition) throws Exception {
		ClusterDocument document = sample(edition);
		XWPFDocument docx = draft(document, edition);
		Edition e = document.getEdition();
		List<XWPFParagraph> paragraphs = docx.getParagraphs();
		// the annex mark the form carries above its title (附件1 on the national form, 附件2 on the re-review and
		// Shaanxi's), none where the form has none
		String mark = switch (edition) {
		case "miit-2025", "beijing-2024" -> "附件1";
		case "miit-2025-review", "shaanxi-2026" -> "附件2";
		default -> null;
		};
		int title = mark == null ? 0 : 1;
		if (mark != null) {
			assertEquals(mark, paragraphs.get(0).getText());
		}
		assertEquals(e.getTitle(), paragraphs.get(title).getText());
		String cover = coverText(docx);
		assertTrue(cover.contains("集群名称：" + document.getName()), cover);
		assertTrue(cover.contains("申报时间：" + document.getFilingDate().getYear() + "年" + document.getFilingDate().getMonthValue() + "月"
				+ document.getFilingDate().getDayOfMonth() + "日"), cover);
		assertTrue(cover.contains(document.getContact().getPerson() + "  " + document.getContact().getPhone()), cover);
		if (e.getIssuer() != null) {
			assertTrue(cover.contains(e.getIssuer() + " 制"), cover);
		}
		if (document instanceof org.clusterdesk.model.Application a) {
			assertTrue(cover.contains("（盖章）：" + a.getBasicInfo().getDepartment().getName()), cover);
			assertTrue(cover.contains("集群运营管理机构：" + a.getBasicInfo().getOperator().getName()), cover);
		}
	}

	/** The paragraphs before the first page break: the cover. */
	private static String coverText(XWPFDocument docx) {
		StringBuilder sb = new StringBuilder();
		for (XWPFParagraph p : docx.getParagraphs()) {
			if (sb.length() > 0 && p.isPageBreak()) {
				break;
			}
			sb.append(p.getText()).append('\n');
		}
		return sb.toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024" })
	void theInstructionsAreNumberedOnTheirOwnPage(String edition) throws Exception {
		ClusterDocument document = sample(edition);
		XWPFDocument docx = draft(document, edition);
		XWPFParagraph title = paragraph(docx, "填报说明");
		assertTrue(startsPage(docx, title));
		List<String> items = document.getEdition().getInstructions();
		String text = allText(docx);
		for (int i = 0; i < items.size(); i++) {
			assertTrue(text.contains((i + 1) + ". " + items.get(i)), "item " + (i + 1));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void aDraftSaysSoInTheHeaderOfEveryPage(String edition) throws Exception {
		XWPFDocument docx = draft(sample(edition), edition);
		assertFalse(docx.getHeaderList().isEmpty());
		for (XWPFHeader header : docx.getHeaderList()) {
			assertTrue(header.getText().startsWith("草稿"), header.getText());
		}
		// every section of the body (the libraries' landscape pages too) refers to the header
		docx.getDocument().getBody().getSectPr().getHeaderReferenceList().forEach(r -> assertFalse(r.getId().isEmpty()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void everyTableRowCoversTheWholeGridAndNothingPrintsNull(String edition) throws Exception {
		XWPFDocument docx = draft(sample(edition), edition);
		assertFalse(docx.getTables().isEmpty());
		for (XWPFTable table : docx.getTables()) {
			int grid = gridColumns(table);
			for (XWPFTableRow row : table.getRows()) {
				assertEquals(grid, spannedColumns(row), edition + ": " + DocxTesting.texts(row));
			}
		}
		String text = allText(docx);
		assertFalse(text.contains("null"), edition);
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "shaanxi-2026", "beijing-2024", "jiangsu-2024" })
	void everyDecimalOfTheYearlyTablesHasTwoPlaces(String edition) throws Exception {
		org.clusterdesk.model.Application a = sample(edition);
		XWPFDocument docx = draft(a, edition);
		int year = a.getEdition().getDataYears().get(a.getEdition().getDataYears().size() - 1);
		BigDecimal output = a.getIndustry().getTotalOutput().valueOf(year);
		String expected = output.setScale(2, RoundingMode.HALF_UP).toPlainString();
		XWPFTable table = DocxTesting.tableAfter(docx, "二、主导产业情况");
		List<String> cells = DocxTesting.texts(DocxTesting.row(table, "集群总产值（亿元）"));
		assertEquals(expected, cells.get(cells.size() - 1));
		for (XWPFTableRow row : table.getRows()) {
			for (String cell : DocxTesting.texts(row)) {
				if (cell.matches("-?\\d+\\.\\d+")) {
					assertTrue(cell.matches("-?\\d+\\.\\d{2}"), edition + ": " + cell);
				}
			}
		}
	}
}
