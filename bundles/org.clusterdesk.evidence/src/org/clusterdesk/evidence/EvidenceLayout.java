/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.EvidenceRef;

/**
 * Where each attachment lies in the evidence bundle 佐证材料: the attachments follow each other in the order of the
 * document's 附件清单, and the bundle's page numbers P1, P2, … count their pages only (the cover and the 目录 before them
 * carry no P number). This is how the forms number evidence (注明见佐证 PXX 页) and what 佐证材料总页数 counts.
 */
public final class EvidenceLayout {

	/** One attachment in the bundle: its P range. */
	public record Entry(Attachment attachment, int number, int firstPage, int pages) {

		/** The last P number of the attachment (firstPage - 1 when it has no pages). */
		public int lastPage() {
			return firstPage + pages - 1;
		}

		/** Whether the bundle page lies inside this attachment. */
		public boolean contains(int page) {
			return page >= firstPage && page <= lastPage();
		}
	}

	private final List<Entry> entries;
	private final Map<Attachment, Entry> byAttachment = new IdentityHashMap<>();

	private EvidenceLayout(List<Entry> entries) {
		this.entries = Collections.unmodifiableList(entries);
		for (Entry e : entries) {
			byAttachment.put(e.attachment(), e);
		}
	}

	/** The layout the document declares: its attachments in order, each with the page count it records. */
	public static EvidenceLayout declared(ClusterDocument document) {
		return of(document.getAttachments(), a -> a.getPages() == null ? 0 : Math.max(0, a.getPages().intValue()));
	}

	/** The attachments in this order with these page counts. */
	public static EvidenceLayout of(List<Attachment> attachments, ToIntFunction<Attachment> pages) {
		List<Entry> entries = new ArrayList<>(attachments.size());
		int next = 1;
		int number = 1;
		for (Attachment a : attachments) {
			int n = pages.applyAsInt(a);
			entries.add(new Entry(a, number++, next, n));
			next += n;
		}
		return new EvidenceLayout(entries);
	}

	public List<Entry> entries() {
		return entries;
	}

	/** The entry of the attachment, or null when it is not in the bundle. */
	public Entry entry(Attachment attachment) {
		return byAttachment.get(attachment);
	}

	/** Pages of all attachments together: the highest P number. */
	public int totalPages() {
		return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).lastPage();
	}

	/**
	 * The bundle page (P number) of a reference to a page of an attachment, or null when the reference names no
	 * attachment of the bundle, no page, or a page the attachment does not have.
	 */
	public Integer bundlePage(EvidenceRef ref) {
		Entry e = ref.getAttachment() == null ? null : entry(ref.getAttachment());
		if (e == null) {
			return null;
		}
		int page = ref.getPage() == null ? 1 : ref.getPage().intValue();
		return page < 1 || page > e.pages() ? null : Integer.valueOf(e.firstPage() + page - 1);
	}

	/** The attachment holding the bundle page, or null when the page lies outside every attachment. */
	public Entry locate(int bundlePage) {
		for (Entry e : entries) {
			if (e.contains(bundlePage)) {
				return e;
			}
		}
		return null;
	}

	/** Whether both layouts put every attachment at the same pages. */
	public boolean samePages(EvidenceLayout other) {
		if (entries.size() != other.entries.size()) {
			return false;
		}
		for (int i = 0; i < entries.size(); i++) {
			Entry a = entries.get(i);
			Entry b = other.entries.get(i);
			if (a.attachment() != b.attachment() || a.firstPage() != b.firstPage() || a.pages() != b.pages()) {
				return false;
			}
		}
		return true;
	}
}
