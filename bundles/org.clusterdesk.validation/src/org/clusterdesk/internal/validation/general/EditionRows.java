/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.forms.FormRows;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The rows of the document's edition, each with the object that holds its value: what the rules declared on the
 * document walk, so that only rows of this edition are checked. Computed once per document and validation run.
 */
final class EditionRows {

	/**
	 * One row as it appears in the document.
	 *
	 * @param sectionObject the object the section edits (one per park in a repeated section), or null when it does
	 *                      not exist yet
	 * @param owner         the object holding the row's value, or null when there is none yet
	 */
	record Placement(FormSection section, FormRow row, EObject sectionObject, EObject owner) {

		EStructuralFeature feature() {
			return row.getFeature();
		}

		Object value() {
			return owner == null ? null : owner.eGet(row.getFeature());
		}
	}

	private EditionRows() {
	}

	/**
	 * Every row of the edition per section object, once per value: the cover repeats rows of section 一 (the
	 * cluster name), which are the same value and are listed once.
	 */
	static List<Placement> of(RuleContext context) {
		return context.shared(EditionRows.class, EditionRows::place);
	}

	private static List<Placement> place(ClusterDocument document) {
		List<Placement> placements = new ArrayList<>();
		Edition edition = document == null ? null : document.getEdition();
		if (edition == null) {
			return placements;
		}
		// owner (by identity) -> features already placed; a missing owner is keyed by the document
		Map<EObject, Set<EStructuralFeature>> seen = new IdentityHashMap<>();
		for (FormSection section : edition.getSections()) {
			List<EObject> objects = FormRows.sectionObjects(document, section);
			for (FormRow row : section.getRows()) {
				if (row.getFeature() == null) {
					continue;
				}
				if (objects.isEmpty()) {
					EObject owner = FormRows.owner(document, null, row);
					add(placements, seen, new Placement(section, row, null, owner), owner == null ? document : owner);
				}
				for (EObject object : objects) {
					EObject owner = FormRows.owner(document, object, row);
					if (owner != null) {
						add(placements, seen, new Placement(section, row, object, owner), owner);
					}
				}
			}
		}
		return List.copyOf(placements);
	}

	private static void add(List<Placement> placements, Map<EObject, Set<EStructuralFeature>> seen, Placement placement,
			EObject key) {
		if (seen.computeIfAbsent(key, k -> new HashSet<>()).add(placement.feature())) {
			placements.add(placement);
		}
	}
}
