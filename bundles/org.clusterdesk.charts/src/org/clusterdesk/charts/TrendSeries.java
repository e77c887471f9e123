/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.indicators.KeyIndicator;
import org.clusterdesk.model.indicators.KeyIndicators;

/**
 * One trend chart's data: an indicator's values over the edition's data years and, where the edition sets one, the
 * recognition threshold the values are held against.
 *
 * @param indicator the indicator; its label is the chart's title
 * @param years     the edition's data years, the category axis (a year without a value stays on the axis, empty)
 * @param values    year → value (rounded as the forms keep it); years without a value are absent
 * @param threshold the recognition threshold (认定标准), or null
 * @param source    the row the values are read from (to go to from the chart), or null
 */
public record TrendSeries(KeyIndicator indicator, List<Integer> years, Map<Integer, BigDecimal> values, BigDecimal threshold,
		KeyIndicators.Source source) {

	public TrendSeries {
		years = List.copyOf(years);
		values = Map.copyOf(values);
	}

	/** A series not read from a document (no row to go to). */
	public TrendSeries(KeyIndicator indicator, List<Integer> years, Map<Integer, BigDecimal> values, BigDecimal threshold) {
		this(indicator, years, values, threshold, null);
	}

	/** An amount (output, revenue, trade): drawn as bars; rates and ratios are drawn as lines. */
	public boolean amount() {
		return switch (indicator) {
		case OUTPUT, FDI, EXPORTS, REVENUE, PROFIT, TAX -> true;
		default -> false;
		};
	}

	/** Years whose value falls short of the threshold ({@link KeyIndicator#fallsShort}). */
	public List<Integer> belowThreshold() {
		if (threshold == null) {
			return List.of();
		}
		return years.stream().filter(y -> values.get(y) != null)
				.filter(y -> indicator.fallsShort(values.get(y).doubleValue(), threshold.doubleValue())).toList();
	}
}
