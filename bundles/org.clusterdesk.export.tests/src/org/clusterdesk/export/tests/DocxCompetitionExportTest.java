/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.DocxTesting.allText;
import static org.clusterdesk.export.tests.DocxTesting.paragraph;
import static org.clusterdesk.export.tests.DocxTesting.row;
import static org.clusterdesk.export.tests.DocxTesting.sample;
import static org.clusterdesk.export.tests.DocxTesting.span;
import static org.clusterdesk.export.tests.DocxTesting.tableAfter;
import static org.clusterdesk.export.tests.DocxTesting.text;
import static org.clusterdesk.export.tests.DocxTesting.texts;
import static org.clusterdesk.export.tests.DocxTesting.vMerge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.KeyProject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The competition report read back: its two-year tables, top-10 and project totals, parks and the four libraries. */
class DocxCompetitionExportTest {

	@TempDir
	Path temp;

	private CompetitionReport report;

	private XWPFDocument docx;

	@BeforeEach
	void export() throws Exception {
		report = sample("competition-2026");
		docx = DocxTesting.export(report, temp.resolve("competition.docx"), ExportMode.DRAFT);
	}

	@Test
	void partTwoHasItsOwnHeadingOnANewPageBeforeItsFirstSubsection() {
		XWPFParagraph part = paragraph(docx, "二、集群发展总体情况");
		assertTrue(DocxTesting.startsPage(docx, part), "part 二 starts a page");
		List<XWPFParagraph> headings = DocxTesting.headings(docx);
		int at = headings.indexOf(part);
		assertEquals("2.1 集群主要经济指标", headings.get(at + 1).getText());
		assertFalse(DocxTesting.startsPage(docx, headings.get(at + 1)), "2.1 continues the part's page");
		assertEquals(1, headings.stream().filter(p -> p.getText().equals("二、集群发展总体情况")).count());
	}

	@Test
	void theTwoYearTablesHaveGrowthAndEvidencePageColumnsWhereTheFormHasThem() {
		XWPFTable economy = tableAfter(docx, "2.1 集群主要经济指标");
		// the form's corner cell: 近2年情况 over 指标名称
		assertEquals(List.of("近2年情况\n指标名称", "2024年", "2025年", "增幅（%）"), texts(economy.getRow(0)));
		assertEquals(List.of("集群产值（亿元）", "176.90", "198.40", "12.15"), texts(row(economy, "集群产值（亿元）")));
		assertEquals(List.of("集群从业人员数量（人）", "27800", "29350", "5.58"), texts(row(economy, "集群从业人员数量（人）")));
		XWPFTable enterprises = tableAfter(docx, "2.2 集群企业培育情况");
		assertEquals(List.of("近2年情况\n指标名称", "2024年", "2025年", "增幅（%）", "佐证页码"), texts(enterprises.getRow(0)));
		assertEquals(List.of("61", "64", "4.92", "P1"), texts(row(enterprises, "企业数量")).subList(1, 5));
		List<String> smart = texts(row(enterprises, "领航级/卓越级/先进级/基础级智能工厂数量"));
		assertEquals(List.of("0/1/4/9", "0/1/6/13"), smart.subList(1, 3));
		// its 佐证页码 in the row's own cell, no extra row
		assertEquals(report.getEnterprises().getSmartFactoriesEvidencePage(), smart.get(4));
		assertFalse(smart.get(4).isEmpty());
		assertTrue(enterprises.getRows().stream().noneMatch(r -> text(r.getCell(0)).startsWith("佐证页码")));
		// 2.5 and 2.6: no 增幅 column in the form, a 佐证页码 one
		for (String subsection : new String[] { "2.5 集群绿色发展情况", "2.6 集群公共服务情况" }) {
			assertEquals(List.of("近2年情况\n指标名称", "2024年", "2025年", "佐证页码"), texts(tableAfter(docx, subsection).getRow(0)), subsection);
		}
	}

