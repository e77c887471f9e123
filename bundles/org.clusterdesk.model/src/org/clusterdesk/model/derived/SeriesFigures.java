/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

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

	/**
	 * Whether a series holds a year its document's edition does not ask for: a table filled for other years (2021–2023
	 * where 2022–2024 is required). Its values cannot be read by year — the 2023 entered there is not the form's 2023 —
	 * so no derived value is computed from it; rule G11 reports the table once. False for a series outside a document
	 * or in a document of unknown edition.
	 */
	public static boolean offEditionYears(EObject series) {
		if (series == null || !(EcoreUtil.getRootContainer(series) instanceof ClusterDocument document)) {
			return false;
		}
		Edition edition = document.getEdition();
		if (edition == null || edition.getDataYears().isEmpty()) {
			return false;
		}
		List<Integer> years = edition.getDataYears();
		List<Integer> held = series instanceof YearlyDecimal d ? years(d) : series instanceof YearlyCount c ? years(c) : List.of();
		return !years.containsAll(held);
	}

	/** Null-safe lookup used by the section figures: a missing row, or one filled for other years, has no value. */
	static BigDecimal valueOrNull(YearlyDecimal series, int year) {
		return series == null || offEditionYears(series) ? null : valueOf(series, year);
	}

	static BigDecimal valueOrNull(YearlyCount series, int year) {
		return series == null || offEditionYears(series) ? null : DecimalMath.of(valueOf(series, year));
	}

	/** The series when its years can be read (see {@link #offEditionYears(EObject)}), else null. */
	static YearlyDecimal readable(YearlyDecimal series) {
		return series == null || offEditionYears(series) ? null : series;
	}
}
