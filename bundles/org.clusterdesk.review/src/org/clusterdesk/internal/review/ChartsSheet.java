/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.eclipse.osgi.util.NLS;

/**
 * Native Excel charts (DrawingML through POI's XDDF) over small data tables written beside them, so that the charts
 * stay live in Excel and LibreOffice: output by cluster (bar), average growth against the edition's threshold (bars
 * with a threshold line), and trend lines of output and of the main ratios.
 */
final class ChartsSheet {

	/** More bars than this become unreadable: the largest clusters by output are shown, and the title says so. */
	static final int MAX_CLUSTERS = 30;

	/** Lines in the output trend chart. */
	static final int MAX_TRENDS = 10;

	/** Where the data tables start: right of the charts. */
	private static final int DATA_COLUMN = 16;

	/** Width of a chart in columns: a landscape A4 page. */
	private static final int CHART_COLUMNS = 14;

	/** Line colours of the trend charts (Office's palette, distinguishable when printed in grey too). */
	private static final byte[][] PALETTE = { rgb(0x44, 0x72, 0xC4), rgb(0xED, 0x7D, 0x31), rgb(0xA5, 0xA5, 0xA5), rgb(0xFF, 0xC0, 0x00),
			rgb(0x5B, 0x9B, 0xD5), rgb(0x70, 0xAD, 0x47), rgb(0x26, 0x44, 0x78), rgb(0x9E, 0x48, 0x0E), rgb(0x63, 0x63, 0x63),
			rgb(0x99, 0x73, 0x00) };

	/** The ratios whose yearly averages are drawn as trend lines (all in percent, one axis). */
	private static final Indicator[] TREND_RATIOS = { Indicator.SME_SHARE, Indicator.LEADING_SHARE, Indicator.RD_INTENSITY,
			Indicator.IIOT_PENETRATION, Indicator.CLOUD_RATIO };

	private final XSSFSheet sheet;

	private final ReviewStyles styles;

	private final List<ApplicationSummary> summaries;

	private final XSSFDrawing drawing;

	private int dataRow = 1;

	private int chartRow = 2;

	ChartsSheet(XSSFSheet sheet, ReviewStyles styles, List<ApplicationSummary> summaries) {
		this.sheet = sheet;
		this.styles = styles;
		this.summaries = summaries;
		this.drawing = sheet.createDrawingPatriarch();
	}

