/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.indicators;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.DigitalSection;
import org.clusterdesk.model.EconomicIndicators;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.GreenSection;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.InnovationIndicators;
import org.clusterdesk.model.InnovationSection;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.derived.DecimalMath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The key indicators of one document, read once. Entered values come first; a value the form derives (growth,
 * ratios, per-10 000 figures) is computed from its inputs where it was not entered. Only rows the document's edition
 * asks count, so figures left over in a file (e.g. a re-review copied from an application) never show up. Values are
 * rounded HALF_UP to the two decimals the forms keep, so that what a reviewer sees is what ranks and charts compare.
 */
public final class KeyIndicators {

	/** The key of a single-valued indicator in {@link #values}. */
	private static final int SINGLE = 0;

	private final Edition edition;

	private final Map<KeyIndicator, SortedMap<Integer, BigDecimal>> values = new EnumMap<>(KeyIndicator.class);

	private final Map<KeyIndicator, Source> sources = new EnumMap<>(KeyIndicator.class);

	/** The section object being read: the owner of the rows read now. */
	private EObject reading;

	/**
	 * Where an indicator comes from in the document: the row a user fills in (or the one it is computed from), to go
	 * to from a chart or an overview cell.
	 *
	 * @param owner   the section object (e.g. the document's IndustrySection)
	 * @param feature the row's feature in it
	 */
	public record Source(EObject owner, EStructuralFeature feature) {
	}

	private KeyIndicators(Edition edition) {
		this.edition = edition;
	}

	/** The key indicators of a document; none when it has no edition. */
	public static KeyIndicators of(ClusterDocument document) {
		KeyIndicators indicators = new KeyIndicators(document.getEdition());
		if (indicators.edition != null) {
			if (document instanceof Application application) {
				indicators.application(application);
			} else if (document instanceof CompetitionReport report) {
				indicators.competition(report);
			}
		}
		return indicators;
	}

	/** Whether the document has any value of the indicator. */
	public boolean has(KeyIndicator indicator) {
		return values.containsKey(indicator);
	}

	/** Year → value of a yearly indicator, in year order; empty when none (or the indicator is not yearly). */
	public SortedMap<Integer, BigDecimal> byYear(KeyIndicator indicator) {
		SortedMap<Integer, BigDecimal> byYear = indicator.yearly() ? values.get(indicator) : null;
		return byYear == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(byYear);
	}

	/** The value of a single-valued indicator (e.g. average growth), or null. */
	public BigDecimal single(KeyIndicator indicator) {
		SortedMap<Integer, BigDecimal> byYear = indicator.yearly() ? null : values.get(indicator);
		return byYear == null ? null : byYear.get(SINGLE);
	}

	/** The row an indicator is read from (entered, else the input it is computed from), or null when it has no value. */
	public Source source(KeyIndicator indicator) {
		return values.containsKey(indicator) ? sources.get(indicator) : null;
	}

	/** The data years of the document's edition (what a chart's axis shows even where a year is empty). */
	public List<Integer> dataYears() {
		return edition == null ? List.of() : List.copyOf(edition.getDataYears());
	}

	private void application(Application a) {
		IndustrySection industry = a.getIndustry();
		if (industry != null) {
			reading = industry;
			if (asks(Literals.INDUSTRY_SECTION__TOTAL_OUTPUT) && industry.getTotalOutput() != null) {
				YearlyDecimal output = industry.getTotalOutput();
				yearly(KeyIndicator.OUTPUT, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT, output::valueOf);
				yearly(KeyIndicator.OUTPUT_GROWTH, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT, output::growth);
				put(KeyIndicator.AVERAGE_GROWTH, SINGLE, industry.outputAverageGrowth());
				sources.put(KeyIndicator.AVERAGE_GROWTH, new Source(industry, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT));
			}
			entered(KeyIndicator.SME_SHARE, Literals.INDUSTRY_SECTION__SME_OUTPUT_SHARE, industry.getSmeOutputShare());
			entered(KeyIndicator.LEADING_SHARE, Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE, industry.getLeadingIndustryShare());
			entered(KeyIndicator.FDI, Literals.INDUSTRY_SECTION__FDI, industry.getFdi());
			entered(KeyIndicator.EXPORTS, Literals.INDUSTRY_SECTION__EXPORTS, industry.getExports());
		}
		InnovationSection innovation = a.getInnovation();
		if (innovation != null) {
			reading = innovation;
			entered(KeyIndicator.RD_INTENSITY, Literals.INNOVATION_SECTION__RD_INTENSITY, innovation.getRdIntensity());
			derived(KeyIndicator.RD_GROWTH, Literals.INNOVATION_SECTION__RD_GROWTH, innovation.getRdGrowth(),
					Literals.INNOVATION_SECTION__RD_EXPENDITURE, innovation::computedRdGrowth);
			BigDecimal per10k = asks(Literals.INNOVATION_SECTION__PATENTS_PER10K) ? innovation.getPatentsPer10k() : null;
			if (per10k == null && asks(Literals.INNOVATION_SECTION__VALID_INVENTION_PATENTS) && asks(Literals.INNOVATION_SECTION__SME_EMPLOYEES)) {
				per10k = innovation.computedPatentsPer10k();
			}
			put(KeyIndicator.PATENTS_PER_10K, SINGLE, per10k);
			sources.put(KeyIndicator.PATENTS_PER_10K, new Source(innovation, asks(Literals.INNOVATION_SECTION__PATENTS_PER10K)
					? Literals.INNOVATION_SECTION__PATENTS_PER10K : Literals.INNOVATION_SECTION__VALID_INVENTION_PATENTS));
		}
		DigitalSection digital = a.getDigital();
		if (digital != null) {
			reading = digital;
			derived(KeyIndicator.IIOT_PENETRATION, Literals.DIGITAL_SECTION__IIOT_PENETRATION, digital.getIiotPenetration(),
					Literals.DIGITAL_SECTION__IIOT_SMES, digital::computedIiotPenetration);
			derived(KeyIndicator.CLOUD_RATIO, Literals.DIGITAL_SECTION__CLOUD_RATIO, digital.getCloudRatio(), Literals.DIGITAL_SECTION__CLOUD_SMES,
					digital::computedCloudRatio);
		}
		GreenSection green = a.getGreen();
		if (green != null) {
			reading = green;
			entered(KeyIndicator.CO2_PER_OUTPUT, Literals.GREEN_SECTION__CO2_PER_OUTPUT, green.getCo2PerOutput());
			entered(KeyIndicator.ENERGY_PER_OUTPUT, Literals.GREEN_SECTION__ENERGY_PER_OUTPUT, green.getEnergyPerOutput());
		}
	}

