/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.XlsxTestSupport.cell;
import static org.clusterdesk.export.tests.XlsxTestSupport.open;
import static org.clusterdesk.export.tests.XlsxTestSupport.rowOf;
import static org.clusterdesk.export.tests.XlsxTestSupport.sample;
import static org.clusterdesk.export.tests.XlsxTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.XlsxExporter;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.RankedEnterprise;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The competition sample exported to .xlsx and read back with POI: what a user sees in each sheet. */
class XlsxCompetitionExportTest {

	private static final String EXISTING = "现有企业库";

	private static CompetitionReport report;

	private static XSSFWorkbook workbook;

	@BeforeAll
	static void exportTheSample(@TempDir Path dir) throws IOException {
		report = (CompetitionReport) sample("competition-2026");
		Path file = XlsxTestSupport.export(report, dir.resolve("competition.xlsx"));
		workbook = open(file);
	}

	@Test
	void everyTableHasItsOwnSheetInFormOrder() {
		List<String> names = new ArrayList<>();
		workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
		List<String> expected = List.of("2.1 集群主要经济指标", "2.2 集群企业培育情况", "2.2 营业收入前十企业", "2.3 集群重点项目建设情况",
				"2.4 集群创新情况", "2.4 技术创新载体", "2.4 研发投入前十企业", "2.5 集群绿色发展情况", "2.5 绿色工厂及供应链",
				"2.6 集群公共服务情况", "2.6 公共服务平台");
		assertEquals(expected, names.subList(0, expected.size()), names.toString());
		assertTrue(names.stream().anyMatch(n -> n.startsWith("3.1 园区主要经济指标")), names.toString());
		assertTrue(names.contains("5.1 发展目标"), names.toString());
		assertEquals(List.of("现有企业库", "拟引进企业库", "在建项目库", "拟建项目库"), names.subList(names.size() - 4, names.size()));
	}

	@Test
	void theLibraryHeaderIsTheFormsTwoRowMergedHeader() {
		Sheet sheet = workbook.getSheet(EXISTING);
		Set<String> merged = sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).collect(Collectors.toSet());
		for (String region : List.of("A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:J3", "K2:L2", "M2:M3", "N2:N3")) {
			assertTrue(merged.contains(region), region + " merged: " + merged);
		}
		assertEquals("序号", text(sheet, "A2"));
		assertEquals("企业名称（填写企业全称）", text(sheet, "B2"));
		assertEquals("企业所在地", text(sheet, "C2"));
		assertEquals("市州", text(sheet, "C3"));
		assertEquals("县（市）区", text(sheet, "D3"));
		assertEquals("所在园区", text(sheet, "E3"));
		assertTrue(text(sheet, "F2").startsWith("企业概况"));
		assertEquals("主导产品（不超过3种）", text(sheet, "G2"));
		assertEquals("是否为规上企业", text(sheet, "H2"));
		assertEquals("2025年主营业务收入（亿元）", text(sheet, "I2"), "the year is the edition's last data year");
		assertTrue(text(sheet, "J2").startsWith("国际国内品牌企业（获评世界500强"));
		assertEquals("企业联系人", text(sheet, "K2"));
		assertEquals("姓名", text(sheet, "K3"));
		assertEquals("联系电话", text(sheet, "L3"));
		// beside the form's own columns only the marks its 2.2 asks to note in this library, labelled as added
		assertEquals("是否为上市和挂牌企业（增列：2.2要求在现有企业库中注明）", text(sheet, "M2"));
		assertEquals("是否为高新技术企业（增列：2.2要求在现有企业库中注明）", text(sheet, "N2"));
		assertEquals(14, sheet.getRow(1).getLastCellNum(), "no column after the two marks");

