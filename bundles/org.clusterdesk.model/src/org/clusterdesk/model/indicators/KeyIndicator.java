/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.indicators;

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
}
