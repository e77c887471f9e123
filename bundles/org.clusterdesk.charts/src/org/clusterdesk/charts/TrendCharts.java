/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.indicators.KeyIndicator;
import org.clusterdesk.model.indicators.KeyIndicators;
import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The indicator trend charts of one document: a small chart per key indicator the document has values of, over the
 * edition's data years, with the recognition threshold as a dashed line where the edition sets one. The editor draws
 * these charts on its overview page and the Word export puts the same charts, as pictures, in its appendix; both take
 * them from here so that they cannot differ.
 */
public final class TrendCharts {

	/** The series colour (Office's first accent), the threshold's and a failing value's colour. */
	private static final Color SERIES = new Color(0x44, 0x72, 0xC4);

	private static final Color THRESHOLD = new Color(0xC0, 0x00, 0x00);

	private static final Color GRID = new Color(0xD9, 0xD9, 0xD9);

	/** Java's logical font: its fallbacks include a face with the forms' Chinese on every platform (for pictures). */
	public static final String LOGICAL_FONT = "SansSerif"; //$NON-NLS-1$

	private TrendCharts() {
	}

	/** The series to chart, in the overview's indicator order: yearly key indicators with at least one value. */
	public static List<TrendSeries> of(ClusterDocument document) {
		KeyIndicators key = KeyIndicators.of(document);
		List<TrendSeries> series = new ArrayList<>();
		for (KeyIndicator indicator : KeyIndicator.values()) {
			if (indicator.yearly() && key.has(indicator)) {
				series.add(new TrendSeries(indicator, key.dataYears(), key.byYear(indicator), indicator.threshold(document.getEdition()), key.source(indicator)));
			}
		}
		return series;
	}

	/**
	 * The chart of a series: bars for amounts, a line with points for rates; every value labelled, since reviewers
	 * read the figures off the chart; the threshold dashed and labelled.
	 */
	public static JFreeChart chart(TrendSeries series) {
		return chart(series, LOGICAL_FONT);
	}

	/**
	 * The chart of a series with its text in a font family: on screen the family of the workbench's dialog font,
	 * which the platform knows to have Chinese (a name it does not know, like Java's logical SansSerif, may fall back to
	 * a face without it on Windows).
	 */
	public static JFreeChart chart(TrendSeries series, String fontFamily) {
		String family = fontFamily == null || fontFamily.isBlank() ? LOGICAL_FONT : fontFamily;
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (int year : series.years()) {
			BigDecimal value = series.values().get(year);
			dataset.addValue(value, series.indicator().label(), String.valueOf(year));
		}
		CategoryAxis years = new CategoryAxis();
		years.setTickLabelFont(new Font(family, Font.PLAIN, 11));
		years.setCategoryMargin(series.amount() ? 0.35 : 0.0);
		NumberAxis values = new NumberAxis();
		values.setTickLabelFont(new Font(family, Font.PLAIN, 10));
		// from zero, so that a rise of a few hundredths does not look like a leap
		values.setAutoRangeIncludesZero(true);
		values.setUpperMargin(0.15);

		CategoryItemRenderer renderer = series.amount() ? bars() : line();
		renderer.setSeriesPaint(0, SERIES);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0.##"))); //$NON-NLS-1$ //$NON-NLS-2$
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(new Font(family, Font.PLAIN, 10));

		CategoryPlot plot = new CategoryPlot(dataset, years, values, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		plot.setInsets(new RectangleInsets(4, 4, 4, 8));
		if (series.threshold() != null) {
			ValueMarker marker = new ValueMarker(series.threshold().doubleValue(), THRESHOLD,
					new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 5f, 3f }, 0f));
			marker.setLabel(NLS.bind(Messages.Chart_threshold, series.threshold().stripTrailingZeros().toPlainString()));
			marker.setLabelFont(new Font(family, Font.PLAIN, 10));
			marker.setLabelPaint(THRESHOLD);
			// no box behind the label (JFreeChart's default is a grey one)
			marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
			marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
			marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
			plot.addRangeMarker(marker);
		}

		JFreeChart chart = new JFreeChart(plot);
		chart.removeLegend();
		chart.setTitle(new TextTitle(series.indicator().label(), new Font(family, Font.BOLD, 12)));
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new RectangleInsets(4, 4, 4, 4));
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		return chart;
	}

	private static BarRenderer bars() {
		BarRenderer bars = new BarRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setMaximumBarWidth(0.18);
		return bars;
	}

	private static LineAndShapeRenderer line() {
		LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
		line.setSeriesStroke(0, new BasicStroke(2f));
		return line;
	}

	/** A chart as a picture for a document: the size in points, two charts and their captions to a portrait A4 page. */
	public static final int PICTURE_WIDTH = 420;

	public static final int PICTURE_HEIGHT = 230;

	/** Pictures are drawn at this multiple of their size, so that they stay sharp in print. */
	public static final int PICTURE_SCALE = 2;

	/**
	 * The chart as the picture documents take (the Word appendix, a copied or saved chart): {@link #PICTURE_WIDTH} ×
	 * {@link #PICTURE_HEIGHT} points drawn at {@link #PICTURE_SCALE} times the size.
	 */
	public static byte[] picture(TrendSeries series) {
		return png(series, PICTURE_WIDTH, PICTURE_HEIGHT, PICTURE_SCALE);
	}

	/**
	 * The chart as a PNG picture (for the Word appendix): drawn at {@code scale} times the size so that it stays sharp
	 * when printed at width × height points.
	 */
	public static byte[] png(TrendSeries series, int width, int height, int scale) {
		BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.scale(scale, scale);
			chart(series, LOGICAL_FONT).draw(g, new Rectangle2D.Double(0, 0, width, height));
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out); //$NON-NLS-1$
		} catch (IOException e) {
			// writing to memory does not fail
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
