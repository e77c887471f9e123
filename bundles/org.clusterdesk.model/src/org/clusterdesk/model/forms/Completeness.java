/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.forms;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;

/** How much of a document is filled: required rows answered, per section of its edition. */
public final class Completeness {

	/** One section's count. */
	public record SectionCount(FormSection section, int filled, int required, List<FormRow> missing) {

		public int percent() {
			return required == 0 ? 100 : filled * 100 / required;
		}
	}

	private final List<SectionCount> sections;

	private Completeness(List<SectionCount> sections) {
		this.sections = sections;
	}

	/** Counts the required rows of the document's edition; an unknown edition has no rows. */
	public static Completeness of(ClusterDocument document) {
		List<SectionCount> counts = new ArrayList<>();
		Edition edition = document.getEdition();
		if (edition != null) {
			for (FormSection section : edition.getSections()) {
				int filled = 0;
				int required = 0;
				List<FormRow> missing = new ArrayList<>();
				for (FormRow row : section.getRows()) {
					if (!row.isRequired()) {
						continue;
					}
					required++;
					if (FormRows.isFilled(document, section, row)) {
						filled++;
					} else {
						missing.add(row);
					}
				}
				counts.add(new SectionCount(section, filled, required, List.copyOf(missing)));
			}
		}
		return new Completeness(List.copyOf(counts));
	}

	public List<SectionCount> sections() {
		return sections;
	}

	public int filled() {
		return sections.stream().mapToInt(SectionCount::filled).sum();
	}

	public int required() {
		return sections.stream().mapToInt(SectionCount::required).sum();
	}

	public int percent() {
		return required() == 0 ? 100 : filled() * 100 / required();
	}
}
