/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.osgi.util.NLS;

/**
 * The Chinese font of the cover, the 目录 and the page stamps, embedded as a subset (only the glyphs used).
 * <p>
 * By default WenQuanYi Micro Hei (文泉驿微米黑), shipped in this bundle ({@code fonts/}): TrueType outlines, which PDFBox can
 * subset (the Noto/Source Han CJK fonts are CFF-based OpenType, which PDFBox 3 cannot subset-embed), and licensed
 * Apache-2.0 (or GPL-3 with the font exception), so it may be redistributed and embedded. Distributed with the bundle so
 * that the evidence bundle is made the same way on every machine without a system font. An organisation that wants its
 * own font (e.g. 宋体 simsun.ttc on Windows) sets the system property {@value #PROPERTY} to a TrueType .ttf/.ttc file;
 * a font that cannot be loaded is a clear error, never a silent fallback.
 */
public final class CjkFont implements AutoCloseable {

	/** System property naming a TrueType font file (.ttf or .ttc) to use instead of the bundled one. */
	public static final String PROPERTY = "clusterdesk.evidence.font"; //$NON-NLS-1$

	private static final String BUNDLED = "/fonts/wqy-microhei.ttc"; //$NON-NLS-1$

	private final TrueTypeCollection collection;
	private final TrueTypeFont font;
	private final String name;

	private CjkFont(TrueTypeCollection collection, TrueTypeFont font, String name) {
		this.collection = collection;
		this.font = font;
		this.name = name;
	}

	/** Loads the configured font, or the bundled one. */
	public static CjkFont load() throws IOException {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path file = Path.of(configured.strip());
			try {
				if (!Files.isRegularFile(file)) {
					throw new IOException(file.toString());
				}
				if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) { //$NON-NLS-1$
					return first(new TrueTypeCollection(file.toFile()), file.toString());
				}
				return new CjkFont(null, new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile())), file.toString());
			} catch (IOException e) {
				throw new IOException(NLS.bind(Messages.Error_font, configured, e.getMessage()), e);
			}
		}
		try (InputStream in = CjkFont.class.getResourceAsStream(BUNDLED)) {
			if (in == null) {
				throw new IOException(NLS.bind(Messages.Error_font, BUNDLED, "not in the bundle")); //$NON-NLS-1$
			}
			return first(new TrueTypeCollection(in), BUNDLED);
		}
	}

	private static CjkFont first(TrueTypeCollection collection, String name) throws IOException {
		TrueTypeFont[] first = new TrueTypeFont[1];
		collection.processAllFonts(f -> {
			if (first[0] == null) {
				first[0] = f;
			}
		});
		if (first[0] == null) {
			collection.close();
			throw new IOException(NLS.bind(Messages.Error_font, name, "empty collection")); //$NON-NLS-1$
		}
		return new CjkFont(collection, first[0], name);
	}

	/** The font for a document, embedded as a subset when the document is saved. */
	public PDType0Font embedIn(PDDocument document) throws IOException {
		return PDType0Font.load(document, font, true);
	}

	public String name() {
		return name;
	}

	@Override
	public void close() throws IOException {
		if (collection != null) {
			collection.close();
		} else {
			font.close();
		}
	}
}
