/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.clusterdesk.evidence.EvidenceAssembler;
import org.clusterdesk.evidence.EvidenceBundle;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;

/**
 * The evidence bundle's benchmark: 60 attachments of 10 pages each (600 pages), half of them text PDFs and half scanned
 * PDFs (an A4 JPEG on every page, as staff scan certificates), assembled from the competition sample with its evidence
 * references; the median time of the assembly and the peak heap.
 */
final class EvidenceBenchmark {

	static final int ATTACHMENTS = 60;

	static final int PAGES = 10;

	private EvidenceBenchmark() {
	}

	/** Runs it and returns the line to print. */
	static String run(Path base, int runs, Measure measure) throws IOException {
		Path dir = Files.createTempDirectory("clusterdesk-evidence"); //$NON-NLS-1$
		try {
			Path file = dir.resolve("benchmark.cluster"); //$NON-NLS-1$
			ClusterDocument document = ClusterFiles.load(base);
			Path folder = Files.createDirectories(dir.resolve("附件")); //$NON-NLS-1$
			List<Attachment> attachments = document.getAttachments();
			long inputBytes = 0;
			int scanned = 0;
			for (int i = 0; i < ATTACHMENTS; i++) {
				Attachment a;
				if (i < attachments.size()) {
					a = attachments.get(i); // the sample's attachments keep their evidence references
				} else {
					a = ClusterDeskFactory.eINSTANCE.createAttachment();
					a.setId(String.format(Locale.ROOT, "bench-%02d", i + 1)); //$NON-NLS-1$
					a.setTitle(String.format(Locale.ROOT, "基准测试附件 %02d（企业证书及证明材料）", i + 1)); //$NON-NLS-1$
					attachments.add(a);
				}
				String name = String.format(Locale.ROOT, "%02d.pdf", i + 1); //$NON-NLS-1$
				boolean scan = i % 2 == 1;
				write(folder.resolve(name), a.getTitle(), scan);
				scanned += scan ? PAGES : 0;
				inputBytes += Files.size(folder.resolve(name));
				a.setFileName("附件/" + name); //$NON-NLS-1$
				a.setPages(PAGES);
			}
			document.setEvidencePages(ATTACHMENTS * PAGES);
			Path out = dir.resolve("佐证材料.pdf"); //$NON-NLS-1$
			EvidenceAssembler assembler = new EvidenceAssembler(document, file);
			assembler.assemble(out, null); // warm-up: class loading, JIT, font
			List<Double> times = new ArrayList<>();
			List<Double> cpu = new ArrayList<>();
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			long peak = 0;
			EvidenceBundle bundle = null;
			for (int i = 0; i < runs; i++) {
				measure.reset();
				long start = System.nanoTime();
				long startCpu = threads.getCurrentThreadCpuTime();
				try {
					bundle = assembler.assemble(out, null);
				} catch (org.clusterdesk.evidence.EvidenceException e) {
					throw new IOException(e.getMessage(), e);
				}
				times.add((System.nanoTime() - start) / 1e9);
				cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e9);
				peak = Math.max(peak, measure.peakBytes());
			}
			Collections.sort(times);
			Collections.sort(cpu);
			return String.format(Locale.ROOT, EvidenceMessages.Benchmark_evidence, ATTACHMENTS, bundle.layout().totalPages(), scanned,
					inputBytes / (1024 * 1024), runs, times.get(times.size() / 2), cpu.get(cpu.size() / 2), peak / (1024 * 1024),
					Files.size(out) / (1024 * 1024));
		} catch (org.clusterdesk.evidence.EvidenceException e) {
			throw new IOException(e.getMessage(), e);
		} finally {
			deleteTree(dir);
		}
	}

	/** Resets and reads the heap peak (the benchmark command's way). */
	interface Measure {
		void reset();

		long peakBytes();
	}

	/** A text PDF, or a scanned one: each page one A4 greyscale JPEG at 150 dpi. */
	private static void write(Path file, String title, boolean scan) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int p = 1; p <= PAGES; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
					if (scan) {
						PDImageXObject image = JPEGFactory.createFromImage(pdf, scan(p), 0.6f);
						cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
					} else {
						cs.beginText();
						cs.setFont(font, 11);
						cs.newLineAtOffset(72, 770);
						cs.setLeading(14);
						for (int line = 0; line < 45; line++) {
							cs.showText("Evidence " + file.getFileName() + " page " + p + ", line " + line
									+ ": certificate, approval and statistics text as an office PDF carries it."); //$NON-NLS-1$
							cs.newLine();
						}
						cs.endText();
					}
				}
			}
			pdf.save(file.toFile());
		}
	}

	private static BufferedImage scan(int page) {
		BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(new Color(245, 245, 240));
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setColor(Color.DARK_GRAY);
			for (int y = 160; y < 1600; y += 36) {
				g.fillRect(140, y, 900 + (y * 7 + page * 13) % 60, 14); // lines of text as a scanner sees them
			}
			g.drawOval(800, 1300, 260, 260); // a seal
		} finally {
			g.dispose();
		}
		return image;
	}

	private static void deleteTree(Path dir) throws IOException {
		try (var walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
