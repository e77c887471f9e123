/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.junit.jupiter.api.Test;

/**
 * Nothing that escapes a command is silent: one line on stderr names the command, the file and what failed, and the
 * log that holds the trace; the exit code is 3; and every help documents the exit codes.
 */
class InternalErrorTest {

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Standard output that breaks after a few bytes, as a full disk or a broken pipe would, with an unchecked error. */
	private static final class BreakingStream extends OutputStream {

		private int written;

		private final Throwable failure;

		BreakingStream(Throwable failure) {
			this.failure = failure;
		}

		@Override
		public void write(int b) {
			if (++written > 100) {
				failure.fillInStackTrace(); // the trace of where the command wrote, as a real failure has
				if (failure instanceof Error error) {
					throw error;
				}
				throw (RuntimeException) failure;
			}
		}
	}

	private int run(OutputStream stdout, String... args) {
		return new ClusterDeskCli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private static String sample(String name) {
		return Path.of(System.getProperty("clusterdesk.samples"), name + ".cluster").toString();
	}

	@Test
	void aFailureInsideACommandPrintsOneLineNamingTheFileAndExitsThree() throws IOException {
		int code = run(new BreakingStream(new IllegalStateException("the output device failed")), "info", sample("miit-2025"));
		String message = err.toString(StandardCharsets.UTF_8);
		assertEquals(3, code, message);
		assertEquals(1, message.strip().lines().count(), "one line: " + message);
		assertTrue(message.contains("clusterdesk info"), message);
		assertTrue(message.contains(sample("miit-2025")), message);
		assertTrue(message.contains("IllegalStateException: the output device failed"), message);
		assertTrue(message.contains("文件未被修改"), message);
		Matcher log = Pattern.compile("日志 (\\S+)").matcher(message);
		assertTrue(log.find(), message);
		Path logFile = Path.of(log.group(1));
		assertTrue(Files.isRegularFile(logFile), "the log exists: " + logFile);
		String trace = Files.readString(logFile);
		assertTrue(trace.contains("the output device failed") && trace.contains("InfoCommand"), "the trace is in the log");
	}

	@Test
	void anErrorIsNotSilentEither() {
		int code = run(new BreakingStream(new StackOverflowErrorForTest()), "validate", sample("shaanxi-2026"));
		String message = err.toString(StandardCharsets.UTF_8);
		assertEquals(3, code, message);
		assertTrue(message.contains("clusterdesk validate") && message.contains(sample("shaanxi-2026")), message);
		assertTrue(message.contains("文件嵌套过深"), message);
		assertFalse(message.contains("\tat "), message);
	}

	/** A StackOverflowError as the JVM throws it, without needing to exhaust a real stack. */
	private static final class StackOverflowErrorForTest extends StackOverflowError {

		private static final long serialVersionUID = 1L;
	}

	@Test
	void resultsThatCannotBeWrittenAreNotSilentlyLost() {
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		int code = run(full, "info", sample("miit-2025"));
		String message = err.toString(StandardCharsets.UTF_8);
		assertEquals(3, code, message);
		assertTrue(message.contains("clusterdesk info") && message.contains("无法写到标准输出"), message);
	}

	@Test
	void everyHelpDocumentsExitCodeThree() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(0, run(out, "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("3 内部错误"), out.toString(StandardCharsets.UTF_8));
		for (String command : new String[] { "info", "validate", "export", "import", "batch", "benchmark" }) {
			out.reset();
			assertEquals(0, run(out, command, "--help"));
			String help = out.toString(StandardCharsets.UTF_8);
			assertTrue(help.contains("退出码") && help.contains("2 参数错误") && help.contains("3 内部错误"), command + ": " + help);
		}
	}
}
