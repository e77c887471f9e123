/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A workbook's zip entries, read into memory and written back with some of them rewritten (crafted input). */
final class XlsxEntries {

	final Map<String, byte[]> entries = new LinkedHashMap<>();

	static XlsxEntries read(Path xlsx) throws IOException {
		XlsxEntries read = new XlsxEntries();
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					read.entries.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		return read;
	}

	String text(String name) {
		return new String(entries.get(name), StandardCharsets.UTF_8);
	}

	/** A copy with the text of one entry rewritten. */
	XlsxEntries with(String name, UnaryOperator<String> change) {
		XlsxEntries copy = new XlsxEntries();
		copy.entries.putAll(entries);
		copy.entries.put(name, change.apply(text(name)).getBytes(StandardCharsets.UTF_8));
		return copy;
	}

	/** The name of the worksheet entry of a sheet, e.g. xl/worksheets/sheet1.xml for the first. */
	String sheetEntry(int index) {
		return "xl/worksheets/sheet" + (index + 1) + ".xml";
	}

	void write(Path xlsx) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			bytes.writeTo(out);
		}
	}
}
