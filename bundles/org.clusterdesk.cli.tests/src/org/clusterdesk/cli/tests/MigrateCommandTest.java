/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clusterdesk migrate} on copies of the version-1 fixtures, and what {@code info} and {@code validate} say
 * about an old file; a file of a newer version is refused with the upgrade message (exit 2), never as damaged.
 */
class MigrateCommandTest {

	private static final String OLD_NS = "xmlns:cd=\"http://www.clusterdesk.org/model/1.0\"";

	private static final String NEW_NS = "xmlns:cd=\"http://www.clusterdesk.org/model/2.0\"";

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

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The version-1 fixtures copied into a folder of the test. */
	private Path oldFiles() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("season-2025"));
		try (Stream<Path> list = Files.list(Path.of(System.getProperty("clusterdesk.fixtures"), "v1"))) {
			for (Path p : list.filter(p -> p.toString().endsWith(".cluster")).toList()) {
				Files.copy(p, folder.resolve(p.getFileName()));
			}
		}
		return folder;
	}

	private static List<Path> clusterFiles(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> p.toString().endsWith(".cluster")).sorted().toList();
		}
	}

	@Test
	void migrateUpgradesAFolderInPlaceKeepingBackups() throws Exception {
		Path folder = oldFiles();
		List<Path> files = clusterFiles(folder);
		assertEquals(6, files.size());
		byte[] before = Files.readAllBytes(files.get(0));
		assertEquals(0, run("migrate", folder.toString()), err());
		for (Path file : files) {
			String text = Files.readString(file);
			assertTrue(text.contains(NEW_NS), file + " states version 2");
			assertFalse(text.contains("model/1.0"), file + " has no old reference left");
			assertTrue(Files.readString(folder.resolve(file.getFileName() + ".bak")).contains(OLD_NS), "old file kept as .bak");
			assertTrue(out().contains(file + "：已按新版表式升级：表式版本 1 → 2"), out());
		}
		assertArrayEquals(before, Files.readAllBytes(folder.resolve(files.get(0).getFileName() + ".bak")));
		assertTrue(out().contains("共 6 个文件：升级 6 个，已是当前版本 0 个，失败 0 个"), out());
		// a second run finds nothing to do and writes nothing
		byte[] after = Files.readAllBytes(files.get(0));
		assertEquals(0, run("migrate", folder.toString()), err());
		assertTrue(out().contains(files.get(0) + "：已是当前表式版本 2，未改动"), out());
		assertTrue(out().contains("共 6 个文件：升级 0 个，已是当前版本 6 个，失败 0 个"), out());
		assertArrayEquals(after, Files.readAllBytes(files.get(0)));
		// and the upgraded files are read without a migration
		assertEquals(0, run("info", folder.toString()), err());
		assertFalse(out().contains("已按新版表式升级"), out());
	}

	@Test
	void dryRunReportsAndWritesNothing() throws Exception {
		Path folder = oldFiles();
		Path file = clusterFiles(folder).get(0);
		byte[] before = Files.readAllBytes(file);
		assertEquals(0, run("migrate", "--dry-run", file.toString()), err());
		assertTrue(out().contains(file + "：将升级（--dry-run，未写入）：已按新版表式升级：表式版本 1 → 2"), out());
		assertTrue(out().contains("共 1 个文件：将升级 1 个"), out());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertFalse(Files.exists(folder.resolve(file.getFileName() + ".bak")), "no backup: nothing written");
	}

	@Test
	void infoAndValidateSayThatTheyReadAnOldFileAndLeaveItAsItWas() throws Exception {
		Path file = clusterFiles(oldFiles()).stream().filter(p -> p.getFileName().toString().equals("miit-2025.cluster")).findFirst().orElseThrow();
		byte[] before = Files.readAllBytes(file);
		assertEquals(0, run("info", file.toString()), err());
		assertTrue(out().contains("已按新版表式升级：表式版本 1 → 2"), out());
		assertTrue(out().contains("文件本身未改写"), out());
		assertEquals(0, run("info", "--format", "json", file.toString()), err());
		assertTrue(out().contains("\"migration\""), out());
		int code = run("validate", file.toString());
		assertTrue(code == 0 || code == 1, "validate ran: " + code + err());
		assertTrue(out().contains("已按新版表式升级：表式版本 1 → 2"), out());
		assertArrayEquals(before, Files.readAllBytes(file), "info and validate never write");
	}

	@Test
	void aFileOfANewerVersionIsRefusedAndNamed() throws Exception {
		Path folder = oldFiles();
		Path file = clusterFiles(folder).get(0);
		String newer = Files.readString(file).replace("http://www.clusterdesk.org/model/1.0", "http://www.clusterdesk.org/model/9.0");
		Files.writeString(file, newer);
		String expected = file + "：此文件由较新版本的ClusterDesk（表式版本 9）保存，请升级后再打开";
		assertEquals(2, run("info", file.toString()));
		assertEquals(expected, err().strip());
		assertEquals(2, run("validate", file.toString()));
		assertEquals(expected, err().strip());
		assertEquals(2, run("migrate", folder.toString()));
		assertTrue(err().contains(expected), err());
		assertFalse(err().contains("损坏"), err());
		assertTrue(out().contains("共 6 个文件：升级 5 个，已是当前版本 0 个，失败 1 个"), out());
		assertEquals(newer, Files.readString(file), "the newer file is left as it was");
	}

	@Test
	void migrateWithoutFilesOrWithAnUnknownOptionIsAUsageError() {
		assertEquals(2, run("migrate"));
		assertTrue(err().contains("缺少文件"), err());
		assertEquals(2, run("migrate", "--force", "x.cluster"));
		assertTrue(err().contains("未知选项：--force"), err());
		assertEquals(0, run("help", "migrate"));
		assertTrue(out().contains("--dry-run"), out());
	}
}
