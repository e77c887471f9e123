/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad {@code .cluster} input is refused at load with exit code 2 and a sentence naming file, place, field and value:
 * absurd numbers, invalid UTF-8, an unknown encoding, a DOCTYPE, no permission to read; and {@code batch} lists a file
 * of an unknown edition as unreadable, as {@code validate} refuses it.
 */
class HostileClusterFileTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static String sample(String name) throws IOException {
		return Files.readString(Path.of(System.getProperty("clusterdesk.samples"), name + ".cluster"));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	/** Runs info, validate and both exports on the file: each exit 2, fast, the message with all the parts, file unchanged. */
	private void refusedByEveryReader(Path file, String... parts) throws IOException {
		byte[] before = Files.readAllBytes(file);
		String[][] commands = { { "info", file.toString() }, { "validate", file.toString() },
				{ "export", file.toString(), "--docx", dir.resolve("x.docx").toString() },
				{ "export", file.toString(), "--xlsx", dir.resolve("x.xlsx").toString() } };
		for (String[] command : commands) {
			long started = System.nanoTime();
			assertEquals(2, run(command), command[0] + ": " + err());
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertTrue(took.toSeconds() < 10, command[0] + " took " + took);
			String message = err().strip();
			assertTrue(message.contains(file.toString()), message);
			for (String part : parts) {
				assertTrue(message.contains(part), "'" + part + "' missing in: " + message);
			}
			assertFalse(message.contains("\tat "), "no stack trace: " + message);
		}
		assertFalse(Files.exists(dir.resolve("x.docx")));
		assertFalse(Files.exists(dir.resolve("x.xlsx")));
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void aHugeExponentIsRefusedAtLoadWithLineFieldAndValue() throws IOException {
		String text = sample("miit-2025").replace("value=\"512.30\"", "value=\"1E+999999999\"");
		refusedByEveryReader(write("huge.cluster", text), lineOf(text, "value=\"1E+999999999\""), "YearDecimal.value", "“1E+999999999”", "超出可处理的范围");
	}

	@Test
	void aTinyExponentIsRefusedAtLoadWithLineFieldAndValue() throws IOException {
		String text = sample("miit-2025").replace("area=\"38.50\"", "area=\"1E-999999999\"");
		refusedByEveryReader(write("tiny.cluster", text), lineOf(text, "area=\"1E-999999999\""), "BasicInfoSection.area", "“1E-999999999”", "超出可处理的范围");
	}

	@Test
	void aTenThousandDigitDecimalIsRefusedAtLoadAndShownShortened() throws IOException {
		String text = sample("miit-2025").replace("value=\"512.30\"", "value=\"" + "7".repeat(10_000) + "\"");
		refusedByEveryReader(write("long.cluster", text), lineOf(text, "value=\"777"), "YearDecimal.value", "77777777777777777777…（10000）");
		assertTrue(err().length() < 1000, "the message stays one readable line: " + err().length());
	}

	@Test
	void anAbsurdWholeNumberIsRefusedNamingTheField() throws IOException {
		String text = sample("miit-2025").replaceFirst("page=\"1\"", "page=\"1E+999999999\"");
		refusedByEveryReader(write("page.cluster", text), lineOf(text, "page=\"1E+999999999\""), "EvidenceRef.page", "“1E+999999999”");
	}

	@Test
	void ordinaryNumbersWithinTheBoundsStillLoad() throws IOException {
		String text = sample("miit-2025").replace("value=\"512.30\"", "value=\"999999999999999.0123456789012345\"");
		Path file = write("big-but-fine.cluster", text);
		assertTrue(run("info", file.toString()) == 0, err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("== " + file), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void invalidUtf8IsReportedWithItsLineColumnAndByte() throws IOException {
		byte[] bytes = sample("miit-2025").getBytes(StandardCharsets.UTF_8);
		String text = new String(bytes, StandardCharsets.UTF_8);
		int at = text.indexOf("浙江");
		int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
		bytes[offset + 1] = 'x'; // the second byte of 浙 is no continuation byte any more
		Path file = dir.resolve("utf8.cluster");
		Files.write(file, bytes);
		int column = at - text.lastIndexOf('\n', at); // 1-based column of 浙 on its line
		int line = line(text, at);
		refusedByEveryReader(file, ":" + line + ":" + column + "：", "第 " + line + " 行第 " + column + " 列", "第 " + offset + " 字节", "UTF-8");
		assertFalse(err().contains(":0:0"), err());
	}

	@Test
	void aFileSavedAsGbkIsReportedAsNotUtf8() throws IOException {
		Path file = dir.resolve("gbk.cluster");
		String text = sample("miit-2025");
		Files.write(file, text.getBytes("GBK"));
		int firstChinese = 0;
		while (text.charAt(firstChinese) < 128) {
			firstChinese++;
		}
		refusedByEveryReader(file, ":" + line(text, firstChinese) + ":", "不是有效的 UTF-8 编码", "GBK");
	}

	@Test
	void anUnknownEncodingInTheDeclarationIsNamed() throws IOException {
		String text = sample("miit-2025").replace("encoding=\"UTF-8\"", "encoding=\"FOO-42\"");
		refusedByEveryReader(write("encoding.cluster", text), ":1:31：", "XML 声明中的编码“FOO-42”无法识别", "UTF-8");
	}

	@Test
	void aDoctypeIsRefusedWithoutAStackTrace() throws IOException {
		String text = sample("miit-2025").replace("?>", "?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>");
		refusedByEveryReader(write("doctype.cluster", text), ":2:", "DOCTYPE");
	}

	@Test
	void aFileWithoutReadPermissionIsAPermissionProblemNotDamage() throws IOException {
		Path file = write("locked.cluster", sample("miit-2025"));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
		try {
			assumeFalse(Files.isReadable(file), "running as a user who reads every file (root)");
			for (String command : new String[] { "info", "validate" }) {
				assertEquals(2, run(command, file.toString()), err());
				assertTrue(err().contains("没有读取该文件的权限"), err());
				assertFalse(err().contains("损坏"), err());
			}
		} finally {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	@Test
	void batchListsAFileOfAnUnknownEditionAsUnreadableWithTheReason() throws IOException {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("good.cluster"), sample("miit-2025"));
		Files.writeString(in.resolve("future.cluster"), sample("miit-2025").replace("editionId=\"miit-2025\"", "editionId=\"miit-2099\""));
		assertEquals(2, run("validate", in.resolve("future.cluster").toString()), "validate refuses it");
		Path review = dir.resolve("review.xlsx");
		assertEquals(2, run("batch", in.toString(), "--out", review.toString()), err());
		String said = out.toString(StandardCharsets.UTF_8);
		assertTrue(said.contains("1 份申报") && said.contains("1 个文件无法读取"), said);
		assertTrue(err().contains("future.cluster") && err().contains("未知的版本“miit-2099”"), err());
		try (InputStream stream = Files.newInputStream(review); XSSFWorkbook workbook = new XSSFWorkbook(stream)) {
			StringBuilder cells = new StringBuilder();
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					row.forEach(c -> cells.append(c.toString()).append('|'));
				}
			}
			assertTrue(cells.toString().contains("未知的版本“miit-2099”"), "the workbook says why");
		}
	}

	/**
	 * ":N:" for the line on which the start tag holding the needle ends: the XML parser reports an
	 * attribute's position there (the samples' layout may change, and a tag may wrap).
	 */
	private static String lineOf(String text, String needle) {
		int at = text.indexOf(needle);
		assertTrue(at >= 0, needle);
		return ":" + line(text, text.indexOf('>', at)) + ":";
	}

	/** The 1-based line of a character of the text. */
	private static int line(String text, int at) {
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}
}
