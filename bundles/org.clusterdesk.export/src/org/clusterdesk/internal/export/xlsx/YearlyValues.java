/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.math.BigDecimal;

import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.derived.DecimalMath;

/** Reads the values of a yearly row (YearlyDecimal or YearlyCount and their competition subtypes) for a cell. */
final class YearlyValues {

	private YearlyValues() {
	}

	/** Whether a row's value is a yearly series. */
	static boolean isSeries(Object value) {
		return value instanceof YearlyDecimal || value instanceof YearlyCount;
	}

	/** The value of the year: BigDecimal, Integer or null. */
	static Object valueOf(Object series, int year) {
		if (series instanceof YearlyDecimal decimals) {
			return decimals.valueOf(year);
		}
		if (series instanceof YearlyCount counts) {
			return counts.valueOf(year);
		}
		return null;
	}

	/** The 增幅 as entered, else as computed from the two years (rounded as the forms keep it); null when neither. */
	static BigDecimal growth(Object series) {
		if (series instanceof ComparedDecimal compared) {
			return enteredOrComputed(compared.getGrowth(), compared.computedGrowth());
		}
		if (series instanceof ComparedCount compared) {
			return enteredOrComputed(compared.getGrowth(), compared.computedGrowth());
		}
		return null;
	}

	static String evidencePage(Object series) {
		if (series instanceof ComparedDecimal compared) {
			return compared.getEvidencePage();
		}
		if (series instanceof ComparedCount compared) {
			return compared.getEvidencePage();
		}
		return null;
	}

	static BigDecimal enteredOrComputed(BigDecimal entered, BigDecimal computed) {
		return entered != null ? entered : DecimalMath.round2(computed);
	}
}
