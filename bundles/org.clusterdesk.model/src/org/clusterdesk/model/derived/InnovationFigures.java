/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.InnovationSection;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearlyDecimal;

/** Derived values of section 三 创新能力情况 (D01, D02, D05). */
public final class InnovationFigures {

	private InnovationFigures() {
	}

	public static BigDecimal rdGrowth(InnovationSection section, int year) {
		YearlyDecimal rd = SeriesFigures.readable(section.getRdExpenditure());
		return rd == null ? null : SeriesFigures.growth(rd, year);
	}

	public static BigDecimal rdAverageGrowth(InnovationSection section) {
		YearlyDecimal rd = SeriesFigures.readable(section.getRdExpenditure());
		return rd == null ? null : SeriesFigures.averageGrowth(rd);
	}

	/**
	 * D05: 每万人有效发明专利拥有量 = valid invention patents / SME employees × 10 000. The patents are counted
	 * at the end of the last data year (说明 6), so the employees of the last year entered are used.
	 */
	public static BigDecimal patentsPer10k(InnovationSection section) {
		if (section.getValidInventionPatents() == null || section.getSmeEmployees() == null) {
			return null;
		}
		List<YearCount> employees = section.getSmeEmployees().getValues();
		if (employees.isEmpty()) {
			return null;
		}
		BigDecimal staff = DecimalMath.of(employees.get(employees.size() - 1).getValue());
		BigDecimal q = DecimalMath.divide(DecimalMath.of(section.getValidInventionPatents()), staff);
		return q == null ? null : q.multiply(DecimalMath.TEN_THOUSAND, DecimalMath.CONTEXT);
	}

	/** R&D staff / SME employees × 100 for a year (Jiangsu asks the share). */
	public static BigDecimal rdStaffShare(InnovationSection section, int year) {
		return DecimalMath.percent(SeriesFigures.valueOrNull(section.getRdStaff(), year),
				SeriesFigures.valueOrNull(section.getSmeEmployees(), year));
	}
}