	/**
	 * The rows of a list inside its subsection's table, as the form continues the indicators' table: from its caption
	 * row to its last row (合计, or the row before the next caption, or the table's end).
	 */
	private static List<XWPFTableRow> listRows(XWPFTable table, String caption) {
		List<XWPFTableRow> rows = table.getRows();
		int from = rows.indexOf(row(table, caption));
		for (int to = from + 1; to < rows.size(); to++) {
			XWPFTableRow r = rows.get(to);
			if (text(r.getCell(0)).equals("合计")) {
				return rows.subList(from, to + 1);
			}
			if (r.getTableCells().size() == 1 && "CDTableLabel".equals(r.getCell(0).getParagraphs().get(0).getStyle())) {
				// the next list's caption
				return rows.subList(from, to);
			}
		}
		return rows.subList(from, rows.size());
	}

	@Test
	void theListsContinueTheTableOfTheirSubsectionAsTheFormPrintsThem() {
		// 2.2, 2.4, 2.5, 2.6: one table each, the list's caption and header rows after the indicators
		String[][] lists = { { "2.2 集群企业培育情况", "营业收入排名前十企业发展情况" }, { "2.4 集群创新情况", "省级及以上集群技术创新载体" },
				{ "2.4 集群创新情况", "集群研发投入前十位企业" }, { "2.5 集群绿色发展情况", "省级及以上绿色工厂、绿色供应链企业名单" },
				{ "2.6 集群公共服务情况", "省级及以上公共服务平台" } };
		for (String[] list : lists) {
			XWPFTable table = tableAfter(docx, list[0]);
			XWPFTableRow caption = row(table, list[1]);
			assertTrue(table.getRows().indexOf(caption) > 1, list[1] + " after the indicators, in the same table");
			// Word repeats only a table's first rows: the list's caption and header are rows in the header's style
			assertFalse(caption.isRepeatHeader(), list[1]);
			// nor do the indicators' header rows repeat: on the next page they would head the list's rows
			assertFalse(table.getRow(0).isRepeatHeader(), list[0]);
			assertEquals("CDTableLabel", caption.getCell(0).getParagraphs().get(0).getStyle(), list[1]);
			List<IBodyElement> body = docx.getBodyElements();
			int at = body.indexOf(table);
			assertTrue(body.subList(at + 1, body.size()).stream().filter(e -> e instanceof XWPFTable || e instanceof XWPFParagraph p
					&& p.getStyle() != null && p.getStyle().startsWith("CDHeading")).findFirst().orElseThrow() instanceof XWPFParagraph,
					list[0] + ": the next heading follows the table, no second table");
		}
	}

	@Test
	void aTableWithoutAListRepeatsItsHeaderOnEveryPage() {
		assertTrue(tableAfter(docx, "2.1 集群主要经济指标").getRow(0).isRepeatHeader());
		assertTrue(tableAfter(docx, "2.3 集群重点项目建设情况").getRow(0).isRepeatHeader());
	}

