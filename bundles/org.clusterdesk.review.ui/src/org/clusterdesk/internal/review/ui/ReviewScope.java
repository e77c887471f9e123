/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.review.ReviewScan;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** What the Review view reviews; kept so that 刷新 reviews the same again. */
public sealed interface ReviewScope {

	/** For the status line, e.g. 文件夹 /data/2026. */
	String describe();

	/** The sources to review; called on the UI thread (open editors are copied there). */
	List<ReviewScan.Source> sources();

	/**
	 * What to review, taken on the UI thread where it must be (the editors' copies) and left to the background job
	 * where it can be (listing a folder, its subfolders perhaps on a network drive).
	 */
	default Supplier<List<ReviewScan.Source>> take() {
		List<ReviewScan.Source> sources = sources();
		return () -> sources;
	}

	/**
	 * The .cluster files of a folder, sorted, each shown by its path within the folder: the files directly in it, or
	 * with {@code recursive} also those of its subfolders (a season kept in a folder per city or county).
	 */
	record Folder(Path folder, boolean recursive) implements ReviewScope {

		@Override
		public String describe() {
			return NLS.bind(recursive ? Messages.Scope_folderRecursive : Messages.Scope_folder, folder);
		}

		@Override
		public Supplier<List<ReviewScan.Source>> take() {
			return this::sources;
		}

		@Override
		public List<ReviewScan.Source> sources() {
			List<ReviewScan.Source> sources = new ArrayList<>();
			for (ReviewScan.Source source : ReviewScan.files(List.of(folder), recursive)) {
				sources.add(source.named(folder.relativize(source.file()).toString()));
			}
			return sources;
		}
	}

	/**
	 * The applications open in ClusterDesk editors of every window, as the editors hold them: unsaved edits are
	 * reviewed. Each is copied on the UI thread, so the user may go on editing while the review runs. An editor not
	 * restored yet has nothing in memory: its file is read.
	 */
	record OpenEditors(IWorkbench workbench) implements ReviewScope {

		@Override
		public String describe() {
			return Messages.Scope_editors;
		}

		@Override
		public List<ReviewScan.Source> sources() {
			Map<Path, ReviewScan.Source> sources = new LinkedHashMap<>();
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				for (IWorkbenchPage page : window.getPages()) {
					for (IEditorReference reference : page.getEditorReferences()) {
						if (!ClusterEditor.ID.equals(reference.getId())) {
							continue;
						}
						IEditorPart editor = reference.getEditor(false);
						ClusterTarget target = editor == null ? null : ClusterTarget.ofEditor(editor);
						ClusterDocument snapshot = target == null ? null : target.editorSnapshot();
						if (snapshot != null) {
							sources.putIfAbsent(target.path(), ReviewScan.document(target.path(), target.name(), snapshot));
						} else {
							Path path = pathOf(reference);
							if (path != null) {
								sources.putIfAbsent(path, ReviewScan.files(List.of(path)).get(0).named(path.getFileName().toString()));
							}
						}
					}
				}
			}
			return new ArrayList<>(sources.values());
		}

		private static Path pathOf(IEditorReference reference) {
			try {
				Path path = ClusterEditor.pathOf(reference.getEditorInput());
				return path == null ? null : path.toAbsolutePath().normalize();
			} catch (PartInitException e) {
				return null;
			}
		}
	}
}
