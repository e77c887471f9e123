/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.osgi.framework.Bundle;

/**
 * The form's wording of a checkbox option (绘制产业链图谱，开展产业链培育). The metamodel names literals in English; their
 * Chinese labels are the generated edit plugin's ({@code _UI_<Enum>_<LITERAL>_literal}). Read softly: without the
 * edit plugin (a headless run) the literal's name stands in.
 */
final class OptionLabels {

	private static final String EDIT_BUNDLE = "org.clusterdesk.model.edit"; //$NON-NLS-1$

	private OptionLabels() {
	}

	static String of(EEnum type, Enumerator literal) {
		String key = "_UI_" + type.getName() + "_" + literal.getName() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			Bundle bundle = Platform.getBundle(EDIT_BUNDLE);
			ResourceBundle labels = bundle == null ? null : Platform.getResourceBundle(bundle);
			if (labels != null) {
				return labels.getString(key);
			}
		} catch (MissingResourceException | IllegalStateException e) {
			// no label: the literal's name
		}
		return literal.getName();
	}
}
