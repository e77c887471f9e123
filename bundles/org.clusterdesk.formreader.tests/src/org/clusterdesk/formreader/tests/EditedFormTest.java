/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.formreader.FormReadResult;
import org.clusterdesk.formreader.FormReader;
import org.clusterdesk.formreader.UnreadPlace;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.IndustryType;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.YesNoNotApplicable;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported form edited as a person would in Word (with POI): a number retyped with full-width digits, a unit and a
 * thousands separator, boxes ticked with the look-alikes people use (■ □ √), an empty cell typed into, a date written
 * another way, a narrative spread over paragraphs, a name added to a names-and-counts block. Read back, exactly those
 * changes arrive: the document read equals the sample with the same edits made in the model.
 */
class EditedFormTest {

	@TempDir
	Path dir;

	@Test
	void exactlyTheEditsArrive() throws Exception {
		Application sample = (Application) ReaderTesting.sample("miit-2025");
		// an empty cell to type into: the PCT count left empty in the export
		Application exported = EcoreUtil.copy(sample);
		exported.getInnovation().setPctApplications(null);
		Path docx = dir.resolve("edited.docx");
		DocxExporter.export(exported, docx, ExportMode.DRAFT, null);

		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			setValue(doc, "集群占地面积（平方公里）", "４２.７５ 平方公里");
			setValue(doc, "是否已被认定为省级中小企业特色产业集群", "□是　■否");
			setValue(doc, "主导产业所属产业类型", "□第一产业 □第二产业 √第三产业");
			setValue(doc, "属于高耗能行业的集群，能效水平是否达到行业基准值", "☐是√　☐否　☐非高耗能行业，不适用");
			setValue(doc, "集群中小企业PCT国际专利申请量", "1,234件");
			setValueLines(doc, "集群产业链强链补链情况（200字以内）", "第一段：强链。", "第二段：补链。");
			setYear(doc, "集群企业数量（年度当前值）", 3, "2,711");
			for (XWPFParagraph p : doc.getParagraphs()) {
				if (p.getText().startsWith("申报时间：")) {
					replaceText(p, "申报时间：2025-06-01");
				}
			}
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		Application expected = EcoreUtil.copy(sample);
		expected.getBasicInfo().setArea(new BigDecimal("42.75"));
		expected.getBasicInfo().setProvinciallyRecognised(YesNo.NO);
		expected.getBasicInfo().setIndustryType(IndustryType.TERTIARY);
		expected.getBasicInfo().setEnergyEfficiency(YesNoNotApplicable.YES);
		expected.getInnovation().setPctApplications(1234);
		expected.getIndustry().setChainNarrative("第一段：强链。\n第二段：补链。");
		expected.getIndustry().getEnterprises().put(2024, 2711);
		expected.setFilingDate(LocalDate.of(2025, 6, 1));

		DocumentDiff diff = DocumentDiff.of(expected, result.document());
		Set<String> gaps = ReaderTesting.gaps("miit-2025");
		List<String> unexpected = diff.lines().stream().filter(l -> !gaps.contains(l.substring(0, l.indexOf(' ')))).toList();
		assertTrue(unexpected.isEmpty(), "read back differently from the edits:\n" + String.join("\n", unexpected));

		// and against the original: exactly the edited places differ (beyond what the reader does not read yet)
		Set<String> changed = new TreeSet<>(DocumentDiff.of(sample, result.document()).places());
		changed.removeAll(gaps);
		assertEquals(new TreeSet<>(Set.of("/basicInfo/area", "/basicInfo/provinciallyRecognised", "/basicInfo/industryType",
				"/basicInfo/energyEfficiency", "/innovation/pctApplications", "/industry/chainNarrative", "/industry/enterprises",
				"/filingDate")), changed);
		assertTrue(result.unread().stream().allMatch(p -> p.reason().contains("此版本")),
				() -> String.join("\n", result.unread().stream().map(UnreadPlace::toString).toList()));
	}

