/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.charts.TrendCharts;
import org.clusterdesk.charts.TrendSeries;
import org.clusterdesk.internal.editor.forms.Binding;
import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.model.indicators.KeyIndicator;
import org.clusterdesk.model.indicators.KeyIndicators;
import org.clusterdesk.model.resource.AtomicFiles;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.jfree.chart.JFreeChart;
import org.jfree.swt.SWTGraphics2D;

/**
 * The overview's indicator trend charts: a small chart per key indicator the document has values of, the same
 * {@link TrendCharts} the Word export puts in its appendix, drawn on SWT with native fonts. Charts follow every
 * change: a value typed on another page shows here when the overview is next refreshed.
 */
public final class TrendChartsSection implements Binding {

	/** Charts per row, and each chart's preferred size in pixels. */
	private static final int COLUMNS = 3;

	private static final Point SIZE = new Point(300, 190);


	private final FormContext context;

	private final PageHost host;

	private final FormToolkit toolkit;

	private final Section section;

	private final Composite grid;

	private final Label empty;

	private final List<ChartCanvas> canvases = new ArrayList<>();

	/** The dialog font's family: a face the platform has with the forms' Chinese, as the rest of the editor shows it. */
	private final String fontFamily = JFaceResources.getDialogFont().getFontData()[0].getName();

	/** One chart: its series (what it shows, compared on refresh) and the chart drawn from it. */
	private static final class ChartCanvas {

		final Canvas canvas;

		TrendSeries series;

		JFreeChart chart;

		ChartCanvas(Canvas canvas) {
			this.canvas = canvas;
		}
	}

	TrendChartsSection(FormContext context, PageHost host, FormToolkit toolkit, Composite body, Runnable reflow) {
		this.context = context;
		this.host = host;
		this.toolkit = toolkit;
		section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		section.setText(Messages.Overview_trends);
		section.setDescription(Messages.Overview_trendsHint);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = FormWidgets.grid(toolkit, section, 1, 1);
		section.setClient(client);
		empty = toolkit.createLabel(client, Messages.Overview_trendsEmpty, SWT.WRAP);
		empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		grid = FormWidgets.grid(toolkit, client, COLUMNS, 1);
		((GridLayout) grid.getLayout()).makeColumnsEqualWidth = true;
		((GridLayout) grid.getLayout()).horizontalSpacing = 12;
		((GridLayout) grid.getLayout()).verticalSpacing = 12;
		section.addExpansionListener(new ExpansionAdapter() {

			@Override
			public void expansionStateChanged(ExpansionEvent e) {
				reflow.run();
			}
		});
		refresh();
	}

	@Override
	public void refresh() {
		if (grid.isDisposed()) {
			return;
		}
		List<TrendSeries> all = TrendCharts.of(context.document());
		boolean relayout = all.size() != canvases.size();
		while (canvases.size() < all.size()) {
			canvases.add(create());
		}
		while (canvases.size() > all.size()) {
			canvases.remove(canvases.size() - 1).canvas.dispose();
		}
		for (int i = 0; i < all.size(); i++) {
			ChartCanvas c = canvases.get(i);
			TrendSeries series = all.get(i);
			if (!series.equals(c.series)) {
				// only a changed series is drawn anew: typing elsewhere does not repaint every chart
				c.series = series;
				c.chart = TrendCharts.chart(series, fontFamily);
				c.canvas.setToolTipText(tooltip(series));
				c.canvas.redraw();
			}
		}
		setVisible(empty, all.isEmpty());
		setVisible(grid, !all.isEmpty());
		if (relayout) {
			section.getParent().layout(true, true);
		}
	}

	private static void setVisible(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	private ChartCanvas create() {
		Canvas canvas = new Canvas(grid, SWT.DOUBLE_BUFFERED);
		toolkit.adapt(canvas);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = SIZE.x;
		data.heightHint = SIZE.y;
		canvas.setLayoutData(data);
		ChartCanvas c = new ChartCanvas(canvas);
		canvas.addPaintListener(e -> {
			if (c.chart == null) {
				return;
			}
			Point size = canvas.getSize();
			SWTGraphics2D g2 = new SWTGraphics2D(e.gc);
			try {
				c.chart.draw(g2, new Rectangle2D.Double(0, 0, size.x, size.y));
			} finally {
				// frees the fonts and colours made for this paint; the GC belongs to the event
				g2.dispose();
			}
			if (canvas.isFocusControl()) {
				e.gc.drawFocus(1, 1, size.x - 2, size.y - 2);
			}
		});
		menu(c);
		// double-click or Enter: to the row the chart is drawn from, to correct a figure
		canvas.addListener(SWT.MouseDoubleClick, e -> open(c));
		canvas.addListener(SWT.KeyDown, e -> {
			if (e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				open(c);
			}
		});
		// a chart is a tab stop: arrows and Tab move on, and the focus shows
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
		// screen readers get the figures, not a picture
		canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {

			@Override
			public void getName(AccessibleEvent e) {
				e.result = c.series == null ? null : tooltip(c.series);
			}
		});
		return c;
	}

