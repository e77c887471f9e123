/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.internal.review.ApplicationSummary;
import org.clusterdesk.internal.review.Indicator;
import org.clusterdesk.internal.review.OverviewLayout;
import org.clusterdesk.internal.review.OverviewLayout.Column;
import org.clusterdesk.internal.review.OverviewLayout.Mark;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.review.BatchReview;
import org.clusterdesk.review.ReviewScan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview's columns are defined once ({@link OverviewLayout}): the workbook's Overview sheet read back with POI
 * must be the layout cell by cell — headers, values, ranks — and its conditional formatting must mark exactly the
 * cells the layout marks, as POI's evaluator of the sheet's rules finds them.
 */
class OverviewLayoutTest {

	@TempDir
	static Path temp;

	private static List<ApplicationSummary> summaries;

	private static OverviewLayout layout;

	private static XSSFWorkbook workbook;

	private static Sheet overview;

	@BeforeAll
	static void review() throws IOException {
		Path extra = Files.createDirectories(temp.resolve("extra"));
		String text = Files.readString(ReviewTesting.samplesDir().resolve("miit-2025.cluster"), StandardCharsets.UTF_8);
		Files.writeString(extra.resolve("truncated.cluster"), text.substring(0, 1500), StandardCharsets.UTF_8);
		// the leading industry exactly at its 70 % threshold fails (the form asks more than 70 %), just above passes
		Application at = ReviewTesting.sample("miit-2025");
		at.setName("at-threshold");
		for (YearDecimal v : at.getIndustry().getLeadingIndustryShare().getValues()) {
			v.setValue(v.getYear() == 2024 ? new BigDecimal("70.00") : new BigDecimal("70.01"));
		}
		ClusterFiles.save(at.eResource(), extra.resolve("at-threshold.cluster"));
		Files.deleteIfExists(extra.resolve("at-threshold.cluster.bak"));

		List<Path> inputs = List.of(ReviewTesting.samplesDir(), ReviewTesting.samplesDir().resolve("broken"), extra);
		summaries = ReviewScan.summarise(ReviewScan.files(inputs), null);
		layout = OverviewLayout.of(summaries);
		Path out = ReviewTesting.outputDir().resolve("overview-layout.xlsx");
		BatchReview.run(inputs, out, null, null, null);
		try (InputStream in = Files.newInputStream(out)) {
			workbook = new XSSFWorkbook(in);
		}
		overview = workbook.getSheet("总览");
	}

	@AfterAll
	static void close() throws IOException {
		workbook.close();
	}

	@Test
	void theSheetHasTheLayoutsHeaders() {
		List<String> expected = new ArrayList<>();
		for (Column column : layout.columns()) {
			expected.add(column.group() == null ? column.header() : column.group() + "/" + column.header());
		}
		assertEquals(expected, List.copyOf(new OverviewColumns(overview).all().keySet()));
		assertTrue(expected.contains("集群总产值（亿元）/2024年"), expected.toString());
		Column output2024 = layout.columns().get(expected.indexOf("集群总产值（亿元）/2024年"));
		assertEquals("集群总产值（亿元） 2024年", output2024.title(), "one header line for a table");
		assertEquals(OverviewLayout.Kind.DECIMAL, output2024.kind());
	}

	@Test
	void theSheetHasTheLayoutsValuesAndRanks() {
		assertEquals(summaries.size(), overview.getLastRowNum() - OverviewColumns.FIRST_ROW + 1);
		int ranks = 0;
		for (int r = 0; r < summaries.size(); r++) {
			ApplicationSummary summary = summaries.get(r);
			assertEquals(r + 1, summary.serial());
			for (int c = 0; c < layout.columns().size(); c++) {
				Column column = layout.columns().get(c);
				Object value = column.valueOf(summary);
				Cell cell = overview.getRow(OverviewColumns.FIRST_ROW + r).getCell(c);
				String where = summary.file() + " / " + column.title();
				if (value instanceof Number n) {
					assertEquals(n.doubleValue(), cell.getNumericCellValue(), 1e-9, where);
					ranks += column.rankOf() != null ? 1 : 0;
				} else {
					assertEquals(value == null ? "" : value.toString(), OverviewColumns.text(cell), where);
				}
			}
		}
		assertTrue(ranks > 10, "ranks are compared too: " + ranks);
	}

	@Test
	void theSheetHighlightsExactlyTheCellsTheLayoutMarks() {
		ConditionalFormattingEvaluator cf = new ConditionalFormattingEvaluator(workbook, workbook.getCreationHelper().createFormulaEvaluator());
		int fails = 0;
		int notes = 0;
		for (int r = 0; r < summaries.size(); r++) {
			for (int c = 0; c < layout.columns().size(); c++) {
				Column column = layout.columns().get(c);
				Mark mark = column.markOf(summaries.get(r));
				assertEquals(mark == null ? null : mark.fill(), fill(cf, OverviewColumns.FIRST_ROW + r, c), summaries.get(r).file() + " / " + column.title());
				fails += mark == Mark.FAIL ? 1 : 0;
				notes += mark == Mark.NOTE ? 1 : 0;
			}
		}
		assertTrue(fails > 5 && notes > 0, "both kinds are compared: " + fails + " failed, " + notes + " notes");
	}

	@Test
	void whatTheLayoutMarks() {
		ApplicationSummary at = summary("at-threshold.cluster");
		ApplicationSummary sample = summaries.stream().filter(s -> s.file().endsWith("samples/miit-2025.cluster")).findFirst().orElseThrow();
		ApplicationSummary broken = summary("broken/miit-2025.cluster");
		ApplicationSummary truncated = summary("truncated.cluster");
		String leading = Indicator.LEADING_SHARE.label();
		assertEquals(Mark.FAIL, mark(leading + "/2024年", at), "equal to the threshold fails");
		assertNull(mark(leading + "/2023年", at), "just above passes");
		assertNull(mark(leading + "/2024年", sample));
		assertEquals(Mark.FAIL, mark("错误数", broken));
		assertNull(mark("错误数", sample));
		assertEquals(Mark.FAIL, mark("读取情况", truncated));
		assertNull(mark("错误数", truncated), "an unreadable file has no counts to mark");
		assertEquals("FFC7CE", Mark.FAIL.fill());
		assertEquals("FFEB9C", Mark.NOTE.fill());
	}

	private static Mark mark(String header, ApplicationSummary summary) {
		for (Column column : layout.columns()) {
			if ((column.group() == null ? column.header() : column.group() + "/" + column.header()).equals(header)) {
				return column.markOf(summary);
			}
		}
		throw new AssertionError("no column " + header);
	}

	private static ApplicationSummary summary(String file) {
		ApplicationSummary found = summaries.stream().filter(s -> s.file().replace('\\', '/').endsWith(file)).findFirst().orElse(null);
		assertNotNull(found, file);
		return found;
	}

	private static String fill(ConditionalFormattingEvaluator cf, int row, int column) {
		List<EvaluationConditionalFormatRule> rules = cf.getConditionalFormattingForCell(new CellReference(overview.getSheetName(), row, column, false, false));
		if (rules.isEmpty()) {
			return null;
		}
		XSSFColor color = (XSSFColor) rules.get(0).getRule().getPatternFormatting().getFillBackgroundColorColor();
		return color.getARGBHex().substring(2);
	}
}
