/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.clusterdesk.charts.TrendCharts;
import org.clusterdesk.charts.TrendSeries;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.indicators.KeyIndicator;
import org.clusterdesk.model.resource.ClusterFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The trend charts of the bundled samples: the right series, values, thresholds, and pictures that decode. */
class TrendChartsTest {

	private static ClusterDocument sample(String name) throws Exception {
		String dir = System.getProperty("clusterdesk.samples");
		assertNotNull(dir, "system property clusterdesk.samples");
		return ClusterFiles.load(Path.of(dir, name));
	}

	private static TrendSeries series(List<TrendSeries> all, KeyIndicator indicator) {
		return all.stream().filter(s -> s.indicator() == indicator).findFirst().orElse(null);
	}

	@Test
	void applicationChartsTheYearlyIndicatorsItHasWithTheEditionsThresholds() throws Exception {
		Application a = (Application) sample("miit-2025.cluster");
		List<TrendSeries> all = TrendCharts.of(a);

		TrendSeries output = series(all, KeyIndicator.OUTPUT);
		assertNotNull(output);
		assertEquals(List.of(2022, 2023, 2024), output.years());
		assertEquals(Map.of(2022, new BigDecimal("512.30"), 2023, new BigDecimal("566.80"), 2024, new BigDecimal("628.10")), output.values());
		assertEquals(0, new BigDecimal("40").compareTo(output.threshold()), "认定标准: 总产值 ≥ 40 亿元");
		assertTrue(output.amount());
		assertEquals(List.of(), output.belowThreshold());

		TrendSeries sme = series(all, KeyIndicator.SME_SHARE);
		assertEquals(0, new BigDecimal("70").compareTo(sme.threshold()));
		assertFalse(sme.amount());
		assertNull(series(all, KeyIndicator.OUTPUT_GROWTH).threshold());
		// single-valued indicators are not trends; competition figures are not in an application
		assertNull(series(all, KeyIndicator.AVERAGE_GROWTH));
		assertNull(series(all, KeyIndicator.REVENUE));
		// in the overview's order
		assertEquals(KeyIndicator.OUTPUT, all.get(0).indicator());
		for (int i = 1; i < all.size(); i++) {
			assertTrue(all.get(i - 1).indicator().ordinal() < all.get(i).indicator().ordinal());
		}
	}

	@Test
	void competitionReportChartsRevenueProfitAndTax() throws Exception {
		CompetitionReport r = (CompetitionReport) sample("competition-2026.cluster");
		List<TrendSeries> all = TrendCharts.of(r);
		for (KeyIndicator indicator : List.of(KeyIndicator.OUTPUT, KeyIndicator.REVENUE, KeyIndicator.PROFIT, KeyIndicator.TAX)) {
			TrendSeries s = series(all, indicator);
			assertNotNull(s, indicator.name());
			assertFalse(s.values().isEmpty(), indicator.name());
		}
	}

	@Test
	void valuesBelowTheThresholdAreFoundAndLeadingShareMustExceedIt() {
		TrendSeries output = new TrendSeries(KeyIndicator.OUTPUT, List.of(2022, 2023, 2024),
				Map.of(2022, new BigDecimal("35"), 2024, new BigDecimal("40")), new BigDecimal("40"));
		assertEquals(List.of(2022), output.belowThreshold(), "40 meets ≥ 40; 2023 has no value");
		TrendSeries leading = new TrendSeries(KeyIndicator.LEADING_SHARE, List.of(2023, 2024),
				Map.of(2023, new BigDecimal("70"), 2024, new BigDecimal("70.01")), new BigDecimal("70"));
		assertEquals(List.of(2023), leading.belowThreshold(), "大于70%: equal fails");
	}

	@Test
	void amountsAreBarsRatesAreLinesEveryYearOnTheAxisAndTheThresholdLabelled() {
		TrendSeries output = new TrendSeries(KeyIndicator.OUTPUT, List.of(2022, 2023, 2024),
				Map.of(2022, new BigDecimal("35.5"), 2024, new BigDecimal("48")), new BigDecimal("40"));
		JFreeChart chart = TrendCharts.chart(output);
		assertEquals("集群总产值（亿元）", chart.getTitle().getText());
		assertEquals("SansSerif", chart.getTitle().getFont().getName(), "pictures use Java's logical font");
		assertEquals("Noto Sans CJK SC", TrendCharts.chart(output, "Noto Sans CJK SC").getTitle().getFont().getName(),
				"on screen the workbench's font family");
		CategoryPlot plot = chart.getCategoryPlot();
		assertInstanceOf(BarRenderer.class, plot.getRenderer());
		CategoryDataset data = plot.getDataset();
		assertEquals(List.of("2022", "2023", "2024"), data.getColumnKeys());
		assertEquals(35.5, data.getValue(0, 0).doubleValue(), 1e-9);
		assertNull(data.getValue(0, 1), "a year without a value stays on the axis, empty");
		ValueMarker marker = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
		assertEquals(40, marker.getValue(), 1e-9);
		assertEquals("认定标准 40", marker.getLabel());

		TrendSeries growth = new TrendSeries(KeyIndicator.OUTPUT_GROWTH, List.of(2023, 2024), Map.of(2023, new BigDecimal("10.64")), null);
		CategoryPlot line = TrendCharts.chart(growth).getCategoryPlot();
		assertInstanceOf(LineAndShapeRenderer.class, line.getRenderer());
		assertNull(line.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND));
	}

	@Test
	void pictureDecodesAtTheAskedScaleWithBarsAndTheDashedThresholdInTheirColours() throws IOException {
		TrendSeries output = new TrendSeries(KeyIndicator.OUTPUT, List.of(2022, 2023, 2024),
				Map.of(2022, new BigDecimal("35"), 2023, new BigDecimal("45"), 2024, new BigDecimal("60")), new BigDecimal("40"));
		byte[] png = TrendCharts.png(output, 320, 200, 2);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals(640, image.getWidth());
		assertEquals(400, image.getHeight());
		int series = 0;
		int threshold = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				series += rgb == 0x4472C4 ? 1 : 0;
				threshold += rgb == 0xC00000 ? 1 : 0;
			}
		}
		assertTrue(series > 2000, "three bars in the series colour: " + series + " pixels");
		assertTrue(threshold > 200, "the dashed threshold line in red: " + threshold + " pixels");
	}
}
