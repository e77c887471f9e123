/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.indicators;

import java.math.BigDecimal;

import org.clusterdesk.model.Edition;
import org.clusterdesk.model.PlanRules;
import org.clusterdesk.model.RecognitionCriteria;

/**
 * The key indicators a reviewer compares and charts: what the batch overview lists and the editor's overview draws.
 * Labels carry the unit as the forms print it.
 */
public enum KeyIndicator {

	OUTPUT(Messages.Indicator_output, true, false),
	OUTPUT_GROWTH(Messages.Indicator_outputGrowth, true, false),
	AVERAGE_GROWTH(Messages.Indicator_averageGrowth, false, false),
	SME_SHARE(Messages.Indicator_smeShare, true, false),
	LEADING_SHARE(Messages.Indicator_leadingShare, true, false),
	RD_INTENSITY(Messages.Indicator_rdIntensity, true, false),
	RD_GROWTH(Messages.Indicator_rdGrowth, true, false),
	PATENTS_PER_10K(Messages.Indicator_patentsPer10k, false, false),
	IIOT_PENETRATION(Messages.Indicator_iiotPenetration, true, false),
	CLOUD_RATIO(Messages.Indicator_cloudRatio, true, false),
	CO2_PER_OUTPUT(Messages.Indicator_co2PerOutput, true, true),
	ENERGY_PER_OUTPUT(Messages.Indicator_energyPerOutput, true, true),
	FDI(Messages.Indicator_fdi, true, false),
	EXPORTS(Messages.Indicator_exports, true, false),
	REVENUE(Messages.Indicator_revenue, true, false),
	PROFIT(Messages.Indicator_profit, true, false),
	TAX(Messages.Indicator_tax, true, false);

	private final String label;

	private final boolean yearly;

	private final boolean lowerIsBetter;

	KeyIndicator(String label, boolean yearly, boolean lowerIsBetter) {
		this.label = label;
		this.yearly = yearly;
		this.lowerIsBetter = lowerIsBetter;
	}

	/** The indicator as the forms word it, with its unit. */
	public String label() {
		return label;
	}

	/** One value per data year; otherwise one value per document (e.g. the average growth over the years). */
	public boolean yearly() {
		return yearly;
	}

	/** A reduction indicator (emissions, energy): less is better. */
	public boolean lowerIsBetter() {
		return lowerIsBetter;
	}

	/**
	 * The recognition threshold (认定标准) the edition holds the indicator against, or null: the criteria's minimum
	 * output, SME share and leading-industry share, and for the average growth the growth the plan must promise.
	 */
	public BigDecimal threshold(Edition edition) {
		RecognitionCriteria criteria = edition == null ? null : edition.getCriteria();
		PlanRules rules = edition == null ? null : edition.getPlanRules();
		return switch (this) {
		case OUTPUT -> criteria == null ? null : criteria.getMinOutput();
		case SME_SHARE -> criteria == null ? null : criteria.getMinSmeShare();
		case LEADING_SHARE -> criteria == null ? null : criteria.getMinLeadingIndustryShare();
		case AVERAGE_GROWTH -> rules == null ? null : rules.getOutputAverageGrowthMin();
		default -> null;
		};
	}

	/**
	 * Whether a value falls short of its threshold: below it, or for the leading industry also at it (it must exceed
	 * its share, 大于70%), as rule, overview and charts all judge it.
	 */
	public boolean fallsShort(double value, double threshold) {
		return this == LEADING_SHARE ? value <= threshold : value < threshold;
	}
}