	@Test
	void theTopTenTotalsAreTheSumsOfTheirRows() {
		List<XWPFTableRow> revenue = listRows(tableAfter(docx, "2.2 集群企业培育情况"), "营业收入排名前十企业发展情况");
		List<XWPFTableRow> rd = listRows(tableAfter(docx, "2.4 集群创新情况"), "集群研发投入前十位企业");
		for (List<XWPFTableRow> rows : List.of(revenue, rd)) {
			// the form's caption row, then the two header rows
			String caption = text(rows.get(0).getCell(0));
			assertTrue(caption.startsWith("营业收入排名前十企业发展情况\n（需提供前十企业") || caption.startsWith("集群研发投入前十位企业\n（需提供"), caption);
			// in the section's table the grid is finer than the list's columns: the header spans what the two years span
			assertEquals(span(rows.get(2).getCell(1)) + span(rows.get(2).getCell(2)), span(rows.get(1).getCell(1)),
					caption + ": the value header spans the two years");
			assertEquals(DocxTesting.RESTART, vMerge(rows.get(1).getCell(0)));
			assertEquals(DocxTesting.CONTINUE, vMerge(rows.get(2).getCell(0)));
			assertEquals(List.of("2024年", "2025年"), texts(rows.get(2)).subList(1, 3));
			assertEquals("CDTableHeader", rows.get(2).getCell(1).getParagraphs().get(0).getStyle(), caption);
			XWPFTableRow total = rows.get(rows.size() - 1);
			assertEquals("合计", text(total.getCell(0)));
			assertEquals(4, total.getTableCells().size(), caption + ": 合计 | the years | 增幅, as the form");
			assertEquals(13 + 1, rows.size(), caption + ": caption, two header rows, ten enterprises, 合计");
			for (int column = 1; column <= 2; column++) {
				BigDecimal sum = BigDecimal.ZERO;
				for (XWPFTableRow r : rows.subList(3, rows.size() - 1)) {
					sum = sum.add(new BigDecimal(text(r.getCell(column))));
				}
				assertEquals(sum.setScale(2).toPlainString(), text(total.getCell(column)), caption + " column " + column);
			}
		}
		assertEquals(List.of("企业名称", "营业收入（亿元）", "增幅（%）", "主导产品（不超过3个）"), texts(revenue.get(1)));
		assertEquals(List.of("近2年情况\n企业名称", "研发投入（万元）", "增幅（%）"), texts(rd.get(1)));
		// 并注明见佐证PXX页: the page the filer gives, in the caption's cell under the form's request
		assertTrue(text(revenue.get(0).getCell(0)).endsWith("佐证页码：" + report.getEnterprises().getTopRevenue().getEvidencePage()),
				text(revenue.get(0).getCell(0)));
		assertTrue(text(rd.get(0).getCell(0)).endsWith("佐证页码：" + report.getInnovation().getTopRd().getEvidencePage()));
	}

	@Test
	void theKeyProjectsEndWithTheirTotal() {
		XWPFTable table = tableAfter(docx, "2.3 集群重点项目建设情况");
		assertEquals(List.of("建设单位名称", "项目名称", "总投资（万元）", "建设期"), texts(table.getRow(0)));
		assertEquals(report.getKeyProjects().size() + 2, table.getRows().size());
		KeyProject first = report.getKeyProjects().get(0);
		assertEquals(List.of(first.getBuilder(), first.getName(), "126000.00", "2024年6月至2026年12月"), texts(table.getRow(1)));
		BigDecimal sum = report.getKeyProjects().stream().map(KeyProject::getInvestment).reduce(BigDecimal.ZERO, BigDecimal::add);
		XWPFTableRow total = table.getRow(table.getRows().size() - 1);
		// 合计 under 建设单位名称, the sum under 总投资, as the form's four cells
		assertEquals(List.of("合计", "", sum.setScale(2).toPlainString(), ""), texts(total));
	}

	@Test
	void theNoteOverTheKeyProjectsTableStaysWithTheTable() {
		XWPFParagraph note = paragraph(docx, "含研发、技术改造、公共服务平台等在建及新建项目等（10个左右）。");
		assertTrue(note.isKeepNext(), "the note must not stand alone at the foot of a page, its table on the next");
	}

	@Test
	void theListsHaveARowPerEntry() {
		List<XWPFTableRow> carriers = listRows(tableAfter(docx, "2.4 集群创新情况"), "省级及以上集群技术创新载体");
		assertTrue(text(carriers.get(0).getCell(0)).startsWith("省级及以上集群技术创新载体\n主要包括制造业创新中心"));
		// the carriers' header as the form: 技术创新载体名称, 批准时间 before 批准单位
		assertEquals(List.of("技术创新载体名称", "级别", "批准时间", "批准单位"), texts(carriers.get(1)));
		assertEquals(report.getInnovation().getCarriers().size() + 2, carriers.size());
		var first = report.getInnovation().getCarriers().get(0);
		assertEquals(List.of(first.getName(), "国家级", "2018年12月", first.getApprover()), texts(carriers.get(2)));
		List<XWPFTableRow> green = listRows(tableAfter(docx, "2.5 集群绿色发展情况"), "省级及以上绿色工厂、绿色供应链企业名单");
		assertEquals(List.of("名称", "级别", "批准单位", "批准时间"), texts(green.get(1)));
		assertEquals(report.getGreen().getListings().size() + 2, green.size());
	}

