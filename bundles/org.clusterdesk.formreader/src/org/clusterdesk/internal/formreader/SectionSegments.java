/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormSection;

/**
 * The body cut at the form's section headings (一、基本情况, 2.1 集群主要经济指标, 承诺函): what lies between two headings
 * belongs to the first, however many tables it is in. Before the first heading: the cover. Headings are looked for in
 * form order, so a row label that happens to read like a section title later on does not cut the body.
 */
final class SectionSegments {

	private final Map<FormSection, List<DocxGrid.Item>> segments = new HashMap<>();

	private final List<DocxGrid.Item> cover = new ArrayList<>();

	private SectionSegments() {
	}

	/** The keys a section's heading may have: 一、基本情况 / 一基本情况 / 2.1集群主要经济指标 / 承诺函. */
	static List<String> headings(FormSection section) {
		List<String> keys = new ArrayList<>();
		String number = section.getNumber();
		String title = section.getTitle();
		if (number != null && title != null) {
			keys.add(Values.key(number + "\u3001" + title)); //$NON-NLS-1$
			keys.add(Values.key(number + title));
			keys.add(Values.key(number + "." + title)); //$NON-NLS-1$
		}
		if (number == null || !number.matches("[0-9.]+|[一二三四五六七八九十]+")) { //$NON-NLS-1$
			keys.add(Values.key(title != null ? title : number));
		}
		return keys;
	}

	static SectionSegments of(DocxGrid grid, Edition edition) {
		SectionSegments s = new SectionSegments();
		List<FormSection> sections = edition.getSections();
		List<DocxGrid.Item> current = s.cover;
		int next = 0;
		for (DocxGrid.Item item : grid.items()) {
			if (!item.isRow() && !item.paragraph.isBlank()) {
				String key = Values.key(item.paragraph);
				int found = -1;
				for (int j = next; j < sections.size() && found < 0; j++) {
					if (isCover(sections.get(j), j)) {
						continue;
					}
					if (headings(sections.get(j)).contains(key)) {
						found = j;
					}
				}
				if (found >= 0) {
					current = new ArrayList<>();
					s.segments.put(sections.get(found), current);
					next = found + 1;
					continue;
				}
			}
			current.add(item);
		}
		return s;
	}

	static boolean isCover(FormSection section, int index) {
		return index == 0 && section.getFeature() == null && !section.isNewPage();
	}

	List<DocxGrid.Item> cover() {
		return cover;
	}

	/** The items of a section, null when the file has no heading of it. */
	List<DocxGrid.Item> of(FormSection section) {
		return segments.get(section);
	}
}
