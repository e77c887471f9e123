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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.StandardCategory;
import org.clusterdesk.model.StandardCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yearly indicator tables of the application editions: data years as columns, rows in the edition's wording. */
class XlsxApplicationExportTest {

	@TempDir
	Path dir;

	private XSSFWorkbook export(Application application) throws IOException {
		return open(XlsxTestSupport.export(application, dir.resolve(application.getEditionId() + ".xlsx")));
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
		return names;
	}

	@Test
	void theNationalFormsYearlyRowsHaveTheDataYearsAsColumns() throws IOException {
		Application application = (Application) sample("miit-2025");
		try (XSSFWorkbook workbook = export(application)) {
			List<String> names = sheetNames(workbook);
			assertEquals(List.of("二、主导产业情况", "三、创新能力情况", "三、标准数量", "四、数字化升级情况", "五、绿色化转型情况", "八、发展目标"), names);
			Sheet sheet = workbook.getSheet("二、主导产业情况");
			assertEquals("二、主导产业情况（年度指标）", text(sheet, "A1"));
			assertEquals(List.of("指标名称", "2022年", "2023年", "2024年"),
					List.of(text(sheet, "A2"), text(sheet, "B2"), text(sheet, "C2"), text(sheet, "D2")));
			int output = rowOf(sheet, 0, "集群总产值（亿元）");
			assertEquals(3, output, "the first row of section 二");
			for (int i = 0; i < 3; i++) {
				Cell c = cell(sheet, (char) ('B' + i) + "" + output);
				assertEquals(CellType.NUMERIC, c.getCellType());
				assertEquals("0.00", c.getCellStyle().getDataFormatString());
				BigDecimal expected = application.getIndustry().getTotalOutput().valueOf(2022 + i);
				assertEquals(0, expected.compareTo(BigDecimal.valueOf(c.getNumericCellValue())), "year " + (2022 + i));
			}
			int enterprises = rowOf(sheet, 0, "集群企业数量（年度当前值）");
			Cell count = cell(sheet, "D" + enterprises);
			assertEquals("0", count.getCellStyle().getDataFormatString(), "counts are whole numbers");
			assertEquals(application.getIndustry().getEnterprises().valueOf(2024).intValue(), (int) count.getNumericCellValue());
			assertTrue(sheet.getPaneInformation().isFreezePane());
		}
	}

	@Test
	void aRowTheEditionAsksForTheLastYearOnlyHasOnlyThatYear() throws IOException {
		Application application = (Application) sample("beijing-2024");
		try (XSSFWorkbook workbook = export(application)) {
			Sheet sheet = workbook.getSheet("四、数字化升级情况");
			assertNotNull(sheet, sheetNames(workbook).toString());
			assertEquals("2023年", text(sheet, "D2"));
			int cloud = rowOf(sheet, 0, "集群上云中小企业数量");
			assertTrue(cloud > 2);
			assertEquals(CellType.BLANK, cell(sheet, "B" + cloud).getCellType(), "2021 is not asked");
			assertEquals(CellType.BLANK, cell(sheet, "C" + cloud).getCellType());
			assertEquals(application.getDigital().getCloudSmes().valueOf(2023).intValue(),
					(int) cell(sheet, "D" + cloud).getNumericCellValue());
		}
	}

