/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.editions.EditionRegistry;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Which rows an edition shows, and the edition of a document. */
public final class EditionFigures {

	private EditionFigures() {
	}

	/** The edition a document names, from the registry; null when the id is unknown. */
	public static Edition editionOf(ClusterDocument document) {
		return document.getEditionId() == null ? null : EditionRegistry.getDefault().getEdition(document.getEditionId());
	}

	/** The edition of the document that contains an object. */
	public static Edition editionOf(EObject object) {
		EObject root = EcoreUtil.getRootContainer(object);
		return root instanceof ClusterDocument document ? editionOf(document) : null;
	}

	public static boolean hasField(Edition edition, EStructuralFeature feature) {
		return rowFor(edition, feature) != null || sectionFor(edition, feature) != null;
	}

	public static FormRow rowFor(Edition edition, EStructuralFeature feature) {
		for (FormSection section : edition.getSections()) {
			for (FormRow row : section.getRows()) {
				if (row.getFeature() == feature) {
					return row;
				}
			}
		}
		return null;
	}

	public static String labelFor(Edition edition, EStructuralFeature feature) {
		FormRow row = rowFor(edition, feature);
		if (row != null) {
			return row.getLabel();
		}
		FormSection section = sectionFor(edition, feature);
		return section == null ? null : section.getTitle();
	}

	private static FormSection sectionFor(Edition edition, EStructuralFeature feature) {
		for (FormSection section : edition.getSections()) {
			if (section.getFeature() == feature) {
				return section;
			}
		}
		return null;
	}
}
