/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Where a reviewer starts with an application: its first error in report order (eligibility first, then by section),
 * else its first warning. It outlives the document, so the place is kept as text — the URI fragment of the object
 * holding the value and the feature's name — which an editor that has the file open resolves in its own resource.
 *
 * @param message  the finding's message: rule, place and detail
 * @param ruleId   the rule, e.g. G06
 * @param section  the section as the form numbers it, or null
 * @param error    an error (else a warning)
 * @param fragment the URI fragment of the owner in its resource, or null
 * @param feature  the name of the feature holding the value, or null
 */
public record FirstProblem(String message, String ruleId, String section, boolean error, String fragment, String feature) {

	/** The first problem of a report, or null when it has none. */
	public static FirstProblem of(ValidationReport report) {
		RuleFinding first = !report.errors().isEmpty() ? report.errors().get(0) : report.warnings().isEmpty() ? null : report.warnings().get(0);
		return first == null ? null : of(first);
	}

	public static FirstProblem of(RuleFinding finding) {
		return new FirstProblem(finding.message(), finding.ruleId(), finding.section(), finding.isError(), fragment(finding.owner()),
				finding.feature() == null ? null : finding.feature().getName());
	}

	private static String fragment(EObject owner) {
		if (owner == null) {
			return null;
		}
		Resource resource = owner.eResource();
		return resource != null ? resource.getURIFragment(owner) : EcoreUtil.getURI(owner).fragment();
	}
}
