/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.clusterdesk.model.tests.Fixtures.F;
import static org.clusterdesk.model.tests.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ChainWork;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving is atomic and keeps a backup; a bad file gives a clear error and stays as it was. */
class ClusterFilesTest {

	@TempDir
	Path dir;

	private static Application sample() {
		Application a = Fixtures.application("miit-2025");
		a.setName("浙江省宁波市慈溪市智能家电产业");
		a.setFilingDate(LocalDate.of(2025, 5, 20));
		a.getIndustry().setTotalOutput(series(2022, "512.30", 2023, "566.80", 2024, "628.10"));
		a.getIndustry().getChainWorks().add(ChainWork.CHAIN_MAP);
		Attachment map = F.createAttachment();
		map.setId("att-01");
		map.setTitle("产业链图谱");
		map.setPages(12);
		a.getAttachments().add(map);
		EvidenceLink link = F.createEvidenceLink();
		link.setFeature(Literals.INDUSTRY_SECTION__CHAIN_WORKS);
		link.setOption(ChainWork.CHAIN_MAP.getName());
		EvidenceRef ref = F.createEvidenceRef();
		ref.setAttachment(map);
		ref.setPage(3);
		link.getEvidence().add(ref);
		a.getIndustry().getEvidenceLinks().add(link);
		return a;
	}

	private static Resource resourceOf(ClusterDocument document, Path file) {
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(document);
		return resource;
	}

	@Test
	void saveThenLoadGivesAnEqualDocumentWithReadableUtf8() throws IOException {
		Path file = dir.resolve("慈溪.cluster");
		Application original = sample();
		ClusterFiles.save(resourceOf(original, file), file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("浙江省宁波市慈溪市智能家电产业"), "Chinese is written as UTF-8, not escaped");
		assertTrue(text.contains("value=\"628.10\""), "two decimals as entered");
		ClusterDocument loaded = ClusterFiles.load(file);
		assertTrue(EcoreUtil.equals(original, loaded), "load → save → load gives an equal document");
		EvidenceLink link = ((Application) loaded).getIndustry().getEvidenceLinks().get(0);
		assertEquals(Literals.INDUSTRY_SECTION__CHAIN_WORKS, link.getFeature(), "the link points at the metamodel feature");
		assertEquals("产业链图谱", link.getEvidence().get(0).getAttachment().getTitle(), "the evidence reference resolves");
	}

	@Test
	void saveKeepsThePreviousVersionAndLeavesNoTemporaryFile() throws IOException {
		Path file = dir.resolve("a.cluster");
		Application document = sample();
		Resource resource = resourceOf(document, file);
		ClusterFiles.save(resource, file);
		byte[] first = Files.readAllBytes(file);
		document.setName("浙江省宁波市慈溪市智能家电产业（修订）");
		ClusterFiles.save(resource, file);
		assertArrayEquals(first, Files.readAllBytes(dir.resolve("a.cluster.bak")), "the backup holds the previous version");
		assertTrue(Files.readString(file).contains("（修订）"));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("a.cluster", "a.cluster.bak"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
		Path file = dir.resolve("p.cluster");
		Resource resource = resourceOf(sample(), file);
		ClusterFiles.save(resource, file);
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
				"not the 0600 of a temporary file");
		Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
		ClusterFiles.save(resource, file);
		assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aFailedSaveLeavesTheFileAsItWas() throws IOException {
		Path file = dir.resolve("b.cluster");
		Application document = sample();
		Resource resource = resourceOf(document, file);
		ClusterFiles.save(resource, file);
		byte[] before = Files.readAllBytes(file);
		// an evidence reference to an attachment outside any resource cannot be written (dangling reference)
		Attachment stray = F.createAttachment();
		stray.setId("att-stray");
		EvidenceRef ref = F.createEvidenceRef();
		ref.setAttachment(stray);
		document.getIndustry().getEvidenceLinks().get(0).getEvidence().add(ref);
		assertThrows(IOException.class, () -> ClusterFiles.save(resource, file));
		assertArrayEquals(before, Files.readAllBytes(file), "the file is unchanged");
		try (Stream<Path> files = Files.list(dir)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
		}
	}

	@Test
	void aTruncatedFileIsReportedWithItsPositionAndLeftUntouched() throws IOException {
		Path file = dir.resolve("truncated.cluster");
		ClusterFiles.save(resourceOf(sample(), file), file);
		byte[] whole = Files.readAllBytes(file);
		byte[] half = Arrays.copyOf(whole, whole.length / 2);
		Files.write(file, half);
		ClusterLoadException e = assertThrows(ClusterLoadException.class, () -> ClusterFiles.load(file));
		assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
		assertTrue(e.getLine() > 0, "the position is known: " + e.getMessage());
		assertTrue(e.getMessage().contains("文件已损坏或被截断"), e.getMessage());
		assertArrayEquals(half, Files.readAllBytes(file), "loading never changes the file");
	}

	@Test
	void aForeignXmlFileIsNamedAsNotAClusterFile() throws IOException {
		Path file = dir.resolve("page.cluster");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n");
		ClusterLoadException e = assertThrows(ClusterLoadException.class, () -> ClusterFiles.load(file));
		assertTrue(e.getMessage().contains("不是 ClusterDesk 集群申报文件"), e.getMessage());
		assertTrue(e.getMessage().contains("page.cluster"), e.getMessage());
	}

	@Test
	void binaryGarbageAndEmptyFilesAreDamaged() throws IOException {
		Path binary = dir.resolve("zip.cluster");
		Files.write(binary, new byte[] { 'P', 'K', 3, 4, 0, 0, (byte) 0xff, 1, 2 });
		ClusterLoadException e = assertThrows(ClusterLoadException.class, () -> ClusterFiles.load(binary));
		assertTrue(e.getMessage().contains("zip.cluster"), e.getMessage());
		Path empty = dir.resolve("empty.cluster");
		Files.write(empty, new byte[0]);
		e = assertThrows(ClusterLoadException.class, () -> ClusterFiles.load(empty));
		assertTrue(e.getMessage().contains("empty.cluster"), e.getMessage());
		assertEquals(0, Files.size(empty));
	}

	@Test
	void anUnknownElementIsAnErrorWithItsLine() throws IOException {
		Path file = dir.resolve("unknown.cluster");
		ClusterFiles.save(resourceOf(sample(), file), file);
		String text = Files.readString(file).replace("<industry", "<industri");
		text = text.replace("</industry>", "</industri>");
		Files.writeString(file, text);
		ClusterLoadException e = assertThrows(ClusterLoadException.class, () -> ClusterFiles.load(file));
		assertTrue(e.getLine() > 1, e.getMessage());
		assertTrue(e.getMessage().contains("industri"), e.getMessage());
	}

	@Test
	void aMissingFileIsNamed() {
		ClusterLoadException e = assertThrows(ClusterLoadException.class, () -> ClusterFiles.load(dir.resolve("none.cluster")));
		assertTrue(e.getMessage().contains("none.cluster"), e.getMessage());
	}
}
