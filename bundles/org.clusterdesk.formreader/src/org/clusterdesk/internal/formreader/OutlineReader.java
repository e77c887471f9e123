/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.List;
import java.util.regex.Pattern;

import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * 撰写提纲 (Jiangsu): each item under its heading as the outline numbers it (1、集群基本信息（200字以内，下同）, …), every
 * paragraph up to the next heading. An item is found by its wording, with or without the note the form adds to it.
 */
final class OutlineReader {

	/** 1、 12、 （1） before an item's wording. */
	private static final Pattern NUMBERING = Pattern.compile("^[\\uff08(]?[0-9\\u4e00-\\u9fa5]{1,3}[\\uff09)\\u3001.\\uff0e]\\s*"); //$NON-NLS-1$

	private final GridReader reader;

	OutlineReader(GridReader reader) {
		this.reader = reader;
	}

	void read(FormSection section, EObject outline) {
		for (FormRow row : section.getRows()) {
			if (reader.layout().hidden(row) || !(row.getFeature() instanceof EAttribute a)
					|| a.getEAttributeType().getInstanceClass() != String.class) {
				continue; // the lists the outline asks for are evidence, read from the attachments index
			}
			int at = heading(row);
			if (at < 0) {
				reader.unread(row.getLabel(), "", Messages.Reason_notFound); //$NON-NLS-1$
				continue;
			}
			List<String> text = reader.paragraphsAfter(at, row.getNote());
			outline.eSet(a, text.isEmpty() ? null : String.join("\n", text)); //$NON-NLS-1$
		}
	}

	private int heading(FormRow row) {
		String label = Values.key(row.getLabel());
		String note = Values.key(row.getNote());
		List<DocxGrid.Item> items = reader.items();
		for (int i = 0; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow() || item.used) {
				continue;
			}
			String key = Values.key(NUMBERING.matcher(Values.fold(item.paragraph).strip()).replaceFirst("")); //$NON-NLS-1$
			if (key.equals(label) || !note.isEmpty() && key.equals(label + note)) {
				item.used = true;
				return i;
			}
		}
		return -1;
	}
}
