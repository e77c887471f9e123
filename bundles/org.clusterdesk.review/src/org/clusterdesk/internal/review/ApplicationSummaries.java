/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.EnterpriseMark;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.derived.EligibilityFigures;
import org.clusterdesk.model.forms.Completeness;
import org.clusterdesk.model.indicators.KeyIndicator;
import org.clusterdesk.model.indicators.KeyIndicators;
import org.clusterdesk.review.AttainmentTable;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads one document into an {@link ApplicationSummary}: identification, validation counts, the key indicators as
 * {@link KeyIndicators} reads them (only rows the edition asks, rounded as the forms keep them), re-review attainment
 * and library counts.
 */
public final class ApplicationSummaries {

	private final ClusterDocument document;

	private final Edition edition;

	private final ApplicationSummary summary;

	private ApplicationSummaries(ClusterDocument document, ApplicationSummary summary) {
		this.document = document;
		this.edition = document.getEdition();
		this.summary = summary;
	}

	/** The summary of a validated document. */
	public static ApplicationSummary of(int serial, String file, ClusterDocument document, ValidationReport report) {
		ApplicationSummary summary = new ApplicationSummary(serial, file);
		summary.name = document.getName();
		summary.editionId = document.getEditionId();
		summary.errors = report.errors().size();
		summary.warnings = report.warnings().size();
		summary.firstProblem = FirstProblem.of(report);
		boolean eligible = report.eligible();
		if (document instanceof Application application) {
			eligible &= EligibilityFigures.eligible(application);
		}
		summary.eligible = eligible;
		summary.completeness = Completeness.of(document).percent();
		new ApplicationSummaries(document, summary).extract();
		return summary;
	}

	/** The summary of a file that could not be read: it keeps its row in the overview, with the reason. */
	public static ApplicationSummary unreadable(int serial, String file, String reason) {
		ApplicationSummary summary = new ApplicationSummary(serial, file);
		summary.loadError = reason;
		return summary;
	}

	private void extract() {
		if (edition == null) {
			return;
		}
		summary.kind = Labels.literal(edition.getKind());
		summary.dataYears = List.copyOf(edition.getDataYears());
		summary.minOutput = number(KeyIndicator.OUTPUT.threshold(edition));
		summary.minSmeShare = number(KeyIndicator.SME_SHARE.threshold(edition));
		summary.minLeadingShare = number(KeyIndicator.LEADING_SHARE.threshold(edition));
		summary.minAverageGrowth = number(KeyIndicator.AVERAGE_GROWTH.threshold(edition));
		if (document instanceof Application application) {
			application(application);
		} else if (document instanceof CompetitionReport report) {
			competition(report);
		}
	}

	private void application(Application a) {
		Region region = a.getRegion();
		if (region != null) {
			summary.region = join(region.getProvince(), region.getCity(), region.getCounty());
		}
		indicators();
		if (a.getReview() != null && asks(Literals.APPLICATION__REVIEW)) {
			AttainmentTable table = AttainmentTable.of(a.getReview());
			summary.met = table.metCount();
			summary.unmet = table.unmetCount();
			summary.missing = table.missingCount();
		}
	}

	private void competition(CompetitionReport r) {
		summary.region = r.getGeographicScope();
		indicators();
		ClusterLibraries libraries = r.getLibraries();
		if (libraries != null && asks(Literals.COMPETITION_REPORT__LIBRARIES)) {
			summary.put(LibraryCount.EXISTING, libraries.getExisting().size());
			summary.put(LibraryCount.ABOVE_SCALE, libraries.countExisting(EnterpriseMark.ABOVE_SCALE));
			summary.put(LibraryCount.LISTED, libraries.countExisting(EnterpriseMark.LISTED));
			summary.put(LibraryCount.HIGH_TECH, libraries.countExisting(EnterpriseMark.HIGH_TECH));
			summary.put(LibraryCount.LITTLE_GIANT, libraries.countExisting(EnterpriseMark.LITTLE_GIANT));
			summary.put(LibraryCount.SINGLE_CHAMPION, libraries.countExisting(EnterpriseMark.SINGLE_CHAMPION));
			summary.put(LibraryCount.PROSPECTIVE, libraries.getProspective().size());
			summary.put(LibraryCount.UNDER_CONSTRUCTION, libraries.getUnderConstruction().size());
			summary.put(LibraryCount.PLANNED, libraries.getPlanned().size());
		}
	}

	/** The key indicators as the model reads them (entered, else derived; rounded as the forms keep them). */
	private void indicators() {
		KeyIndicators key = KeyIndicators.of(document);
		for (Indicator indicator : Indicator.values()) {
			if (indicator.yearly()) {
				key.byYear(indicator.key()).forEach((year, value) -> summary.put(indicator, year, number(value)));
			} else {
				summary.put(indicator, null, number(key.single(indicator.key())));
			}
		}
	}

	private boolean asks(EStructuralFeature feature) {
		return edition.hasField(feature);
	}

	/** Rounded to the two decimals the forms keep. */
	static Double number(BigDecimal value) {
		return value == null ? null : DecimalMath.round2(value).doubleValue();
	}

	private static String join(String... parts) {
		StringBuilder sb = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				sb.append(part.trim());
			}
		}
		return sb.isEmpty() ? null : sb.toString();
	}
}
