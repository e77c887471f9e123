/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the attachment files of the sample documents: for every {@code <attachments … fileName="…" pages="N"/>} of
 * each samples/*.cluster, a small A4 PDF of N pages beside it (each page names the attachment id and its page, in a
 * standard font, so the files are a few hundred bytes per page). Run by make-sample-attachments.sh.
 */
public class SampleAttachments {

	private static final Pattern ATTACHMENT = Pattern.compile("<attachments\\s([^>]*)/>");

	public static void main(String[] args) throws IOException {
		Path samples = Path.of(args[0]);
		try (var files = Files.newDirectoryStream(samples, "*.cluster")) {
			for (Path cluster : files) {
				String xml = Files.readString(cluster, StandardCharsets.UTF_8);
				Matcher m = ATTACHMENT.matcher(xml);
				while (m.find()) {
					String id = attribute(m.group(1), "id");
					String fileName = attribute(m.group(1), "fileName");
					int pages = Integer.parseInt(attribute(m.group(1), "pages"));
					Path out = cluster.getParent().resolve(fileName);
					Files.createDirectories(out.getParent());
					write(out, cluster.getFileName().toString(), id, pages);
					System.out.println(out + ": " + pages + " pages");
				}
			}
		}
	}

	private static String attribute(String attributes, String name) {
		Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		if (!m.find()) {
			throw new IllegalArgumentException(name + " missing in " + attributes);
		}
		return m.group(1);
	}

	private static void write(Path out, String sample, String id, int pages) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int p = 1; p <= pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
					cs.beginText();
					cs.setFont(font, 20);
					cs.newLineAtOffset(72, 720);
					cs.showText("Sample evidence " + id + ", page " + p + " of " + pages);
					cs.setFont(font, 10);
					cs.newLineAtOffset(0, -24);
					cs.showText("ClusterDesk sample " + sample + " (generated for the tests, not a real document)");
					cs.endText();
				}
			}
			pdf.getDocumentInformation().setTitle(id);
			pdf.save(out.toFile());
		}
	}
}
