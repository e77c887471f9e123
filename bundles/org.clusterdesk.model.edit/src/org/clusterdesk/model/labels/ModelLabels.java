/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.labels;

import java.util.MissingResourceException;

import org.clusterdesk.model.provider.ClusterDeskEditPlugin;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The forms' wording of classes, features and enum literals, as the generated edit plugin keeps it
 * ({@code _UI_<Type>_type}, {@code _UI_<Class>_<feature>_feature}, {@code _UI_<Enum>_<LITERAL>_literal}). One place
 * for the key scheme, so that exporters, rules and the editor never build the keys themselves. A name added to the
 * metamodel before its label falls back to the name.
 */
public final class ModelLabels {

	private ModelLabels() {
	}

	/** The label of a literal of the given enum type. */
	public static String literal(EEnum type, Enumerator literal) {
		return string("_UI_" + type.getName() + "_" + literal.getName() + "_literal", literal.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The label of a literal of a generated enum (its Java class is named as its EEnum). */
	public static String literal(Enumerator literal) {
		String type = literal instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : literal.getClass().getSimpleName();
		return string("_UI_" + type + "_" + literal.getName() + "_literal", literal.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public static String feature(EStructuralFeature feature) {
		return string("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				feature.getName());
	}

	public static String type(EClass type) {
		return string("_UI_" + type.getName() + "_type", type.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String string(String key, String fallback) {
		try {
			return ClusterDeskEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