	@Test
	void eachParkHasItsTotalAndClusterPartPerYearUnderAMergedHeader() {
		XWPFTable park = tableAfter(docx, "3.1 园区主要经济指标");
		XWPFTableRow first = row(park, "近2年情况");
		int i = park.getRows().indexOf(first);
		assertEquals(DocxTesting.RESTART, vMerge(first.getCell(0)));
		assertEquals(List.of("近2年情况\n指标名称", "2024年", "2025年", "总额增幅（%）"), texts(first));
		assertEquals(2, span(first.getCell(1)));
		XWPFTableRow second = park.getRow(i + 1);
		assertEquals(List.of("", "园区总额", "其中：集群产业", "园区总额", "其中：集群产业", ""), texts(second));
		assertEquals(DocxTesting.CONTINUE, vMerge(second.getCell(0)));
		assertEquals(List.of("园区规上工业企业数（个）", "78", "34", "84", "37", "7.69"), texts(row(park, "园区规上工业企业数（个）")));
		// the second core park: 另行加行, its own 3.1 table inside 3.1, right below the first park's — no second 3.1 heading
		XWPFTable other = tableAfter(docx, "3.1 园区主要经济指标", 1);
		assertEquals(report.getParks().get(1).getName(), texts(row(other, "园区名称")).get(1));
		assertEquals(1, docx.getParagraphs().stream().filter(p -> p.getText().startsWith("3.1 ")).count());
		assertEquals(1, docx.getParagraphs().stream().filter(p -> p.getText().startsWith("3.2 ")).count());
		// 3.2: one table, the form's guidance and the first park's report, then the second park's, named
		XWPFTable reports = tableAfter(docx, "3.2 集群核心承载园区推进集群发展自评报告（2500字）");
		assertEquals(2, reports.getRows().size());
		assertTrue(text(reports.getRow(0).getCell(0)).startsWith("核心承载园区在推进产业集群发展中"), text(reports.getRow(0).getCell(0)));
		assertTrue(text(reports.getRow(0).getCell(0)).contains(report.getParks().get(0).getReport().substring(0, 20)));
		assertTrue(text(reports.getRow(1).getCell(0)).startsWith(report.getParks().get(1).getName() + "\n"
				+ report.getParks().get(1).getReport().substring(0, 20)), text(reports.getRow(1).getCell(0)));
	}

	@Test
	void theRowsTheFormPrintsWithTwoCellsHaveOneCellAYear() {
		XWPFTable park = tableAfter(docx, "3.1 园区主要经济指标");
		// as the form: 园区开发面积（亩） | 2024年's cell (under 园区总额 + 其中) | 2025年's (to the table's edge)
		XWPFTableRow area = row(park, "园区开发面积（亩）");
		assertEquals(List.of("园区开发面积（亩）", "8650.00", "9120.00"), texts(area));
		assertEquals(2, span(area.getCell(1)));
		assertEquals(List.of("投资强度（万元/亩）", "49.25", "52.96"), texts(row(park, "投资强度（万元/亩）")));
		assertEquals(List.of("亩均税收（万元/亩）", "10.71", "11.10"), texts(row(park, "亩均税收（万元/亩）")));
		// 是否为国/省级绿色园区（需提供佐证） | level | 佐证页码 | page, in one line; no row of its own for the page
		List<String> green = texts(row(park, "是否为国/省级绿色园区"));
		assertEquals(4, green.size(), green.toString());
		assertTrue(green.get(0).contains("（需提供佐证）"), green.get(0));
		assertEquals("佐证页码", green.get(2));
		assertEquals(report.getParks().get(0).getEvidencePage(), green.get(3));
		assertTrue(park.getRows().stream().noneMatch(r -> text(r.getCell(0)).startsWith("佐证页码")));
		assertEquals(report.getParks().get(1).getEvidencePage(), texts(row(tableAfter(docx, "3.1 园区主要经济指标", 1), "是否为国/省级绿色园区")).get(3));
	}

