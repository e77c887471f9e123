/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * The SWT event loop as the UI tests drive it, on the UI thread: dispatch what is pending, let GTK paint, or wait for
 * a condition (a job's end, a view's refresh) with a timeout that catches a hang — never a timing measurement.
 */
public final class EventLoop {

	private EventLoop() {
	}

	/** Dispatches every pending event. */
	public static void flush() {
		Display display = display();
		while (display.readAndDispatch()) {
			// dispatch
		}
	}

	/** Runs the loop for a while, so that what changed is painted (GTK paints on its frame clock) or animated. */
	public static void settle(long millis) {
		long end = System.currentTimeMillis() + millis;
		waitUntil("a pause of " + millis + " ms", millis + 5_000, () -> System.currentTimeMillis() >= end); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Runs the loop until the condition holds, then dispatches what is pending; fails after the timeout. */
	public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + timeoutMillis;
		Display display = display();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting for " + what); //$NON-NLS-1$
			}
			if (!display.readAndDispatch()) {
				// sleep until the next event, or a tick to look at the condition again
				display.timerExec(10, () -> {
					// wake up
				});
				display.sleep();
			}
		}
		flush();
	}

	private static Display display() {
		Display display = Display.getCurrent();
		if (display == null) {
			fail("not on the UI thread"); //$NON-NLS-1$
		}
		return display;
	}
}
