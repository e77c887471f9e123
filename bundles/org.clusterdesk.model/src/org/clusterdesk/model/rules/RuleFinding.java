/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.rules;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a rule found, as carried in the data of its {@link Diagnostic} (after the object and the feature, as EMF
 * editors expect).
 *
 * @param ruleId   the rule of the catalogue, e.g. G09
 * @param severity {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}
 * @param section  the section as the form numbers it (一 … 九, 2.1 …), or null when not on a row of the form
 * @param sectionTitle the section's title
 * @param field    the row as the form words it (plus the year or library row where there is one)
 * @param found    the value found, as text (may be null)
 * @param expected what is expected, as text (may be null)
 * @param detail   the rule's own sentence about the problem
 * @param owner    the object holding the value
 * @param feature  the feature holding the value (may be null)
 */
public record RuleFinding(String ruleId, int severity, String section, String sectionTitle, String field, String found,
		String expected, String detail, EObject owner, EStructuralFeature feature) {

	/** The message of the diagnostic: rule, place and detail. */
	public String message() {
		StringBuilder sb = new StringBuilder("[").append(ruleId).append("] "); //$NON-NLS-1$ //$NON-NLS-2$
		if (section != null) {
			sb.append(section).append(' ');
		}
		if (field != null) {
			sb.append(field).append('：');
		}
		return sb.append(detail).toString();
	}

	public boolean isError() {
		return severity == Diagnostic.ERROR;
	}
}
