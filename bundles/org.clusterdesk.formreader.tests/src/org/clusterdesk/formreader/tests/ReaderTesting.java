/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;

/** The samples, and the list of what the reader does not read yet per edition (test data beside the tests). */
final class ReaderTesting {

	static final String[] EDITIONS = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024",
			"competition-2026" };

	private ReaderTesting() {
	}

	static Path samples() {
		String dir = System.getProperty("clusterdesk.samples");
		return dir != null ? Path.of(dir) : Path.of("..", "..", "samples");
	}

	static ClusterDocument sample(String edition) {
		try {
			return ClusterFiles.load(samples().resolve(edition + ".cluster"));
		} catch (IOException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/**
	 * The places (class.feature) of an edition's sample that do not come back from its form yet: {@code gaps/<id>.gaps}
	 * in this bundle, one a line, {@code #} comments. The list may only shrink: a place listed that does come back fails
	 * the round-trip test.
	 */
	static Set<String> gaps(String edition) {
		Set<String> gaps = new TreeSet<>();
		Path file = samples().resolve("../bundles/org.clusterdesk.formreader.tests/gaps/" + edition + ".gaps").normalize();
		if (!Files.exists(file)) {
			return gaps;
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String l = line.strip();
				if (!l.isEmpty() && !l.startsWith("#")) {
					gaps.add(l);
				}
			}
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		return gaps;
	}

	static Path write(Path dir, String name, byte[] bytes) throws IOException {
		Path p = dir.resolve(name);
		Files.write(p, bytes);
		return p;
	}
}
