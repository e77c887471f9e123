/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.testing.EventLoop;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Opening samples in the real workbench, driving widgets as a user does, waiting for validation, screenshots. */
final class EditorTesting {

	/** The six samples, one per edition. */
	static final List<String> SAMPLES = List.of("miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024",
			"competition-2026");

	private static final String PROJECT = "editor-tests";

	private EditorTesting() {
	}

	static {
		// error dialogs must not block the UI thread the tests run on
		ErrorDialog.AUTOMATED_MODE = true;
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static Path samples() {
		String folder = System.getProperty("clusterdesk.samples");
		assertNotNull(folder, "system property clusterdesk.samples");
		return Path.of(folder);
	}

	static Path sample(String name) {
		return samples().resolve(name + ".cluster");
	}

	/** A copy of the sample in the test project of the workspace. */
	static IFile workspaceCopy(String name, String fileName) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IFile file = project.getFile(fileName);
		try (InputStream in = Files.newInputStream(sample(name))) {
			if (file.exists()) {
				file.setContents(in, IResource.FORCE, null);
			} else {
				file.create(in, IResource.FORCE, null);
			}
		}
		return file;
	}

	/** Opens a workspace copy of the sample in the ClusterDesk editor. */
	static ClusterEditor openInWorkspace(String name) throws CoreException, IOException {
		IFile file = workspaceCopy(name, name + ".cluster");
		IEditorPart editor = IDE.openEditor(page(), file, ClusterEditor.ID, true);
		assertTrue(editor instanceof ClusterEditor, "the ClusterDesk editor opens .cluster files");
		flush();
		return (ClusterEditor) editor;
	}

	/** Opens a file outside the workspace, as File > Open File… does. */
	static ClusterEditor openFromFileSystem(Path file) throws PartInitException {
		IEditorPart editor = IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(file.toUri()));
		assertTrue(editor instanceof ClusterEditor, "File > Open File… opens .cluster files in the ClusterDesk editor, got " + editor);
		flush();
		return (ClusterEditor) editor;
	}

	static void close(ClusterEditor editor) {
		page().closeEditor(editor, false);
		flush();
	}

	static void flush() {
		EventLoop.flush();
	}

	/** Processes events for a while (GTK animates check boxes into their state). */
	static void pause(long millis) {
		EventLoop.settle(millis);
	}

	/** Processes events until the condition holds. */
	static void waitUntil(BooleanSupplier condition, long timeoutMillis, String what) {
		EventLoop.waitUntil(what, timeoutMillis, condition);
	}

	/** Waits until the validation after the last change has delivered its findings. */
	static void waitForValidation(ClusterEditor editor) {
		waitUntil(() -> editor.isValidated() && !editor.isValidating(), 60_000, "validation");
	}

	/** Shows a page and returns it. */
	static ClusterFormPage show(ClusterEditor editor, String pageId) {
		editor.showPage(pageId);
		flush();
		return (ClusterFormPage) editor.findPage(pageId);
	}

	/** Every control below a composite that matches. */
	static List<Control> find(Control root, Predicate<Control> test) {
		List<Control> found = new ArrayList<>();
		collect(root, test, found);
		return found;
	}

	private static void collect(Control control, Predicate<Control> test, List<Control> found) {
		if (test.test(control)) {
			found.add(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, test, found);
			}
		}
	}

	/** The text field with the label (e.g. 集群总产值（亿元）（2024年）) on the page. */
	static TextField field(ClusterFormPage page, String label) {
		List<Control> found = find(page.getPartControl(),
				c -> c instanceof Text && c.getData(FormWidgets.BINDING_KEY) instanceof TextField f && f.label().equals(label));
		assertTrue(!found.isEmpty(), "no field " + label + " on " + page.getTitle());
		return (TextField) found.get(0).getData(FormWidgets.BINDING_KEY);
	}

	/** Types into a field as a user does: focus, text, Enter. */
	static void type(TextField field, String text) {
		Text widget = field.getText();
		widget.setFocus();
		widget.setText(text);
		widget.notifyListeners(SWT.DefaultSelection, new Event());
		// leaving the field commits a narrative too (Enter is a line break there)
		widget.notifyListeners(SWT.FocusOut, new Event());
		flush();
	}

	/** Types without pressing Enter (the text stays pending unless it is text, which commits after a pause). */
	static void typeOnly(TextField field, String text) {
		Text widget = field.getText();
		widget.setFocus();
		widget.setText(text);
		flush();
	}

	/** Writes a PNG of the whole page (its full height, not only the visible part) and returns its path. */
	static Path screenshot(ClusterFormPage page, Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		ScrolledForm form = page.getManagedForm().getForm();
		form.reflow(true);
		flush();
		// the form (heading and body) at its full size, as if the page were tall enough
		Control content = form.getContent();
		Point size = content.getSize();
		Point visible = form.getClientArea().width > 0 ? new Point(form.getClientArea().width, form.getClientArea().height) : form.getSize();
		int width = Math.max(1, Math.max(size.x, visible.x));
		int height = Math.max(1, Math.min(Math.max(size.y, visible.y), 12_000));
		Image image = new Image(display(), width, height);
		GC gc = new GC(image);
		try {
			gc.setBackground(display().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(image.getBounds());
			content.print(gc);
		} finally {
			gc.dispose();
		}
		Path file = folder.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}

	/** Gives the editor the whole window (as a double-click on its tab does). */
	static void maximize(ClusterEditor editor) {
		IWorkbenchPage page = page();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		flush();
	}

	/** The screenshot folder (system property clusterdesk.screenshots, else target/screenshots). */
	static Path screenshots() {
		String folder = System.getProperty("clusterdesk.screenshots");
		return Path.of(folder == null ? "target/screenshots" : folder);
	}
}
