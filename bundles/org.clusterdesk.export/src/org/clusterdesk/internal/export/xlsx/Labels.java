/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.common.util.Enumerator;

/** Chinese labels of choices from the edit bundle: the forms' wording (是/否, 国家单项冠军, 国家级, …). */
public final class Labels {

	private Labels() {
	}

	/** 是 or 否. */
	public static String yesNo(boolean value) {
		return literal(value ? YesNo.YES : YesNo.NO);
	}

	public static String honour(BrandHonour honour) {
		return literal(honour);
	}

	/** The honours in the form's wording, joined with 、; null when there is none. */
	public static String honours(List<BrandHonour> honours) {
		List<String> labels = new ArrayList<>(honours.size());
		for (BrandHonour h : honours) {
			labels.add(honour(h));
		}
		return Formats.list(labels);
	}

	/** The label of a choice; null for NONE (未填) and null. */
	public static String literal(Enumerator literal) {
		if (literal == null || "NONE".equals(literal.getName())) { //$NON-NLS-1$
			return null;
		}
		return ModelLabels.literal(literal);
	}
}
