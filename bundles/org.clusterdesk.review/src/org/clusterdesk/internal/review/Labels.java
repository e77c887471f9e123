/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.clusterdesk.model.provider.ClusterDeskEditPlugin;
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
		String type = literal instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : literal.getClass().getSimpleName();
		return ClusterDeskEditPlugin.INSTANCE.getString("_UI_" + type + "_" + literal.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
