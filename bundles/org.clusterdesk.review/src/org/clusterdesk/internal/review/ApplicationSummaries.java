/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.DigitalSection;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.EconomicIndicators;
import org.clusterdesk.model.EnterpriseMark;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.GreenSection;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.InnovationIndicators;
import org.clusterdesk.model.InnovationSection;
import org.clusterdesk.model.PlanRules;
import org.clusterdesk.model.RecognitionCriteria;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.derived.EligibilityFigures;
import org.clusterdesk.model.forms.Completeness;
import org.clusterdesk.review.AttainmentTable;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads the key indicators of one document into an {@link ApplicationSummary}. Entered values come first; a value
 * the form derives (growth, ratios, per-10 000 figures) is computed from its inputs where it was not entered. Only
 * rows the document's edition asks count, so figures left over in a file (e.g. a re-review copied from an
 * application) never show up. Values are rounded HALF_UP to the two decimals the forms keep, so that what a reviewer
 * sees is what ranks and highlighting compare.
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
		RecognitionCriteria criteria = edition.getCriteria();
		if (criteria != null) {
			summary.minOutput = number(criteria.getMinOutput());
			summary.minSmeShare = number(criteria.getMinSmeShare());
			summary.minLeadingShare = number(criteria.getMinLeadingIndustryShare());
		}
		PlanRules rules = edition.getPlanRules();
		if (rules != null) {
			// the growth the plan must promise is the bar a reviewer holds the past growth against
			summary.minAverageGrowth = number(rules.getOutputAverageGrowthMin());
		}
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
		IndustrySection industry = a.getIndustry();
		if (industry != null) {
			if (asks(Literals.INDUSTRY_SECTION__TOTAL_OUTPUT) && industry.getTotalOutput() != null) {
				YearlyDecimal output = industry.getTotalOutput();
				yearly(Indicator.OUTPUT, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT, output::valueOf);
				yearly(Indicator.OUTPUT_GROWTH, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT, output::growth);
				summary.put(Indicator.AVERAGE_GROWTH, null, number(industry.outputAverageGrowth()));
			}
			entered(Indicator.SME_SHARE, Literals.INDUSTRY_SECTION__SME_OUTPUT_SHARE, industry.getSmeOutputShare());
			entered(Indicator.LEADING_SHARE, Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE, industry.getLeadingIndustryShare());
			entered(Indicator.FDI, Literals.INDUSTRY_SECTION__FDI, industry.getFdi());
			entered(Indicator.EXPORTS, Literals.INDUSTRY_SECTION__EXPORTS, industry.getExports());
		}
		InnovationSection innovation = a.getInnovation();
		if (innovation != null) {
			entered(Indicator.RD_INTENSITY, Literals.INNOVATION_SECTION__RD_INTENSITY, innovation.getRdIntensity());
			derived(Indicator.RD_GROWTH, Literals.INNOVATION_SECTION__RD_GROWTH, innovation.getRdGrowth(),
					Literals.INNOVATION_SECTION__RD_EXPENDITURE, innovation::computedRdGrowth);
			BigDecimal per10k = asks(Literals.INNOVATION_SECTION__PATENTS_PER10K) ? innovation.getPatentsPer10k() : null;
			if (per10k == null && asks(Literals.INNOVATION_SECTION__VALID_INVENTION_PATENTS) && asks(Literals.INNOVATION_SECTION__SME_EMPLOYEES)) {
				per10k = innovation.computedPatentsPer10k();
			}
			summary.put(Indicator.PATENTS_PER_10K, null, number(per10k));
		}
		DigitalSection digital = a.getDigital();
		if (digital != null) {
			derived(Indicator.IIOT_PENETRATION, Literals.DIGITAL_SECTION__IIOT_PENETRATION, digital.getIiotPenetration(),
					Literals.DIGITAL_SECTION__IIOT_SMES, digital::computedIiotPenetration);
			derived(Indicator.CLOUD_RATIO, Literals.DIGITAL_SECTION__CLOUD_RATIO, digital.getCloudRatio(), Literals.DIGITAL_SECTION__CLOUD_SMES,
					digital::computedCloudRatio);
		}
		GreenSection green = a.getGreen();
		if (green != null) {
			entered(Indicator.CO2_PER_OUTPUT, Literals.GREEN_SECTION__CO2_PER_OUTPUT, green.getCo2PerOutput());
			entered(Indicator.ENERGY_PER_OUTPUT, Literals.GREEN_SECTION__ENERGY_PER_OUTPUT, green.getEnergyPerOutput());
		}
		if (a.getReview() != null && asks(Literals.APPLICATION__REVIEW)) {
			AttainmentTable table = AttainmentTable.of(a.getReview());
			summary.met = table.metCount();
			summary.unmet = table.unmetCount();
			summary.missing = table.missingCount();
		}
	}

	private void competition(CompetitionReport r) {
		summary.region = r.getGeographicScope();
		EconomicIndicators economy = r.getEconomy();
		if (economy != null) {
			YearlyDecimal output = asks(Literals.ECONOMIC_INDICATORS__OUTPUT) ? economy.getOutput() : null;
			if (output != null) {
				yearly(Indicator.OUTPUT, Literals.ECONOMIC_INDICATORS__OUTPUT, output::valueOf);
				yearly(Indicator.OUTPUT_GROWTH, Literals.ECONOMIC_INDICATORS__OUTPUT, output::growth);
				summary.put(Indicator.AVERAGE_GROWTH, null, number(output.averageGrowth()));
			}
			entered(Indicator.SME_SHARE, Literals.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE, economy.getSmeOutputShare());
			entered(Indicator.REVENUE, Literals.ECONOMIC_INDICATORS__REVENUE, economy.getRevenue());
			entered(Indicator.PROFIT, Literals.ECONOMIC_INDICATORS__PROFIT, economy.getProfit());
			entered(Indicator.TAX, Literals.ECONOMIC_INDICATORS__TAX, economy.getTax());
		}
		InnovationIndicators innovation = r.getInnovation();
		if (innovation != null) {
			derived(Indicator.RD_INTENSITY, Literals.INNOVATION_INDICATORS__RD_REVENUE_SHARE, innovation.getRdRevenueShare(),
					Literals.INNOVATION_INDICATORS__RD_EXPENDITURE, innovation::computedRdRevenueShare);
			YearlyDecimal expenditure = innovation.getRdExpenditure();
			derived(Indicator.RD_GROWTH, Literals.INNOVATION_INDICATORS__RD_GROWTH, innovation.getRdGrowth(),
					Literals.INNOVATION_INDICATORS__RD_EXPENDITURE, y -> expenditure == null ? null : expenditure.growth(y));
		}
		if (r.getGreen() != null) {
			entered(Indicator.CO2_PER_OUTPUT, Literals.GREEN_INDICATORS__CO2_PER_OUTPUT, r.getGreen().getCo2PerOutput());
		}
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

	/** A yearly row as entered. */
	private void entered(Indicator indicator, EStructuralFeature feature, YearlyDecimal series) {
		if (series != null && asks(feature)) {
			yearly(indicator, feature, series::valueOf);
		}
	}

	/** A yearly row as entered, else computed from the row it derives from where the form asks that one. */
	private void derived(Indicator indicator, EStructuralFeature feature, YearlyDecimal entered, EStructuralFeature input,
			IntFunction<BigDecimal> computed) {
		boolean asksEntered = asks(feature);
		boolean asksInput = asks(input);
		if (!asksEntered && !asksInput) {
			return;
		}
		yearly(indicator, asksEntered ? feature : input, year -> {
			BigDecimal value = asksEntered && entered != null ? entered.valueOf(year) : null;
			return value == null && asksInput ? computed.apply(year) : value;
		});
	}

	/** The values of the years the row shows: every data year, or only the last where the edition asks one value. */
	private void yearly(Indicator indicator, EStructuralFeature feature, IntFunction<BigDecimal> value) {
		List<Integer> years = edition.getDataYears();
		FormRow row = edition.rowFor(feature);
		if (row != null && row.isLastYearOnly() && !years.isEmpty()) {
			years = List.of(years.get(years.size() - 1));
		}
		for (int year : years) {
			summary.put(indicator, year, number(value.apply(year)));
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
