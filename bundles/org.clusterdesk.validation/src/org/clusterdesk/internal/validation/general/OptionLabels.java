/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.MissingResourceException;

import org.clusterdesk.model.provider.ClusterDeskEditPlugin;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;

/**
 * The form's wording of a checkbox option (绘制产业链图谱，开展产业链培育). The metamodel names literals in English; their
 * Chinese labels are the generated edit plugin's ({@code _UI_<Enum>_<LITERAL>_literal}).
 */
final class OptionLabels {

	private OptionLabels() {
	}

	static String of(EEnum type, Enumerator literal) {
		String key = "_UI_" + type.getName() + "_" + literal.getName() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			return ClusterDeskEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return literal.getName(); // a literal added to the metamodel before its label
		}
	}
}
