/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.ValidationScheduler;
import org.clusterdesk.internal.editor.pages.LibraryPage;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Responsiveness, for the record (printed, never asserted): a competition report with 10 000 enterprises — the time
 * from opening the editor to the first paint of the library page (target ≤ 2 s), scrolling to its end, and how long
 * validation takes and where it runs.
 */
class LibraryBenchmarkTest {

	private static final int ENTERPRISES = 10_000;

	@Test
	void timeToFirstPaintOfTheLibraryPage(@TempDir Path folder) throws Exception {
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(EditorTesting.sample("competition-2026"));
		List<ExistingEnterprise> templates = new ArrayList<>(report.getLibraries().getExisting());
		List<ExistingEnterprise> rows = new ArrayList<>(ENTERPRISES);
		for (int i = 0; i < ENTERPRISES; i++) {
			ExistingEnterprise row = EcoreUtil.copy(templates.get(i % templates.size()));
			row.setName(String.format("株洲第%05d号硬质合金有限公司", i));
			row.setSourceRow(i + 4);
			rows.add(row);
		}
		report.getLibraries().getExisting().clear();
		report.getLibraries().getExisting().addAll(rows);
		Path file = folder.resolve("competition-10000.cluster");
		ClusterFiles.save(report.eResource(), file);

		// warm up (class loading, JIT) with the small sample, as a user's second file would find the editor
		ClusterEditor warm = EditorTesting.openFromFileSystem(EditorTesting.sample("competition-2026"));
		warm.showPage("library-existing");
		EditorTesting.flush();
		EditorTesting.waitForValidation(warm);
		EditorTesting.close(warm);

		long loadStart = System.nanoTime();
		ClusterFiles.load(file);
		long loaded = System.nanoTime();
		long start = System.nanoTime();
		ClusterEditor editor = EditorTesting.openFromFileSystem(file);
		try {
			long opened = System.nanoTime();
			LibraryPage page = (LibraryPage) editor.showPage("library-existing");
			long built = System.nanoTime();
			Table table = page.table().getViewer().getTable();
			boolean[] painted = new boolean[1];
			table.addListener(SWT.Paint, e -> painted[0] = true);
			table.redraw();
			EditorTesting.waitUntil(() -> painted[0], 60_000, "the library page painted");
			long firstPaint = System.nanoTime();
			assertEquals(ENTERPRISES, table.getItemCount());

			painted[0] = false;
			long scroll = System.nanoTime();
			table.setTopIndex(ENTERPRISES - 5);
			table.redraw();
			EditorTesting.waitUntil(() -> painted[0], 60_000, "the end of the library painted");
			long scrolled = System.nanoTime();

			long sort = System.nanoTime();
			page.table().sortBy(1);
			EditorTesting.flush();
			long sorted = System.nanoTime();

			EditorTesting.waitForValidation(editor);
			ValidationScheduler.Timing first = editor.validation().lastTiming();
			// a change validates again: the copy is made on the UI thread, the check runs in the background
			editor.validation().schedule();
			EditorTesting.waitForValidation(editor);
			ValidationScheduler.Timing again = editor.validation().lastTiming();

			System.out.println(String.format(
					"[benchmark] %d enterprises: loading the file alone %d ms; editor open %d ms, library page built %d ms, "
							+ "time to first paint of the library page %d ms (target <= 2000 ms), scroll to the end %d ms, sort by name %d ms",
					ENTERPRISES, ms(loadStart, loaded), ms(start, opened), ms(opened, built), ms(start, firstPaint), ms(scroll, scrolled),
					ms(sort, sorted)));
			System.out.println(String.format("[benchmark] validation: first %s; again %s", describe(first), describe(again)));
		} finally {
			EditorTesting.close(editor);
		}
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static String describe(ValidationScheduler.Timing timing) {
		return timing == null ? "none"
				: String.format("%s, copy %d ms, validate %d ms, %d findings", timing.background() ? "background on a copy" : "UI thread",
						timing.copyMillis(), timing.validateMillis(), timing.findings());
	}
}
