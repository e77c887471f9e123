/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.DocumentLock;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor holds the document's lock ({@code .NAME.cluster.lock}) from opening to closing: a write by another writer
 * (a command-line import or migrate, here run on another thread as the command line runs it) is refused with the
 * file named and the file left as it was, a second editor on the same file (through another path) is refused, the
 * editor's own saves go through, and closing the editor releases the lock.
 */
class EditorLockTest {

	/** Runs a write of the document on another thread, as a command would; returns its failure or null. */
	private static IOException writeFromAnotherWriter(Path file) throws Exception {
		ClusterDocument other = ClusterFiles.load(file);
		AtomicReference<IOException> failure = new AtomicReference<>();
		Thread writer = new Thread(() -> {
			try (DocumentLock lock = DocumentLock.acquire(file, Duration.ofMillis(500))) {
				ClusterFiles.save(other.eResource(), file);
			} catch (IOException e) {
				failure.set(e);
			}
		});
		writer.start();
		EditorTesting.waitUntil(() -> !writer.isAlive(), 20_000, "the other writer");
		return failure.get();
	}

	@Test
	void theOpenEditorHoldsTheFileAgainstOtherWritersAndSecondEditors(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("locked.cluster");
		Files.copy(EditorTesting.sample("miit-2025"), file);
		Path link = folder.resolve("link.cluster");
		Files.createSymbolicLink(link, file);
		Path lockFile = DocumentLock.lockFileOf(file);
		assertEquals(".locked.cluster.lock", lockFile.getFileName().toString());

		ClusterEditor editor = EditorTesting.openFromFileSystem(file);
		try {
			assertNotNull(editor.documentLock(), "the editor holds the lock");
			assertTrue(Files.exists(lockFile), "the lock file beside the document while it is open");
			byte[] before = Files.readAllBytes(file);

			IOException refused = writeFromAnotherWriter(file);
			assertNotNull(refused, "a write by another writer is refused while the editor has the file");
			assertTrue(refused.getMessage().contains(file.toString()) && refused.getMessage().contains(lockFile.toString()),
					refused.getMessage());
			assertArrayEquals(before, Files.readAllBytes(file), "the file is untouched");

			// the same file through another path: a second editor is refused with the reason
			IEditorPart second;
			try {
				second = IDE.openEditorOnFileStore(EditorTesting.page(), EFS.getLocalFileSystem().getStore(link.toUri()));
			} catch (PartInitException e) {
				assertTrue(e.getMessage().contains(lockFile.toString()), e.getMessage());
				second = null;
			}
			EditorTesting.flush();
			assertFalse(second instanceof ClusterEditor, "a second editor on the same file is refused, got " + second);
			if (second != null) {
				EditorTesting.page().closeEditor(second, false);
			}

			// the editor's own save goes through its lock
			ClusterFormPage industry = EditorTesting.show(editor, "section-2");
			EditorTesting.type(EditorTesting.field(industry, "集群总产值（亿元）（2024年）"), "700");
			editor.doSave(new NullProgressMonitor());
			EditorTesting.flush();
			assertFalse(editor.isDirty(), "saved");
			assertEquals(new BigDecimal("700"), ((Application) ClusterFiles.load(file)).getIndustry().getTotalOutput().valueOf(2024));
			assertTrue(Files.exists(lockFile), "still held after the save");
		} finally {
			EditorTesting.close(editor);
		}
		assertFalse(Files.exists(lockFile), "closing the editor releases the lock and removes the lock file");
		assertEquals(null, writeFromAnotherWriter(file), "after closing, another writer may write");
		ClusterEditor again = EditorTesting.openFromFileSystem(link);
		EditorTesting.close(again);
	}
}
