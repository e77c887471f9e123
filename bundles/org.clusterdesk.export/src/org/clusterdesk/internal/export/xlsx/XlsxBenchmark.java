/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.LibraryImporter;
import org.clusterdesk.export.XlsxExporter;
import org.clusterdesk.model.CompetitionReport;

/**
 * Figures for {@code clusterdesk benchmark}, never assertions: the median time of the .xlsx export of a report, of
 * plain SXSSF writing the same cells ({@link PlainSxssfBaseline#write(org.clusterdesk.model.ClusterDocument, Path)}),
 * of importing the exported workbook, and the peak heap over all runs. Targets: export ≤ 1.3 × plain SXSSF, import ≤ 2 s, heap ≤ 512 MB (run with -Xmx512m
 * to prove the bound).
 */
public final class XlsxBenchmark {

	/**
	 * The medians and the peak.
	 *
	 * @param exportMillis   {@link XlsxExporter#export} of the whole report
	 * @param baselineMillis plain SXSSF writing the same cells
	 * @param importMillis   {@link LibraryImporter#read} of the exported workbook
	 * @param peakHeapMb     the largest heap in use during any run
	 * @param entries        entries the import read back (all four libraries)
	 */
	public record Result(double exportMillis, double baselineMillis, double importMillis, double exportCpuMillis,
			double baselineCpuMillis, long peakHeapMb, int entries) {

		/** Export time over plain SXSSF time (wall clock). */
		public double ratio() {
			return exportMillis / Math.max(0.001, baselineMillis);
		}

		/** The same ratio in CPU time of the writing thread: steadier on a busy machine. */
		public double cpuRatio() {
			return exportCpuMillis / Math.max(0.001, baselineCpuMillis);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"xlsx export %.0f ms, plain SXSSF %.0f ms: ratio %.2f (CPU %.0f / %.0f ms: %.2f; target <= 1.30); import %.0f ms of %d entries (target <= 2000); peak heap %d MB (target <= 512)", //$NON-NLS-1$
					exportMillis, baselineMillis, ratio(), exportCpuMillis, baselineCpuMillis, cpuRatio(), importMillis,
					entries, peakHeapMb);
		}
	}

	private XlsxBenchmark() {
	}

	/** Runs each step {@code runs} times after one warm-up, in the given scratch folder (files are deleted). */
	public static Result run(CompetitionReport report, Path dir, int runs) throws IOException {
		Path exported = dir.resolve("benchmark-export.xlsx"); //$NON-NLS-1$
		Path plain = dir.resolve("benchmark-plain.xlsx"); //$NON-NLS-1$
		editionOf(report);
		try {
			// warm-up: class loading and JIT for all three
			XlsxExporter.export(report, exported, null);
			PlainSxssfBaseline.write(report, plain);
			new LibraryImporter().read(exported, null);
			List<Double> export = new ArrayList<>();
			List<Double> baseline = new ArrayList<>();
			List<Double> exportCpu = new ArrayList<>();
			List<Double> baselineCpu = new ArrayList<>();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			List<Double> imports = new ArrayList<>();
			long peak = 0;
			int entries = 0;
			for (int i = 0; i < runs; i++) {
				resetPeaks();
				long start = System.nanoTime();
				long cpu = threads.getCurrentThreadCpuTime();
				PlainSxssfBaseline.write(report, plain);
				baselineCpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
				baseline.add((System.nanoTime() - start) / 1e6);
				start = System.nanoTime();
				cpu = threads.getCurrentThreadCpuTime();
				XlsxExporter.export(report, exported, null);
				exportCpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
				export.add((System.nanoTime() - start) / 1e6);
				start = System.nanoTime();
				ImportResult result = new LibraryImporter().read(exported, null);
				imports.add((System.nanoTime() - start) / 1e6);
				entries = result.getLibraries().getExisting().size() + result.getLibraries().getProspective().size()
						+ result.getLibraries().getUnderConstruction().size() + result.getLibraries().getPlanned().size();
				peak = Math.max(peak, peakHeapBytes());
			}
			return new Result(median(export), median(baseline), median(imports), median(exportCpu), median(baselineCpu),
					peak / (1024 * 1024), entries);
		} finally {
			Files.deleteIfExists(exported);
			Files.deleteIfExists(plain);
		}
	}

	private static org.clusterdesk.model.Edition editionOf(CompetitionReport report) throws ExportException {
		if (report.getEdition() == null) {
			throw new ExportException(org.eclipse.osgi.util.NLS.bind(Messages.Error_noEdition, report.getEditionId()));
		}
		return report.getEdition();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeapBytes() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