	@Test
	void theStandardsTableGroupsLedAndParticipatedUnderEachYear() throws IOException {
		Application application = (Application) sample("miit-2025");
		try (XSSFWorkbook workbook = export(application)) {
			Sheet sheet = workbook.getSheet("三、标准数量");
			assertEquals("类别", text(sheet, "A2"));
			assertEquals("2022年", text(sheet, "B2"));
			assertEquals("主持数量", text(sheet, "B3"));
			assertEquals("参与数量", text(sheet, "C3"));
			assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("B2:C2")));
			assertEquals(List.of("国际", "国家", "行业", "团体"),
					List.of(text(sheet, "A4"), text(sheet, "A5"), text(sheet, "A6"), text(sheet, "A7")));
			for (StandardCount count : application.getInnovation().getStandards()) {
				if (count.getCategory() == StandardCategory.NATIONAL && count.getYear() == 2023 && count.getLed() != null) {
					assertEquals(count.getLed().intValue(), (int) cell(sheet, "D5").getNumericCellValue());
				}
			}
		}
	}

	@Test
	void thePlanTargetsHaveBaselineStageAndTargetYearsAsColumns() throws IOException {
		Application application = (Application) sample("miit-2025");
		try (XSSFWorkbook workbook = export(application)) {
			Sheet sheet = workbook.getSheet("八、发展目标");
			assertEquals(List.of("方向", "指标", "单位", "2024年基准值", "2025年阶段性目标", "2026年阶段性目标", "2027年目标值", "定性描述"),
					List.of(text(sheet, "A2"), text(sheet, "B2"), text(sheet, "C2"), text(sheet, "D2"), text(sheet, "E2"),
							text(sheet, "F2"), text(sheet, "G2"), text(sheet, "H2")));
			PlanIndicator first = application.getPlan().getTargets().get(0);
			assertEquals(0, first.getBaseline().compareTo(BigDecimal.valueOf(cell(sheet, "D3").getNumericCellValue())));
			assertEquals(0, first.getTarget().compareTo(BigDecimal.valueOf(cell(sheet, "G3").getNumericCellValue())));
			assertEquals(application.getPlan().getTargets().size(), sheet.getLastRowNum() - 1);
		}
	}

	/** A plan row counted in 个 shows whole numbers (335, not 335.00); a row in 亿元 keeps two decimals. */
	@Test
	void planRowsInPiecesAreWholeNumbers() throws IOException {
		Application application = (Application) sample("miit-2025");
		try (XSSFWorkbook workbook = export(application)) {
			Sheet sheet = workbook.getSheet("八、发展目标");
			int pieces = 0;
			for (int i = 0; i < application.getPlan().getTargets().size(); i++) {
				PlanIndicator indicator = application.getPlan().getTargets().get(i);
				if (indicator.getBaseline() == null) {
					continue;
				}
				String unit = text(sheet, "C" + (3 + i));
				String format = cell(sheet, "D" + (3 + i)).getCellStyle().getDataFormatString();
				if (unit.equals("个")) {
					pieces++;
					assertEquals("0", format, indicator.getName());
					assertEquals(indicator.getBaseline().intValueExact(), (int) cell(sheet, "D" + (3 + i)).getNumericCellValue());
				} else {
					assertEquals("0.00", format, indicator.getName() + " in " + unit);
				}
			}
			assertTrue(pieces >= 2, "the sample counts quality SMEs and patents in 个");
		}
	}

	@Test
	void theReReviewShowsTheCompletionOfTheEarlierPlanAndTheNewPlan() throws IOException {
		Application application = (Application) sample("miit-2025-review");
		try (XSSFWorkbook workbook = export(application)) {
			List<String> names = sheetNames(workbook);
			assertTrue(names.contains("八、目标完成情况") && names.contains("八、新一轮发展目标"), names.toString());
			assertFalse(names.contains("三、标准数量"), "the re-review has no standards row");
			Sheet sheet = workbook.getSheet("八、目标完成情况");
			assertEquals(List.of("2022年基准值", "2025年目标值", "2025年完成值", "是否完成"),
					List.of(text(sheet, "D2"), text(sheet, "E2"), text(sheet, "F2"), text(sheet, "G2")));
			List<CompletionIndicator> completion = application.getReview().getCompletion();
			for (int i = 0; i < completion.size(); i++) {
				Boolean met = completion.get(i).met();
				assertEquals(met == null ? "" : met ? "是" : "否", text(sheet, "G" + (3 + i)), completion.get(i).getName());
			}
		}
	}
}
