/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The evidenced items of a document: every evidence reference (a ticked checkbox option, an honour, a 数量/名称 row, a
 * 是（需附情况说明） answer, …) with the label the form gives the item, the attachment and its page.
 */
public final class EvidenceItems {

	/** One evidenced item: its label, the attachment and the page in the attachment (1 when none is given). */
	public record Item(String label, Attachment attachment, int page, EvidenceRef ref) {
	}

	private EvidenceItems() {
	}

	/** Every evidence reference of the document that names an attachment, in document order. */
	public static List<Item> of(ClusterDocument document) {
		List<Item> items = new ArrayList<>();
		for (TreeIterator<EObject> it = document.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof ClusterLibraries) {
				it.prune();
			} else if (o instanceof EvidenceRef ref && ref.getAttachment() != null && !ref.getAttachment().eIsProxy()) {
				int page = ref.getPage() == null ? 1 : ref.getPage().intValue();
				items.add(new Item(label(ref), ref.getAttachment(), page, ref));
			}
		}
		return items;
	}

	/** The item as the form words it: the ticked option, the honour's title, or the row holding the reference. */
	public static String label(EvidenceRef ref) {
		EObject container = ref.eContainer();
		String label;
		if (container instanceof EvidenceLink link) {
			label = option(link);
		} else if (container instanceof ClusterDocument) { // a row of the form itself, e.g. 产业链图谱
			label = rowLabel(ref);
		} else if (container != null && named(container) != null) {
			label = named(container);
		} else if (container != null && container.eContainmentFeature() != null
				&& ref.eContainmentFeature() != null && ref.eContainmentFeature().getName().equals("evidence")) { //$NON-NLS-1$
			label = ModelLabels.feature(container.eContainmentFeature());
		} else {
			label = rowLabel(ref);
		}
		String note = ref.getNote();
		return note == null || note.isBlank() ? label : label + "（" + note.strip() + "）"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The edition's label of the list holding the reference (碳排放监测机制佐证材料), so that two lists the metamodel
	 * calls alike are told apart in the index; the metamodel's label where the edition has no row for it.
	 */
	private static String rowLabel(EvidenceRef ref) {
		EStructuralFeature feature = ref.eContainmentFeature();
		EObject root = EcoreUtil.getRootContainer(ref);
		if (root instanceof ClusterDocument document && document.getEdition() != null) {
			for (FormSection section : document.getEdition().getSections()) {
				for (FormRow row : section.getRows()) {
					if (row.getFeature() == feature && row.getLabel() != null && !row.getLabel().isBlank()) {
						return row.getLabel().strip();
					}
				}
			}
		}
		return ModelLabels.feature(feature);
	}

	private static String option(EvidenceLink link) {
		EStructuralFeature feature = link.getFeature();
		String option = link.getOption() == null ? "" : link.getOption(); //$NON-NLS-1$
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum type) {
			EEnumLiteral literal = type.getEEnumLiteral(option);
			if (literal != null) {
				return ModelLabels.literal(type, literal.getInstance());
			}
		}
		return option;
	}

	/** The title or name of an item that has one (an honour, a platform, …), else null. */
	private static String named(EObject o) {
		for (String name : new String[] { "title", "name" }) { //$NON-NLS-1$ //$NON-NLS-2$
			EStructuralFeature f = o.eClass().getEStructuralFeature(name);
			if (f instanceof EAttribute && !f.isMany() && o.eGet(f) instanceof String s && !s.isBlank()) {
				return s.strip();
			}
		}
		return null;
	}
}
