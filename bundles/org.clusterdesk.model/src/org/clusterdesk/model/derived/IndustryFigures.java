/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyDecimal;

/** Derived values of section 二 主导产业情况 (D01–D03). */
public final class IndustryFigures {

	private IndustryFigures() {
	}

	/** D03: 集群总产值 × 主导产业占比 / 100, in 亿元. */
	public static BigDecimal leadingIndustryOutput(IndustrySection section, int year) {
		BigDecimal total = SeriesFigures.valueOrNull(section.getTotalOutput(), year);
		BigDecimal share = SeriesFigures.valueOrNull(section.getLeadingIndustryShare(), year);
		if (total == null || share == null) {
			return null;
		}
		return total.multiply(share, DecimalMath.CONTEXT).divide(DecimalMath.HUNDRED, DecimalMath.CONTEXT);
	}

	/** D03: growth of the leading-industry output against the year before. */
	public static BigDecimal leadingIndustryOutputGrowth(IndustrySection section, int year) {
		return DecimalMath.growth(leadingIndustryOutput(section, year - 1), leadingIndustryOutput(section, year));
	}

	/** D02: geometric mean of the entered yearly growth rates of the leading industry. */
	public static BigDecimal leadingIndustryAverageGrowth(IndustrySection section) {
		YearlyDecimal growth = SeriesFigures.readable(section.getLeadingIndustryGrowth());
		if (growth == null || growth.getValues().isEmpty()) {
			return null;
		}
		List<BigDecimal> rates = new ArrayList<>();
		for (YearDecimal v : growth.getValues()) {
			rates.add(v.getValue());
		}
		return DecimalMath.geometricMeanGrowth(rates);
	}

	public static BigDecimal fdiGrowth(IndustrySection section, int year) {
		YearlyDecimal fdi = SeriesFigures.readable(section.getFdi());
		return fdi == null ? null : SeriesFigures.growth(fdi, year);
	}

	public static BigDecimal exportGrowth(IndustrySection section, int year) {
		YearlyDecimal exports = SeriesFigures.readable(section.getExports());
		return exports == null ? null : SeriesFigures.growth(exports, year);
	}

	/** D02 from the output values: average yearly growth of 集群总产值 from the first to the last year. */
	public static BigDecimal outputAverageGrowth(IndustrySection section) {
		YearlyDecimal output = SeriesFigures.readable(section.getTotalOutput());
		return output == null ? null : SeriesFigures.averageGrowth(output);
	}
}
