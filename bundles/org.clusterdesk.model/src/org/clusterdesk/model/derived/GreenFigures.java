/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.GreenSection;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyDecimal;

/** Derived values of section 五 绿色化转型情况 (D07). */
public final class GreenFigures {

	private GreenFigures() {
	}

	/** D07: 近三年单位产值能耗降低率 = (e_first − e_last) / e_first × 100. */
	public static BigDecimal energyReduction(GreenSection section) {
		return reduction(section.getEnergyPerOutput());
	}

	/** D07 for 单位产值二氧化碳排放量. */
	public static BigDecimal co2Reduction(GreenSection section) {
		return reduction(section.getCo2PerOutput());
	}

	static BigDecimal reduction(YearlyDecimal series) {
		if (series == null) {
			return null;
		}
		List<YearDecimal> values = series.getValues();
		if (values.size() < 2) {
			return null;
		}
		BigDecimal first = values.get(0).getValue();
		BigDecimal last = values.get(values.size() - 1).getValue();
		if (first == null || last == null) {
			return null;
		}
		return DecimalMath.percent(first.subtract(last, DecimalMath.SUM_CONTEXT), first);
	}
}
