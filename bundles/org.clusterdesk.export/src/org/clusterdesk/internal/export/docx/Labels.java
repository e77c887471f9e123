/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.clusterdesk.model.labels.ModelLabels;
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
		return ModelLabels.literal(type, literal);
	}

	/** The label of a literal, "" for none. */
	static String literal(Enumerator literal) {
		return literal == null ? "" : ModelLabels.literal(literal); //$NON-NLS-1$
	}

	static String feature(EStructuralFeature feature) {
		return ModelLabels.feature(feature);
	}

	static String type(EClass type) {
		return ModelLabels.type(type);
	}
}
