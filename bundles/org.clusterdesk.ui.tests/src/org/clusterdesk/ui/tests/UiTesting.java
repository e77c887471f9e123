/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.clusterdesk.internal.ui.ResultDialog;
import org.clusterdesk.testing.EventLoop;
import org.clusterdesk.testing.Screenshots;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** What the UI tests share: the workbench, events, a test project, the samples and screenshots. */
final class UiTesting {

	private UiTesting() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window;
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	static Shell shell() {
		return window().getShell();
	}

	/** Runs the event loop until nothing is pending. */
	static void processEvents() {
		EventLoop.flush();
	}

	/** Runs the event loop for a while, so that what changed is painted. */
	static void settle(long millis) {
		EventLoop.settle(millis);
	}

	/** Runs the event loop until the condition holds; fails after the timeout. */
	static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		EventLoop.waitUntil(what, timeoutMillis, condition);
	}

	/** Waits for a job to end, dispatching UI events meanwhile (the job may need the UI thread). */
	static void waitForJob(Job job, long timeoutMillis) {
		waitUntil(job.getName(), timeoutMillis, () -> job.getState() == Job.NONE && job.getResult() != null);
	}

	static Path samples() {
		String folder = System.getProperty("clusterdesk.samples");
		assertNotNull(folder, "system property clusterdesk.samples");
		return Path.of(folder).toAbsolutePath().normalize();
	}

	static Path sample(String name) {
		return samples().resolve(name);
	}

	/** A fresh, open project (an old one of the same name is deleted). */
	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		return project;
	}

	static void delete(IProject project) {
		try {
			if (project != null && project.exists()) {
				project.delete(true, true, null);
			}
		} catch (CoreException e) {
			// a left-over test project does no harm
		}
	}

	/** Copies a sample into the project. */
	static IFile copySample(IProject project, String sample, String fileName) throws CoreException, IOException {
		IFile file = project.getFile(fileName);
		try (InputStream in = Files.newInputStream(sample(sample))) {
			if (file.exists()) {
				file.setContents(in, IResource.FORCE, null);
			} else {
				file.create(in, IResource.FORCE, null);
			}
		}
		return file;
	}

	/** Writes a PNG of the shell as the user sees it to the folder in clusterdesk.screenshots. */
	static Path screenshot(Shell shell, String name) {
		String folder = System.getProperty("clusterdesk.screenshots");
		if (folder == null || shell == null || shell.isDisposed()) {
			return null;
		}
		shell.forceActive();
		shell.layout(true, true);
		shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
		shell.update();
		// GTK paints on its frame clock, after the events of a change have been dispatched
		settle(250);
		return screenshot(shell.getBounds(), name);
	}

	/** Writes a PNG of a part of the screen (an open menu over the window, say). */
	static Path screenshot(Rectangle bounds, String name) {
		String folder = System.getProperty("clusterdesk.screenshots");
		if (folder == null) {
			return null;
		}
		try {
			return Screenshots.screen(bounds, Path.of(folder, name + ".png"));
		} catch (IOException e) {
			fail(e);
			return null;
		}
	}

	/** Waits for the result dialog with the title to open. */
	static ResultDialog waitForDialog(String title) {
		ResultDialog[] found = new ResultDialog[1];
		waitUntil("dialog " + title, 10_000, () -> {
			for (Shell shell : display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())
						&& shell.getData() instanceof ResultDialog dialog) {
					found[0] = dialog;
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

	/** Closes every editor without saving, and every ClusterDesk result dialog. */
	static void cleanUp() {
		page().closeAllEditors(false);
		for (Shell shell : display().getShells()) {
			if (shell != shell() && !shell.isDisposed() && shell.getData() instanceof ResultDialog dialog) {
				dialog.close();
			}
		}
		processEvents();
	}
}
