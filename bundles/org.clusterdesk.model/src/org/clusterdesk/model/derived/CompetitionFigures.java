/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ImplementationTarget;
import org.clusterdesk.model.InnovationIndicators;
import org.clusterdesk.model.KeyProject;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyDecimal;

/** Derived values of the competition report: 增幅, 合计, R&D intensity, park ratios (D06, D08, D09, C11). */
public final class CompetitionFigures {

	private CompetitionFigures() {
	}

	/** D08: 增幅 = (last − first) / first × 100 over the row's two years. */
	public static BigDecimal growth(ComparedDecimal row) {
		List<YearDecimal> values = row.getValues();
		if (values.size() < 2) {
			return null;
		}
		return DecimalMath.growth(values.get(0).getValue(), values.get(values.size() - 1).getValue());
	}

	public static BigDecimal growth(ComparedCount row) {
		List<YearCount> values = row.getValues();
		if (values.size() < 2) {
			return null;
		}
		return DecimalMath.growth(DecimalMath.of(values.get(0).getValue()),
				DecimalMath.of(values.get(values.size() - 1).getValue()));
	}

	/** D08: 合计 of a top-10 table for a year. */
	public static BigDecimal total(RankingTable table, int year) {
		List<BigDecimal> values = new ArrayList<>();
		for (RankedEnterprise row : table.getRows()) {
			values.add(row.valueOf(year));
		}
		return DecimalMath.sum(values);
	}

	/** D08: 合计 of the key projects (万元). */
	public static BigDecimal keyProjectsTotal(CompetitionReport report) {
		List<BigDecimal> values = new ArrayList<>();
		for (KeyProject project : report.getKeyProjects()) {
			values.add(project.getInvestment());
		}
		return DecimalMath.sum(values);
	}

	/** D06: R&D expenditure / revenue × 100, both in 亿元 (2.4 against 2.1). */
	public static BigDecimal rdRevenueShare(InnovationIndicators innovation, int year) {
		if (!(innovation.eContainer() instanceof CompetitionReport report) || report.getEconomy() == null) {
			return null;
		}
		return DecimalMath.percent(SeriesFigures.valueOrNull(innovation.getRdExpenditure(), year),
				SeriesFigures.valueOrNull(report.getEconomy().getRevenue(), year));
	}

	/** 总额增幅 of a park row: growth of the park total between the two years. */
	public static BigDecimal parkGrowth(ParkIndicator indicator) {
		YearlyDecimal total = indicator.getParkTotal();
		if (total == null || total.getValues().size() < 2) {
			return null;
		}
		List<YearDecimal> values = total.getValues();
		return DecimalMath.growth(values.get(0).getValue(), values.get(values.size() - 1).getValue());
	}

	/** C11/D09: 投资强度 = the park's fixed investment (亿元 → 万元) / its developed area (亩), in 万元/亩. */
	public static BigDecimal investmentIntensity(Park park, int year) {
		return perMu(park.getFixedInvestment(), park.getDevelopedArea(), year);
	}

	/** C11/D09: 亩均税收 = the park's tax (亿元 → 万元) / its developed area (亩), in 万元/亩. */
	public static BigDecimal taxPerMu(Park park, int year) {
		return perMu(park.getTax(), park.getDevelopedArea(), year);
	}

	/** The form prints 园区开发面积, 投资强度 and 亩均税收 for the park as a whole, one cell per year. */
	private static BigDecimal perMu(ParkIndicator amount, YearlyDecimal area, int year) {
		if (amount == null || area == null) {
			return null;
		}
		BigDecimal yiYuan = SeriesFigures.valueOrNull(amount.getParkTotal(), year);
		BigDecimal mu = SeriesFigures.valueOrNull(area, year);
		return DecimalMath.divide(UnitConversion.yiToWan(yiYuan), mu);
	}

	public static BigDecimal targetFor(ImplementationTarget target, int year) {
		for (YearDecimal v : target.getTargets()) {
			if (v.getYear() == year) {
				return v.getValue();
			}
		}
		return null;
	}
}
