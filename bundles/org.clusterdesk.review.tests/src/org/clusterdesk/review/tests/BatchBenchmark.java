/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.clusterdesk.internal.review.BatchBenchmarkData;
import org.clusterdesk.internal.review.ApplicationSummaries;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.review.BatchReview;
import org.clusterdesk.validation.ClusterValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Not a test: a measurement, run only when asked (environment {@code CLUSTERDESK_BENCHMARK=1000}, since the test
 * runtime's command line is fixed by the build; the heap bound through {@code JAVA_TOOL_OPTIONS=-Xmx512m}).
 * Generates the applications, reviews them three times and prints the median time and the peak heap, figures for
 * the record:
 *
 * <pre>
 * CLUSTERDESK_BENCHMARK=1000 JAVA_TOOL_OPTIONS=-Xmx512m ./mvnw -B -pl …,bundles/org.clusterdesk.review.tests verify -Dtest=BatchBenchmark
 * </pre>
 */
class BatchBenchmark {

	@Test
	@EnabledIfEnvironmentVariable(named = "CLUSTERDESK_BENCHMARK", matches = "\\d+")
	void batchReviewOfGeneratedApplications() throws IOException {
		int count = Integer.parseInt(System.getenv("CLUSTERDESK_BENCHMARK"));
		Path dir = ReviewTesting.outputDir().resolve("benchmark-" + count);
		if (!Files.isDirectory(dir)) {
			long start = System.nanoTime();
			BatchBenchmarkData.write(dir, count, ReviewTesting.samplesDir());
			System.out.printf(Locale.ROOT, "generated %d applications in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
		}
		Path out = ReviewTesting.outputDir().resolve("benchmark-" + count + ".xlsx");
		List<Double> times = new ArrayList<>();
		long peak = 0;
		BatchReview.Result result = null;
		for (int run = 0; run < 3; run++) {
			System.gc();
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					pool.resetPeakUsage();
				}
			}
			long start = System.nanoTime();
			result = BatchReview.run(List.of(dir), out, null, null, null);
			times.add((System.nanoTime() - start) / 1e9);
			long used = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					used += pool.getPeakUsage().getUsed();
				}
			}
			peak = Math.max(peak, used);
		}
		Collections.sort(times);
		// where the time goes: reading alone, then reading and validating (the rest is summarising and writing)
		List<Path> files;
		try (Stream<Path> listed = Files.list(dir)) {
			files = listed.sorted().toList();
		}
		long start = System.nanoTime();
		for (Path file : files) {
			ClusterFiles.load(file);
		}
		double load = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		for (Path file : files) {
			ClusterValidation.validate(ClusterFiles.load(file));
		}
		double validate = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		int serial = 0;
		for (Path file : files) {
			ClusterDocument document = ClusterFiles.load(file);
			ApplicationSummaries.of(++serial, file.toString(), document, ClusterValidation.validate(document));
		}
		double summarise = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "reading alone %.1f s, reading and validating %.1f s, and summarising %.1f s%n", load, validate,
				summarise);
		try (Stream<Path> listed = Files.list(dir)) {
			System.out.printf(Locale.ROOT,
					"batch review of %d applications (%d errors, %d warnings): median %.1f s of %s, peak heap %d MB (max %d MB), %d cores, workbook %d KB%n",
					listed.count(), result.errors(), result.warnings(), times.get(times.size() / 2), times, peak / (1024 * 1024),
					Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(), Files.size(out) / 1024);
		}
	}
}
