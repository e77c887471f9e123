/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.LibraryRow;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * What the competition rules share: the last data year, and indexes of the four libraries built once per document and
 * validation run through {@link RuleContext#shared} — the libraries hold 10 000+ rows, so no rule looks a name up by
 * scanning a library.
 */
final class CompetitionFacts {

	/** Key of the index of the existing-enterprise library by exact full name. */
	private static final Object EXISTING_BY_NAME = new Object();

	/** Key of the 1-based position of every library row inside its library. */
	private static final Object ROW_POSITIONS = new Object();

	private CompetitionFacts() {
	}

	/** The report of the document, or null for an application. */
	static CompetitionReport report(RuleContext context) {
		return context.document() instanceof CompetitionReport report ? report : null;
	}

	/** The last data year of the edition (2025 in competition-2026), or null when the edition lists none. */
	static Integer lastYear(Edition edition) {
		List<Integer> years = edition.getDataYears();
		return years.isEmpty() ? null : years.get(years.size() - 1);
	}

	/** The existing enterprises by their name as entered (outer whitespace ignored); the first row wins on a duplicate. */
	static Map<String, ExistingEnterprise> existingByName(RuleContext context) {
		return context.shared(EXISTING_BY_NAME, CompetitionFacts::indexExisting);
	}

	private static Map<String, ExistingEnterprise> indexExisting(ClusterDocument document) {
		Map<String, ExistingEnterprise> index = new HashMap<>();
		ClusterLibraries libraries = document instanceof CompetitionReport report ? report.getLibraries() : null;
		if (libraries != null) {
			for (ExistingEnterprise enterprise : libraries.getExisting()) {
				String name = key(enterprise.getName());
				if (name != null) {
					index.putIfAbsent(name, enterprise);
				}
			}
		}
		return index;
	}

	/** The name as looked up: without outer whitespace; null when blank. */
	static String key(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return name.strip();
	}

	/**
	 * "第N行" of a library row: the row of the spreadsheet it was imported from when known, else its position in the
	 * library (1-based). Positions come from one index per run: {@code indexOf} for each of 10 000 rows would be
	 * quadratic.
	 */
	static String where(LibraryRow row, RuleContext context) {
		return NLS.bind(Messages.Where_row, Integer.valueOf(rowNumber(row, context)));
	}

	static int rowNumber(LibraryRow row, RuleContext context) {
		if (row.getSourceRow() != null) {
			return row.getSourceRow().intValue();
		}
		Map<EObject, Integer> positions = context.shared(ROW_POSITIONS, CompetitionFacts::indexPositions);
		Integer position = positions.get(row);
		if (position == null && row.eContainer() != null && row.eContainingFeature().isMany()) {
			// a row outside the document's libraries (a detached copy): count it directly
			position = ((List<?>) row.eContainer().eGet(row.eContainingFeature())).indexOf(row) + 1;
		}
		return position == null ? 0 : position.intValue();
	}

	private static Map<EObject, Integer> indexPositions(ClusterDocument document) {
		Map<EObject, Integer> positions = new IdentityHashMap<>();
		ClusterLibraries libraries = document instanceof CompetitionReport report ? report.getLibraries() : null;
		if (libraries != null) {
			for (List<? extends LibraryRow> library : List.of(libraries.getExisting(), libraries.getProspective(),
					libraries.getUnderConstruction(), libraries.getPlanned())) {
				int position = 0;
				for (LibraryRow row : library) {
					positions.put(row, Integer.valueOf(++position));
				}
			}
		}
		return positions;
	}

	/** How a message names a row: its name, or "本行" when the name is blank (that is reported on its own). */
	static String display(String name) {
		String key = key(name);
		return key != null ? key : Messages.Unnamed;
	}

	/** "第N行" of a row of a small table (top-10 tables, key projects, lists). */
	static String where(int index) {
		return NLS.bind(Messages.Where_row, Integer.valueOf(index + 1));
	}
}
