/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.model.resource.migration.FileVersions;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.clusterdesk.model.resource.migration.MigrationStep;
import org.clusterdesk.model.resource.migration.Migrations;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files of every released metamodel version (test-data/fixtures/vN, the samples of that release) load into the
 * current metamodel, say what changed, keep their evidence links, and save in the current version; a newer file is
 * refused with the upgrade message.
 */
class MigrationTest {

	@TempDir
	Path dir;

	/** Every fixture of every version older than the current one. */
	static List<Path> fixtures() throws IOException {
		Path root = Path.of(System.getProperty("clusterdesk.fixtures"));
		List<Path> files = new ArrayList<>();
		for (int version = 1; version < FileVersions.CURRENT; version++) {
			Path folder = root.resolve("v" + version);
			assertTrue(Files.isDirectory(folder), "fixtures of released version " + version + " in " + folder);
			try (Stream<Path> list = Files.list(folder)) {
				list.filter(p -> p.toString().endsWith(".cluster")).sorted().forEach(files::add);
			}
		}
		return files;
	}

	private static int versionOfFixture(Path file) {
		return Integer.parseInt(file.getParent().getFileName().toString().substring(1));
	}

	@Test
	void theCurrentVersionIsTheOneInTheNamespaceUri() {
		assertEquals(2, FileVersions.CURRENT);
		assertEquals("http://www.clusterdesk.org/model/2.0", ClusterDeskPackage.eNS_URI);
		assertEquals(1, FileVersions.versionOf("http://www.clusterdesk.org/model/1.0"));
		assertEquals(-1, FileVersions.versionOf("http://www.eclipse.org/emf/2002/Ecore"));
		assertTrue(FileVersions.isOlder("http://www.clusterdesk.org/model/1.0"));
		assertFalse(FileVersions.isOlder(ClusterDeskPackage.eNS_URI));
	}