	/** The chart's context menu: go to its row, copy it as a picture (for a report), save it as PNG. */
	private void menu(ChartCanvas c) {
		Menu menu = new Menu(c.canvas);
		MenuItem open = new MenuItem(menu, SWT.PUSH);
		open.setText(Messages.Overview_trendMenuOpen);
		open.addListener(SWT.Selection, e -> open(c));
		MenuItem copy = new MenuItem(menu, SWT.PUSH);
		copy.setText(Messages.Overview_trendMenuCopy);
		copy.addListener(SWT.Selection, e -> copyPicture(c));
		MenuItem save = new MenuItem(menu, SWT.PUSH);
		save.setText(Messages.Overview_trendMenuSave);
		save.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(c.canvas.getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
			dialog.setFileName(c.series.indicator().label().replaceAll("[\\\\/:*?\"<>|%（）()]", "") + ".png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen != null) {
				savePicture(c, Path.of(chosen));
			}
		});
		menu.addListener(SWT.Show, e -> {
			boolean has = c.series != null;
			open.setEnabled(has && c.series.source() != null);
			copy.setEnabled(has);
			save.setEnabled(has);
		});
		c.canvas.setMenu(menu);
	}

	/** Puts the chart on the clipboard as a picture, to paste into a report. */
	private void copyPicture(ChartCanvas c) {
		ImageData data = new ImageLoader().load(new ByteArrayInputStream(TrendCharts.picture(c.series)))[0];
		Clipboard clipboard = new Clipboard(c.canvas.getDisplay());
		try {
			clipboard.setContents(new Object[] { data }, new Transfer[] { ImageTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		context.host().showStatus(NLS.bind(Messages.Overview_trendCopied, c.series.indicator().label()), false);
	}

	/** Writes the chart as a PNG file, atomically. */
	private void savePicture(ChartCanvas c, Path file) {
		try {
			AtomicFiles.write(file, out -> out.write(TrendCharts.picture(c.series)));
			context.host().showStatus(NLS.bind(Messages.Overview_trendSaved, file), false);
		} catch (IOException e) {
			MessageDialog.openError(c.canvas.getShell(), Messages.Overview_trendMenuSave, NLS.bind(Messages.Overview_trendSaveFailed, file, e.getMessage()));
		}
	}

	/** Copies the picture of the chart at the index, as its menu does. */
	public void copyPicture(int index) {
		copyPicture(canvases.get(index));
	}

	/** Saves the picture of the chart at the index, as its menu does. */
	public void savePicture(int index, Path file) {
		savePicture(canvases.get(index), file);
	}

	/** Shows the row a chart is read from, with the focus in it. */
	private void open(ChartCanvas c) {
		KeyIndicators.Source source = c.series == null ? null : c.series.source();
		if (source != null) {
			host.reveal(new RuleFinding("", 0, null, null, null, null, null, "", source.owner(), source.feature())); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Goes to the row of the chart at the index, as a double-click does (for tests). */
	public void open(int index) {
		open(canvases.get(index));
	}

	/** The figures as text: for the tooltip and for screen readers. */
	static String tooltip(TrendSeries series) {
		StringBuilder sb = new StringBuilder(series.indicator().label());
		if (series.source() != null) {
			sb.append(Messages.Overview_trendOpen);
		}
		for (int year : series.years()) {
			var value = series.values().get(year);
			sb.append('\n').append(NLS.bind(Messages.Overview_trendValue, year, value == null ? Messages.Overview_trendNoValue : value.toPlainString()));
		}
		if (series.threshold() != null) {
			sb.append('\n').append(NLS.bind(Messages.Overview_trendThreshold, series.threshold().stripTrailingZeros().toPlainString()));
			if (!series.belowThreshold().isEmpty()) {
				sb.append('\n').append(NLS.bind(Messages.Overview_trendBelow, series.belowThreshold().stream().map(String::valueOf)
						.reduce((a, b) -> a + "、" + b).orElse(""))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return sb.toString();
	}

	/** The indicators charted now, in order (for tests and the accessibility name). */
	public List<KeyIndicator> indicators() {
		return canvases.stream().map(c -> c.series.indicator()).toList();
	}

	/** The canvases, in order. */
	public List<Canvas> canvases() {
		return canvases.stream().map(c -> c.canvas).toList();
	}

	/** The tooltip (and accessible name) of the chart at the index: the figures it draws. */
	public String text(int index) {
		return tooltip(canvases.get(index).series);
	}
}
