/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The sample documents and reading bundles back. */
final class EvidenceTesting {

	private EvidenceTesting() {
	}

	static Path samples() {
		String dir = System.getProperty("clusterdesk.samples");
		return Path.of(dir == null ? "../../samples" : dir).toAbsolutePath().normalize();
	}

	/** The sample documents (not the broken copies). */
	static Stream<Path> sampleFiles() {
		try (Stream<Path> files = Files.list(samples())) {
			List<Path> list = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".cluster")).sorted().toList());
			return list.stream();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Where the tests leave the bundles they write, to look at. */
	static Path output() throws IOException {
		return Files.createDirectories(Path.of("target", "evidence").toAbsolutePath());
	}

	/** The text of one physical page (from 1). */
	static String pageText(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	/** Text without any white space, so that wrapped lines compare with the titles they came from. */
	static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	/** Copies a sample and its attachments folder into a folder, returning the copy of the .cluster file. */
	static Path copySample(String name, Path into) throws IOException {
		Path source = samples().resolve(name + ".cluster");
		Path target = into.resolve(name + ".cluster");
		Files.copy(source, target);
		Path folder = samples().resolve(name + "-附件");
		Path copy = Files.createDirectories(into.resolve(name + "-附件"));
		try (Stream<Path> files = Files.list(folder)) {
			for (Path f : files.toList()) {
				Files.copy(f, copy.resolve(f.getFileName().toString()));
			}
		}
		return target;
	}
}
