/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

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

import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.formreader.FormReadException;
import org.clusterdesk.formreader.FormReadResult;
import org.clusterdesk.formreader.FormReader;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.internal.export.xlsx.XlsxBenchmark;
import org.clusterdesk.internal.review.BatchBenchmarkData;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.review.BatchReview;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.osgi.util.NLS;

/**
 * {@code clusterdesk benchmark}: builds competition reports with large libraries and prints the median time and peak
 * heap of a full validation, at the asked size and ten times that size, so that linear growth can be read off.
 * Figures for the record, never assertions: run it with {@code CLUSTERDESK_VM_ARGS=-Xmx512m} to prove the heap bound.
 */
final class BenchmarkCommand implements Command {

	@Override
	public String name() {
		return "benchmark"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Benchmark_summary;
	}

	@Override
	public String help() {
		return Messages.Benchmark_help + System.lineSeparator();
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		int enterprises = 10_000;
		int projects = 5_000;
		int runs = 5;
		int batch = 0;
		Path base = Path.of("samples", "competition-2026.cluster"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--enterprises" -> enterprises = number(args, ++i, arg); //$NON-NLS-1$
			case "--projects" -> projects = number(args, ++i, arg); //$NON-NLS-1$
			case "--runs" -> runs = number(args, ++i, arg); //$NON-NLS-1$
			case "--batch" -> batch = number(args, ++i, arg); //$NON-NLS-1$
			case "--base" -> { //$NON-NLS-1$
				if (++i >= args.size()) {
					throw new UsageException(NLS.bind(Messages.Benchmark_valueMissing, arg));
				}
				base = Path.of(args.get(i));
			}
			default -> throw new UsageException(NLS.bind(Messages.Cli_unknownOption, arg));
			}
		}
		var out = console.out();
		out.println(NLS.bind(Messages.Benchmark_environment, new Object[] { Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version") })); //$NON-NLS-1$
		try {
			Result small = measure(base, enterprises, projects, runs, out);
			Result large = measure(base, enterprises * 10, projects * 10, Math.max(1, runs / 2 + 1), out);
			out.println(String.format(Locale.ROOT, Messages.Benchmark_ratio, large.medianMillis / Math.max(0.001, small.medianMillis)));
			exports(base, enterprises, projects, runs, out);
			out.println(EvidenceBenchmark.run(base, Math.max(1, Math.min(runs, 3)), new EvidenceBenchmark.Measure() {
				@Override
				public void reset() {
					System.gc();
					resetPeaks();
				}

				@Override
				public long peakBytes() {
					return peakHeapBytes();
				}
			}));
			if (batch > 0) {
				batch(base.toAbsolutePath().getParent(), batch, Math.max(1, Math.min(runs, 3)), out);
			}
		} catch (IOException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		return ExitCodes.OK;
	}

	private record Result(double medianMillis, long peakHeapMb) {
	}

	/** {@code batch}: N generated applications (a mix of editions) validated and written into one workbook. */
	private static void batch(Path samples, int count, int runs, java.io.PrintStream out) throws IOException {
		Path dir = Files.createTempDirectory("clusterdesk-batch"); //$NON-NLS-1$
		try {
			List<Path> files = BatchBenchmarkData.write(dir.resolve("in"), count, samples); //$NON-NLS-1$
			Path workbook = dir.resolve("review.xlsx"); //$NON-NLS-1$
			List<Double> times = new ArrayList<>();
			long peak = 0;
			for (int i = 0; i < runs; i++) {
				System.gc();
				resetPeaks();
				long start = System.nanoTime();
				BatchReview.run(List.of(dir.resolve("in")), workbook, null, null, null); //$NON-NLS-1$
				times.add((System.nanoTime() - start) / 1e6);
				peak = Math.max(peak, peakHeapBytes());
			}
			Collections.sort(times);
			out.println(String.format(Locale.ROOT, Messages.Benchmark_batch, files.size(), runs, times.get(times.size() / 2) / 1000,
					peak / (1024 * 1024)));
		} finally {
			deleteTree(dir);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** xlsx export against plain SXSSF, import of the exported workbook, and the docx export of the same report. */
	private static void exports(Path base, int enterprises, int projects, int runs, java.io.PrintStream out) throws IOException {
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(base);
		BenchmarkData.fill(report, enterprises, projects);
		Path dir = Files.createTempDirectory("clusterdesk-benchmark"); //$NON-NLS-1$
		try {
			out.println(NLS.bind(Messages.Benchmark_xlsx, XlsxBenchmark.run(report, dir, runs)));
			Path docx = dir.resolve("benchmark.docx"); //$NON-NLS-1$
			DocxExporter.export(report, docx, ExportMode.DRAFT, null); // warm-up
			List<Double> times = new ArrayList<>();
			long peak = 0;
			for (int i = 0; i < runs; i++) {
				System.gc();
				resetPeaks();
				long start = System.nanoTime();
				DocxExporter.export(report, docx, ExportMode.DRAFT, null);
				times.add((System.nanoTime() - start) / 1e6);
				peak = Math.max(peak, peakHeapBytes());
			}
			Collections.sort(times);
			out.println(String.format(Locale.ROOT, Messages.Benchmark_docx, enterprises, projects, runs, times.get(times.size() / 2),
					peak / (1024 * 1024), Files.size(docx) / 1024));
			formRead(docx, enterprises, projects, runs, out);
		} finally {
			try (var files = Files.list(dir)) {
				for (Path f : files.toList()) {
					Files.deleteIfExists(f);
				}
			}
			Files.deleteIfExists(dir);
		}
	}

	/** The Word form just exported, read back by the form reader (issue 14: ≤ 3 s, ≤ 512 MB for 10 000 + 5 000 rows). */
	private static void formRead(Path docx, int enterprises, int projects, int runs, java.io.PrintStream out) throws IOException {
		try {
			FormReader.read(docx, null, null); // warm-up
			List<Double> times = new ArrayList<>();
			long peak = 0;
			int unread = 0;
			for (int i = 0; i < runs; i++) {
				System.gc();
				resetPeaks();
				long start = System.nanoTime();
				FormReadResult result = FormReader.read(docx, null, null);
				times.add((System.nanoTime() - start) / 1e6);
				peak = Math.max(peak, peakHeapBytes());
				unread = result.unread().size();
			}
			Collections.sort(times);
			out.println(String.format(Locale.ROOT, Messages.Benchmark_formRead, enterprises, projects, runs, times.get(times.size() / 2),
					peak / (1024 * 1024), unread));
		} catch (FormReadException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static Result measure(Path base, int enterprises, int projects, int runs, java.io.PrintStream out)
			throws IOException {
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(base);
		BenchmarkData.fill(report, enterprises, projects);
		ClusterValidation.validate(report); // warm-up: class loading, JIT
		List<Double> times = new ArrayList<>();
		long peak = 0;
		int findings = 0;
		for (int i = 0; i < runs; i++) {
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			ValidationReport result = ClusterValidation.validate(report);
			times.add((System.nanoTime() - start) / 1e6);
			peak = Math.max(peak, peakHeapBytes());
			findings = result.findings().size();
		}
		Collections.sort(times);
		double median = times.get(times.size() / 2);
		Result r = new Result(median, peak / (1024 * 1024));
		out.println(String.format(Locale.ROOT, Messages.Benchmark_line, enterprises, projects, runs, r.medianMillis, r.peakHeapMb, findings));
		return r;
	}

	private static void resetPeaks() {
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

	private static int number(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(NLS.bind(Messages.Benchmark_valueMissing, option));
		}
		try {
			int n = Integer.parseInt(args.get(i));
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Benchmark_notANumber, option, args.get(i)));
		}
	}
}
