/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded, reproducible mutation of every sample {@code .cluster} (byte flips, truncation, attribute name and value
 * mutation, extreme numbers, encoding declarations, references leaving the document, lines deleted or repeated),
 * read by each reader of the command line in-process: {@code info}, {@code validate}, {@code export --docx},
 * {@code export --xlsx}. For every input: the exit code is one of the documented 0, 1, 2 (3, an internal error, fails
 * the test), exit 2 says why on stderr (exit 1, problems found, lists them in the report), the input is unchanged, the folder holds no stray file, and the
 * command finishes within a generous guard time. The counts per reader and exit code are printed for the CI log.
 * <p>
 * {@code -Dclusterdesk.fuzz.seed=N} replays another run, {@code -Dclusterdesk.fuzz.inputs=N} sets the inputs per
 * reader (at least 1 000 in CI).
 */
class ClusterFileFuzzTest {

	private static final long SEED = Long.getLong("clusterdesk.fuzz.seed", 20_261_204L);

	private static final int INPUTS = Integer.getInteger("clusterdesk.fuzz.inputs", 1000);

	/** A guard against hangs, not a benchmark: far above what any input takes. */
	private static final long GUARD_MILLIS = 30_000;

	private static final String[] EXTREME_NUMBERS = { "1E+999999999", "1E-999999999", "-1E+999999999", "9".repeat(10_000),
			"0." + "0".repeat(5_000) + "1", "1e309", "NaN", "Infinity", "-Infinity", "-0", "+.5", "0x1F", "1_000", "１２３",
			"99999999999999999999", "2147483648", "-2147483649", "1E+15", "0.00000000000000001", "", " ", "1,5", "12.3.4" };

	private static final String[] ENCODINGS = { "GBK", "UTF-16", "UTF-32", "ISO-8859-1", "FOO-42", "", "US-ASCII", "UTF-16LE",
			"x-unknown", "UTF-8 " };

	private static final String[] VALUES = { "", "abc", "\u0001\u0002", "&#1;", "&#xD800;", "-1", "0", "2147483647", "true", "YES",
			"NOT_A_LITERAL", "2025-13-45", "att-99", "#att-01", "http://127.0.0.1:9/x.cluster#att-01", "other.cluster#att-01",
			"file:///etc/passwd#x", "x".repeat(5_000), "中文值", "<", "&amp;&lt;" };

	private static final Pattern ATTRIBUTE = Pattern.compile("(\\s)([A-Za-z:]+)=\"([^\"]*)\""); //$NON-NLS-1$

	private static final Pattern NUMBER = Pattern.compile("=\"(-?[0-9]+(\\.[0-9]+)?)\""); //$NON-NLS-1$

	@TempDir
	Path dir;

	private record Reader(String name, String[] args, String output) {
	}

