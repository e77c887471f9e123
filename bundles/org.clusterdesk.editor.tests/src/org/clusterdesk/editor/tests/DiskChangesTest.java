/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.DiskChangePrompt;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another program (an import, a second window) saves the file the editor has open: a clean editor reloads it, a
 * dirty one asks (reload, or keep mine), and saving over the other program's version asks first.
 */
class DiskChangesTest {

	@TempDir
	Path folder;

	private final List<String> questions = new ArrayList<>();

	@AfterEach
	void dialogsAgain() {
		DiskChangePrompt.answerWith(null);
	}

	private void answer(boolean yes) {
		DiskChangePrompt.answerWith((shell, title, question) -> {
			questions.add(question);
			return yes;
		});
	}

	/** Another program saves the file with a new name (and a later time stamp, as a later save has). */
	private static void saveElsewhere(Path file, String name) throws IOException {
		ClusterDocument other = ClusterFiles.load(file);
		other.setName(name);
		ClusterFiles.save(other.eResource(), file);
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
	}

	private Path copy() throws IOException {
		Path file = folder.resolve("beijing.cluster");
		Files.copy(EditorTesting.sample("beijing-2024"), file);
		return file;
	}

	@Test
	void cleanEditorReloadsAFileChangedOnDisk() throws Exception {
		Path file = copy();
		answer(false);
		ClusterEditor editor = EditorTesting.openFromFileSystem(file);
		try {
			saveElsewhere(file, "导入后的名称产业");
			editor.checkFileChanged();
			EditorTesting.flush();
			assertEquals("导入后的名称产业", editor.getDocument().getName(), "reloaded without asking");
			assertTrue(questions.isEmpty(), "a clean editor does not ask: " + questions);
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void dirtyEditorAsksAndKeepsMineOrReloads() throws Exception {
		Path file = copy();
		ClusterEditor editor = EditorTesting.openFromFileSystem(file);
		try {
			ClusterFormPage cover = EditorTesting.show(editor, "section-0");
			EditorTesting.type(EditorTesting.field(cover, "集群名称"), "编辑器中的名称产业");
			assertTrue(editor.isDirty());

			answer(false); // keep mine
			saveElsewhere(file, "导入后的名称产业");
			editor.checkFileChanged();
			EditorTesting.flush();
			assertEquals(1, questions.size(), "the dirty editor asks");
			assertTrue(questions.get(0).contains(file.toString()), questions.get(0));
			assertTrue(editor.isDirty());
			assertEquals("编辑器中的名称产业", editor.getDocument().getName(), "my changes are kept");

			answer(true); // reload
			saveElsewhere(file, "再次导入的名称产业");
			editor.checkFileChanged();
			EditorTesting.flush();
			assertFalse(editor.isDirty());
			assertEquals("再次导入的名称产业", editor.getDocument().getName(), "reloaded from the file");
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void savingOverAFileChangedOnDiskAsksFirst() throws Exception {
		Path file = copy();
		ClusterEditor editor = EditorTesting.openFromFileSystem(file);
		try {
			ClusterFormPage cover = EditorTesting.show(editor, "section-0");
			EditorTesting.type(EditorTesting.field(cover, "集群名称"), "编辑器中的名称产业");
			saveElsewhere(file, "导入后的名称产业");

			answer(false); // do not overwrite
			NullProgressMonitor monitor = new NullProgressMonitor();
			editor.doSave(monitor);
			EditorTesting.flush();
			assertEquals(1, questions.size(), "the save asks before overwriting");
			assertTrue(monitor.isCanceled());
			assertTrue(editor.isDirty(), "nothing is lost in the editor");
			assertEquals("导入后的名称产业", ClusterFiles.load(file).getName(), "the other program's version stays");

			answer(true); // overwrite
			editor.doSave(new NullProgressMonitor());
			EditorTesting.flush();
			assertFalse(editor.isDirty());
			assertEquals("编辑器中的名称产业", ClusterFiles.load(file).getName());
		} finally {
			EditorTesting.close(editor);
		}
	}
}
