/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.review.BatchReview;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch over every sample, every deliberately broken sample, a low-output variant and three files that cannot be
 * read (truncated, foreign, missing), read back with POI as a reviewer's spreadsheet would show it: rows, values,
 * ranks (cached values and the formulas themselves), highlighted cells, problems, attainment and chart parts.
 */
class BatchReviewTest {

	private static final String FAIL_FILL = "FFC7CE";

	private static final String NOTE_FILL = "FFEB9C";

	@TempDir
	static Path temp;

	private static Path out;

	private static BatchReview.Result result;

	private static final List<String> progress = new ArrayList<>();

	private static XSSFWorkbook workbook;

	private static Sheet overview;

	private static OverviewColumns columns;

	/** Overview row index per file name. */
	private static final Map<String, Integer> rows = new HashMap<>();

	@BeforeAll
	static void runBatch() throws IOException {
		Path extra = Files.createDirectories(temp.resolve("extra"));
		String text = Files.readString(ReviewTesting.samplesDir().resolve("miit-2025.cluster"), StandardCharsets.UTF_8);
		Files.writeString(extra.resolve("truncated.cluster"), text.substring(0, 2000), StandardCharsets.UTF_8);
		Files.writeString(extra.resolve("notes.cluster"), "not a cluster document", StandardCharsets.UTF_8);
		Application low = ReviewTesting.sample("miit-2025");
		// 6 % of the sample's output: 30.74, 34.01, 37.69 亿元, below the 40 亿元 of the recognition criteria
		for (YearDecimal v : low.getIndustry().getTotalOutput().getValues()) {
			v.setValue(v.getValue().multiply(new BigDecimal("0.06")).setScale(2, RoundingMode.HALF_UP));
		}
		low.setName("浙江省宁波市慈溪市小家电产业");
		ClusterFiles.save(low.eResource(), extra.resolve("low-output.cluster"));
		Files.deleteIfExists(extra.resolve("low-output.cluster.bak"));

		out = ReviewTesting.outputDir().resolve("batch-samples.xlsx");
		result = BatchReview.run(List.of(ReviewTesting.samplesDir(), ReviewTesting.samplesDir().resolve("broken"), extra,
				extra.resolve("missing.cluster")), out, null, null, progress::add);
		workbook = new XSSFWorkbook(Files.newInputStream(out));
		overview = workbook.getSheet("总览");
		columns = new OverviewColumns(overview);
		for (int r = OverviewColumns.FIRST_ROW; r <= overview.getLastRowNum(); r++) {
			rows.put(Path.of(text(r, "文件")).getFileName().toString() + (text(r, "文件").contains("broken") ? "@broken" : ""), r);
		}
	}

	@AfterAll
	static void close() throws IOException {
		workbook.close();
	}

