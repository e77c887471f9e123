/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.clusterdesk.internal.evidence.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Reads an existing evidence bundle: how many P pages it has and, for a bundle ClusterDesk made, which attachment
 * (by id) holds how many pages, in order. A bundle made by hand has no such record: its pages are all P pages.
 */
public final class EvidenceBundleReader {

	/** What a bundle file holds. */
	public record Contents(Path file, int physicalPages, int frontPages, Map<String, Integer> pagesById) {

		/** The highest P number. */
		public int totalPages() {
			return physicalPages - frontPages;
		}

		/** Whether the bundle records its attachments (made by ClusterDesk). */
		public boolean knowsAttachments() {
			return pagesById != null;
		}
	}

	private EvidenceBundleReader() {
	}

	/** Reads the bundle; a missing, encrypted or damaged file is an {@link EvidenceException} naming it. */
	public static Contents read(Path file) throws EvidenceException {
		Object[] who = { "", "", file.toString(), "" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!Files.isRegularFile(file)) {
			throw new EvidenceException(NLS.bind(Messages.Bundle_missing, file), java.util.List.of());
		}
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			PDDocumentInformation info = pdf.getDocumentInformation();
			int pages = pdf.getNumberOfPages();
			String layout = info.getCustomMetadataValue(EvidenceAssembler.LAYOUT_KEY);
			String front = info.getCustomMetadataValue(EvidenceAssembler.FRONT_KEY);
			if (layout == null || front == null) {
				return new Contents(file, pages, 0, null);
			}
			Map<String, Integer> byId = decode(layout);
			int frontPages = Integer.parseInt(front.strip());
			int sum = byId.values().stream().mapToInt(Integer::intValue).sum();
			if (frontPages < 0 || frontPages + sum != pages) { // edited after ClusterDesk wrote it: count every page
				return new Contents(file, pages, 0, null);
			}
			return new Contents(file, pages, frontPages, byId);
		} catch (InvalidPasswordException e) {
			throw new EvidenceException(NLS.bind(Messages.Bundle_encrypted, file), e);
		} catch (IOException | RuntimeException e) {
			who[3] = e.getMessage();
			throw new EvidenceException(NLS.bind(Messages.Bundle_damaged, file, e.getMessage()), e);
		}
	}

	/** The layout as the bundle records it: {@code id=pages} per attachment, in order, joined by {@code ;}. */
	static String encode(EvidenceLayout layout) {
		StringBuilder b = new StringBuilder();
		for (EvidenceLayout.Entry e : layout.entries()) {
			if (b.length() > 0) {
				b.append(';');
			}
			b.append(key(e)).append('=').append(e.pages());
		}
		return b.toString();
	}

	/** The attachment's key in the record: its id, or #n for one without an id. */
	public static String key(EvidenceLayout.Entry e) {
		String id = e.attachment().getId();
		return id == null || id.isBlank() ? "#" + e.number() : id.strip(); //$NON-NLS-1$
	}

	private static Map<String, Integer> decode(String layout) {
		Map<String, Integer> byId = new LinkedHashMap<>();
		if (layout.isBlank()) {
			return byId;
		}
		for (String part : layout.split(";")) { //$NON-NLS-1$
			int eq = part.lastIndexOf('=');
			byId.put(part.substring(0, eq), Integer.valueOf(part.substring(eq + 1).strip()));
		}
		return byId;
	}
}
