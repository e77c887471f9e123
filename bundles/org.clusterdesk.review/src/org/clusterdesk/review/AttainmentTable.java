/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.PlanDirection;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.derived.EditionFigures;

/**
 * The re-review completion table (复核申报表 八、三、发展成效) as a reviewer reads it: per indicator of the earlier
 * plan its baseline, target and achieved value, the attainment in percent and whether the target was met. A view
 * over the model: met and attainment come from {@link CompletionIndicator#met()} and
 * {@link CompletionIndicator#attainment()}, so the table, rule P10, the exporters and the editor never disagree.
 */
public final class AttainmentTable {

	/** What a row says about its target. */
	public enum Status {

		/** Achieved at or above the target; for a reduction at or below it. */
		MET,

		/** The target was missed. */
		NOT_MET,

		/** The achieved value (or the target) is missing, so nothing can be said: rule P10 reports it. */
		MISSING,

		/** A qualitative indicator without figures: judged by reading its description, not counted. */
		QUALITATIVE
	}

	/**
	 * One indicator of the completion table.
	 *
	 * @param indicator  the model object (for jumping to it)
	 * @param direction  方向 (主导产业, 创新, …)
	 * @param name       指标 as the filer named it
	 * @param unit       单位
	 * @param reduction  whether lower is better (CO2, energy per output)
	 * @param baseline   基准值
	 * @param target     目标值
	 * @param achieved   完成值, null when not given
	 * @param attainment achieved / target × 100 (target / achieved × 100 for a reduction), rounded HALF_UP to two
	 *                   decimals; null when a value is missing or a divisor is zero
	 * @param met        whether the target was met; null when a value is missing
	 * @param status     the row's verdict
	 */
	public record Row(CompletionIndicator indicator, PlanDirection direction, String name, Unit unit, boolean reduction,
			BigDecimal baseline, BigDecimal target, BigDecimal achieved, BigDecimal attainment, Boolean met, Status status) {
	}

	private static final AttainmentTable EMPTY = new AttainmentTable(null, null, List.of());

	private final Integer baselineYear;

	private final Integer targetYear;

	private final List<Row> rows;

	private AttainmentTable(Integer baselineYear, Integer targetYear, List<Row> rows) {
		this.baselineYear = baselineYear;
		this.targetYear = targetYear;
		this.rows = rows;
	}

	/** The table of a re-review section; an empty table for null. */
	public static AttainmentTable of(ReviewSection review) {
		if (review == null) {
			return EMPTY;
		}
		List<Row> rows = new ArrayList<>();
		for (CompletionIndicator c : review.getCompletion()) {
			Boolean met = c.met();
			Status status;
			if (met != null) {
				status = met ? Status.MET : Status.NOT_MET;
			} else {
				// P10 asks no achieved value of a qualitative indicator
				status = c.getKind() == PlanIndicatorKind.QUALITATIVE ? Status.QUALITATIVE : Status.MISSING;
			}
			rows.add(new Row(c, c.getDirection(), c.getName(), c.getUnit(), c.isReduction(), c.getBaseline(), c.getTarget(),
					c.getAchieved(), DecimalMath.round2(c.attainment()), met, status));
		}
		Integer from = review.getBaselineYear();
		Integer to = review.getTargetYear();
		if (from == null || to == null) {
			Edition edition = EditionFigures.editionOf(review);
			if (edition != null) {
				from = from != null ? from : edition.getReviewBaselineYear();
				to = to != null ? to : edition.getReviewTargetYear();
			}
		}
		return new AttainmentTable(from, to, List.copyOf(rows));
	}

	/** The indicators in the order of the form. */
	public List<Row> rows() {
		return rows;
	}

	/** The baseline year of the table (2022 in the national re-review), or null when neither table nor edition says. */
	public Integer baselineYear() {
		return baselineYear;
	}

	/** The target year, which is also the year of the achieved values (2025). */
	public Integer targetYear() {
		return targetYear;
	}

	public int size() {
		return rows.size();
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	public int metCount() {
		return count(Status.MET);
	}

	public int unmetCount() {
		return count(Status.NOT_MET);
	}

	/** Quantitative indicators without an achieved value or target: nothing can be said about them. */
	public int missingCount() {
		return count(Status.MISSING);
	}

	public int qualitativeCount() {
		return count(Status.QUALITATIVE);
	}

	/** The rows whose target was missed, as rule P10 lists them. */
	public List<Row> unmet() {
		return rows.stream().filter(r -> r.status() == Status.NOT_MET).toList();
	}

	private int count(Status status) {
		int n = 0;
		for (Row row : rows) {
			if (row.status() == status) {
				n++;
			}
		}
		return n;
	}
}
