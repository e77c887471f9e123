/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import org.clusterdesk.model.EvidenceHolder;
import org.clusterdesk.model.EvidenceLink;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Lookup of the evidence attached to a ticked checkbox option (G07). */
public final class EvidenceFigures {

	private EvidenceFigures() {
	}

	public static EvidenceLink evidenceFor(EvidenceHolder holder, EStructuralFeature feature, String option) {
		for (EvidenceLink link : holder.getEvidenceLinks()) {
			if (link.getFeature() == feature && option != null && option.equals(link.getOption())) {
				return link;
			}
		}
		return null;
	}
}