	@Test
	void theWorkbookHasItsFourSheetsInOrder() {
		assertEquals(List.of("总览", "问题清单", "目标完成情况", "图表"),
				List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)));
	}

	@Test
	void everyFileHasAnOverviewRowAndUnreadableOnesSayWhy() {
		assertEquals(16, overview.getLastRowNum() - OverviewColumns.FIRST_ROW + 1, "6 samples, 6 broken, 3 extra files, 1 missing");
		for (int r = OverviewColumns.FIRST_ROW; r <= overview.getLastRowNum(); r++) {
			assertEquals(r - OverviewColumns.FIRST_ROW + 1, (int) number(r, "序号"));
		}
		assertEquals("浙江省宁波市慈溪市智能家电产业", text(row("miit-2025.cluster"), "集群名称"));
		assertEquals("miit-2025", text(row("miit-2025.cluster"), "版本"));
		assertEquals("申报表", text(row("miit-2025.cluster"), "表单类别"));
		assertEquals("复核申报表", text(row("miit-2025-review.cluster"), "表单类别"));
		assertEquals("集群竞赛申报表", text(row("competition-2026.cluster"), "表单类别"));
		assertEquals("浙江省宁波市慈溪市", text(row("miit-2025.cluster"), "所属地区"));
		assertEquals("已读取", text(row("miit-2025.cluster"), "读取情况"));
		for (String name : List.of("truncated.cluster", "notes.cluster", "missing.cluster")) {
			int r = row(name);
			assertTrue(text(r, "读取情况").startsWith("无法读取："), text(r, "读取情况"));
			assertEquals("", text(r, "集群名称"));
			assertEquals("", text(r, "错误数"));
		}
		assertTrue(text(row("truncated.cluster"), "读取情况").matches("无法读取：第 \\d+ 行第 \\d+ 列：文件已损坏.*"), "the position of the damage is named: "
				+ text(row("truncated.cluster"), "读取情况"));
		assertTrue(text(row("missing.cluster"), "读取情况").startsWith("无法读取：文件或文件夹不存在"), text(row("missing.cluster"), "读取情况"));
		// the file column names the file: where the reason opens with the path, the status leaves it out
		assertFalse(text(row("truncated.cluster"), "读取情况").contains("truncated.cluster"), text(row("truncated.cluster"), "读取情况"));
		assertFalse(text(row("notes.cluster"), "读取情况").contains("notes.cluster"), text(row("notes.cluster"), "读取情况"));

		assertEquals(13, result.reviewed());
		assertEquals(3, result.unreadable().size());
		assertTrue(result.skipped().isEmpty());
		assertTrue(result.hasProblems());
		assertEquals(1, result.ineligible());
		assertEquals(out, result.workbook());
	}

	@Test
	void errorAndWarningCountsAreTheValidationsOwn() throws IOException {
		int errors = 0;
		int warnings = 0;
		int checked = 0;
		for (int r = OverviewColumns.FIRST_ROW; r <= overview.getLastRowNum(); r++) {
			if (!"已读取".equals(text(r, "读取情况"))) {
				continue;
			}
			ClusterDocument document = ClusterFiles.load(Path.of(text(r, "文件")));
			ValidationReport report = ClusterValidation.validate(document);
			assertEquals(report.errors().size(), (int) number(r, "错误数"), text(r, "文件"));
			assertEquals(report.warnings().size(), (int) number(r, "警告数"), text(r, "文件"));
			assertEquals(report.eligible() ? "是" : "否", text(r, "是否符合申报条件"), text(r, "文件"));
			errors += report.errors().size();
			warnings += report.warnings().size();
			checked++;
		}
		assertEquals(13, checked);
		assertEquals(errors, result.errors());
		assertEquals(warnings, result.warnings());
		assertEquals("否", text(row("jiangsu-2024.cluster@broken"), "是否符合申报条件"), "G06 planted in the broken Jiangsu sample");
		assertEquals(0, (int) number(row("miit-2025.cluster"), "错误数"), "the samples are consistent");
		assertTrue(number(row("miit-2025.cluster@broken"), "错误数") >= 1);
		assertEquals(100, (int) number(row("miit-2025.cluster"), "必填项完整度（%）"));
		assertTrue(progress.stream().anyMatch(l -> l.contains("jiangsu-2024.cluster") && l.contains("不符合申报条件")), String.join("\n", progress));
		assertTrue(progress.stream().anyMatch(l -> l.startsWith("[16/16]") && l.contains("missing.cluster") && l.contains("无法读取")));
		assertTrue(progress.get(progress.size() - 1).contains("共审查 13 份"), progress.get(progress.size() - 1));
	}

	@Test
	void keyIndicatorsArePerYearAsEnteredOrComputed() throws IOException {
		Application miit = ReviewTesting.sample("miit-2025");
		int r = row("miit-2025.cluster");
		assertEquals(628.10, number(r, "集群总产值（亿元）/2024年"), 1e-9);
		assertEquals(512.30, number(r, "集群总产值（亿元）/2022年"), 1e-9);
		// growth is not entered in the form: computed, (628.10 − 566.80) / 566.80 × 100 = 10.815… → 10.82
		assertEquals(10.82, number(r, "集群总产值增速（%）/2024年"), 1e-9);
		assertEquals("", text(r, "集群总产值增速（%）/2022年"), "no growth for the first year");
		assertEquals(round2(miit.getIndustry().outputAverageGrowth()), number(r, "集群产值年均增速（%）"), 1e-9);
		assertEquals(miit.getInnovation().getRdIntensity().valueOf(2024).doubleValue(), number(r, "研发投入强度（%）/2024年"), 1e-9);
		assertEquals(miit.getInnovation().getPatentsPer10k().doubleValue(), number(r, "每万人有效发明专利拥有量（件/万人）"), 1e-9);
		assertEquals(miit.getIndustry().getFdi().valueOf(2023).doubleValue(), number(r, "外商直接投资额（万元）/2023年"), 1e-9);
		assertEquals(miit.getGreen().getEnergyPerOutput().valueOf(2024).doubleValue(), number(r, "单位产值能耗（吨标准煤/万元）/2024年"), 1e-9);
		// the national years end in 2024: no 2025 value
		assertEquals("", text(r, "集群总产值（亿元）/2025年"));

		// Beijing asks IIoT penetration for the last year only
		int beijing = row("beijing-2024.cluster");
		assertFalse(text(beijing, "工业互联网平台应用普及率（%）/2023年").isEmpty());
		assertEquals("", text(beijing, "工业互联网平台应用普及率（%）/2022年"));

		CompetitionReport competition = ReviewTesting.sample("competition-2026");
		int c = row("competition-2026.cluster");
		assertEquals(competition.getEconomy().getOutput().valueOf(2025).doubleValue(), number(c, "集群总产值（亿元）/2025年"), 1e-9);
		assertEquals(competition.getEconomy().getRevenue().valueOf(2024).doubleValue(), number(c, "集群营收（亿元）/2024年"), 1e-9);
		assertEquals(competition.getEconomy().getTax().valueOf(2025).doubleValue(), number(c, "税金总额（亿元）/2025年"), 1e-9);
		assertEquals(competition.getLibraries().getExisting().size(), (int) number(c, "集群“四库”企业及项目数量/现有企业"));
		assertEquals(competition.getLibraries().getPlanned().size(), (int) number(c, "集群“四库”企业及项目数量/拟建项目"));
		assertEquals("", text(r, "集群“四库”企业及项目数量/现有企业"), "applications have no libraries");
		assertEquals("", text(r, "集群营收（亿元）/2024年"));

		assertEquals(40.0, number(r, "本版本认定标准/集群总产值下限（亿元）"), 1e-9);
		assertEquals(10.0, number(r, "本版本认定标准/产值年均增速下限（%）"), 1e-9);
		assertEquals("", text(c, "本版本认定标准/集群总产值下限（亿元）"), "the competition edition sets no recognition criteria");
		int review = row("miit-2025-review.cluster");
		assertEquals(10, (int) number(review, "复核目标完成情况/达成"));
		assertEquals(0, (int) number(review, "复核目标完成情况/未达成"));
		assertEquals(1, (int) number(row("miit-2025-review.cluster@broken"), "复核目标完成情况/缺数值"));
	}

	@Test
	void ranksAreWithinTheEditionOnItsLatestYearAndTheFormulasAgree() {
		XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		Map<String, String> ranked = Map.of("排名（同一版本内，最近年度）/集群总产值", "集群总产值（亿元）/{year}年",
				"排名（同一版本内，最近年度）/产值年均增速", "集群产值年均增速（%）",
				"排名（同一版本内，最近年度）/单位产值能耗（低者在前）", "单位产值能耗（吨标准煤/万元）/{year}年");
		int checked = 0;
		for (Map.Entry<String, String> e : ranked.entrySet()) {
			boolean lowerFirst = e.getKey().contains("低者在前");
			for (int r = OverviewColumns.FIRST_ROW; r <= overview.getLastRowNum(); r++) {
				Cell cell = cell(r, e.getKey());
				String edition = text(r, "版本");
				if (edition.isEmpty()) {
					assertTrue(cell == null || cell.getCellType() == CellType.BLANK, "no rank for an unreadable file");
					continue;
				}
				String valueHeader = e.getValue().replace("{year}", String.valueOf(latestYear(edition)));
				Integer expected = null;
				if (columns.has(valueHeader) && !text(r, valueHeader).isEmpty()) {
					double value = number(r, valueHeader);
					int better = 0;
					for (int o = OverviewColumns.FIRST_ROW; o <= overview.getLastRowNum(); o++) {
						if (edition.equals(text(o, "版本")) && !text(o, valueHeader).isEmpty()
								&& (lowerFirst ? number(o, valueHeader) < value : number(o, valueHeader) > value)) {
							better++;
						}
					}
					expected = better + 1;
				}
				assertEquals(CellType.FORMULA, cell.getCellType(), e.getKey() + " row " + r);
				CellValue evaluated = evaluator.evaluate(cell);
				if (expected == null) {
					assertEquals("", cell.getStringCellValue());
					assertEquals("", evaluated.getStringValue());
				} else {
					assertEquals(expected.intValue(), (int) cell.getNumericCellValue(), e.getKey() + " row " + r);
					assertEquals(expected.intValue(), (int) evaluated.getNumberValue(), "the formula computes the cached rank");
					checked++;
				}
			}
		}
		assertTrue(checked >= 30, "ranks checked: " + checked);
		// sample and broken copy tie on output and share rank 1; the low-output variant comes third
		String output = "排名（同一版本内，最近年度）/集群总产值";
		assertEquals(1, (int) number(row("miit-2025.cluster"), output));
		assertEquals(1, (int) number(row("miit-2025.cluster@broken"), output));
		assertEquals(3, (int) number(row("low-output.cluster"), output));
		assertEquals(1, (int) number(row("beijing-2024.cluster"), output), "each edition ranks on its own");
	}

	@Test
	void failingCellsAreHighlightedByConditionalFormatting() {
		ConditionalFormattingEvaluator cf = new ConditionalFormattingEvaluator(workbook, workbook.getCreationHelper().createFormulaEvaluator());
		int low = row("low-output.cluster");
		int sample = row("miit-2025.cluster");
		for (int year : List.of(2022, 2023, 2024)) {
			assertEquals(FAIL_FILL, fill(cf, low, "集群总产值（亿元）/" + year + "年"), "below 40 亿元 in " + year);
			assertNull(fill(cf, sample, "集群总产值（亿元）/" + year + "年"));
		}
		assertEquals(FAIL_FILL, fill(cf, row("jiangsu-2024.cluster@broken"), "是否符合申报条件"));
		assertNull(fill(cf, row("jiangsu-2024.cluster"), "是否符合申报条件"));
		assertEquals(FAIL_FILL, fill(cf, row("miit-2025.cluster@broken"), "错误数"));
		assertNull(fill(cf, sample, "错误数"));
		assertEquals(FAIL_FILL, fill(cf, row("notes.cluster"), "读取情况"));
		assertNull(fill(cf, sample, "读取情况"));
		assertEquals(NOTE_FILL, fill(cf, row("miit-2025-review.cluster@broken"), "复核目标完成情况/缺数值"));
		assertNull(fill(cf, row("miit-2025-review.cluster"), "复核目标完成情况/缺数值"));
		// average growth against the edition's 10 %: the low-output copy keeps the sample's growth, so it passes
		double growth = number(sample, "集群产值年均增速（%）");
		assertEquals(growth >= 10 ? null : FAIL_FILL, fill(cf, sample, "集群产值年均增速（%）"));
		// the rules themselves, as a reviewer editing the sheet would keep them
		assertTrue(overview.getSheetConditionalFormatting().getNumConditionalFormattings() >= 8);
	}

	@Test
	void theHeaderIsFrozenAndFiltersAreOn() {
		assertEquals(OverviewColumns.FIRST_ROW, overview.getPaneInformation().getHorizontalSplitTopRow());
		assertEquals(2, overview.getPaneInformation().getVerticalSplitLeftColumn());
		XSSFSheet problems = workbook.getSheet("问题清单");
		assertTrue(((XSSFSheet) overview).getCTWorksheet().isSetAutoFilter());
		assertTrue(problems.getCTWorksheet().isSetAutoFilter());
		assertEquals(1, problems.getPaneInformation().getHorizontalSplitTopRow());
		assertEquals("A3:" + CellReference.convertNumToColString(columns.all().size() - 1) + (overview.getLastRowNum() + 1),
				((XSSFSheet) overview).getCTWorksheet().getAutoFilter().getRef());
	}

	@Test
	void everyDiagnosticIsAProblemRow() throws IOException {
		Sheet problems = workbook.getSheet("问题清单");
		assertEquals(List.of("序号", "集群名称", "文件", "规则", "严重程度", "部分", "栏目", "填报值", "要求", "问题说明"), headers(problems.getRow(0)));
		assertEquals(result.errors() + result.warnings() + result.unreadable().size(), problems.getLastRowNum());
		Map<String, Set<String>> errorRules = new HashMap<>();
		Map<String, Integer> unreadable = new HashMap<>();
		for (int r = 1; r <= problems.getLastRowNum(); r++) {
			Row row = problems.getRow(r);
			String file = OverviewColumns.text(row.getCell(2));
			String rule = OverviewColumns.text(row.getCell(3));
			String severity = OverviewColumns.text(row.getCell(4));
			assertTrue(Set.of("错误", "警告").contains(severity));
			assertFalse(OverviewColumns.text(row.getCell(9)).isEmpty(), "every problem says what is wrong");
			if ("错误".equals(severity)) {
				errorRules.computeIfAbsent(file, k -> new HashSet<>()).add(rule);
			}
			if ("读取".equals(rule)) {
				unreadable.merge(Path.of(file).getFileName().toString(), 1, Integer::sum);
			}
		}
		assertEquals(Map.of("truncated.cluster", 1, "notes.cluster", 1, "missing.cluster", 1), unreadable);
		// the rules planted in each broken sample are listed against it
		Path broken = ReviewTesting.samplesDir().resolve("broken");
		try (Stream<Path> expectations = Files.list(broken)) {
			for (Path expected : expectations.filter(p -> p.toString().endsWith(".expected")).toList()) {
				String file = broken.resolve(expected.getFileName().toString().replace(".expected", ".cluster")).normalize().toString();
				for (String line : Files.readAllLines(expected)) {
					if (!line.isBlank() && !line.startsWith("#")) {
						String rule = line.split("\t")[0];
						assertTrue(errorRules.getOrDefault(file, Set.of()).contains(rule), rule + " for " + file + ": " + errorRules.get(file));
					}
				}
			}
		}
		for (String sample : List.of("miit-2025", "beijing-2024", "competition-2026")) {
			assertFalse(errorRules.containsKey(ReviewTesting.samplesDir().resolve(sample + ".cluster").normalize().toString()), sample + " has no error");
		}
		ConditionalFormattingEvaluator cf = new ConditionalFormattingEvaluator(workbook, workbook.getCreationHelper().createFormulaEvaluator());
		for (int r = 1; r <= problems.getLastRowNum(); r++) {
			String severity = OverviewColumns.text(problems.getRow(r).getCell(4));
			assertEquals("错误".equals(severity) ? FAIL_FILL : NOTE_FILL, fill(cf, problems, r, 4));
		}
	}

	@Test
	void reReviewIndicatorsAreAttainmentRows() {
		Sheet attainment = workbook.getSheet("目标完成情况");
		assertEquals(List.of("序号", "集群名称", "文件", "方向", "指标", "单位", "基准年", "基准值", "目标年", "目标值", "完成值", "完成率（%）", "是否达成",
				"降低类指标"), headers(attainment.getRow(0)));
		assertEquals(20, attainment.getLastRowNum(), "10 indicators of the re-review sample and of its broken copy");
		ConditionalFormattingEvaluator cf = new ConditionalFormattingEvaluator(workbook, workbook.getCreationHelper().createFormulaEvaluator());
		int missing = 0;
		for (int r = 1; r <= attainment.getLastRowNum(); r++) {
			Row row = attainment.getRow(r);
			String file = OverviewColumns.text(row.getCell(2));
			String verdict = OverviewColumns.text(row.getCell(12));
			assertEquals(2022, (int) row.getCell(6).getNumericCellValue());
			assertEquals(2025, (int) row.getCell(8).getNumericCellValue());
			if (file.contains("broken") && "缺完成值".equals(verdict)) {
				missing++;
				assertEquals(NOTE_FILL, fill(cf, attainment, r, 12));
				assertEquals(CellType.BLANK, row.getCell(10).getCellType());
			} else {
				assertEquals("达成", verdict, "row " + r);
				assertNull(fill(cf, attainment, r, 12));
				assertTrue(row.getCell(11).getNumericCellValue() >= 100);
			}
			if (OverviewColumns.text(row.getCell(4)).equals("单位产值二氧化碳排放量") && !file.contains("broken")) {
				assertEquals("绿色化", OverviewColumns.text(row.getCell(3)));
				assertEquals("吨二氧化碳/万元", OverviewColumns.text(row.getCell(5)));
				assertEquals(0.52, row.getCell(9).getNumericCellValue(), 1e-9);
				assertEquals(0.49, row.getCell(10).getNumericCellValue(), 1e-9);
				// a reduction: 0.52 / 0.49 = 106.12 %
				assertEquals(106.12, row.getCell(11).getNumericCellValue(), 1e-9);
				assertEquals("是", OverviewColumns.text(row.getCell(13)));
			}
		}
		assertEquals(1, missing);
	}

	@Test
	void theChartsAreNativeBarAndLineCharts() {
		XSSFSheet charts = workbook.getSheet("图表");
		XSSFDrawing drawing = charts.getDrawingPatriarch();
		assertNotNull(drawing);
		List<XSSFChart> list = drawing.getCharts();
		assertEquals(4, list.size());
		assertEquals(4, workbook.getPackage().getPartsByContentType("application/vnd.openxmlformats-officedocument.drawingml.chart+xml").size());

		XSSFChart output = list.get(0);
		assertTrue(output.getTitleText().getString().contains("集群总产值"));
		assertEquals(1, output.getChartSeries().size());
		XDDFBarChartData bars = (XDDFBarChartData) output.getChartSeries().get(0);
		assertEquals(BarDirection.BAR, bars.getBarDirection());
		// one bar per readable cluster with output, largest first
		XDDFChartData.Series series = bars.getSeries(0);
		assertEquals(13, series.getCategoryData().getPointCount());
		assertEquals("浙江省宁波市慈溪市智能家电产业", series.getCategoryData().getPointAt(0));
		double previous = Double.MAX_VALUE;
		for (int i = 0; i < series.getValuesData().getPointCount(); i++) {
			double v = ((Number) series.getValuesData().getPointAt(i)).doubleValue();
			assertTrue(v <= previous);
			previous = v;
		}

		XSSFChart growth = list.get(1);
		assertEquals(2, growth.getChartSeries().size(), "bars and a threshold line");
		assertTrue(growth.getChartSeries().get(0) instanceof XDDFBarChartData);
		XDDFLineChartData threshold = (XDDFLineChartData) growth.getChartSeries().get(1);
		assertEquals(10.0, ((Number) threshold.getSeries(0).getValuesData().getPointAt(0)).doubleValue(), 1e-9);

		XDDFLineChartData trend = (XDDFLineChartData) list.get(2).getChartSeries().get(0);
		assertEquals(10, trend.getSeriesCount(), "the ten largest clusters");
		assertEquals("2021", trend.getSeries(0).getCategoryData().getPointAt(0));
		XDDFLineChartData ratios = (XDDFLineChartData) list.get(3).getChartSeries().get(0);
		assertEquals(5, ratios.getSeriesCount());
	}

	@Test
	void anEditionFilterSkipsOtherEditionsAndSaysSo() throws IOException {
		List<String> lines = new ArrayList<>();
		Path file = temp.resolve("miit-only.xlsx");
		BatchReview.Result only = BatchReview.run(List.of(ReviewTesting.samplesDir()), file, "miit-2025", null, lines::add);
		assertEquals(1, only.reviewed());
		assertEquals(5, only.skipped().size());
		assertTrue(only.skipped().stream().anyMatch(s -> "competition-2026".equals(s.editionId())));
		assertTrue(lines.stream().anyMatch(l -> l.contains("competition-2026.cluster") && l.contains("跳过") && l.contains("miit-2025")),
				String.join("\n", lines));
		try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(file))) {
			assertEquals(OverviewColumns.FIRST_ROW, read.getSheet("总览").getLastRowNum());
		}
	}

	@Test
	void anEmptyFolderGivesAnEmptyWorkbookAndSaysSo() throws IOException {
		List<String> lines = new ArrayList<>();
		Path empty = Files.createDirectories(temp.resolve("empty"));
		Path file = temp.resolve("empty.xlsx");
		BatchReview.Result none = BatchReview.run(List.of(empty), file, null, null, lines::add);
		assertEquals(0, none.reviewed());
		assertFalse(none.hasProblems());
		assertTrue(lines.get(0).contains("未找到"), lines.get(0));
		try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(file))) {
			Sheet sheet = read.getSheet("总览");
			assertEquals("序号", sheet.getRow(OverviewColumns.GROUP_ROW).getCell(0).getStringCellValue());
			assertEquals(OverviewColumns.HEADER_ROW, sheet.getLastRowNum());
			assertEquals(0, read.getSheet("问题清单").getLastRowNum());
			XSSFDrawing drawing = read.getSheet("图表").getDrawingPatriarch();
			assertTrue(drawing == null || drawing.getCharts().isEmpty(), "no figures, no charts");
		}
	}

	@Test
	void anUnknownEditionIsRefusedWithTheKnownOnes() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> BatchReview.run(List.of(ReviewTesting.samplesDir()), temp.resolve("x.xlsx"), "miit-2099", null, null));
		assertTrue(e.getMessage().contains("miit-2099") && e.getMessage().contains("miit-2025-review"), e.getMessage());
		assertFalse(Files.exists(temp.resolve("x.xlsx")));
	}

	@Test
	void cancellingLeavesTheTargetAsItWas() throws IOException {
		Path file = temp.resolve("kept.xlsx");
		Files.writeString(file, "previous");
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> BatchReview.run(List.of(ReviewTesting.samplesDir()), file, null, monitor, null));
		assertEquals("previous", Files.readString(file));
		try (Stream<Path> left = Files.list(temp)) {
			assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		}
	}

	// ---------------------------------------------------------------- reading the overview

	private static int latestYear(String edition) {
		List<Integer> years = EditionRegistry.getDefault().getEdition(edition).getDataYears();
		return years.get(years.size() - 1);
	}

	private static int row(String file) {
		Integer r = rows.get(file);
		assertNotNull(r, "no overview row for " + file + " in " + rows.keySet());
		return r;
	}

	private static Cell cell(int row, String header) {
		return overview.getRow(row).getCell(columns.of(header));
	}

	private static String text(int row, String header) {
		return OverviewColumns.text(cell(row, header));
	}

	private static double number(int row, String header) {
		Cell cell = cell(row, header);
		assertNotNull(cell, header + " row " + row);
		return cell.getNumericCellValue();
	}

	private static double round2(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	private static List<String> headers(Row row) {
		List<String> headers = new ArrayList<>();
		for (Cell cell : row) {
			headers.add(cell.getStringCellValue());
		}
		return headers;
	}

	/** The fill colour conditional formatting gives the cell, or null when no rule applies. */
	private static String fill(ConditionalFormattingEvaluator cf, int row, String header) {
		return fill(cf, overview, row, columns.of(header));
	}

	private static String fill(ConditionalFormattingEvaluator cf, Sheet sheet, int row, int column) {
		List<EvaluationConditionalFormatRule> rules = cf.getConditionalFormattingForCell(new CellReference(sheet.getSheetName(), row, column, false, false));
		if (rules.isEmpty()) {
			return null;
		}
		XSSFColor color = (XSSFColor) rules.get(0).getRule().getPatternFormatting().getFillBackgroundColorColor();
		return color.getARGBHex().substring(2);
	}
}
