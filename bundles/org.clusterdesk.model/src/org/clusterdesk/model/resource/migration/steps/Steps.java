/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration.steps;

import java.util.List;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.resource.migration.MigrationStep;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The chain of migration steps, and what the steps share. */
public final class Steps {

	private Steps() {
	}

	/** Every step, in the order they run (by source version, then as listed). */
	public static List<MigrationStep> all() {
		return List.of(new CumulativeGrowthPerYear(), new QualitativeCompletionDescriptions(), new GreenParkLevelFromYesNo(),
				new ParkFiguresPerYear(), new CommitmentsAsWorded());
	}

	/** The row label the document's edition gives the feature (the form's wording), else the given label. */
	static String label(ClusterDocument document, EStructuralFeature feature, String label) {
		Edition edition = document.getEdition();
		FormRow row = edition == null ? null : edition.rowFor(feature);
		return row != null && row.getLabel() != null ? row.getLabel() : label;
	}
}
