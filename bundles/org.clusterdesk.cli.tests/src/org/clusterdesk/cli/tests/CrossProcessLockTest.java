/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.clusterdesk.model.resource.DocumentLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document lock across processes: while another process (a second JVM, as the editor or another
 * {@code clusterdesk import} of another user holds it) has the operating-system lock on {@code .NAME.cluster.lock},
 * a command-line write is refused with one clear line naming the file and the lock, exits non-zero, and the file
 * stays as it was; once that process is gone, the same command goes through.
 */
class CrossProcessLockTest {

	/** A second JVM that takes the OS lock on the file named by its argument and keeps it until its input closes. */
	private static final String HOLDER = """
			import java.nio.channels.FileChannel;
			import java.nio.channels.FileLock;
			import java.nio.file.Path;
			import java.nio.file.StandardOpenOption;

			public class LockHolder {
				public static void main(String[] args) throws Exception {
					try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ,
							StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
						System.out.println("locked");
						System.out.flush();
						while (System.in.read() >= 0) {
						}
					}
				}
			}
			""";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aWriteWhileAnotherProcessHoldsTheDocumentIsRefusedAndTheFileStaysAsItWas() throws Exception {
		Path report = dir.resolve("report.cluster");
		Files.copy(Path.of(System.getProperty("clusterdesk.samples"), "competition-2026.cluster"), report);
		Path xlsx = dir.resolve("四库.xlsx");
		assertEquals(0, run("export", report.toString(), "--xlsx", xlsx.toString()), err());
		byte[] before = Files.readAllBytes(report);
		Path lockFile = DocumentLock.lockFileOf(report);

		Path source = dir.resolve("LockHolder.java");
		Files.writeString(source, HOLDER);
		String java = ProcessHandle.current().info().command().orElse("java");
		Process holder = new ProcessBuilder(java, source.toString(), lockFile.toString()).redirectErrorStream(true).start();
		try {
			BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("locked", lines.readLine(), "the second JVM holds the lock");
			assertNotEquals(ProcessHandle.current().pid(), holder.pid());

			int code = run("import", xlsx.toString(), "--into", report.toString());
			assertNotEquals(0, code, "the write is refused");
			assertEquals(1, err().strip().lines().count(), "one line: " + err());
			assertTrue(err().contains(report.toString()) && err().contains(lockFile.toString()), err());
			assertArrayEquals(before, Files.readAllBytes(report), "the file is untouched");
			assertFalse(Files.exists(dir.resolve("report.cluster.bak")), "nothing saved");
			try (var list = Files.list(dir)) {
				assertTrue(list.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no stray temporary file");
			}
		} finally {
			holder.getOutputStream().close();
			assertTrue(holder.waitFor(20, TimeUnit.SECONDS), "the holder ends when its input closes");
		}
		assertEquals(0, run("import", xlsx.toString(), "--into", report.toString()), "once the holder is gone: " + err());
		assertTrue(Files.exists(dir.resolve("report.cluster.bak")), "saved, the previous version kept");
	}
}
