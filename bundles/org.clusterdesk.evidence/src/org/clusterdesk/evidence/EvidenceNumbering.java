/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDocument;

/**
 * Keeps the document's page references in step with the bundle: moving an attachment in the 附件清单 renumbers every
 * P-reference, and the real page counts of the attachment files fill the recorded ones (and 佐证材料总页数). Evidence
 * references (attachment + page in it) need no change: their P number follows from the layout.
 */
public final class EvidenceNumbering {

	private EvidenceNumbering() {
	}

	/**
	 * Moves the attachment to a new place in the 附件清单 and renumbers every P-reference of the document.
	 *
	 * @return how many references changed
	 */
	public static int move(ClusterDocument document, Attachment attachment, int newIndex) {
		EvidenceLayout before = EvidenceLayout.declared(document);
		document.getAttachments().move(newIndex, attachment);
		return PageReferences.renumber(document, before, EvidenceLayout.declared(document));
	}

	/**
	 * Fills the document from the bundle's real layout: each attachment's page count, 佐证材料总页数 (where the document
	 * has it), and every P-reference renumbered from the recorded page counts to the real ones.
	 *
	 * @return whether anything changed
	 */
	public static boolean fill(ClusterDocument document, EvidenceLayout actual) {
		EvidenceLayout before = EvidenceLayout.declared(document);
		boolean changed = !before.samePages(actual);
		for (EvidenceLayout.Entry e : actual.entries()) {
			Integer pages = Integer.valueOf(e.pages());
			if (!pages.equals(e.attachment().getPages())) {
				e.attachment().setPages(pages);
			}
		}
		if (PageReferences.renumber(document, before, EvidenceLayout.declared(document)) > 0) {
			changed = true;
		}
		Integer total = Integer.valueOf(actual.totalPages());
		if (document.getEvidencePages() != null && !total.equals(document.getEvidencePages())) {
			document.setEvidencePages(total);
			changed = true;
		}
		return changed;
	}
}
