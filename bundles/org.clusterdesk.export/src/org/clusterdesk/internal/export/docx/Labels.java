/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.MissingResourceException;

import org.clusterdesk.model.provider.ClusterDeskEditPlugin;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The Chinese names of the metamodel as the forms word them, from the generated edit plugin: enum literals are the
 * forms' checkbox options (绘制产业链图谱，开展产业链培育), features and classes the forms' column and row names.
 */
final class Labels {

	private Labels() {
	}

	static String literal(EEnum type, Enumerator literal) {
		return string("_UI_" + type.getName() + "_" + literal.getName() + "_literal", literal.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The label of a literal of an enum type, by the literal alone (enum classes know their EEnum). */
	static String literal(Enumerator literal) {
		if (literal == null) {
			return ""; //$NON-NLS-1$
		}
		String type = literal.getClass().getSimpleName();
		return string("_UI_" + type + "_" + literal.getName() + "_literal", literal.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static String feature(EStructuralFeature feature) {
		return string("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				feature.getName());
	}

	static String type(EClass type) {
		return string("_UI_" + type.getName() + "_type", type.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String string(String key, String fallback) {
		try {
			return ClusterDeskEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return fallback; // a name added to the metamodel before its label
		}
	}
}
