/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * The findings of a validation, in the order a reviewer reads them: eligibility (G06) first, then by section of the
 * form, then by rule.
 */
public final class ValidationReport {

	/** Rule id of problems EMF itself finds in the structure of a document (not in the catalogue). */
	public static final String STRUCTURE_RULE = "EMF"; //$NON-NLS-1$

	/** The eligibility rule, reported first. */
	public static final String ELIGIBILITY_RULE = "G06"; //$NON-NLS-1$

	private final ClusterDocument document;

	private final Diagnostic diagnostic;

	private final List<RuleFinding> findings;

	ValidationReport(ClusterDocument document, Diagnostic diagnostic, List<RuleFinding> findings) {
		this.document = document;
		this.diagnostic = diagnostic;
		this.findings = sort(document, findings);
	}

	private static List<RuleFinding> sort(ClusterDocument document, List<RuleFinding> findings) {
		Map<String, Integer> sectionOrder = new HashMap<>();
		Edition edition = document.getEdition();
		if (edition != null) {
			int i = 0;
			for (FormSection section : edition.getSections()) {
				sectionOrder.putIfAbsent(section.getNumber(), i++);
			}
		}
		List<RuleFinding> sorted = new ArrayList<>(findings);
		// stable sort: findings of one rule keep the order the rule reported them in
		sorted.sort(Comparator.<RuleFinding>comparingInt(f -> ELIGIBILITY_RULE.equals(f.ruleId()) ? 0 : 1)
				.thenComparingInt(f -> f.section() == null ? Integer.MAX_VALUE : sectionOrder.getOrDefault(f.section(), Integer.MAX_VALUE - 1))
				.thenComparing(RuleFinding::ruleId));
		return List.copyOf(sorted);
	}

	public ClusterDocument document() {
		return document;
	}

	/** The raw diagnostic tree, as EMF's Diagnostician produced it. */
	public Diagnostic diagnostic() {
		return diagnostic;
	}

	/** Every finding, eligibility first, then by section. */
	public List<RuleFinding> findings() {
		return findings;
	}

	public List<RuleFinding> errors() {
		return findings.stream().filter(RuleFinding::isError).toList();
	}

	public List<RuleFinding> warnings() {
		return findings.stream().filter(f -> !f.isError()).toList();
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(RuleFinding::isError);
	}

	/** False when rule G06 found a reason that makes the cluster ineligible. */
	public boolean eligible() {
		return findings.stream().noneMatch(f -> ELIGIBILITY_RULE.equals(f.ruleId()) && f.isError());
	}

	/** The findings of one rule. */
	public List<RuleFinding> findings(String ruleId) {
		return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	/** Findings grouped by section number (null key: not on a row of the form), in report order. */
	public Map<String, List<RuleFinding>> bySection() {
		Map<String, List<RuleFinding>> groups = new LinkedHashMap<>();
		for (RuleFinding f : findings) {
			groups.computeIfAbsent(f.section(), k -> new ArrayList<>()).add(f);
		}
		return groups;
	}
}