	@Test
	void whatCannotBeReadIsReportedAndLeftEmpty() throws Exception {
		Application sample = (Application) ReaderTesting.sample("miit-2025");
		Path docx = dir.resolve("bad.docx");
		DocxExporter.export(sample, docx, ExportMode.DRAFT, null);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			setValue(doc, "集群占地面积（平方公里）", "约三十多");
			setValue(doc, "是否已被认定为省级中小企业特色产业集群", "☑是　☑否");
			setYear(doc, "集群企业数量（年度当前值）", 2, "两千多");
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		Application read = (Application) result.document();
		assertEquals(null, read.getBasicInfo().getArea());
		assertEquals(YesNo.NONE, read.getBasicInfo().getProvinciallyRecognised());
		assertEquals(null, read.getIndustry().getEnterprises().valueOf(2023));
		assertEquals(sample.getIndustry().getEnterprises().valueOf(2024), read.getIndustry().getEnterprises().valueOf(2024));
		List<String> lines = result.unread().stream().filter(p -> !p.reason().contains("此版本")).map(UnreadPlace::toString).toList();
		assertEquals(List.of("一、基本情况 / 集群占地面积（平方公里）：“约三十多” — 不是数字",
				"一、基本情况 / 是否已被认定为省级中小企业特色产业集群：“☑是　☑否” — 勾选了多个选项，只能选一个",
				"二、主导产业情况 / 集群企业数量（年度当前值）（2023年）：“两千多” — 不是数字"), lines);
	}

	@Test
	void aRowAddedToATopTenTableArrives() throws Exception {
		org.clusterdesk.model.CompetitionReport sample = (org.clusterdesk.model.CompetitionReport) ReaderTesting.sample("competition-2026");
		Path docx = dir.resolve("top-ten.docx");
		DocxExporter.export(sample, docx, ExportMode.DRAFT, null);
		String first = sample.getEnterprises().getTopRevenue().getRows().get(0).getName();
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			// the row of the first enterprise copied above 合计, and typed over as a person adds an 11th enterprise
			XWPFTableRow template = row(doc, first);
			XWPFTable table = template.getTable();
			int totalAt = -1;
			for (int i = 0; i < table.getRows().size(); i++) {
				if (table.getRow(i).getCell(0).getText().equals("合计")) {
					totalAt = i;
				}
			}
			XWPFTableRow added = new XWPFTableRow((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow) template.getCtRow().copy(), table);
			List<XWPFTableCell> cells = added.getTableCells();
			setCell(cells.get(0), "株洲新增硬质合金有限公司");
			setCell(cells.get(1), "３.５０");
			setCell(cells.get(2), "4.20亿元");
			setCell(cells.get(3), "20.00");
			setCell(cells.get(4), "硬质合金刀片、钻头");
			// POI inserts a copy of the row's XML: typed over before it goes in
			table.addRow(added, totalAt);
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		org.clusterdesk.model.RankingTable read = ((org.clusterdesk.model.CompetitionReport) result.document()).getEnterprises().getTopRevenue();
		List<org.clusterdesk.model.RankedEnterprise> rows = read.getRows();
		assertEquals(sample.getEnterprises().getTopRevenue().getRows().size() + 1, rows.size());
		org.clusterdesk.model.RankedEnterprise last = rows.get(rows.size() - 1);
		assertEquals("株洲新增硬质合金有限公司", last.getName());
		assertEquals(0, new BigDecimal("3.50").compareTo(last.valueOf(2024)));
		assertEquals(0, new BigDecimal("4.20").compareTo(last.valueOf(2025)));
		assertEquals(List.of("硬质合金刀片", "钻头"), last.getProducts());
		for (int i = 0; i < rows.size() - 1; i++) {
			assertEquals(sample.getEnterprises().getTopRevenue().getRows().get(i).getName(), rows.get(i).getName());
		}
	}

	// ---------------------------------------------------------------- editing as a person does

	static XWPFTableRow row(XWPFDocument doc, String label) {
		for (XWPFTable table : doc.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					if (!cell.getParagraphs().isEmpty() && cell.getParagraphs().get(0).getText().equals(label)) {
						return row;
					}
				}
			}
		}
		throw new AssertionError("no row " + label);
	}

	static void setValue(XWPFDocument doc, String label, String text) {
		List<XWPFTableCell> cells = row(doc, label).getTableCells();
		setCell(cells.get(cells.size() - 1), text);
	}

	static void setValueLines(XWPFDocument doc, String label, String... lines) {
		List<XWPFTableCell> cells = row(doc, label).getTableCells();
		XWPFTableCell cell = cells.get(cells.size() - 1);
		setCell(cell, lines[0]);
		for (int i = 1; i < lines.length; i++) {
			cell.addParagraph().createRun().setText(lines[i]);
		}
	}

	static void setYear(XWPFDocument doc, String label, int column, String text) {
		setCell(row(doc, label).getTableCells().get(column), text);
	}

	static void setCell(XWPFTableCell cell, String text) {
		while (cell.getParagraphs().size() > 1) {
			cell.removeParagraph(1);
		}
		replaceText(cell.getParagraphs().get(0), text);
	}

	static void replaceText(XWPFParagraph p, String text) {
		while (!p.getRuns().isEmpty()) {
			p.removeRun(0);
		}
		p.createRun().setText(text);
	}
}
