/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.List;

import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Something on a page that shows the findings about its values: a field, a table, a row label. */
public interface ProblemTarget {

	/** How precisely a finding about the feature of the owner points here: 0 not at all, higher is more precise. */
	int match(EObject owner, EStructuralFeature feature);

	/** How precisely the finding points here, when its place says more than its owner and feature. */
	default int match(RuleFinding finding, EObject owner, EStructuralFeature feature) {
		return match(owner, feature);
	}

	/** Shows the findings assigned to this target (an empty list clears them). */
	void showProblems(List<RuleFinding> findings);

	/** Brings the value of the finding into view and gives it the focus. */
	void reveal(RuleFinding finding);

	/** The id of the page the target is on. */
	String pageId();
}
