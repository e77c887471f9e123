/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.formreader.FormReadResult;
import org.clusterdesk.formreader.FormReader;
import org.clusterdesk.formreader.UnreadPlace;
import org.clusterdesk.model.ClusterDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample of every edition, exported to Word as a draft and as a final form with the export's public API, read
 * back: the edition is recognised from the cover, and the document read equals the sample in every attribute and
 * reference the form shows ({@link DocumentDiff#NOT_SHOWN} lists the few it does not). What the reader does not read yet
 * is listed per edition in {@code gaps/<id>.gaps} (a list that may only shrink) and reported by the reader as such.
 */
class RoundTripTest {

	/** Where the exports read back are left for a reviewer: target/roundtrip of this bundle. */
	static Path dir() throws java.io.IOException {
		return java.nio.file.Files.createDirectories(
				ReaderTesting.samples().resolve("../bundles/org.clusterdesk.formreader.tests/target/roundtrip").normalize());
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (String edition : ReaderTesting.EDITIONS) {
			for (ExportMode mode : ExportMode.values()) {
				cases.add(Arguments.of(edition, mode));
			}
		}
		return cases.stream();
	}

	/**
	 * The blank form of every edition (what a province sends out to be filled in Word) reads back as the blank document:
	 * its empty cells, 数量：    个, the years' headings without a goal and the park's empty table are nothing, and
	 * nothing is reported but what this version does not read.
	 */
	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024",
			"competition-2026" })
	void blankFormReadsBackAsTheBlankDocument(String edition) throws Exception {
		ClusterDocument blank = org.clusterdesk.model.forms.DocumentFactory
				.create(org.clusterdesk.model.editions.EditionRegistry.getDefault().getEdition(edition), null);
		Path docx = dir().resolve(edition + "-blank.docx");
		DocxExporter.export(blank, docx, ExportMode.DRAFT, null);

		FormReadResult result = FormReader.read(docx, null, null);

		assertEquals(edition, result.editionId());
		List<String> diff = DocumentDiff.of(blank, result.document()).lines();
		assertTrue(diff.isEmpty(), edition + " blank: read back differently:\n" + String.join("\n", diff));
		List<UnreadPlace> other = result.unread();
		assertTrue(other.isEmpty(), edition + " blank: unread places:\n" + String.join("\n", other.stream().map(UnreadPlace::toString).toList()));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void exportedSampleReadsBack(String edition, ExportMode mode) throws Exception {
		ClusterDocument sample = ReaderTesting.sample(edition);
		Path docx = dir().resolve(edition + "-" + mode + ".docx");
		DocxExporter.export(sample, docx, mode, null);

		FormReadResult result = FormReader.read(docx, null, null);

		assertEquals(edition, result.editionId(), "edition recognised from the cover");
		DocumentDiff diff = DocumentDiff.of(sample, result.document());
		// what did not come back, for a reviewer (and for updating the gaps list when the reader learns more)
		java.nio.file.Files.write(dir().resolve(edition + "-" + mode + ".places"), diff.places());
		java.nio.file.Files.write(dir().resolve(edition + "-" + mode + ".diff"), diff.lines());
		java.nio.file.Files.write(dir().resolve(edition + "-" + mode + ".unread"),
				result.unread().stream().map(UnreadPlace::toString).toList());
		Set<String> gaps = ReaderTesting.gaps(edition);
		List<String> unexpected = diff.lines().stream().filter(l -> !gaps.contains(l.substring(0, l.indexOf(' ')))).toList();
		assertTrue(unexpected.isEmpty(), edition + " " + mode + ": read back differently:\n" + String.join("\n", unexpected));
		Set<String> nowRead = new TreeSet<>(gaps);
		nowRead.removeAll(diff.places());
		assertTrue(nowRead.isEmpty(), edition + ": these places read back now, take them off gaps/" + edition + ".gaps: " + nowRead);
		// on the form's own export no place is reported as unread (every gap list is empty)
		List<UnreadPlace> other = result.unread();
		assertTrue(other.isEmpty(), edition + " " + mode + ": unread places on an exported form:\n"
				+ String.join("\n", other.stream().map(UnreadPlace::toString).toList()));
	}
}
