/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The smallest .xlsx holding one sheet of text cells (inline strings): how pasted rows reach the library importer,
 * which reads workbooks, so that a paste is parsed exactly as an import is.
 */
final class MiniWorkbook {

	private MiniWorkbook() {
	}

	@SuppressWarnings("nls")
	static void write(Path file, String sheetName, List<List<String>> rows) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
					</workbook>""".formatted(escape(sheetName)));
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
					</Relationships>""");
			StringBuilder sheet = new StringBuilder();
			sheet.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
			sheet.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			for (int r = 0; r < rows.size(); r++) {
				sheet.append("<row r=\"").append(r + 1).append("\">");
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					String value = cells.get(c);
					if (value == null || value.isEmpty()) {
						continue;
					}
					sheet.append("<c r=\"").append(column(c)).append(r + 1).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
							.append(escape(value)).append("</t></is></c>");
				}
				sheet.append("</row>");
			}
			sheet.append("</sheetData></worksheet>");
			entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
		}
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** A, B, …, Z, AA, … */
	static String column(int index) {
		StringBuilder sb = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			sb.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return sb.toString();
	}

	private static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> sb.append("&amp;"); //$NON-NLS-1$
			case '<' -> sb.append("&lt;"); //$NON-NLS-1$
			case '>' -> sb.append("&gt;"); //$NON-NLS-1$
			case '"' -> sb.append("&quot;"); //$NON-NLS-1$
			default -> {
				// XML 1.0 forbids most control characters
				if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
					sb.append(c);
				}
			}
			}
		}
		return sb.toString();
	}
}
