/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.RuleContext;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Checks a document against every filling rule of the catalogue, through EMF's {@link Diagnostician}: the
 * metamodel declares each rule as an invariant, the generated validator calls it, and the rule bodies contributed to
 * {@code org.clusterdesk.model.rules} report their findings.
 */
public final class ClusterValidation {

	private ClusterValidation() {
	}

	/** Validates a document for a draft. */
	public static ValidationReport validate(ClusterDocument document) {
		return validate(document, false);
	}

	/**
	 * Validates a document.
	 *
	 * @param finalExport whether the document is checked for a final (non-draft) export, which adds rule G14
	 */
	public static ValidationReport validate(ClusterDocument document, boolean finalExport) {
		return validate(document, finalExport, Map.of());
	}

	/**
	 * Validates a document with options for the rules, e.g. the facts of the real evidence bundle under
	 * {@code org.clusterdesk.evidence.EvidenceFacts.CONTEXT_KEY} (G07 and C12 then check against it).
	 */
	public static ValidationReport validate(ClusterDocument document, boolean finalExport, Map<Object, Object> options) {
		Diagnostician diagnostician = Diagnostician.INSTANCE;
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.putAll(options);
		if (finalExport) {
			context.put(RuleContext.FINAL_EXPORT, Boolean.TRUE);
		}
		Diagnostic diagnostic = diagnostician.validate(document, context);
		List<RuleFinding> findings = new ArrayList<>();
		collect(diagnostic, findings);
		return new ValidationReport(document, diagnostic, findings);
	}

	private static void collect(Diagnostic diagnostic, List<RuleFinding> findings) {
		List<?> data = diagnostic.getData();
		if (data.size() >= 3 && data.get(2) instanceof RuleFinding finding) {
			findings.add(finding);
		} else if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
			// a structural problem found by EMF itself (multiplicity, unresolved reference, …)
			EObject owner = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
			EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
			findings.add(new RuleFinding(ValidationReport.STRUCTURE_RULE, diagnostic.getSeverity() >= Diagnostic.ERROR ? Diagnostic.ERROR
					: Diagnostic.WARNING, null, null, null, null, null, diagnostic.getMessage(), owner, feature));
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, findings);
		}
	}
}
