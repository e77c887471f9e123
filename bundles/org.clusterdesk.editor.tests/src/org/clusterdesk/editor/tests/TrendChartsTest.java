/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.ProblemTarget;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.internal.editor.pages.OverviewPage;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.indicators.KeyIndicator;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/** The overview's indicator trend charts: drawn, with the document's figures, following edits and undo. */
class TrendChartsTest {

	@Test
	void overviewChartsTheKeyIndicatorsAndFollowsAnEditAndItsUndo() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("miit-2025");
		try {
			EditorTesting.maximize(editor);
			OverviewPage overview = (OverviewPage) EditorTesting.show(editor, OverviewPage.ID);
			List<KeyIndicator> charted = overview.trends().indicators();
			assertEquals(KeyIndicator.OUTPUT, charted.get(0));
			assertTrue(charted.containsAll(List.of(KeyIndicator.OUTPUT_GROWTH, KeyIndicator.SME_SHARE, KeyIndicator.LEADING_SHARE,
					KeyIndicator.RD_INTENSITY, KeyIndicator.IIOT_PENETRATION, KeyIndicator.ENERGY_PER_OUTPUT)), charted.toString());
			assertFalse(charted.contains(KeyIndicator.REVENUE), "no competition figures in an application");
			String output = overview.trends().text(0);
			assertTrue(output.startsWith("集群总产值（亿元）"), output);
			assertTrue(output.contains("2022年：512.30") && output.contains("2024年：628.10"), output);
			assertTrue(output.contains("认定标准：40"), output);
			assertFalse(output.contains("未达认定标准"), output);
			assertEquals(output, overview.trends().canvases().get(0).getToolTipText());

			Canvas canvas = overview.trends().canvases().get(0);
			assertTrue(canvas.getSize().x > 200 && canvas.getSize().y > 150, "a readable chart: " + canvas.getSize());
			assertTrue(pixels(canvas, c -> c == 0x4472C4) > 1000, "the bars are drawn in the series colour");
			// the dashed line is antialiased: red-ish, not one exact colour
			assertTrue(pixels(canvas, c -> (c >> 16 & 0xFF) > 150 && (c >> 8 & 0xFF) < 110 && (c & 0xFF) < 110) > 20, "the threshold line is drawn in red");
			EditorTesting.screenshot(overview, EditorTesting.screenshots().resolve("trends"), "miit-2025-overview");

			// a picture of a chart for a report: on the clipboard, or as a PNG file
			overview.trends().copyPicture(0);
			Clipboard clipboard = new Clipboard(Display.getCurrent());
			try {
				ImageData copied = (ImageData) clipboard.getContents(ImageTransfer.getInstance());
				assertTrue(copied != null && copied.width == 840 && copied.height == 460, "the chart on the clipboard at twice 420 × 230");
			} finally {
				clipboard.dispose();
			}
			Path png = Files.createTempDirectory("trend").resolve("集群总产值.png");
			overview.trends().savePicture(0, png);
			ImageData saved = new ImageLoader().load(png.toString())[0];
			assertEquals(840, saved.width);
			assertEquals(460, saved.height);
			assertEquals(3, canvas.getMenu().getItemCount(), "转到该行, 复制图表, 另存为图片");

			// double-click (or Enter) on the output chart: to the output row of section 二, the cursor in it
			overview.trends().open(0);
			EditorTesting.flush();
			ClusterFormPage active = (ClusterFormPage) editor.getActivePageInstance();
			assertEquals("二", active.sectionNumber(), "the page of the output row, not " + active.getTitle());
			Object target = null;
			for (Control c = Display.getCurrent().getFocusControl(); c != null && target == null; c = c.getParent()) {
				target = c.getData(FormWidgets.BINDING_KEY);
			}
			var industrySection = ((Application) editor.getDocument()).getIndustry();
			RuleFinding aboutOutput = new RuleFinding("", 0, null, null, null, null, null, "", industrySection, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT);
			assertTrue(target instanceof ProblemTarget field && field.match(aboutOutput, industrySection, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT) > 0,
					"the cursor is in the output row: " + target);

			// below the threshold in 2024: the chart's figures and its warning follow the edit
			ClusterFormPage industry = EditorTesting.show(editor, "section-2");
			TextField field = EditorTesting.field(industry, "集群总产值（亿元）（2024年）");
			EditorTesting.type(field, "38.5");
			overview = (OverviewPage) EditorTesting.show(editor, OverviewPage.ID);
			output = overview.trends().text(0);
			assertTrue(output.contains("2024年：38.50"), output);
			assertTrue(output.contains("未达认定标准：2024年"), output);
			EditorTesting.screenshot(overview, EditorTesting.screenshots().resolve("trends"), "miit-2025-overview-below");

			editor.getEditingDomain().getCommandStack().undo();
			EditorTesting.flush();
			output = overview.trends().text(0);
			assertTrue(output.contains("2024年：628.10"), "undo restores the chart: " + output);
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void aCompetitionReportChartsItsRevenueProfitAndTax() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			OverviewPage overview = (OverviewPage) EditorTesting.show(editor, OverviewPage.ID);
			assertTrue(overview.trends().indicators().containsAll(List.of(KeyIndicator.OUTPUT, KeyIndicator.REVENUE, KeyIndicator.PROFIT, KeyIndicator.TAX)),
					overview.trends().indicators().toString());
			// Enter on a focused chart: to its row (营收 is in 2.1 集群主要经济指标)
			int revenue = overview.trends().indicators().indexOf(KeyIndicator.REVENUE);
			Canvas canvas = overview.trends().canvases().get(revenue);
			assertTrue(canvas.setFocus(), "a chart takes the focus");
			org.eclipse.swt.widgets.Event enter = new org.eclipse.swt.widgets.Event();
			enter.character = org.eclipse.swt.SWT.CR;
			enter.keyCode = org.eclipse.swt.SWT.CR;
			canvas.notifyListeners(org.eclipse.swt.SWT.KeyDown, enter);
			EditorTesting.flush();
			assertEquals("2.1", ((ClusterFormPage) editor.getActivePageInstance()).sectionNumber());
		} finally {
			EditorTesting.close(editor);
		}
	}

	/** How many pixels of the canvas, painted now, have a colour. */
	private static int pixels(Canvas canvas, java.util.function.IntPredicate colour) {
		EditorTesting.flush();
		Point size = canvas.getSize();
		Image image = new Image(canvas.getDisplay(), size.x, size.y);
		// painted into an image, as the screenshots are: the charts may be scrolled out of view
		GC gc = new GC(image);
		try {
			canvas.print(gc);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		int count = 0;
		for (int x = 0; x < data.width; x++) {
			for (int y = 0; y < data.height; y++) {
				org.eclipse.swt.graphics.RGB c = data.palette.getRGB(data.getPixel(x, y));
				count += colour.test(c.red << 16 | c.green << 8 | c.blue) ? 1 : 0;
			}
		}
		return count;
	}
}
