/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.resource.AtomicFiles;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.DocumentLock;
import org.clusterdesk.model.resource.OutputPaths;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes never lose work: read-only files, symbolic links, stale temporary files, two writers, output = input. */
class SafeWritesTest {

	@TempDir
	Path dir;

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private Resource document(Path file, String name) {
		Application a = Fixtures.application("miit-2025");
		a.setName(name);
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(a);
		return resource;
	}

	private List<String> siblings() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void readOnlyFileIsRefusedAndKeepsItsContent() throws IOException {
		Path file = dir.resolve("c.cluster");
		Files.write(file, bytes("old"));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
		IOException e = assertThrows(AccessDeniedException.class, () -> AtomicFiles.write(file, out -> out.write(bytes("new"))));
		assertArrayEquals(bytes("old"), Files.readAllBytes(file), "the read-only file is not replaced");
		assertEquals(PosixFilePermissions.fromString("r--r--r--"), Files.getPosixFilePermissions(file));
		assertTrue(AtomicFiles.describe(file, e).contains(file.toString()), AtomicFiles.describe(file, e));
		assertEquals(List.of("c.cluster"), siblings(), "no temporary file is left");
		assertThrows(AccessDeniedException.class, () -> ClusterFiles.save(document(file, "x"), file));
		assertArrayEquals(bytes("old"), Files.readAllBytes(file));
	}

	@Test
	void writingThroughASymbolicLinkUpdatesTheRealFileAndKeepsTheLink() throws IOException {
		Path realDir = Files.createDirectories(dir.resolve("real"));
		Path real = realDir.resolve("c.cluster");
		Files.write(real, bytes("old"));
		Path link = Files.createSymbolicLink(dir.resolve("link.cluster"), Path.of("real", "c.cluster"));
		AtomicFiles.write(link, out -> out.write(bytes("new")));
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertArrayEquals(bytes("new"), Files.readAllBytes(real), "the real file has the new content");

		ClusterFiles.save(document(link, "通过链接保存"), link);
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("通过链接保存", ((Application) ClusterFiles.load(real)).getName());
		assertTrue(Files.exists(realDir.resolve("c.cluster.bak")), "the backup is kept beside the real file");
	}

	@Test
	void staleTemporaryFileOfAKilledWriterIsRemovedOnTheNextSave() throws Exception {
		Path file = dir.resolve("c.cluster");
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Path stale = dir.resolve(".c.cluster." + gone.pid() + ".k1ll3d" + AtomicFiles.TEMP_SUFFIX);
		Files.write(stale, bytes("half an import"));
		Path legacy = dir.resolve(".c.cluster8123456789.tmp");
		Files.write(legacy, bytes("half an import of an older version"));
		Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
		Path running = dir.resolve(".c.cluster." + ProcessHandle.current().pid() + ".busy" + AtomicFiles.TEMP_SUFFIX);
		Files.write(running, bytes("a write in progress"));
		Path foreign = dir.resolve(".other.cluster." + gone.pid() + ".k1ll3d" + AtomicFiles.TEMP_SUFFIX);
		Files.write(foreign, bytes("not ours to clean"));

		ClusterFiles.save(document(file, "a"), file);

		List<String> left = siblings();
		assertFalse(left.contains(stale.getFileName().toString()), "a killed writer's temporary file is removed: " + left);
		assertFalse(left.contains(legacy.getFileName().toString()), "an old abandoned temporary file is removed: " + left);
		assertTrue(left.contains(running.getFileName().toString()), "a running writer's temporary file stays");
		assertTrue(left.contains(foreign.getFileName().toString()), "another document's temporary file stays");
	}

	@Test
	void outputThatIsAnInputIsRefusedAlsoThroughRelativePathsAndLinks() throws IOException {
		Path input = dir.resolve("c.cluster");
		Files.write(input, bytes("x"));
		Path viaDots = dir.resolve("sub/../c.cluster");
		Path symlink = Files.createSymbolicLink(dir.resolve("alias.docx"), input);
		Path hardLink = Files.createLink(dir.resolve("hard.xlsx"), input);
		for (Path out : List.of(input, viaDots, symlink, hardLink)) {
			OutputPaths.ConflictException e = assertThrows(OutputPaths.ConflictException.class,
					() -> OutputPaths.checkDistinct(List.of(input), List.of(out)), out.toString());
			assertTrue(e.getMessage().contains(input.toString()), e.getMessage());
		}
		Path fresh = dir.resolve("out.docx");
		assertThrows(OutputPaths.ConflictException.class,
				() -> OutputPaths.checkDistinct(List.of(input), List.of(fresh, dir.resolve("./out.docx"))), "two outputs, one file");
		assertDoesNotThrow(() -> OutputPaths.checkDistinct(List.of(input), List.of(fresh, dir.resolve("out.xlsx"))));
		assertArrayEquals(bytes("x"), Files.readAllBytes(input));
	}

	@Test
	void secondWriterWaitsForTheLockAndGivesUpWithAClearMessage() throws Exception {
		Path file = dir.resolve("c.cluster");
		ClusterFiles.save(document(file, "first"), file);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread first = new Thread(() -> {
			try (DocumentLock lock = DocumentLock.acquire(file)) {
				held.countDown();
				release.await();
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		first.start();
		held.await();
		Path lockFile = DocumentLock.lockFileOf(file);
		assertTrue(Files.exists(lockFile), "the lock file exists while the lock is held");
		IOException busy = assertThrows(IOException.class, () -> DocumentLock.acquire(file, Duration.ofMillis(300)));
		assertTrue(busy.getMessage().contains(file.toString()) && busy.getMessage().contains(lockFile.toString()), busy.getMessage());
		release.countDown();
		first.join();
		assertEquals(null, failure.get());
		assertFalse(Files.exists(lockFile), "the lock file is removed when the lock is released");
		try (DocumentLock lock = DocumentLock.acquire(file, Duration.ofSeconds(2))) {
			ClusterFiles.save(document(file, "second"), file); // a save inside the lock takes it again
		}
		assertEquals("second", ((Application) ClusterFiles.load(file)).getName());
		assertEquals(List.of("c.cluster", "c.cluster.bak"), siblings(), "no lock or temporary file is left");
	}
}
