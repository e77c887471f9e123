/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.clusterdesk.internal.review.ui.ReviewJob;
import org.clusterdesk.internal.review.ui.ReviewView;
import org.clusterdesk.testing.EventLoop;
import org.clusterdesk.testing.Screenshots;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** What the Review view tests share: the workbench, events, the samples, the view's table as a user reads it. */
final class ReviewTesting {

	private ReviewTesting() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	static Path samples() {
		String folder = System.getProperty("clusterdesk.samples");
		assertNotNull(folder, "system property clusterdesk.samples");
		return Path.of(folder).toAbsolutePath().normalize();
	}

	/** The Review view, shown and active. */
	static ReviewView showView() throws PartInitException {
		ReviewView view = (ReviewView) page().showView(ReviewView.ID);
		flush();
		return view;
	}

	static void flush() {
		EventLoop.flush();
	}

	/** Lets GTK paint what changed (it paints on its frame clock, after the events are dispatched); for screenshots only. */
	static void settle() {
		EventLoop.settle(300);
	}

	/** Runs the event loop until the condition holds; fails after the timeout (a hang, not a measurement). */
	static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		EventLoop.waitUntil(what, timeoutMillis, condition);
	}

	/** Waits until the job has ended and the view shows what it found. */
	static void waitForReview(ReviewView view, ReviewJob job) {
		assertNotNull(job, "a review started");
		waitUntil(job.getName(), 120_000, () -> job.result() != null && view.shownResult() == job.result());
	}

	/** The column whose header is the text, e.g. 集群名称 or 集群总产值（亿元） 2024年. */
	static int column(Table table, String header) {
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < table.getColumnCount(); i++) {
			TableColumn column = table.getColumn(i);
			if (column.getText().equals(header)) {
				return i;
			}
			headers.add(column.getText());
		}
		throw new AssertionError("no column " + header + " in " + headers);
	}

	/** The texts of a column, top to bottom, as shown. */
	static List<String> texts(Table table, String header) {
		int column = column(table, header);
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText(column));
		}
		return texts;
	}

	/** The row (as shown) whose 文件 column is the name. */
	static TableItem row(Table table, String file) {
		int column = column(table, "文件");
		for (TableItem item : table.getItems()) {
			if (item.getText(column).equals(file)) {
				return item;
			}
		}
		throw new AssertionError("no row for " + file + " in " + texts(table, "文件"));
	}

	/** Writes a PNG of a part of the screen to the folder in clusterdesk.screenshots and returns it. */
	static Path screenshot(Rectangle bounds, String name) throws IOException {
		Path file = Screenshots.screen(bounds, Path.of(System.getProperty("clusterdesk.screenshots", "target/screenshots"), name + ".png"));
		assertTrue(Files.size(file) > 0);
		return file;
	}
}
