/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clusterdesk.internal.evidence.AttachmentSource;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDocument;

/**
 * What the real evidence bundle says, for the rules that check page references against it (G07, C12): its name, how
 * many P pages it has, where each attachment of the document lies in it (when the bundle records that), and which
 * attachment files are missing beside the document. Put into the validation context under {@link #CONTEXT_KEY}.
 */
public final class EvidenceFacts {

	/** Key of the facts in EMF's validation context map. */
	public static final String CONTEXT_KEY = "org.clusterdesk.evidence.facts"; //$NON-NLS-1$

	private final String bundleName;
	private final int totalPages;
	private final EvidenceLayout layout;
	private final Set<Attachment> missingFiles;
	private final List<String> notInBundle;

	private EvidenceFacts(String bundleName, int totalPages, EvidenceLayout layout, Set<Attachment> missingFiles, List<String> notInBundle) {
		this.bundleName = bundleName;
		this.totalPages = totalPages;
		this.layout = layout;
		this.missingFiles = Collections.unmodifiableSet(missingFiles);
		this.notInBundle = List.copyOf(notInBundle);
	}

	/**
	 * The facts of an existing bundle file checked against the document: the bundle's P pages and, for a bundle
	 * ClusterDesk made, its layout; the document's attachment files that are missing on disk.
	 */
	public static EvidenceFacts of(ClusterDocument document, Path documentFile, EvidenceBundleReader.Contents bundle) {
		EvidenceLayout layout = null;
		List<String> notInBundle = new ArrayList<>();
		if (bundle.knowsAttachments()) {
			// the bundle's order and page counts, mapped onto the document's attachments by id
			Map<String, Attachment> byKey = new HashMap<>();
			EvidenceLayout declared = EvidenceLayout.declared(document);
			for (EvidenceLayout.Entry e : declared.entries()) {
				byKey.put(EvidenceBundleReader.key(e), e.attachment());
			}
			List<Attachment> order = new ArrayList<>();
			Map<Attachment, Integer> pages = new HashMap<>();
			for (Map.Entry<String, Integer> e : bundle.pagesById().entrySet()) {
				Attachment a = byKey.get(e.getKey());
				if (a == null) { // in the bundle, not in the document: keeps its pages, has no attachment to name
					a = org.clusterdesk.model.ClusterDeskFactory.eINSTANCE.createAttachment();
					a.setId(e.getKey());
				}
				order.add(a);
				pages.put(a, e.getValue());
			}
			for (EvidenceLayout.Entry e : declared.entries()) {
				if (!pages.containsKey(e.attachment())) {
					notInBundle.add(e.attachment().getTitle());
				}
			}
			layout = EvidenceLayout.of(order, pages::get);
		}
		return new EvidenceFacts(bundle.file().getFileName().toString(), bundle.totalPages(), layout,
				missingFiles(document, documentFile), notInBundle);
	}

	/** The document's attachments whose files are not found beside it. */
	public static Set<Attachment> missingFiles(ClusterDocument document, Path documentFile) {
		Path folder = documentFile.toAbsolutePath().getParent();
		Set<Attachment> missing = new LinkedHashSet<>();
		for (Attachment a : document.getAttachments()) {
			Path file = folder == null ? null : AttachmentSource.resolve(folder, a);
			if (file == null || !Files.isRegularFile(file)) {
				missing.add(a);
			}
		}
		return missing;
	}

	/** The bundle's file name, for messages. */
	public String bundleName() {
		return bundleName;
	}

	/** The highest P number of the bundle. */
	public int totalPages() {
		return totalPages;
	}

	/** Where each attachment lies in the bundle, or null for a bundle made by hand (it records no attachments). */
	public EvidenceLayout layout() {
		return layout;
	}

	/** Whether the attachment's file is missing beside the document. */
	public boolean isMissing(Attachment attachment) {
		return missingFiles.contains(attachment);
	}

	public Set<Attachment> missingFiles() {
		return missingFiles;
	}

	/** Titles of the document's attachments that the bundle does not hold (a ClusterDesk bundle only). */
	public List<String> notInBundle() {
		return notInBundle;
	}
}