	private void competition(CompetitionReport r) {
		EconomicIndicators economy = r.getEconomy();
		if (economy != null) {
			reading = economy;
			YearlyDecimal output = asks(Literals.ECONOMIC_INDICATORS__OUTPUT) ? economy.getOutput() : null;
			if (output != null) {
				yearly(KeyIndicator.OUTPUT, Literals.ECONOMIC_INDICATORS__OUTPUT, output::valueOf);
				yearly(KeyIndicator.OUTPUT_GROWTH, Literals.ECONOMIC_INDICATORS__OUTPUT, output::growth);
				put(KeyIndicator.AVERAGE_GROWTH, SINGLE, output.averageGrowth());
				sources.put(KeyIndicator.AVERAGE_GROWTH, new Source(economy, Literals.ECONOMIC_INDICATORS__OUTPUT));
			}
			entered(KeyIndicator.SME_SHARE, Literals.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE, economy.getSmeOutputShare());
			entered(KeyIndicator.REVENUE, Literals.ECONOMIC_INDICATORS__REVENUE, economy.getRevenue());
			entered(KeyIndicator.PROFIT, Literals.ECONOMIC_INDICATORS__PROFIT, economy.getProfit());
			entered(KeyIndicator.TAX, Literals.ECONOMIC_INDICATORS__TAX, economy.getTax());
		}
		InnovationIndicators innovation = r.getInnovation();
		if (innovation != null) {
			reading = innovation;
			derived(KeyIndicator.RD_INTENSITY, Literals.INNOVATION_INDICATORS__RD_REVENUE_SHARE, innovation.getRdRevenueShare(),
					Literals.INNOVATION_INDICATORS__RD_EXPENDITURE, innovation::computedRdRevenueShare);
			YearlyDecimal expenditure = innovation.getRdExpenditure();
			derived(KeyIndicator.RD_GROWTH, Literals.INNOVATION_INDICATORS__RD_GROWTH, innovation.getRdGrowth(),
					Literals.INNOVATION_INDICATORS__RD_EXPENDITURE, y -> expenditure == null ? null : expenditure.growth(y));
		}
		if (r.getGreen() != null) {
			reading = r.getGreen();
			entered(KeyIndicator.CO2_PER_OUTPUT, Literals.GREEN_INDICATORS__CO2_PER_OUTPUT, r.getGreen().getCo2PerOutput());
		}
	}

	/** A yearly row as entered. */
	private void entered(KeyIndicator indicator, EStructuralFeature feature, YearlyDecimal series) {
		if (series != null && asks(feature)) {
			yearly(indicator, feature, series::valueOf);
		}
	}

	/** A yearly row as entered, else computed from the row it derives from where the form asks that one. */
	private void derived(KeyIndicator indicator, EStructuralFeature feature, YearlyDecimal entered, EStructuralFeature input,
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
	private void yearly(KeyIndicator indicator, EStructuralFeature feature, IntFunction<BigDecimal> value) {
		List<Integer> years = edition.getDataYears();
		FormRow row = edition.rowFor(feature);
		if (row != null && row.isLastYearOnly() && !years.isEmpty()) {
			years = List.of(years.get(years.size() - 1));
		}
		for (int year : years) {
			put(indicator, year, value.apply(year));
		}
		sources.put(indicator, new Source(reading, feature));
	}

	private void put(KeyIndicator indicator, int key, BigDecimal value) {
		if (value != null) {
			values.computeIfAbsent(indicator, k -> new TreeMap<>()).put(key, DecimalMath.round2(value));
		}
	}

	private boolean asks(EStructuralFeature feature) {
		return edition.hasField(feature);
	}
}
