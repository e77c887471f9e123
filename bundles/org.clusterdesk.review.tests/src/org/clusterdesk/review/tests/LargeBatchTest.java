/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.internal.review.BatchBenchmarkData;
import org.clusterdesk.review.BatchReview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A season-sized batch of generated applications: the charts keep to the largest clusters and say so. */
class LargeBatchTest {

	@TempDir
	Path temp;

	@Test
	void chartsShowTheThirtyLargestClustersAndRanksCoverEveryApplication() throws IOException {
		Path dir = temp.resolve("season");
		BatchBenchmarkData.write(dir, 48, ReviewTesting.samplesDir());
		Path out = ReviewTesting.outputDir().resolve("batch-generated.xlsx");
		BatchReview.Result result = BatchReview.run(List.of(dir), out, null, null, null);
		assertEquals(48, result.reviewed());
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
			Sheet overview = workbook.getSheet("总览");
			OverviewColumns columns = new OverviewColumns(overview);
			assertEquals(OverviewColumns.FIRST_ROW + 47, overview.getLastRowNum());
			// eight applications of each edition: ranks 1 … 8 within each
			int rank = columns.of("排名（同一版本内，最近年度）/集群总产值");
			for (int r = OverviewColumns.FIRST_ROW; r <= overview.getLastRowNum(); r++) {
				double value = overview.getRow(r).getCell(rank).getNumericCellValue();
				assertTrue(value >= 1 && value <= 8, "rank " + value + " in row " + r);
			}
			List<XSSFChart> charts = workbook.getSheet("图表").getDrawingPatriarch().getCharts();
			XSSFChart output = charts.get(0);
			assertTrue(output.getTitleText().getString().contains("前 30 名"), output.getTitleText().getString());
			XDDFChartData.Series bars = output.getChartSeries().get(0).getSeries(0);
			assertEquals(30, bars.getCategoryData().getPointCount());
			assertEquals(30, charts.get(1).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount());
		}
	}
}