	@Test
	void theImplementationTargetsHaveThePlanYears() {
		XWPFTable table = tableAfter(docx, "5.1 未来三年集群主要经济指标发展目标");
		assertEquals(List.of("指标名称", "上一年实际值", "2026年发展目标", "2027年发展目标", "2028年发展目标"), texts(row(table, "指标名称")));
		assertEquals(List.of("集群规模工业企业（个）", "52", "58", "64", "71"), texts(row(table, "集群规模工业企业（个）")));
	}

	@Test
	void aConstructionPeriodGivenInYearsIsPrintedInYears() throws Exception {
		ConstructionProject years = report.getLibraries().getUnderConstruction().get(0);
		years.setPeriodStart(YearMonth.of(2024, 1));
		years.setPeriodEnd(YearMonth.of(2026, 12));
		years.setPeriodYearsOnly(true);
		ConstructionProject months = report.getLibraries().getUnderConstruction().get(1);
		months.setPeriodStart(YearMonth.of(2024, 1));
		months.setPeriodEnd(YearMonth.of(2026, 12));
		months.setPeriodYearsOnly(false);
		XWPFDocument again = DocxTesting.export(report, temp.resolve("years.docx"), ExportMode.DRAFT);
		XWPFTable table = tableAfter(again, "（三）在建项目库");
		List<String> first = texts(table.getRow(2));
		List<String> second = texts(table.getRow(3));
		assertTrue(first.contains("2024年至2026年"), first.toString());
		assertTrue(second.contains("2024年1月至2026年12月"), second.toString());
	}

	@Test
	void theLibrariesHaveTheirComputedSummariesAndTheFormsMergedHeaders() {
		ClusterLibraries libraries = report.getLibraries();
		paragraph(docx, "（一）现有企业库（" + libraries.existingSummary() + "）");
		// the form prints the other three headings without a summary (（二）拟引进企业库)
		paragraph(docx, "（二）拟引进企业库");
		paragraph(docx, "（三）在建项目库");
		paragraph(docx, "（四）拟建项目库");
		XWPFTable existing = tableAfter(docx, "（一）现有企业库（" + libraries.existingSummary() + "）");
		XWPFTableRow h1 = existing.getRow(0);
		XWPFTableRow h2 = existing.getRow(1);
		assertEquals("序号", text(h1.getCell(0)));
		assertEquals(DocxTesting.RESTART, vMerge(h1.getCell(0)));
		assertEquals(DocxTesting.CONTINUE, vMerge(h2.getCell(0)));
		assertEquals("企业所在地", text(h1.getCell(2)));
		assertEquals(3, span(h1.getCell(2)));
		assertEquals(List.of("市州", "县（市）区", "所在园区"), texts(h2).subList(2, 5));
		assertEquals("企业联系人", text(h1.getCell(h1.getTableCells().size() - 1)));
		assertEquals(2, span(h1.getCell(h1.getTableCells().size() - 1)));
		assertEquals(12, h2.getTableCells().size());
		assertEquals(libraries.getExisting().size() + 2, existing.getRows().size());
		ExistingEnterprise e = libraries.getExisting().get(0);
		List<String> r = texts(existing.getRow(2));
		assertEquals("1", r.get(0));
		assertEquals(e.getName(), r.get(1));
		assertEquals(e.getRevenue().setScale(2).toPlainString(), r.get(8));
		assertEquals("是", r.get(7));
		XWPFTable planned = tableAfter(docx, "（四）拟建项目库");
		assertEquals(libraries.getPlanned().size() + 2, planned.getRows().size());
		assertEquals("项目联系人", text(planned.getRow(0).getCell(8)));
	}

	@Test
	void theLibrariesAreOnLandscapePagesBetweenPortraitOnes() {
		XWPFParagraph heading = paragraph(docx, "六、集群“四库”");
		List<IBodyElement> body = docx.getBodyElements();
		int i = body.indexOf(heading);
		CTSectPr before = ((XWPFParagraph) body.get(i - 1)).getCTP().getPPr().getSectPr();
		assertNotNull(before, "a section break ends the portrait pages before the libraries");
		assertFalse(DocxTesting.landscape(before));
		CTSectPr landscape = null;
		for (IBodyElement e : body.subList(i, body.size())) {
			if (e instanceof XWPFParagraph p && p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
				landscape = p.getCTP().getPPr().getSectPr();
				break;
			}
		}
		assertNotNull(landscape);
		assertTrue(DocxTesting.landscape(landscape));
		assertEquals(1, landscape.getHeaderReferenceList().size(), "the landscape pages keep the 草稿 header");
		assertFalse(DocxTesting.landscape(docx.getDocument().getBody().getSectPr()));
	}