		Sheet building = workbook.getSheet("在建项目库");
		assertEquals("建设地点", text(building, "C2"));
		assertEquals("园区", text(building, "E3"));
		assertEquals("项目联系人", text(building, "L2"));
		Sheet planned = workbook.getSheet("拟建项目库");
		assertEquals(List.of("序号", "项目名称", "建设地点", "拟建项目期", "拟开工时间", "项目建设单位", "总投资额（亿元）", "项目建设内容", "项目联系人"),
				List.of(text(planned, "A2"), text(planned, "B2"), text(planned, "C2"), text(planned, "D2"), text(planned, "E2"),
						text(planned, "F2"), text(planned, "G2"), text(planned, "H2"), text(planned, "I2")));
		Sheet prospective = workbook.getSheet("拟引进企业库");
		assertEquals("是否为国际国内品牌企业", text(prospective, "I2"));
		assertEquals("国内品牌企业", text(prospective, "I3"));
		assertEquals("国际品牌企业", text(prospective, "J3"));
	}

	@Test
	void theRowsAreTheLibraryEntriesWithNumbersAsNumbers() {
		Sheet sheet = workbook.getSheet(EXISTING);
		ClusterLibraries libraries = report.getLibraries();
		assertEquals(libraries.getExisting().size(), sheet.getLastRowNum() + 1 - 3, "one row per enterprise below the header");
		for (int i = 0; i < libraries.getExisting().size(); i++) {
			ExistingEnterprise e = libraries.getExisting().get(i);
			int row = 4 + i;
			assertEquals(e.getSourceRow(), row, "the sample's source rows are where the export puts them");
			assertEquals(i + 1, (int) cell(sheet, "A" + row).getNumericCellValue());
			assertEquals(e.getName(), text(sheet, "B" + row));
			assertEquals(String.join("、", e.getProducts()), text(sheet, "G" + row));
			assertEquals(e.isAboveScale() ? "是" : "否", text(sheet, "H" + row));
			Cell revenue = cell(sheet, "I" + row);
			assertEquals(CellType.NUMERIC, revenue.getCellType());
			assertEquals("0.00", revenue.getCellStyle().getDataFormatString());
			assertEquals(0, e.getRevenue().compareTo(BigDecimal.valueOf(revenue.getNumericCellValue())));
			assertEquals(e.getContact().getPhone(), text(sheet, "L" + row));
			assertEquals(CellType.STRING, cell(sheet, "L" + row).getCellType(), "phone numbers stay text");
		}
		ExistingEnterprise first = libraries.getExisting().get(0);
		assertEquals("全球行业50强、国家单项冠军", text(sheet, "J4"), first.getHonours().toString());
		assertEquals("是", text(sheet, "M4"), "listed");
		assertEquals("是", text(sheet, "N4"), "high-tech");

		Sheet building = workbook.getSheet("在建项目库");
		ConstructionProject project = libraries.getUnderConstruction().get(0);
		Cell investment = cell(building, "G4");
		assertEquals(CellType.NUMERIC, investment.getCellType());
		assertEquals("0.00", investment.getCellStyle().getDataFormatString());
		assertEquals(0, project.getInvestment().compareTo(BigDecimal.valueOf(investment.getNumericCellValue())));
		assertEquals("2024.06-2026.12", text(building, "H4"));
		Cell start = cell(building, "I4");
		assertEquals(CellType.NUMERIC, start.getCellType());
		assertTrue(DateUtil.isCellDateFormatted(start), "the start month is an Excel date");
		assertEquals("yyyy.mm", start.getCellStyle().getDataFormatString());
		assertEquals(LocalDate.of(2024, 8, 1), start.getLocalDateTimeCellValue().toLocalDate());
	}

	@Test
	void theHeadingCarriesTheComputedSummary() {
		ClusterLibraries libraries = report.getLibraries();
		Sheet sheet = workbook.getSheet(EXISTING);
		assertEquals("（一）现有企业库（" + libraries.existingSummary() + "）", text(sheet, "A1"));
		assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("A1:N1")), "the heading spans the table");
		assertEquals("（二）拟引进企业库（" + libraries.prospectiveSummary() + "）", text(workbook.getSheet("拟引进企业库"), "A1"));
		assertEquals("（三）在建项目库（" + libraries.underConstructionSummary() + "）", text(workbook.getSheet("在建项目库"), "A1"));
		assertEquals("（四）拟建项目库（" + libraries.plannedSummary() + "）", text(workbook.getSheet("拟建项目库"), "A1"));
	}

	@Test
	void theHeaderIsFrozenAndPrintedOnEveryPage() {
		for (String name : List.of("现有企业库", "拟引进企业库", "在建项目库", "拟建项目库")) {
			Sheet sheet = workbook.getSheet(name);
			PaneInformation pane = sheet.getPaneInformation();
			assertNotNull(pane, name);
			assertTrue(pane.isFreezePane(), name);
			assertEquals(3, pane.getHorizontalSplitPosition(), name + ": rows above the first entry are frozen");
			assertEquals(2, pane.getVerticalSplitPosition(), name + ": 序号 and the name stay in view");
			assertEquals("2:3", sheet.getRepeatingRows().formatAsString().replace("$", ""), name);
			assertTrue(sheet.getPrintSetup().getLandscape(), name);
		}
		PaneInformation pane = workbook.getSheet("2.1 集群主要经济指标").getPaneInformation();
		assertTrue(pane.isFreezePane());
		assertEquals(2, pane.getHorizontalSplitPosition());
	}

	@Test
	void columnsAreWideEnoughAndLongTextWraps() {
		Sheet sheet = workbook.getSheet(EXISTING);
		int longestName = report.getLibraries().getExisting().stream().mapToInt(e -> e.getName().length()).max().orElse(0);
		// a Chinese character takes two units of Excel's column width
		assertTrue(sheet.getColumnWidth(1) >= Math.min(30, 2 * longestName) * 256, "the name column fits the names");
		assertTrue(sheet.getColumnWidth(0) <= 6 * 256, "序号 stays narrow");
		assertTrue(sheet.getColumnWidth(5) >= 40 * 256 && sheet.getColumnWidth(5) <= 48 * 256, "the overview is wide but capped");
		assertTrue(cell(sheet, "F4").getCellStyle().getWrapText(), "long text wraps");
		assertTrue(sheet.getRow(3).getHeightInPoints() > 30, "a row with a long overview is tall enough for its lines");
		assertTrue(sheet.getRow(1).getHeightInPoints() + sheet.getRow(2).getHeightInPoints() > 100,
				"the long 国际国内品牌企业 header has room");
	}

	@Test
	void userTextIsNeverAFormula(@TempDir Path dir) throws IOException {
		CompetitionReport copy = (CompetitionReport) sample("competition-2026");
		ExistingEnterprise e = copy.getLibraries().getExisting().get(0);
		e.setName("=HYPERLINK(\"http://example.com\",\"点击\")");
		e.setOverview("+1+2");
		e.getProducts().set(0, "@SUM(A1:A2)");
		try (XSSFWorkbook book = open(XlsxTestSupport.export(copy, dir.resolve("formula.xlsx")))) {
			Sheet sheet = book.getSheet(EXISTING);
			assertEquals(CellType.STRING, cell(sheet, "B4").getCellType());
			assertEquals(e.getName(), cell(sheet, "B4").getStringCellValue());
			assertEquals(CellType.STRING, cell(sheet, "F4").getCellType());
			assertEquals("+1+2", cell(sheet, "F4").getStringCellValue());
			assertTrue(cell(sheet, "G4").getStringCellValue().startsWith("@SUM"));
			for (var row : sheet) {
				for (Cell c : row) {
					assertFalse(c.getCellType() == CellType.FORMULA, "no formula anywhere: " + c.getAddress());
				}
			}
		}
	}

	@Test
	void theIndicatorTablesHaveTheDataYearsAsColumns() {
		Sheet sheet = workbook.getSheet("2.1 集群主要经济指标");
		assertEquals("2.1 集群主要经济指标", text(sheet, "A1"));
		assertEquals(List.of("指标名称", "2024年", "2025年", "增幅（%）"),
				List.of(text(sheet, "A2"), text(sheet, "B2"), text(sheet, "C2"), text(sheet, "D2")));
		int row = rowOf(sheet, 0, "集群产值（亿元）");
		assertTrue(row > 2);
		Cell y2024 = cell(sheet, "B" + row);
		assertEquals(CellType.NUMERIC, y2024.getCellType());
		assertEquals("0.00", y2024.getCellStyle().getDataFormatString());
		assertEquals(0, report.getEconomy().getOutput().valueOf(2024).compareTo(BigDecimal.valueOf(y2024.getNumericCellValue())));
		assertEquals(0, report.getEconomy().getOutput().valueOf(2025)
				.compareTo(BigDecimal.valueOf(cell(sheet, "C" + row).getNumericCellValue())));
		int people = rowOf(sheet, 0, "集群从业人员数量（人）");
		assertEquals("0", cell(sheet, "B" + people).getCellStyle().getDataFormatString(), "counts are whole numbers");

		Sheet enterprises = workbook.getSheet("2.2 集群企业培育情况");
		assertEquals("佐证页码", text(enterprises, "E2"));
		int smart = rowOf(enterprises, 0, "领航级/卓越级/先进级/基础级智能工厂数量（个，需提供佐证）");
		assertTrue(smart > 0, "the smart-factory row");
		assertTrue(text(enterprises, "B" + smart).matches("\\d*/\\d*/\\d*/\\d*"), text(enterprises, "B" + smart));
	}

	@Test
	void theTopTenTableHasAGroupedHeaderAndATotal() {
		Sheet sheet = workbook.getSheet("2.2 营业收入前十企业");
		assertEquals("营业收入（亿元）", text(sheet, "B2"));
		assertEquals("2024年", text(sheet, "B3"));
		assertEquals("2025年", text(sheet, "C3"));
		assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("B2:C2")));
		List<RankedEnterprise> rows = report.getEnterprises().getTopRevenue().getRows();
		int total = 4 + rows.size();
		assertEquals("合计", text(sheet, "A" + total));
		BigDecimal sum = rows.stream().map(r -> r.valueOf(2025)).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(sum.doubleValue(), cell(sheet, "C" + total).getNumericCellValue(), 0.005);
		assertTrue(workbook.getFontAt(cell(sheet, "A" + total).getCellStyle().getFontIndex()).getBold(), "the total is bold");
	}

	@Test
	void everyParkHasItsIndicatorsSplitIntoParkAndClusterPart() {
		Sheet sheet = null;
		for (Sheet s : workbook) {
			if (s.getSheetName().startsWith("3.1")) {
				sheet = s;
				break;
			}
		}
		assertNotNull(sheet);
		assertTrue(text(sheet, "A1").contains(report.getParks().get(0).getName()), text(sheet, "A1"));
		assertEquals("2024年", text(sheet, "B2"));
		assertEquals("园区总额", text(sheet, "B3"));
		assertEquals("其中：集群产业", text(sheet, "C3"));
		assertEquals("总额增幅（%）", text(sheet, "F2"));
		int gdp = rowOf(sheet, 0, "园区生产总值（亿元）");
		assertEquals(0, report.getParks().get(0).getGdp().getParkTotal().valueOf(2024)
				.compareTo(BigDecimal.valueOf(cell(sheet, "B" + gdp).getNumericCellValue())));
		// the rows the form prints with one cell a year: the park's figure under 园区总额, no cluster part, no 增幅
		int area = rowOf(sheet, 0, "园区开发面积（亩）");
		assertEquals(8650, cell(sheet, "B" + area).getNumericCellValue());
		assertEquals(9120, cell(sheet, "D" + area).getNumericCellValue());
		for (String empty : List.of("C", "E", "F")) {
			assertEquals("", text(sheet, empty + area), empty + area);
		}
		assertEquals(52.96, cell(sheet, "D" + rowOf(sheet, 0, "投资强度（万元/亩）")).getNumericCellValue());
		int green = rowOf(sheet, 0, "是否为国/省级绿色园区");
		assertEquals("佐证页码", text(sheet, "C" + green));
		assertEquals(report.getParks().get(0).getEvidencePage(), text(sheet, "D" + green));
	}

	/** Counts the model keeps as decimals are whole numbers in the sheet: 78, not 78.00. */
	@Test
	void countsAreWholeNumbers() {
		for (Sheet sheet : workbook) {
			String name = sheet.getSheetName();
			if (name.startsWith("3.1")) {
				int row = rowOf(sheet, 0, "园区规上工业企业数（个）");
				Cell total = cell(sheet, "B" + row);
				assertEquals(CellType.NUMERIC, total.getCellType());
				assertEquals("0", total.getCellStyle().getDataFormatString(), name);
				Cell part = cell(sheet, "E" + row);
				assertEquals("0", part.getCellStyle().getDataFormatString(), name);
				int revenue = rowOf(sheet, 0, "园区规上工业企业营业收入（亿元）");
				assertEquals("0.00", cell(sheet, "B" + revenue).getCellStyle().getDataFormatString(), "amounts keep two decimals");
				assertEquals("0.00", cell(sheet, "F" + row).getCellStyle().getDataFormatString(), "增幅 is a rate");
			}
		}
		Sheet park = workbook.getSheet("3.1 园区主要经济指标（1）");
		assertEquals(report.getParks().get(0).getAboveScaleEnterprises().getParkTotal().valueOf(2024).intValueExact(),
				(int) cell(park, "B" + rowOf(park, 0, "园区规上工业企业数（个）")).getNumericCellValue());
		Sheet targets = workbook.getSheet("5.1 发展目标");
		int enterprises = rowOf(targets, 0, "集群规模工业企业（个）");
		for (String column : List.of("B", "C", "D", "E")) {
			assertEquals("0", cell(targets, column + enterprises).getCellStyle().getDataFormatString(), column);
		}
		assertEquals("0.00", cell(targets, "B" + rowOf(targets, 0, "集群营业收入（亿元）")).getCellStyle().getDataFormatString());
		Sheet counts = workbook.getSheet("2.2 集群企业培育情况");
		assertEquals("0", cell(counts, "B3").getCellStyle().getDataFormatString());
	}

	@Test
	void cancellingLeavesTheTargetAsItWas(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("kept.xlsx");
		Files.writeString(file, "the previous export");
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> XlsxExporter.export(report, file, monitor));
		assertEquals("the previous export", Files.readString(file));
		try (var files = Files.list(dir)) {
			assertArrayEquals(new Object[] { file }, files.toArray(), "no temporary file is left");
		}
	}

	@Test
	void aDocumentWithoutAKnownEditionIsRefused(@TempDir Path dir) {
		CompetitionReport copy = (CompetitionReport) sample("competition-2026");
		copy.setEditionId("no-such-edition");
		ExportException e = assertThrows(ExportException.class, () -> XlsxExporter.export(copy, dir.resolve("x.xlsx"), null));
		assertTrue(e.getMessage().contains("no-such-edition"), e.getMessage());
	}
}
