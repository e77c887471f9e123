/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;

/** Small builders for the tests of the general rules G01–G14. */
final class GeneralTesting {

	/** Every sample, one per edition. */
	static final String[] SAMPLES = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024",
			"competition-2026" };

	/** The application samples (G06, G09, G10 are declared on Application). */
	static final String[] APPLICATIONS = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024" };

	private GeneralTesting() {
	}

	static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	/** The last data year of the document's edition. */
	static int lastYear(ClusterDocument document) {
		List<Integer> years = document.getEdition().getDataYears();
		return years.get(years.size() - 1);
	}

	static int firstYear(ClusterDocument document) {
		return document.getEdition().getDataYears().get(0);
	}

	static YearDecimal entry(YearlyDecimal series, int year) {
		return series.getValues().stream().filter(v -> v.getYear() == year).findFirst()
				.orElseThrow(() -> new AssertionError("no " + year));
	}

	static YearCount entry(YearlyCount series, int year) {
		return series.getValues().stream().filter(v -> v.getYear() == year).findFirst()
				.orElseThrow(() -> new AssertionError("no " + year));
	}

	static YearlyDecimal yearly(int[] years, String... values) {
		YearlyDecimal series = ClusterDeskFactory.eINSTANCE.createYearlyDecimal();
		for (int i = 0; i < years.length; i++) {
			series.put(years[i], dec(values[i]));
		}
		return series;
	}

	static int[] years(ClusterDocument document) {
		return document.getEdition().getDataYears().stream().mapToInt(Integer::intValue).toArray();
	}

	/** A reference to the document's first attachment. */
	static EvidenceRef evidence(ClusterDocument document) {
		EvidenceRef ref = ClusterDeskFactory.eINSTANCE.createEvidenceRef();
		ref.setAttachment(document.getAttachments().get(0));
		ref.setPage(1);
		return ref;
	}

	/** The findings of one rule in a validation for a final export. */
	static List<RuleFinding> finalExportFindings(ClusterDocument document, String ruleId) {
		return ClusterValidation.validate(document, true).findings(ruleId);
	}
}
