/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.internal.editor.pages.OverviewPage;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of an older metamodel version opens upgraded: the overview says once what changed, the editor is dirty
 * (the user saves to upgrade the file), the file is not written until then; saving writes the current version and
 * keeps the old file as .bak.
 */
class OldFileTest {

	private static List<Control> notes(ClusterFormPage overview) {
		return EditorTesting.find(overview.getPartControl(),
				c -> c instanceof Label l && !l.isDisposed() && l.getText().startsWith("已按新版表式升级：表式版本 1 → 2"));
	}

	@Test
	void anOldFileOpensDirtyWithTheUpgradeNoteAndIsUpgradedWhenSaved(@TempDir Path folder) throws Exception {
		Path file = Files.copy(Path.of(System.getProperty("clusterdesk.fixtures"), "v1", "jiangsu-2024.cluster"),
				folder.resolve("jiangsu-2024.cluster"));
		byte[] before = Files.readAllBytes(file);
		ClusterEditor editor = EditorTesting.openFromFileSystem(file);
		try {
			ClusterFormPage overview = EditorTesting.show(editor, OverviewPage.ID);
			assertTrue(editor.isDirty(), "an upgraded document must be saved to upgrade the file");
			List<Control> notes = notes(overview);
			assertEquals(1, notes.size(), "the upgrade is told once, on the overview");
			assertTrue(((Label) notes.get(0)).getText().contains("jiangsu-2024.cluster.bak"), ((Label) notes.get(0)).getText());
			EditorTesting.screenshot(overview, EditorTesting.screenshots().resolve("migration"), "01-opened-upgraded");
			assertArrayEquals(before, Files.readAllBytes(file), "opening does not write the file");

			editor.doSave(new NullProgressMonitor());
			EditorTesting.flush();
			assertFalse(editor.isDirty());
			assertTrue(notes(overview).isEmpty(), "the note goes once the file is upgraded");
			assertTrue(Files.readString(file).contains("xmlns:cd=\"http://www.clusterdesk.org/model/2.0\""));
			assertArrayEquals(before, Files.readAllBytes(folder.resolve("jiangsu-2024.cluster.bak")), "the old file kept as .bak");
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void aCurrentFileOpensCleanWithoutANote(@TempDir Path folder) throws Exception {
		Path file = Files.copy(EditorTesting.sample("jiangsu-2024"), folder.resolve("jiangsu-2024.cluster"));
		ClusterEditor editor = EditorTesting.openFromFileSystem(file);
		try {
			ClusterFormPage overview = EditorTesting.show(editor, OverviewPage.ID);
			assertFalse(editor.isDirty());
			assertTrue(notes(overview).isEmpty());
		} finally {
			EditorTesting.close(editor);
		}
	}
}