	@Test
	void theDeclarationHasBothSignatoriesSideBySide() {
		XWPFTable table = tableAfter(docx, "七、真实性声明");
		// the form's caption row, its wording, then the signatories
		assertEquals("真实性声明", text(table.getRow(0).getCell(0)));
		assertTrue(text(table.getRow(1).getCell(0)).startsWith("本单位承诺此次参加省级产业集群竞赛所填报的信息真实、合法。"));
		List<String> signatories = texts(table.getRow(2));
		assertEquals(2, signatories.size());
		assertTrue(signatories.get(0).startsWith("集群促进组织负责人签字：" + report.getPromotionDeclaration().getSigner()));
		assertTrue(signatories.get(1).startsWith("集群核心承载园区负责人签字：" + report.getParkDeclaration().getSigner()));
		assertTrue(signatories.get(1).contains("（单位盖章）" + report.getParkDeclaration().getUnit()));
		assertTrue(signatories.get(1).endsWith("2026年3月23日"));
	}

	@Test
	void partEightIsTheFormsHeadingWithTheAttachmentsIndexUnderIt() {
		// the form's 八、佐证材料 is a heading only: no table of the form's own, the attachments index follows on its page
		XWPFParagraph eight = paragraph(docx, "八、佐证材料");
		List<IBodyElement> body = docx.getBodyElements();
		IBodyElement next = body.get(body.indexOf(eight) + 1);
		assertTrue(next instanceof XWPFParagraph p && p.getText().equals("附件清单"), "附件清单 right under 八");
		assertFalse(DocxTesting.startsPage(docx, (XWPFParagraph) next), "附件清单 on 八's page");
		XWPFTable index = tableAfter(docx, "八、佐证材料");
		assertEquals(List.of("序号", "附件名称", "佐证事项", "页码"), texts(index.getRow(0)));
		assertEquals(report.getAttachments().size() + 2, index.getRows().size(), "header, one row per attachment, 合计");
		assertTrue(allText(docx).indexOf("佐证材料总页数") < 0, "the form has no 佐证材料总页数 line");
		assertTrue(texts(index.getRow(index.getRows().size() - 1)).get(3).startsWith("合计 "));
	}

	@Test
	void tenThousandEnterprisesAreOneTableRowEach() throws Exception {
		ClusterLibraries libraries = report.getLibraries();
		ExistingEnterprise template = libraries.getExisting().get(0);
		while (libraries.getExisting().size() < 10_000) {
			ExistingEnterprise copy = EcoreUtil.copy(template);
			copy.setName("湖南第" + libraries.getExisting().size() + "号智能装备有限公司");
			libraries.getExisting().add(copy);
		}
		Path file = temp.resolve("large.docx");
		long start = System.nanoTime();
		DocxExporter.export(report, file, ExportMode.DRAFT, null);
		long millis = (System.nanoTime() - start) / 1_000_000;
		// ten thousand near-identical rows compress far better than POI's zip-bomb guard expects of a real file
		double ratio = ZipSecureFile.getMinInflateRatio();
		ZipSecureFile.setMinInflateRatio(0.001);
		XWPFDocument large;
		try {
			large = DocxTesting.read(file);
		} finally {
			ZipSecureFile.setMinInflateRatio(ratio);
		}
		System.out.println("docx export of the competition sample with 10 000 enterprises: " + millis + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
		XWPFTable existing = tableAfter(large, "（一）现有企业库（" + libraries.existingSummary() + "）");
		assertEquals(10_002, existing.getRows().size());
		assertEquals("湖南第9999号智能装备有限公司", text(existing.getRow(10_001).getCell(1)));
		assertEquals("10000", text(existing.getRow(10_001).getCell(0)));
	}
}
