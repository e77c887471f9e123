/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

/**
 * The key indicators of the overview, in column order: what a reviewer compares across applications. Yearly
 * indicators get one column per year; the ranked ones also a rank column (on the latest data year of each edition).
 */
public enum Indicator {

	OUTPUT(Messages.Indicator_output, true, Rank.HIGHER_FIRST, Messages.Rank_output),
	OUTPUT_GROWTH(Messages.Indicator_outputGrowth, true, null, null),
	AVERAGE_GROWTH(Messages.Indicator_averageGrowth, false, Rank.HIGHER_FIRST, Messages.Rank_averageGrowth),
	SME_SHARE(Messages.Indicator_smeShare, true, null, null),
	LEADING_SHARE(Messages.Indicator_leadingShare, true, null, null),
	RD_INTENSITY(Messages.Indicator_rdIntensity, true, Rank.HIGHER_FIRST, Messages.Rank_rdIntensity),
	RD_GROWTH(Messages.Indicator_rdGrowth, true, null, null),
	PATENTS_PER_10K(Messages.Indicator_patentsPer10k, false, Rank.HIGHER_FIRST, Messages.Rank_patentsPer10k),
	IIOT_PENETRATION(Messages.Indicator_iiotPenetration, true, Rank.HIGHER_FIRST, Messages.Rank_iiotPenetration),
	CLOUD_RATIO(Messages.Indicator_cloudRatio, true, null, null),
	CO2_PER_OUTPUT(Messages.Indicator_co2PerOutput, true, null, null),
	ENERGY_PER_OUTPUT(Messages.Indicator_energyPerOutput, true, Rank.LOWER_FIRST, Messages.Rank_energyPerOutput),
	FDI(Messages.Indicator_fdi, true, null, null),
	EXPORTS(Messages.Indicator_exports, true, null, null),
	REVENUE(Messages.Indicator_revenue, true, null, null),
	PROFIT(Messages.Indicator_profit, true, null, null),
	TAX(Messages.Indicator_tax, true, null, null);

	/** Which end of a ranked indicator is first. */
	public enum Rank {
		HIGHER_FIRST, LOWER_FIRST
	}

	private final String label;

	private final boolean yearly;

	private final Rank rank;

	private final String rankLabel;

	Indicator(String label, boolean yearly, Rank rank, String rankLabel) {
		this.label = label;
		this.yearly = yearly;
		this.rank = rank;
		this.rankLabel = rankLabel;
	}

	/** The column header, with its unit. */
	public String label() {
		return label;
	}

	/** One value per data year (else one value per application). */
	public boolean yearly() {
		return yearly;
	}

	/** How it is ranked, or null when it is not. */
	public Rank rank() {
		return rank;
	}

	public String rankLabel() {
		return rankLabel;
	}
}
