/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.common.util.Enumerator;

/** Labels of enum literals in the forms' wording, from the edit bundle. */
final class Labels {

	private Labels() {
	}

	/** The label of a literal; null for NONE (未填), which is no answer and has no label to show. */
	static String literal(Enumerator literal) {
		if (literal == null || "NONE".equals(literal.getName())) { //$NON-NLS-1$
			return null;
		}
		// generated enums are Java enums named as their EEnum, which names the label key
		return ModelLabels.literal(literal);
	}
}
