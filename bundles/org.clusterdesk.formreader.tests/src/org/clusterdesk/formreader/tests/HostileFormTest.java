/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.formreader.FormReadException;
import org.clusterdesk.formreader.FormReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that must be refused with one sentence naming the file, and never changed: macros (.docm, or a vbaProject in a
 * .docx), a zip bomb, a DOCTYPE (XXE), text named .docx, an old .doc, a Word file that is no form of a known edition.
 */
class HostileFormTest {

	@TempDir
	Path dir;

	private Path exported() throws Exception {
		Path docx = dir.resolve("form.docx");
		DocxExporter.export(ReaderTesting.sample("beijing-2024"), docx, ExportMode.DRAFT, null);
		return docx;
	}

	private static String refusal(Path file) throws IOException {
		byte[] before = Files.readAllBytes(file);
		FormReadException e = assertThrows(FormReadException.class, () -> FormReader.read(file, null, null));
		assertArrayEquals(before, Files.readAllBytes(file), "the file is left as it was");
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
		return e.getMessage();
	}

	@Test
	void docmIsRefusedAsMacros() throws Exception {
		Path docm = Files.copy(exported(), dir.resolve("form.docm"));
		assertTrue(refusal(docm).contains("宏"));
	}

	@Test
	void vbaProjectInsideADocxIsRefused() throws Exception {
		Path docx = rewrite(exported(), "macro.docx", Map.of("word/vbaProject.bin", new byte[] { 1, 2, 3 }), null);
		assertTrue(refusal(docx).contains("宏"));
	}

	@Test
	void doctypeIsRefused() throws Exception {
		Path docx = rewrite(exported(), "xxe.docx", Map.of(), xml -> xml.replaceFirst("<\\?xml[^>]*\\?>",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));
		String message = refusal(docx);
		assertTrue(message.contains("DOCTYPE") || message.contains("损坏"), message);
		assertTrue(!message.contains("root:"), "nothing of the entity is read");
	}

	@Test
	void zipBombIsRefused() throws Exception {
		// the document part itself inflates a thousandfold: 30 MB of blanks between its elements
		String blanks = " ".repeat(30 * 1024 * 1024);
		Path docx = rewrite(exported(), "bomb.docx", Map.of(), xml -> xml.replace("</w:body>", blanks + "</w:body>"));
		assertTrue(refusal(docx).contains("压缩炸弹"));
	}

	@Test
	void textNamedDocxAndOldDocAreRefused() throws Exception {
		Path text = Files.writeString(dir.resolve("text.docx"), "集群名称：不是 Word 文件");
		assertTrue(refusal(text).contains("不是 Word"));
		Path doc = Files.write(dir.resolve("old.docx"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 });
		assertTrue(refusal(doc).contains(".doc"));
	}

	@Test
	void aWordFileThatIsNoFormIsRefused() throws Exception {
		Path docx = dir.resolve("letter.docx");
		try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(docx)) {
			doc.createParagraph().createRun().setText("关于召开产业集群工作会议的通知");
			doc.createParagraph().createRun().setText("各区县：");
			doc.write(out);
		}
		assertTrue(refusal(docx).contains("不是已知版本的申报表"));
	}

	/** A copy of a docx with entries added and document.xml changed. */
	private Path rewrite(Path source, String name, Map<String, byte[]> added, java.util.function.UnaryOperator<String> document)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source)); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				byte[] data = in.readAllBytes();
				if (document != null && e.getName().equals("word/document.xml")) {
					data = document.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(data);
				out.closeEntry();
			}
			for (Map.Entry<String, byte[]> e : added.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
		return Files.write(dir.resolve(name), bytes.toByteArray());
	}
}
