/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterdesk.evidence.EvidenceItems;
import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.evidence.PageReferences;
import org.clusterdesk.formreader.UnreadPlace;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * The attachments index 附件清单 after the form (序号 | 附件名称 with the file under it | 佐证事项 | 页码, down to 合计):
 * the attachments in the order of the evidence bundle, each with its page count from its P range, and the evidence
 * the 佐证事项 column names — 事项（说明）（P12）, the ticked option, the row or the item it evidences, at a P page of
 * the bundle. Each item is given to the one place of the document read from the form that carries that wording (a
 * ticked option of a group that needs evidence, a row's evidence); an item that names no such place, or several, is
 * reported and left out. The 佐证页码 cells (PXX), which the index lists too, are read in their rows.
 */
final class AttachmentIndex {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	/** 事项（P12）: the item and the P page, at the end of the line. */
	private static final Pattern MARK = Pattern.compile("(.*)\\(P([1-9][0-9]{0,8})\\)"); //$NON-NLS-1$

	/** P1–P40, P7 (after folding). */
	private static final Pattern RANGE = Pattern.compile("P([1-9][0-9]{0,8})(?:[\u2013\u2014~\\-\u301c]P?([1-9][0-9]{0,8}))?"); //$NON-NLS-1$

	private final ClusterDocument document;

	private final List<UnreadPlace> unread;

	/** The evidence items of each attachment read, by row: the attachment and the lines of its 佐证事项 cell. */
	private final List<Row> rows = new ArrayList<>();

	private record Row(Attachment attachment, String number, List<String> marks) {
	}

	/** A place of the document that can hold evidence, and how the index words it. */
	private record Slot(String label, EObject owner, EReference reference, EAttribute choice, Enumerator option) {
	}

	/** The features of the rows the edition prints: where the index's wording is looked for first. */
	private final java.util.Set<org.eclipse.emf.ecore.EStructuralFeature> printed = new java.util.HashSet<>();

	AttachmentIndex(ClusterDocument document, org.clusterdesk.model.Edition edition, List<UnreadPlace> unread) {
		this.document = document;
		for (org.clusterdesk.model.FormSection section : edition.getSections()) {
			for (org.clusterdesk.model.FormRow row : section.getRows()) {
				printed.add(row.getFeature());
			}
		}
		this.unread = unread;
	}

	/**
	 * 合计 272 页: the pages of the whole bundle, the edition's 佐证材料总页数 where it has that row (the form prints the
	 * heading 八、佐证材料 only; the total stands under the index).
	 */
	private void total(String text) {
		if (!printed.contains(P.getClusterDocument_EvidencePages())) {
			return;
		}
		try {
			document.setEvidencePages(Values.count(text));
		} catch (Values.Unreadable e) {
			place(ModelLabels.feature(P.getClusterDocument_EvidencePages()), text, e.getMessage());
		}
	}

	/** Reads the index when the body has one (after the heading 附件清单); the attachments go into the document. */
	void read(List<DocxGrid.Item> items) {
		int heading = -1;
		String title = Values.key(Messages.Form_attachmentIndex);
		for (int i = 0; i < items.size(); i++) {
			if (!items.get(i).isRow() && Values.key(items.get(i).paragraph).equals(title)) {
				heading = i;
			}
		}
		if (heading < 0) {
			return;
		}
		int header = -1;
		int[] columns = null;
		for (int i = heading + 1; i < items.size() && header < 0; i++) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow()) {
				columns = columns(item);
				if (columns == null) {
					break;
				}
				header = i;
			}
		}
		if (header < 0) {
			place(Messages.Place_wholeSection, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		String total = Values.key(Messages.Form_total);
		for (int i = header + 1; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow()) {
				break;
			}
			item.used = true;
			String number = item.cell(columns[0]).strip();
			String pages = item.cell(columns[3]);
			if (Values.key(pages).startsWith(total)) {
				total(Values.key(pages).substring(total.length()));
				break;
			}
			List<String> named = item.cells.size() > columns[1] ? item.cells.get(columns[1]).filled() : List.of();
			if (named.isEmpty() && Values.isNothing(pages) && Values.isNothing(item.cell(columns[2]))) {
				continue; // an empty row left in the table
			}
			Attachment attachment = P.getClusterDeskFactory().createAttachment();
			attachment.setId(String.format("att-%02d", document.getAttachments().size() + 1)); //$NON-NLS-1$
			if (!named.isEmpty()) {
				attachment.setTitle(named.get(0).strip());
				if (named.size() > 1) {
					attachment.setFileName(String.join("", named.subList(1, named.size())).strip()); //$NON-NLS-1$
				}
			}
			attachment.setPages(pages(number, pages));
			document.getAttachments().add(attachment);
			List<String> marks = item.cells.size() > columns[2] ? item.cells.get(columns[2]).filled() : List.of();
			rows.add(new Row(attachment, number, marks));
		}
	}

	/** 序号 | 附件名称 | 佐证事项 | 页码 by the index's own labels; null when the row is not that header. */
	private static int[] columns(DocxGrid.Item item) {
		String[] labels = { Messages.Form_indexNumber, Messages.Form_indexName, Messages.Form_indexEvidences, Messages.Form_indexPages };
		int[] columns = new int[labels.length];
		for (int l = 0; l < labels.length; l++) {
			columns[l] = -1;
			for (int c = 0; c < item.cells.size(); c++) {
				if (Values.key(item.cell(c)).equals(Values.key(labels[l]))) {
					columns[l] = c;
					break;
				}
			}
			if (columns[l] < 0) {
				return null;
			}
		}
		return columns;
	}

	/** The page count of a P range (P1–P40: 40, P7: 1); null for 未填页数 or nothing. */
	private Integer pages(String number, String text) {
		if (Values.isNothing(text) || Values.key(text).equals(Values.key(Messages.Form_notPaged))) {
			return null;
		}
		Matcher m = RANGE.matcher(Values.key(text));
		if (m.matches()) {
			int first = Integer.parseInt(m.group(1));
			int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
			if (last >= first) {
				return last - first + 1;
			}
		}
		place(NLS.bind(Messages.Place_sub, number, Messages.Form_indexPages), text, Messages.Reason_notRange);
		return null;
	}

	/**
	 * Gives the evidence items of the index to the places of the document read from the form. Called when every section
	 * has been read (the ticked options and the rows exist).
	 */
	void evidence() {
		if (rows.isEmpty()) {
			return;
		}
		EvidenceLayout layout = EvidenceLayout.declared(document);
		List<Slot> slots = slots();
		List<String> cellMarks = new ArrayList<>();
		for (PageReferences.Reference r : PageReferences.find(document)) {
			if (r.cell()) {
				cellMarks.add(Values.key(PageReferences.label(r)) + "#" + r.page()); //$NON-NLS-1$
			}
		}
		java.util.Set<String> cellLabels = new java.util.HashSet<>();
		for (TreeIterator<EObject> it = document.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof ClusterLibraries) {
				it.prune();
				continue;
			}
			for (EAttribute attribute : o.eClass().getEAllAttributes()) {
				if (PageReferences.isCell(attribute)) {
					cellLabels.add(Values.key(PageReferences.label(new PageReferences.Reference(o, attribute, 1, true))));
				}
			}
		}
		Map<EvidenceLink, int[]> order = new IdentityHashMap<>();
		for (Row row : rows) {
			EvidenceLayout.Entry entry = layout.entry(row.attachment());
			for (String line : row.marks()) {
				Matcher m = MARK.matcher(Values.fold(line).strip());
				String place = NLS.bind(Messages.Place_sub, row.number(), Messages.Form_indexEvidences);
				if (!m.matches()) {
					place(place, line, Messages.Reason_notMark);
					continue;
				}
				String label = Values.key(m.group(1));
				int page = Integer.parseInt(m.group(2));
				if (cellMarks.contains(label + "#" + page)) { //$NON-NLS-1$
					continue; // a 佐证页码 cell, read in its row
				}
				if (cellLabels.contains(label)) {
					// a 佐证页码 cell read with another page or none: its row tells, not the index
					place(place, line, Messages.Reason_notSupported);
					continue;
				}
				if (entry == null || !entry.contains(page)) {
					place(place, line, Messages.Reason_pageOutside);
					continue;
				}
				List<Slot> found = new ArrayList<>();
				int best = -1;
				for (Slot s : slots) {
					String key = Values.key(s.label());
					if (!label.equals(key) && !(label.startsWith(key + "(") && label.endsWith(")"))) { //$NON-NLS-1$ //$NON-NLS-2$
						continue;
					}
					if (key.length() > best) {
						best = key.length();
						found.clear();
					}
					if (key.length() == best) {
						found.add(s);
					}
				}
				if (found.size() > 1) {
					// the same wording in several places: the one in a row this edition prints, if only one is
					List<Slot> inRows = found.stream().filter(this::inPrintedRow).toList();
					if (inRows.size() == 1) {
						found = inRows;
					}
				}
				if (found.size() != 1) {
					place(place, line, found.isEmpty() ? Messages.Reason_noEvidencePlace : Messages.Reason_notSupported);
					continue;
				}
				Slot slot = found.get(0);
				String note = label.equals(Values.key(slot.label())) ? null : ""; //$NON-NLS-1$
				if (note != null) {
					// the note as printed, between the label's bracket and the last one
					note = noteAfter(line, slot.label());
					if (note == null) {
						place(place, line, Messages.Reason_noEvidencePlace);
						continue;
					}
				}
				EvidenceRef ref = P.getClusterDeskFactory().createEvidenceRef();
				ref.setAttachment(row.attachment());
				ref.setPage(page - entry.firstPage() + 1);
				ref.setNote(note == null || note.isBlank() ? null : note.strip());
				add(slot, ref, order);
			}
		}
		// the links in the form's order: the groups as the section has them, the options as the group lists them
		for (EObject holder : order.keySet().stream().map(EObject::eContainer).distinct().toList()) {
			@SuppressWarnings("unchecked")
			org.eclipse.emf.common.util.EList<EvidenceLink> links = (org.eclipse.emf.common.util.EList<EvidenceLink>) holder.eGet(holder.eClass().getEStructuralFeature("evidenceLinks")); //$NON-NLS-1$
			List<EvidenceLink> sorted = new ArrayList<>(links);
			sorted.sort(Comparator.comparingInt((EvidenceLink l) -> order.containsKey(l) ? order.get(l)[0] : Integer.MAX_VALUE)
					.thenComparingInt(l -> order.containsKey(l) ? order.get(l)[1] : Integer.MAX_VALUE));
			for (int i = 0; i < sorted.size(); i++) {
				links.move(i, sorted.get(i));
			}
		}
	}

	private boolean inPrintedRow(Slot slot) {
		return printed.contains(slot.choice()) || printed.contains(slot.reference())
				|| slot.owner().eContainmentFeature() != null && printed.contains(slot.owner().eContainmentFeature());
	}

	/**
	 * The note as written between the label and the P page: 标签（说明）（P12） → 说明, its own brackets kept; null when
	 * the line does not have that shape.
	 */
	private static String noteAfter(String line, String label) {
		String raw = line.strip();
		int page = Math.max(raw.lastIndexOf('('), raw.lastIndexOf('\uff08'));
		if (page < 0) {
			return null;
		}
		raw = raw.substring(0, page);
		String key = Values.key(label);
		int matched = 0;
		int at = 0;
		while (at < raw.length() && matched < key.length()) {
			String k = Values.key(String.valueOf(raw.charAt(at)));
			if (!k.isEmpty()) {
				if (!key.startsWith(k, matched)) {
					return null;
				}
				matched += k.length();
			}
			at++;
		}
		String t = raw.substring(at).strip();
		if (t.length() < 2 || !Values.fold(t.substring(0, 1)).equals("(") || !Values.fold(t.substring(t.length() - 1)).equals(")")) { //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
		return t.substring(1, t.length() - 1);
	}

	private void add(Slot slot, EvidenceRef ref, Map<EvidenceLink, int[]> order) {
		if (slot.reference() != null) {
			@SuppressWarnings("unchecked")
			List<EvidenceRef> list = (List<EvidenceRef>) slot.owner().eGet(slot.reference());
			list.add(ref);
			return;
		}
		@SuppressWarnings("unchecked")
		List<EvidenceLink> links = (List<EvidenceLink>) slot.owner().eGet(slot.owner().eClass().getEStructuralFeature("evidenceLinks")); //$NON-NLS-1$
		String option = ((EEnumLiteral) ((EEnum) slot.choice().getEAttributeType()).getEEnumLiteral(slot.option().getValue())).getName();
		EvidenceLink link = links.stream().filter(l -> l.getFeature() == slot.choice() && option.equals(l.getOption())).findFirst()
				.orElse(null);
		if (link == null) {
			link = P.getClusterDeskFactory().createEvidenceLink();
			link.setFeature(slot.choice());
			link.setOption(option);
			links.add(link);
			List<?> ticked = (List<?>) slot.owner().eGet(slot.choice());
			order.put(link, new int[] { slot.owner().eClass().getEAllStructuralFeatures().indexOf(slot.choice()), ticked.indexOf(slot.option()) });
		}
		link.getEvidence().add(ref);
	}

	/**
	 * The places of the document read that can hold evidence: every list of evidence references (worded as the index
	 * words it: the row, or the item's name), and every ticked option of a group whose options are evidenced.
	 */
	private List<Slot> slots() {
		List<EObject> objects = new ArrayList<>();
		for (TreeIterator<EObject> it = document.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof ClusterLibraries || o instanceof EvidenceRef || o instanceof EvidenceLink) {
				it.prune();
			} else {
				objects.add(o);
			}
		}
		List<Slot> slots = new ArrayList<>();
		for (EObject o : objects) {
			for (EReference reference : o.eClass().getEAllContainments()) {
				if (reference.isMany() && reference.getEReferenceType() == P.getEvidenceRef()) {
					slots.add(new Slot(labelOf(o, reference), o, reference, null, null));
				}
			}
			if (o.eClass().getEStructuralFeature("evidenceLinks") instanceof EReference links //$NON-NLS-1$
					&& links.getEReferenceType() == P.getEvidenceLink()) {
				for (EAttribute attribute : o.eClass().getEAllAttributes()) {
					if (attribute.isMany() && attribute.getEAttributeType() instanceof EEnum type) {
						for (Object value : (List<?>) o.eGet(attribute)) {
							slots.add(new Slot(ModelLabels.literal(type, (Enumerator) value), o, null, attribute, (Enumerator) value));
						}
					}
				}
			}
		}
		for (EObject o : List.<EObject>of(document)) {
			for (EReference reference : o.eClass().getEAllContainments()) {
				if (reference.isMany() && reference.getEReferenceType() == P.getEvidenceRef()) {
					slots.add(new Slot(labelOf(o, reference), o, reference, null, null));
				}
			}
		}
		return slots;
	}

	/** How the index words a reference in this list: the label {@link EvidenceItems} gives it. */
	private static String labelOf(EObject owner, EReference reference) {
		@SuppressWarnings("unchecked")
		List<EvidenceRef> list = (List<EvidenceRef>) owner.eGet(reference);
		EvidenceRef probe = P.getClusterDeskFactory().createEvidenceRef();
		list.add(probe);
		try {
			return EvidenceItems.label(probe);
		} finally {
			list.remove(probe);
		}
	}

	private void place(String row, String found, String reason) {
		unread.add(new UnreadPlace(Messages.Form_attachmentIndex, row, found == null ? "" : found.strip(), reason)); //$NON-NLS-1$
	}
}
