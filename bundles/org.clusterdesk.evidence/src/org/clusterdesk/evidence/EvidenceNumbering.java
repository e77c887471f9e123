/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDocument;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

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

	/** One value {@link #fillChanges} would set: for an editor to apply as an undoable command. */
	public record Change(EObject owner, EAttribute attribute, Object value) {
	}

	/**
	 * What {@link #fill} would change in the document, without changing it: the attachments in the document's order
	 * get these page counts (e.g. those of the bundle just made from a copy of the document).
	 */
	public static List<Change> fillChanges(ClusterDocument document, int[] pages) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		ClusterDocument copy = (ClusterDocument) copier.copy(document);
		copier.copyReferences();
		List<Attachment> attachments = copy.getAttachments();
		if (pages.length != attachments.size()) {
			throw new IllegalArgumentException(pages.length + " != " + attachments.size()); //$NON-NLS-1$
		}
		java.util.Map<Attachment, Integer> byAttachment = new java.util.IdentityHashMap<>();
		for (int i = 0; i < pages.length; i++) {
			byAttachment.put(attachments.get(i), pages[i]);
		}
		fill(copy, EvidenceLayout.of(attachments, byAttachment::get));
		List<Change> changes = new ArrayList<>();
		for (Map.Entry<EObject, EObject> e : copier.entrySet()) {
			EObject original = e.getKey();
			for (EAttribute attribute : original.eClass().getEAllAttributes()) {
				if (attribute.isMany() || attribute.isDerived() || attribute.isTransient() || !attribute.isChangeable()) {
					continue;
				}
				Object now = e.getValue().eGet(attribute);
				if (!Objects.equals(original.eGet(attribute), now)) {
					changes.add(new Change(original, attribute, now));
				}
			}
		}
		return changes;
	}
}
