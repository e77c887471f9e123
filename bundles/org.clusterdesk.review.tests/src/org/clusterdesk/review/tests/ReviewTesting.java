/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;

/** Samples and output folders of the review tests. */
final class ReviewTesting {

	private ReviewTesting() {
	}

	static Path samplesDir() {
		return Path.of(System.getProperty("clusterdesk.samples"));
	}

	/** Where tests leave workbooks for a reviewer to open (target/review by default). */
	static Path outputDir() throws IOException {
		Path dir = Path.of(System.getProperty("clusterdesk.review.out", "target/review"));
		Files.createDirectories(dir);
		return dir;
	}

	/** A fresh copy of the sample of an edition, to change in a test. */
	@SuppressWarnings("unchecked")
	static <T extends ClusterDocument> T sample(String edition) {
		try {
			return (T) ClusterFiles.load(samplesDir().resolve(edition + ".cluster"));
		} catch (IOException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}
}
