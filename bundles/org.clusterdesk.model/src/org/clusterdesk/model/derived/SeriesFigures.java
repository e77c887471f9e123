/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

/** Access and growth of yearly rows (D01, D02). Bodies of the operations of {@link YearlyDecimal} and {@link YearlyCount}. */
public final class SeriesFigures {

	private SeriesFigures() {
	}

	public static BigDecimal valueOf(YearlyDecimal series, int year) {
		for (YearDecimal v : series.getValues()) {
			if (v.getYear() == year) {
				return v.getValue();
			}
		}
		return null;
	}

	public static Integer valueOf(YearlyCount series, int year) {
		for (YearCount v : series.getValues()) {
			if (v.getYear() == year) {
				return v.getValue();
			}
		}
		return null;
	}

	/** Sets the value of a year, keeping the entries in year order. */
	public static void put(YearlyDecimal series, int year, BigDecimal value) {
		List<YearDecimal> values = series.getValues();
		int index = 0;
		for (YearDecimal v : values) {
			if (v.getYear() == year) {
				v.setValue(value);
				return;
			}
			if (v.getYear() > year) {
				break;
			}
			index++;
		}
		YearDecimal entry = ClusterDeskFactory.eINSTANCE.createYearDecimal();
		entry.setYear(year);
		entry.setValue(value);
		values.add(index, entry);
	}

	public static void put(YearlyCount series, int year, Integer value) {
		List<YearCount> values = series.getValues();
		int index = 0;
		for (YearCount v : values) {
			if (v.getYear() == year) {
				v.setValue(value);
				return;
			}
			if (v.getYear() > year) {
				break;
			}
			index++;
		}
		YearCount entry = ClusterDeskFactory.eINSTANCE.createYearCount();
		entry.setYear(year);
		entry.setValue(value);
		values.add(index, entry);
	}

	public static EList<Integer> years(YearlyDecimal series) {
		EList<Integer> years = new BasicEList<>();
		for (YearDecimal v : series.getValues()) {
			years.add(v.getYear());
		}
		return ECollections.unmodifiableEList(years);
	}

	public static EList<Integer> years(YearlyCount series) {
		EList<Integer> years = new BasicEList<>();
		for (YearCount v : series.getValues()) {
			years.add(v.getYear());
		}
		return ECollections.unmodifiableEList(years);
	}

	/** D01: growth of a year against the year before, in percent, unrounded. */
	public static BigDecimal growth(YearlyDecimal series, int year) {
		return DecimalMath.growth(valueOf(series, year - 1), valueOf(series, year));
	}

	public static BigDecimal growth(YearlyCount series, int year) {
		return DecimalMath.growth(DecimalMath.of(valueOf(series, year - 1)), DecimalMath.of(valueOf(series, year)));
	}

	/** D02 from values: (v_last / v_first)^(1/(n−1)) − 1 over the first and last entries, in percent. */
	public static BigDecimal averageGrowth(YearlyDecimal series) {
		List<YearDecimal> values = series.getValues();
		if (values.size() < 2) {
			return null;
		}
		YearDecimal first = values.get(0);
		YearDecimal last = values.get(values.size() - 1);
		return DecimalMath.averageGrowth(first.getValue(), last.getValue(), last.getYear() - first.getYear());
	}

	/** Null-safe lookup used by the section figures: a missing row has no value. */
	static BigDecimal valueOrNull(YearlyDecimal series, int year) {
		return series == null ? null : valueOf(series, year);
	}

	static BigDecimal valueOrNull(YearlyCount series, int year) {
		return series == null ? null : DecimalMath.of(valueOf(series, year));
	}
}
