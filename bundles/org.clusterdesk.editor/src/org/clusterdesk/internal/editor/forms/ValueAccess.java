/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** One value a control shows and edits: reading it, the command that changes it, and where findings about it point. */
public interface ValueAccess {

	/** The current value, or null when none (or when its owner does not exist). */
	Object get();

	/** The command that sets the value (creating missing owners on the way). */
	Command set(Object value);

	/** Whether the control can edit now. */
	default boolean isEditable() {
		return true;
	}

	/**
	 * How precisely a finding about the feature of the owner points at this value: 0 not at all, higher is more
	 * precise.
	 */
	int match(EObject owner, EStructuralFeature feature);

	/**
	 * How precisely a finding points at this value; the finding's place may say more than its owner (the year of a
	 * yearly row: 集群总产值（亿元）（2024年）).
	 */
	default int match(RuleFinding finding, EObject owner, EStructuralFeature feature) {
		return match(owner, feature);
	}
}