	@Test
	void everyReaderSurvivesMutatedSamples() throws Exception {
		List<String> names = new ArrayList<>();
		List<byte[]> samples = samples(names);
		List<Reader> readers = List.of(new Reader("info", new String[] { "info" }, null), //$NON-NLS-1$ //$NON-NLS-2$
				new Reader("validate", new String[] { "validate" }, null), //$NON-NLS-1$ //$NON-NLS-2$
				new Reader("export --docx", new String[] { "export", "--docx" }, "out.docx"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				new Reader("export --xlsx", new String[] { "export", "--xlsx" }, "out.xlsx")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
		Map<String, Integer> mutations = new TreeMap<>();
		Map<String, Long> millisByReader = new LinkedHashMap<>();
		Map<String, Long> millisBySample = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (Reader reader : readers) {
			Random random = new Random(SEED ^ reader.name().hashCode());
			Path folder = Files.createDirectories(dir.resolve(reader.name().replace(' ', '_').replace("-", ""))); //$NON-NLS-1$ //$NON-NLS-2$
			Path input = folder.resolve("input.cluster"); //$NON-NLS-1$
			Files.write(folder.resolve("other.cluster"), samples.get(0)); //$NON-NLS-1$
			Map<Integer, Integer> byCode = counts.computeIfAbsent(reader.name(), k -> new TreeMap<>());
			for (int i = 0; i < INPUTS; i++) {
				byte[] sample = samples.get(i % samples.size());
				String[] kind = new String[1];
				byte[] mutated = mutate(sample, random, kind);
				mutations.merge(kind[0], 1, Integer::sum);
				Files.write(input, mutated);
				Set<String> before = listing(folder);
				String hash = sha256(mutated);
				List<String> args = new ArrayList<>(List.of(reader.args()));
				if (reader.output() != null) {
					args.add(folder.resolve(reader.output()).toString());
				}
				args.add(input.toString());
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ByteArrayOutputStream err = new ByteArrayOutputStream();
				long t = System.nanoTime();
				int code = new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
						.run(args.toArray(String[]::new));
				long millis = (System.nanoTime() - t) / 1_000_000;
				byCode.merge(code, 1, Integer::sum);
				millisByReader.merge(reader.name(), millis, Long::sum);
				millisBySample.merge(names.get(i % samples.size()), millis, Long::sum);
				String where = reader.name() + " #" + i + " (" + kind[0] + ", seed " + SEED + "): "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				String stderr = err.toString(StandardCharsets.UTF_8);
				if (code < 0 || code > 2) {
					failures.add(where + "exit " + code + ": " + stderr); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (code == 1) {
					// problems found (validate): not a failure of the command; the report on stdout lists them
					if (!out.toString(StandardCharsets.UTF_8).contains("错误")) { //$NON-NLS-1$
						failures.add(where + "exit 1 without the errors in the report"); //$NON-NLS-1$
					}
				} else if (code != 0 && stderr.isBlank()) {
					failures.add(where + "exit " + code + " without a message on stderr"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (!hash.equals(sha256(Files.readAllBytes(input)))) {
					failures.add(where + "the input was changed"); //$NON-NLS-1$
				}
				Set<String> after = listing(folder);
				if (code == 0 && reader.output() != null) {
					after.remove(reader.output());
				}
				if (!after.equals(before)) {
					failures.add(where + "stray files " + after + " (before " + before + ", exit " + code + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
				if (millis > GUARD_MILLIS) {
					failures.add(where + millis + " ms"); //$NON-NLS-1$
				}
				if (reader.output() != null) {
					Files.deleteIfExists(folder.resolve(reader.output()));
				}
				if (failures.size() > 20) {
					break;
				}
			}
		}
		System.out.println("ClusterFileFuzzTest: seed " + SEED + ", " + INPUTS + " inputs per reader, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (System.nanoTime() - started) / 1_000_000 + " ms"); //$NON-NLS-1$
		for (Map.Entry<String, Map<Integer, Integer>> e : counts.entrySet()) {
			int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
			System.out.println("  " + e.getKey() + ": " + total + " inputs, by exit code " + e.getValue() + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ millisByReader.get(e.getKey()) + " ms"); //$NON-NLS-1$
		}
		System.out.println("  mutations: " + mutations); //$NON-NLS-1$
		System.out.println("  ms per sample: " + millisBySample); //$NON-NLS-1$
		if (!failures.isEmpty()) {
			fail(failures.size() + " failures, first ones:\n" + String.join("\n", failures.subList(0, Math.min(10, failures.size())))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Map<Integer, Integer> byCode : counts.values()) {
			assertEquals(INPUTS, byCode.values().stream().mapToInt(Integer::intValue).sum());
			// a fuzz run where every input is refused (or every one accepted) exercises too little
			assertTrue(byCode.getOrDefault(2, 0) > 0 && byCode.getOrDefault(2, 0) < INPUTS, byCode.toString());
		}
	}

	private static List<byte[]> samples(List<String> names) throws IOException {
		Path folder = Path.of(System.getProperty("clusterdesk.samples")); //$NON-NLS-1$
		List<byte[]> samples = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path p : files.filter(f -> f.toString().endsWith(".cluster")).sorted().toList()) { //$NON-NLS-1$
				samples.add(Files.readAllBytes(p));
				names.add(p.getFileName().toString());
			}
		}
		assertTrue(samples.size() >= 5, "samples: " + samples.size()); //$NON-NLS-1$
		return samples;
	}

	/** One mutation of the sample; its kind is put into kind[0]. */
	static byte[] mutate(byte[] sample, Random random, String[] kind) {
		String text = new String(sample, StandardCharsets.UTF_8);
		switch (random.nextInt(10)) {
		case 0 -> {
			kind[0] = "byte flips"; //$NON-NLS-1$
			byte[] b = sample.clone();
			int flips = 1 + random.nextInt(8);
			for (int k = 0; k < flips; k++) {
				int at = random.nextInt(b.length);
				b[at] ^= (byte) (1 << random.nextInt(8));
			}
			return b;
		}
		case 1 -> {
			kind[0] = "truncation"; //$NON-NLS-1$
			byte[] b = new byte[random.nextInt(sample.length)];
			System.arraycopy(sample, 0, b, 0, b.length);
			return b;
		}
		case 2, 3 -> {
			kind[0] = "extreme number"; //$NON-NLS-1$
			return replaceNth(text, NUMBER, random, m -> "=\"" + pick(EXTREME_NUMBERS, random) + "\"").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		}
		case 4, 5 -> {
			kind[0] = "attribute value"; //$NON-NLS-1$
			return replaceNth(text, ATTRIBUTE, random, m -> m.group(1) + m.group(2) + "=\"" + pick(VALUES, random) + "\"") //$NON-NLS-1$ //$NON-NLS-2$
					.getBytes(StandardCharsets.UTF_8);
		}
		case 6 -> {
			kind[0] = "attribute name"; //$NON-NLS-1$
			return replaceNth(text, ATTRIBUTE, random, m -> switch (random.nextInt(3)) {
			case 0 -> m.group(1); // removed
			case 1 -> m.group(1) + m.group(2) + "X=\"" + m.group(3) + "\""; // renamed //$NON-NLS-1$ //$NON-NLS-2$
			default -> m.group(0) + m.group(0); // repeated
			}).getBytes(StandardCharsets.UTF_8);
		}
		case 7 -> {
			kind[0] = "encoding declaration"; //$NON-NLS-1$
			String encoding = pick(ENCODINGS, random);
			String declared = text.replaceFirst("encoding=\"UTF-8\"", "encoding=\"" + encoding + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (random.nextBoolean() && !encoding.isBlank() && Charset.isSupported(encoding.strip())) {
				return declared.getBytes(Charset.forName(encoding.strip())); // declared and written alike
			}
			return declared.getBytes(StandardCharsets.UTF_8);
		}
		case 8 -> {
			kind[0] = "line deleted or repeated"; //$NON-NLS-1$
			String[] lines = text.split("\n", -1); //$NON-NLS-1$
			int at = random.nextInt(lines.length);
			List<String> list = new ArrayList<>(List.of(lines));
			if (random.nextBoolean()) {
				list.remove(at);
			} else {
				list.add(at, lines[at]);
			}
			return String.join("\n", list).getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		}
		default -> {
			kind[0] = "reference"; //$NON-NLS-1$
			String target = pick(new String[] { "att-99", "other.cluster#att-01", "http://127.0.0.1:9/a.cluster#att-01", "#//Nothing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"file:///etc/hostname#x", "" }, random); //$NON-NLS-1$ //$NON-NLS-2$
			return replaceNth(text, Pattern.compile("attachment=\"[^\"]*\""), random, m -> "attachment=\"" + target + "\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.getBytes(StandardCharsets.UTF_8);
		}
		}
	}

	private interface Replacement {
		String apply(Matcher m);
	}

	private static String replaceNth(String text, Pattern pattern, Random random, Replacement replacement) {
		Matcher m = pattern.matcher(text);
		int count = 0;
		while (m.find()) {
			count++;
		}
		if (count == 0) {
			return text;
		}
		int target = random.nextInt(count);
		m.reset();
		for (int k = 0; m.find(); k++) {
			if (k == target) {
				return text.substring(0, m.start()) + replacement.apply(m) + text.substring(m.end());
			}
		}
		return text;
	}

	private static String pick(String[] values, Random random) {
		return values[random.nextInt(values.length)];
	}

	private static Set<String> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
		}
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
	}
}
