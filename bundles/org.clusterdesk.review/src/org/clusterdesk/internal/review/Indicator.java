/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.clusterdesk.model.indicators.KeyIndicator;

/**
 * The key indicators of the overview, in column order: what a reviewer compares across applications. Yearly
 * indicators get one column per year; the ranked ones also a rank column (on the latest data year of each edition).
 */
public enum Indicator {

	OUTPUT(KeyIndicator.OUTPUT, Rank.HIGHER_FIRST, Messages.Rank_output),
	OUTPUT_GROWTH(KeyIndicator.OUTPUT_GROWTH, null, null),
	AVERAGE_GROWTH(KeyIndicator.AVERAGE_GROWTH, Rank.HIGHER_FIRST, Messages.Rank_averageGrowth),
	SME_SHARE(KeyIndicator.SME_SHARE, null, null),
	LEADING_SHARE(KeyIndicator.LEADING_SHARE, null, null),
	RD_INTENSITY(KeyIndicator.RD_INTENSITY, Rank.HIGHER_FIRST, Messages.Rank_rdIntensity),
	RD_GROWTH(KeyIndicator.RD_GROWTH, null, null),
	PATENTS_PER_10K(KeyIndicator.PATENTS_PER_10K, Rank.HIGHER_FIRST, Messages.Rank_patentsPer10k),
	IIOT_PENETRATION(KeyIndicator.IIOT_PENETRATION, Rank.HIGHER_FIRST, Messages.Rank_iiotPenetration),
	CLOUD_RATIO(KeyIndicator.CLOUD_RATIO, null, null),
	CO2_PER_OUTPUT(KeyIndicator.CO2_PER_OUTPUT, null, null),
	ENERGY_PER_OUTPUT(KeyIndicator.ENERGY_PER_OUTPUT, Rank.LOWER_FIRST, Messages.Rank_energyPerOutput),
	FDI(KeyIndicator.FDI, null, null),
	EXPORTS(KeyIndicator.EXPORTS, null, null),
	REVENUE(KeyIndicator.REVENUE, null, null),
	PROFIT(KeyIndicator.PROFIT, null, null),
	TAX(KeyIndicator.TAX, null, null);

	/** Which end of a ranked indicator is first. */
	public enum Rank {
		HIGHER_FIRST, LOWER_FIRST
	}

	private final KeyIndicator key;

	private final Rank rank;

	private final String rankLabel;

	Indicator(KeyIndicator key, Rank rank, String rankLabel) {
		this.key = key;
		this.rank = rank;
		this.rankLabel = rankLabel;
	}

	/** The column header, with its unit. */
	public String label() {
		return key.label();
	}

	/** The indicator as the model reads it. */
	public KeyIndicator key() {
		return key;
	}

	/** One value per data year (else one value per application). */
	public boolean yearly() {
		return key.yearly();
	}

	/** How it is ranked, or null when it is not. */
	public Rank rank() {
		return rank;
	}

	public String rankLabel() {
		return rankLabel;
	}
}
