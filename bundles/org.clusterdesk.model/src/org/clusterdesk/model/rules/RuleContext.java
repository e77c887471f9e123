/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.derived.DerivedValues;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a {@link Rule} sees while it checks one object: the document, its edition, facts computed once per
 * validation run (shared through EMF's validation context map), and where to report findings.
 */
public final class RuleContext {

	/** Diagnostic source of every finding of the catalogue's rules. */
	public static final String DIAGNOSTIC_SOURCE = "org.clusterdesk.rules"; //$NON-NLS-1$

	/** Context key: {@link Boolean#TRUE} when validating for a final (non-draft) export (rule G14). */
	public static final String FINAL_EXPORT = "org.clusterdesk.rules.finalExport"; //$NON-NLS-1$

	private final String ruleId;

	private final DiagnosticChain diagnostics;

	private final Map<Object, Object> context;

	private final Facts facts;

	private boolean error;

	RuleContext(String ruleId, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		this.ruleId = ruleId;
		this.diagnostics = diagnostics;
		this.context = context != null ? context : new HashMap<>();
		EObject root = EcoreUtil.getRootContainer(object);
		this.facts = root instanceof ClusterDocument document ? factsOf(document, this.context) : null;
	}

	/** The rule being checked, e.g. {@code G09}. */
	public String ruleId() {
		return ruleId;
	}

	/** The document of the object, or null for an object outside any document. */
	public ClusterDocument document() {
		return facts == null ? null : facts.document;
	}

	/** The document's edition, or null when unknown (then edition-aware rules have nothing to check). */
	public Edition edition() {
		return facts == null ? null : facts.edition;
	}

	/** Whether the document's edition shows the feature (a rule applies only where the edition has the field). */
	public boolean has(EStructuralFeature feature) {
		return facts != null && facts.edition != null && facts.locations.containsKey(feature);
	}

	/** The row of the edition that shows the feature, or null. */
	public FormRow row(EStructuralFeature feature) {
		Location location = facts == null ? null : facts.locations.get(feature);
		return location == null ? null : location.row;
	}

	/** The form's wording of the feature in this edition, or its name. */
	public String label(EStructuralFeature feature) {
		FormRow row = row(feature);
		return row != null && row.getLabel() != null ? row.getLabel() : feature.getName();
	}

	/** Whether the document is checked for a final export (G14). */
	public boolean isFinalExport() {
		return Boolean.TRUE.equals(context.get(FINAL_EXPORT));
	}

	/** A value the caller of the validation put into EMF's context map (e.g. the real evidence bundle), or null. */
	public Object option(Object key) {
		return context.get(key);
	}

	/** The derived values of the document, computed once per validation run. */
	public List<DerivedValue> derivedValues() {
		return facts == null ? List.of() : facts.derived();
	}

	/** A value computed once per document and validation run, e.g. an index of library names. */
	@SuppressWarnings("unchecked")
	public <T> T shared(Object key, Function<ClusterDocument, T> compute) {
		if (facts == null) {
			return compute.apply(null);
		}
		return (T) facts.shared.computeIfAbsent(key, k -> compute.apply(facts.document));
	}

	/** Reports an error on the value of the feature of the owner. */
	public void error(EObject owner, EStructuralFeature feature, String where, String detail, Object found, Object expected) {
		report(Diagnostic.ERROR, owner, feature, where, detail, found, expected);
	}

	/** Reports a warning on the value of the feature of the owner. */
	public void warning(EObject owner, EStructuralFeature feature, String where, String detail, Object found, Object expected) {
		report(Diagnostic.WARNING, owner, feature, where, detail, found, expected);
	}

	/**
	 * Reports a finding.
	 *
	 * @param where    a qualifier of the place inside the row (a year, a library row), or null
	 * @param detail   the rule's sentence, naming the value found and what is expected
	 */
	public void report(int severity, EObject owner, EStructuralFeature feature, String where, String detail, Object found,
			Object expected) {
		if (severity == Diagnostic.ERROR) {
			error = true;
		}
		if (diagnostics == null) {
			return;
		}
		Location location = locate(owner, feature);
		String field = location == null ? null : location.row == null ? location.section.getTitle() : location.row.getLabel();
		if (where != null) {
			field = field == null ? where : field + "（" + where + "）"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		RuleFinding finding = new RuleFinding(ruleId, severity, location == null ? null : location.section.getNumber(),
				location == null ? null : location.section.getTitle(), field, text(found), text(expected), detail, owner, feature);
		diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code(ruleId), finding.message(),
				new Object[] { owner, feature, finding }));
	}

	boolean reportedError() {
		return error;
	}

	/** Where a value sits on the form: the row showing its feature, or the row of the nearest container that has one. */
	private Location locate(EObject owner, EStructuralFeature feature) {
		if (facts == null) {
			return null;
		}
		EObject object = owner;
		EStructuralFeature f = feature;
		while (object != null) {
			Location location = f == null ? null : facts.locations.get(f);
			if (location != null) {
				return location;
			}
			f = object.eContainingFeature();
			object = object.eContainer();
		}
		return null;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
	}

	/** A stable number per rule id for Diagnostic codes: G → 100, D → 200, P → 300, C → 400, plus the number. */
	static int code(String ruleId) {
		int base = switch (ruleId.charAt(0)) {
		case 'G' -> 100;
		case 'D' -> 200;
		case 'P' -> 300;
		case 'C' -> 400;
		default -> 900;
		};
		try {
			return base + Integer.parseInt(ruleId.substring(1));
		} catch (NumberFormatException e) {
			return base;
		}
	}

	private record Location(FormSection section, FormRow row) {
	}

	/** Computed once per document and validation run. */
	private static final class Facts {

		final ClusterDocument document;

		final Edition edition;

		final Map<EStructuralFeature, Location> locations = new HashMap<>();

		final Map<Object, Object> shared = new LinkedHashMap<>();

		private List<DerivedValue> derived;

		Facts(ClusterDocument document) {
			this.document = document;
			this.edition = document.getEdition();
			if (edition != null) {
				for (FormSection section : edition.getSections()) {
					if (section.getFeature() != null) {
						// a section feature locates what lies below it when no row is more precise
						locations.putIfAbsent(section.getFeature(), new Location(section, null));
					}
					for (FormRow row : section.getRows()) {
						Location known = locations.get(row.getFeature());
						// the cover repeats rows of section 一: a finding belongs to the numbered section
						if (known == null || known.row == null || known.section.getFeature() == null && section.getFeature() != null) {
							locations.put(row.getFeature(), new Location(section, row));
						}
					}
				}
			}
		}

		List<DerivedValue> derived() {
			if (derived == null) {
				derived = new ArrayList<>(DerivedValues.of(document));
			}
			return derived;
		}
	}

	private static Facts factsOf(ClusterDocument document, Map<Object, Object> context) {
		@SuppressWarnings("unchecked")
		Map<ClusterDocument, Facts> all = (Map<ClusterDocument, Facts>) context.computeIfAbsent(Facts.class, k -> new HashMap<>());
		return all.computeIfAbsent(document, Facts::new);
	}
}
