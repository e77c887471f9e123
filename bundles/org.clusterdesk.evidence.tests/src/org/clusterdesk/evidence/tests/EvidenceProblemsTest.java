/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.clusterdesk.evidence.EvidenceAssembler;
import org.clusterdesk.evidence.EvidenceBundle;
import org.clusterdesk.evidence.EvidenceException;
import org.clusterdesk.evidence.EvidenceProblem;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments that cannot go into the bundle are all named, and nothing is written; scans; cancellation. */
class EvidenceProblemsTest {

	@TempDir
	Path dir;

	@Test
	void everyBadAttachmentIsNamedAndTheOldBundleStays() throws Exception {
		Path file = EvidenceTesting.copySample("miit-2025", dir);
		ClusterDocument document = ClusterFiles.load(file);
		List<Attachment> a = document.getAttachments();
		Path folder = dir.resolve("miit-2025-附件");
		Files.delete(dir.resolve(a.get(1).getFileName())); // missing
		Path damaged = dir.resolve(a.get(2).getFileName());
		Files.write(damaged, java.util.Arrays.copyOf(Files.readAllBytes(damaged), 300)); // truncated
		try (PDDocument pdf = Loader.loadPDF(dir.resolve(a.get(3).getFileName()).toFile())) { // needs a password
			pdf.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
			pdf.save(dir.resolve(a.get(3).getFileName()).toFile());
		}
		Files.write(folder.resolve("05-绿色化转型佐证.ofd"), new byte[] { 'P', 'K', 3, 4, 0, 0 });
		a.get(4).setFileName("miit-2025-附件/05-绿色化转型佐证.ofd");
		Files.writeString(folder.resolve("06-开放合作佐证.docx"), "not a pdf", StandardCharsets.UTF_8);
		a.get(5).setFileName("miit-2025-附件/06-开放合作佐证.docx");

		Path out = dir.resolve("佐证材料.pdf");
		Files.writeString(out, "the previous bundle");
		EvidenceAssembler assembler = new EvidenceAssembler(document, file);
		EvidenceException e = assertThrows(EvidenceException.class, () -> assembler.assemble(out, null));
		List<EvidenceProblem> problems = e.problems();
		assertEquals(List.of(EvidenceProblem.Kind.MISSING, EvidenceProblem.Kind.DAMAGED, EvidenceProblem.Kind.ENCRYPTED,
				EvidenceProblem.Kind.UNSUPPORTED, EvidenceProblem.Kind.UNSUPPORTED), problems.stream().map(EvidenceProblem::kind).toList());
		for (int i = 0; i < problems.size(); i++) {
			Attachment attachment = a.get(i + 1);
			String message = problems.get(i).message();
			assertTrue(message.contains(attachment.getTitle()) && message.contains(attachment.getFileName()), message);
			assertTrue(message.startsWith("附件" + (i + 2) + "“"), message);
		}
		assertTrue(problems.get(2).message().contains("已加密"), problems.get(2).message());
		assertTrue(problems.get(3).message().contains("OFD"), problems.get(3).message());
		assertTrue(problems.get(4).message().contains("docx"), problems.get(4).message());
		assertTrue(e.getMessage().contains("5 份附件无法汇编") && e.getMessage().contains(out.toString()), e.getMessage());
		assertEquals("the previous bundle", Files.readString(out));
		assertEquals(problems.stream().map(EvidenceProblem::message).toList(),
				assembler.check().stream().map(EvidenceProblem::message).toList(), "check() finds the same without writing");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("miit-2025-附件", "miit-2025.cluster", "佐证材料.pdf"),
					files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
		}
	}

	@Test
	void scansArePlacedOnA4PagesAndStamped() throws Exception {
		Path file = EvidenceTesting.copySample("miit-2025", dir);
		ClusterDocument document = ClusterFiles.load(file);
		List<Attachment> a = document.getAttachments();
		BufferedImage wide = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		ImageIO.write(wide, "png", dir.resolve("miit-2025-附件/scan.png").toFile());
		BufferedImage tall = new BufferedImage(600, 900, BufferedImage.TYPE_INT_RGB);
		ImageIO.write(tall, "jpg", dir.resolve("miit-2025-附件/scan.jpg").toFile());
		a.get(0).setFileName("miit-2025-附件/scan.png");
		a.get(1).setFileName("miit-2025-附件/scan.jpg");
		Path out = dir.resolve("佐证材料.pdf");
		EvidenceBundle bundle = new EvidenceAssembler(document, file).assemble(out, null);
		assertEquals(1, bundle.layout().entries().get(0).pages());
		assertEquals(1, bundle.layout().entries().get(1).pages());
		assertEquals(3, bundle.layout().entries().get(2).firstPage());
		try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
			PDPage landscape = pdf.getPage(bundle.frontPages());
			PDPage portrait = pdf.getPage(bundle.frontPages() + 1);
			assertEquals(842f, landscape.getMediaBox().getWidth(), 1f);
			assertEquals(595f, portrait.getMediaBox().getWidth(), 1f);
			assertTrue(EvidenceTesting.pageText(pdf, bundle.frontPages() + 1).contains("第 1 页（P1）"));
			assertTrue(EvidenceTesting.pageText(pdf, bundle.frontPages() + 2).contains("第 2 页（P2）"));
			assertTrue(EvidenceTesting.pageText(pdf, bundle.frontPages() + 3).contains("Sample evidence att-03, page 1 of"));
		}
	}

	@Test
	void theBundleNeverOverwritesTheDocumentOrAnAttachment() throws Exception {
		Path file = EvidenceTesting.copySample("miit-2025", dir);
		ClusterDocument document = ClusterFiles.load(file);
		byte[] saved = Files.readAllBytes(file);
		EvidenceAssembler assembler = new EvidenceAssembler(document, file);
		EvidenceException e = assertThrows(EvidenceException.class, () -> assembler.assemble(file, null));
		assertTrue(e.getMessage().contains("不能写在 miit-2025.cluster 上"), e.getMessage());
		assertArrayEquals(saved, Files.readAllBytes(file));
		Path attachment = dir.resolve(document.getAttachments().get(0).getFileName());
		byte[] pdf = Files.readAllBytes(attachment);
		e = assertThrows(EvidenceException.class, () -> assembler.assemble(attachment, null));
		assertTrue(e.getMessage().contains(document.getAttachments().get(0).getFileName()), e.getMessage());
		assertArrayEquals(pdf, Files.readAllBytes(attachment));
	}

	@Test
	void cancellingWritesNothing() throws Exception {
		Path file = EvidenceTesting.copySample("miit-2025", dir);
		ClusterDocument document = ClusterFiles.load(file);
		Path out = dir.resolve("佐证材料.pdf");
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int work;

			@Override
			public void worked(int units) {
				if (++work == 3) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class, () -> new EvidenceAssembler(document, file).assemble(out, monitor));
		assertFalse(Files.exists(out));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file left");
		}
	}
}