	void write() {
		// chart heights are counted in rows: fix the row height so that a chart fits its page in any suite
		sheet.setDefaultRowHeightInPoints(15);
		Row title = sheet.createRow(0);
		Cell cell = title.createCell(0);
		cell.setCellValue(Messages.Title_charts);
		cell.setCellStyle(styles.title);
		title.setHeightInPoints(22);

		List<ApplicationSummary> withOutput = new ArrayList<>();
		for (ApplicationSummary s : summaries) {
			if (s.rankedValue(Indicator.OUTPUT) != null) {
				withOutput.add(s);
			}
		}
		withOutput.sort(Comparator.comparing((ApplicationSummary s) -> s.rankedValue(Indicator.OUTPUT)).reversed());
		boolean cut = withOutput.size() > MAX_CLUSTERS;
		List<ApplicationSummary> largest = withOutput.subList(0, Math.min(MAX_CLUSTERS, withOutput.size()));
		if (!largest.isEmpty()) {
			outputChart(largest, cut);
		}
		List<ApplicationSummary> withGrowth = new ArrayList<>();
		for (ApplicationSummary s : cut ? largest : summaries) {
			if (s.value(Indicator.AVERAGE_GROWTH, null) != null) {
				withGrowth.add(s);
			}
		}
		withGrowth.sort(Comparator.comparing((ApplicationSummary s) -> s.value(Indicator.AVERAGE_GROWTH, null)).reversed());
		if (!withGrowth.isEmpty()) {
			growthChart(withGrowth, cut);
		}
		if (!largest.isEmpty()) {
			outputTrendChart(largest.subList(0, Math.min(MAX_TRENDS, largest.size())));
		}
		ratioTrendChart();
		sheet.setColumnWidth(DATA_COLUMN, 30 * 256);
		for (int c = DATA_COLUMN + 1; c < DATA_COLUMN + 1 + MAX_TRENDS; c++) {
			sheet.setColumnWidth(c, 14 * 256);
		}
		// the charts print one under another, the data tables beside them are for the charts, not for paper
		PageSetup.landscape(sheet, -1, -1, -1, false);
		sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, CHART_COLUMNS - 1, 0, Math.max(1, chartRow));
	}

	/** Output of the latest data year per cluster: horizontal bars, largest on top. */
	private void outputChart(List<ApplicationSummary> clusters, boolean cut) {
		int header = table(Messages.Chart_cluster, Messages.Chart_latestOutput);
		for (ApplicationSummary s : clusters) {
			row(s.name(), s.rankedValue(Indicator.OUTPUT));
		}
		XDDFCategoryDataSource names = categories(header + 1, dataRow - 1, DATA_COLUMN);
		XDDFNumericalDataSource<Double> values = numbers(header + 1, dataRow - 1, DATA_COLUMN + 1);
		dataRow++;

		// a bar with its name in 8 points needs about four fifths of a 15-point row; at most a landscape page
		int height = Math.min(30, Math.max(18, (int) Math.ceil(clusters.size() * 0.8) + 6));
		XSSFChart chart = chart(cut ? NLS.bind(Messages.Chart_outputTop, MAX_CLUSTERS) : Messages.Chart_output, height);
		XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
		XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
		// largest first from the top: reversed categories, and the value axis kept at the bottom
		categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
		categoryAxis.getOrAddTextProperties().setFontSize(8.0);
		valueAxis.setCrosses(AxisCrosses.MAX);
		// bars compare lengths: they start at zero, whatever the office suite would pick
		valueAxis.setMinimum(0);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
		bars.setBarDirection(BarDirection.BAR);
		bars.setVaryColors(false);
		XDDFChartData.Series series = bars.addSeries(names, values);
		series.setTitle(Messages.Chart_latestOutput, null);
		fill(series, PALETTE[0]);
		chart.plot(bars);
		chart.deleteLegend();
	}

	/** Average growth per cluster as columns, the edition's threshold as a line over them. */
	private void growthChart(List<ApplicationSummary> clusters, boolean cut) {
		int header = table(Messages.Chart_cluster, Messages.Chart_growthSeries, Messages.Chart_thresholdSeries);
		boolean anyThreshold = false;
		for (ApplicationSummary s : clusters) {
			row(s.name(), s.value(Indicator.AVERAGE_GROWTH, null), s.minAverageGrowth());
			anyThreshold |= s.minAverageGrowth() != null;
		}
		int last = dataRow - 1;
		dataRow++;

		XSSFChart chart = chart(cut ? NLS.bind(Messages.Chart_growthTop, MAX_CLUSTERS) : Messages.Chart_growth, 24);
		XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		// names below the plot even when a growth is negative
		categoryAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
		XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
		valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFCategoryDataSource names = categories(header + 1, last, DATA_COLUMN);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
		bars.setBarDirection(BarDirection.COL);
		bars.setVaryColors(false);
		XDDFChartData.Series growth = bars.addSeries(names, numbers(header + 1, last, DATA_COLUMN + 1));
		growth.setTitle(Messages.Chart_growthSeries, null);
		fill(growth, PALETTE[5]);
		chart.plot(bars);
		if (anyThreshold) {
			// the same axes: the line is read on the bars' scale
			XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
			line.setVaryColors(false);
			XDDFLineChartData.Series threshold = (XDDFLineChartData.Series) line.addSeries(names,
					numbers(header + 1, last, DATA_COLUMN + 2));
			threshold.setTitle(Messages.Chart_thresholdSeries, null);
			threshold.setSmooth(false);
			threshold.setMarkerStyle(MarkerStyle.NONE);
			stroke(threshold, rgb(0xC0, 0, 0), true);
			chart.plot(line);
		}
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
	}

	/** Output per year of the largest clusters: one line each. */
	private void outputTrendChart(List<ApplicationSummary> clusters) {
		TreeSet<Integer> years = new TreeSet<>();
		for (ApplicationSummary s : clusters) {
			s.years(Indicator.OUTPUT).forEach(years::add);
		}
		if (years.size() < 2) {
			return;
		}
		String[] headers = new String[clusters.size() + 1];
		headers[0] = Messages.Chart_year;
		for (int i = 0; i < clusters.size(); i++) {
			headers[i + 1] = clusters.get(i).name();
		}
		int header = table(headers);
		for (int year : years) {
			Object[] values = new Object[clusters.size() + 1];
			values[0] = String.valueOf(year);
			for (int i = 0; i < clusters.size(); i++) {
				values[i + 1] = clusters.get(i).value(Indicator.OUTPUT, year);
			}
			row(values);
		}
		int last = dataRow - 1;
		dataRow++;
		XSSFChart chart = chart(NLS.bind(Messages.Chart_outputTrend, clusters.size()), 22);
		lines(chart, header, last, clusters.size());
	}

	/** Yearly averages of the main ratios over the applications that report them. */
	private void ratioTrendChart() {
		TreeSet<Integer> years = new TreeSet<>();
		List<Indicator> shown = new ArrayList<>();
		for (Indicator indicator : TREND_RATIOS) {
			boolean any = false;
			for (ApplicationSummary s : summaries) {
				for (int y : s.years(indicator)) {
					years.add(y);
					any = true;
				}
			}
			if (any) {
				shown.add(indicator);
			}
		}
		if (years.size() < 2 || shown.isEmpty()) {
			return;
		}
		String[] headers = new String[shown.size() + 1];
		headers[0] = Messages.Chart_year;
		for (int i = 0; i < shown.size(); i++) {
			headers[i + 1] = shown.get(i).label();
		}
		int header = table(headers);
		for (int year : years) {
			Object[] values = new Object[shown.size() + 1];
			values[0] = String.valueOf(year);
			for (int i = 0; i < shown.size(); i++) {
				double sum = 0;
				int n = 0;
				for (ApplicationSummary s : summaries) {
					Double v = s.value(shown.get(i), year);
					if (v != null) {
						sum += v;
						n++;
					}
				}
				values[i + 1] = n == 0 ? null : Math.round(sum / n * 100) / 100.0;
			}
			row(values);
		}
		int last = dataRow - 1;
		dataRow++;
		XSSFChart chart = chart(Messages.Chart_indicatorTrend, 22);
		lines(chart, header, last, shown.size());
	}

	/** A line chart over a table: years down the first column, one series per further column. */
	private void lines(XSSFChart chart, int header, int last, int seriesCount) {
		XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		categoryAxis.setTitle(Messages.Chart_year);
		XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
		valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
		data.setVaryColors(false);
		XDDFCategoryDataSource years = categories(header + 1, last, DATA_COLUMN);
		for (int i = 0; i < seriesCount; i++) {
			XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(years,
					numbers(header + 1, last, DATA_COLUMN + 1 + i));
			series.setTitle(sheet.getRow(header).getCell(DATA_COLUMN + 1 + i).getStringCellValue(),
					new CellReference(sheet.getSheetName(), header, DATA_COLUMN + 1 + i, true, true));
			series.setSmooth(false);
			series.setMarkerStyle(MarkerStyle.CIRCLE);
			stroke(series, PALETTE[i % PALETTE.length], false);
		}
		chart.plot(data);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
	}

	/** A new chart below the previous one, the given number of rows high. */
	private XSSFChart chart(String title, int rows) {
		if (!drawing.getCharts().isEmpty()) {
			sheet.setRowBreak(chartRow - 1); // one chart a page
		}
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, chartRow, CHART_COLUMNS, chartRow + rows);
		chartRow += rows + 2;
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties().setFontSize(13.0);
		// a missing value is a gap, not a zero (a threshold the edition does not set, a year not reported)
		chart.displayBlanksAs(DisplayBlanks.GAP);
		return chart;
	}

	/** Header row of a data table; returns its row index. */
	private int table(String... headers) {
		Row row = sheet.createRow(dataRow);
		for (int i = 0; i < headers.length; i++) {
			Cell cell = row.createCell(DATA_COLUMN + i);
			cell.setCellValue(headers[i]);
			cell.setCellStyle(styles.header);
		}
		return dataRow++;
	}

	private void row(Object... values) {
		Row row = sheet.getRow(dataRow) != null ? sheet.getRow(dataRow) : sheet.createRow(dataRow);
		dataRow++;
		for (int i = 0; i < values.length; i++) {
			Cell cell = row.createCell(DATA_COLUMN + i);
			Object value = values[i];
			if (value instanceof Number n) {
				cell.setCellValue(n.doubleValue());
				cell.setCellStyle(styles.decimal);
			} else {
				cell.setCellStyle(styles.text);
				if (value != null) {
					cell.setCellValue(value.toString());
				}
			}
		}
	}

	private XDDFCategoryDataSource categories(int first, int last, int column) {
		return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, column, column));
	}

	private XDDFNumericalDataSource<Double> numbers(int first, int last, int column) {
		return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
	}

	private static byte[] rgb(int r, int g, int b) {
		return new byte[] { (byte) r, (byte) g, (byte) b };
	}

	private static void fill(XDDFChartData.Series series, byte[] rgb) {
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
	}

	private static void stroke(XDDFChartData.Series series, byte[] rgb, boolean dashed) {
		XDDFLineProperties line = new XDDFLineProperties();
		line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
		line.setWidth(dashed ? 2.25 : 1.75);
		if (dashed) {
			line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
		}
		series.setLineProperties(line);
	}
}