	@Test
	void theChainIsOrderedAndNeverGoesBeyondTheCurrentVersion() {
		int last = 0;
		for (MigrationStep step : Migrations.steps()) {
			assertTrue(step.sourceVersion() >= last, step + " out of order");
			assertTrue(step.sourceVersion() >= 1 && step.sourceVersion() < FileVersions.CURRENT, step.toString());
			last = step.sourceVersion();
		}
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void anOldFileMigratesInMemoryAndTheFileStaysAsItWas(Path fixture) throws Exception {
		Path file = Files.copy(fixture, dir.resolve(fixture.getFileName()));
		byte[] before = Files.readAllBytes(file);
		ClusterDocument document = ClusterFiles.load(file);
		MigrationReport report = MigrationReport.of(document);
		assertNotNull(report, "an old file is migrated");
		assertEquals(versionOfFixture(fixture), report.fromVersion());
		assertEquals(FileVersions.CURRENT, report.toVersion());
		assertTrue(report.summary().startsWith("已按新版表式升级：表式版本 " + report.fromVersion() + " → " + FileVersions.CURRENT), report.summary());
		assertArrayEquals(before, Files.readAllBytes(file), "opening never writes the file");
		assertTrue(document.eResource().getErrors().isEmpty(), document.eResource().getErrors().toString());
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void evidenceLinksOfAnOldFileStillPointAtTheirFeatures(Path fixture) throws Exception {
		ClusterDocument document = ClusterFiles.load(fixture);
		List<EvidenceLink> links = new ArrayList<>();
		document.eAllContents().forEachRemaining(o -> {
			if (o instanceof EvidenceLink l) {
				links.add(l);
			}
		});
		String text = Files.readString(fixture);
		if (text.contains("<evidenceLinks")) {
			assertFalse(links.isEmpty(), "the fixture's evidence links are read");
		}
		for (EvidenceLink link : links) {
			EStructuralFeature feature = link.getFeature();
			assertNotNull(feature);
			assertFalse(feature.eIsProxy(), () -> "unresolved " + EcoreUtil.getURI(feature));
			assertSame(ClusterDeskPackage.eINSTANCE, feature.getEContainingClass().getEPackage(), feature.toString());
		}
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void savingWritesTheCurrentVersionAndKeepsTheOldFileAsBackup(Path fixture) throws Exception {
		Path file = Files.copy(fixture, dir.resolve(fixture.getFileName()));
		byte[] old = Files.readAllBytes(file);
		ClusterDocument document = ClusterFiles.load(file);
		ClusterFiles.save(document.eResource(), file);
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains("xmlns:cd=\"" + ClusterDeskPackage.eNS_URI + "\""), "the saved file states the current version");
		assertFalse(saved.contains(FileVersions.nsURI(versionOfFixture(fixture))), "no reference to the old namespace is left");
		assertArrayEquals(old, Files.readAllBytes(dir.resolve(fixture.getFileName() + ClusterFiles.BACKUP_SUFFIX)), "the old file kept as .bak");
		ClusterDocument again = ClusterFiles.load(file);
		assertNull(MigrationReport.of(again), "a file of the current version is not migrated");
		assertTrue(EcoreUtil.equals(document, again), "what was saved is what was migrated");
	}

	@Test
	void aFileOfANewerVersionIsRefusedWithTheUpgradeMessage() throws Exception {
		Path fixture = fixtures().get(0);
		int newer = FileVersions.CURRENT + 1;
		String text = Files.readString(fixture).replace(FileVersions.nsURI(versionOfFixture(fixture)), FileVersions.nsURI(newer));
		Path file = dir.resolve("newer.cluster");
		Files.writeString(file, text);
		ClusterLoadException e = assertThrows(ClusterLoadException.class, () -> ClusterFiles.load(file));
		assertEquals(file + "：此文件由较新版本的ClusterDesk（表式版本 " + newer + "）保存，请升级后再打开", e.getMessage());
		assertFalse(e.getMessage().contains("损坏"), e.getMessage());
		assertEquals(text, Files.readString(file), "the file stays as it was");
	}

	@Test
	void aValueTheNewFormHasNoPlaceForIsNamedInTheReport() throws Exception {
		Path fixture = fixtures().get(0);
		String text = Files.readString(fixture).replaceFirst("<contact ", "<contact retiredField=\"旧值\" ");
		Path file = dir.resolve("extra.cluster");
		Files.writeString(file, text);
		MigrationReport report = MigrationReport.of(ClusterFiles.load(file));
		assertTrue(report.changes().stream().anyMatch(c -> c.contains("retiredField") && c.contains("旧值")), report.summary());
	}

	@Test
	void anUnknownFeatureInAFileOfTheCurrentVersionIsStillAnError() throws Exception {
		Path fixture = fixtures().get(0);
		String text = Files.readString(fixture).replace(FileVersions.nsURI(versionOfFixture(fixture)), ClusterDeskPackage.eNS_URI)
				.replaceFirst("<contact ", "<contact retiredField=\"旧值\" ");
		Path file = dir.resolve("current.cluster");
		Files.writeString(file, text);
		ClusterLoadException e = assertThrows(ClusterLoadException.class, () -> ClusterFiles.load(file));
		assertTrue(e.getMessage().contains("retiredField"), e.getMessage());
	}

	@Test
	void theVersionIsReadFromTheRootElementOnly() {
		assertEquals(1, FileVersions.sniff("<?xml version=\"1.0\"?><cd:Application xmlns:cd=\"http://www.clusterdesk.org/model/1.0\"/>".getBytes(StandardCharsets.UTF_8)));
		assertEquals(7, FileVersions.sniff("<a:B x=\"1\" xmlns:a=\"http://www.clusterdesk.org/model/7.0\"><c/></a:B>".getBytes(StandardCharsets.UTF_8)));
		assertEquals(-1, FileVersions.sniff("<B xmlns=\"urn:other\"/>".getBytes(StandardCharsets.UTF_8)));
		assertEquals(-1, FileVersions.sniff("not xml".getBytes(StandardCharsets.UTF_8)));
		assertEquals(-1, FileVersions.sniff("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8)));
	}
}
