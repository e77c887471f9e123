/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.Project;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * C08 (E): projects of the 在建 and 拟建 libraries. The total investment is given and &gt; 0 (a negative one is reported here
 * only, not again under C06). The construction period runs forwards, and a start date — 开工时间 of a project under
 * construction, 拟开工时间 of a planned one — lies inside it. A planned project starts after the report: its 拟开工时间 is not
 * before the month of 申报时间 (months are all the form gives, so a start in the filing month is accepted); without a
 * filing date that is not checked. A period given in years only (2024—2026, {@link Project#isPeriodYearsOnly()}) is compared
 * at year precision: a start in any month of 2024 to 2026 lies inside it, one in 2023 does not.
 */
public class ProjectDates implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (context.edition() == null || !(object instanceof Project project)
				|| !(project.eContainingFeature() instanceof EReference library) || !context.has(library)) {
			return;
		}
		String name = CompetitionFacts.display(project.getName());
		String where = CompetitionFacts.where(project, context);
		investment(project, name, where, context);
		YearMonth start = project.getPeriodStart();
		YearMonth end = project.getPeriodEnd();
		boolean years = project.isPeriodYearsOnly();
		boolean periodForwards = start == null || end == null || (years ? start.getYear() <= end.getYear() : !start.isAfter(end));
		if (!periodForwards) {
			context.error(project, Literals.PROJECT__PERIOD_END, where,
					NLS.bind(Messages.C08_periodReversed, new Object[] { name, point(start, years), point(end, years) }), point(end, years),
					NLS.bind(Messages.C08_notBefore, point(start, years)));
		}
		if (project instanceof ConstructionProject p && periodForwards) {
			inside(p, Literals.CONSTRUCTION_PROJECT__START_DATE, p.getStartDate(), Messages.C08_startDate, name, where, context);
		} else if (project instanceof PlannedProject p) {
			if (periodForwards) {
				inside(p, Literals.PLANNED_PROJECT__PLANNED_START, p.getPlannedStart(), Messages.C08_plannedStart, name, where, context);
			}
			afterFiling(p, name, where, context);
		}
	}

	private static void investment(Project project, String name, String where, RuleContext context) {
		BigDecimal investment = project.getInvestment();
		if (investment == null) {
			context.error(project, Literals.PROJECT__INVESTMENT, where, NLS.bind(Messages.C08_noInvestment, name), null,
					Messages.C08_positive);
		} else if (investment.signum() <= 0) {
			context.error(project, Literals.PROJECT__INVESTMENT, where,
					NLS.bind(Messages.C08_investmentNotPositive, name, investment.toPlainString()), investment, Messages.C08_positive);
		}
	}

	/** The date lies inside the construction period, as far as the period is given. */
	private static void inside(Project project, EAttribute feature, YearMonth date, String what, String name, String where,
			RuleContext context) {
		YearMonth start = project.getPeriodStart();
		YearMonth end = project.getPeriodEnd();
		if (date == null || start == null && end == null) {
			return;
		}
		boolean years = project.isPeriodYearsOnly();
		boolean outside = years ? start != null && date.getYear() < start.getYear() || end != null && date.getYear() > end.getYear()
				: start != null && date.isBefore(start) || end != null && date.isAfter(end);
		if (outside) {
			String period = period(start, end, years);
			context.error(project, feature, where, NLS.bind(Messages.C08_outsidePeriod, new Object[] { name, what, month(date), period }),
					month(date), period);
		}
	}

	/**
	 * A bound of the construction period as it was given: 2024年3月, or 2024年 for a period given in years only (whose
	 * bounds are January and December; a bound with another month was given with it).
	 */
	private static String point(YearMonth month, boolean yearOnly) {
		boolean year = yearOnly && (month.getMonthValue() == 1 || month.getMonthValue() == 12);
		return year ? NLS.bind(Messages.Year, Integer.valueOf(month.getYear())) : month(month);
	}

	/** The period as the form's words give it: 2024年3月至2026年12月, 2024年至2026年, or 2025年 for a single year. */
	private static String period(YearMonth start, YearMonth end, boolean years) {
		if (years && start != null && end != null && start.getYear() == end.getYear() && start.getMonthValue() == 1
				&& end.getMonthValue() == 12) {
			return point(start, true);
		}
		return NLS.bind(Messages.C08_period, start == null ? Messages.Unknown : point(start, years), end == null ? Messages.Unknown : point(end, years));
	}

	/** 2024年3月, as the form writes months. */
	static String month(YearMonth month) {
		return NLS.bind(Messages.Month, Integer.valueOf(month.getYear()), Integer.valueOf(month.getMonthValue()));
	}

	/** 2026年3月25日. */
	static String date(LocalDate date) {
		return NLS.bind(Messages.Date, new Object[] { Integer.valueOf(date.getYear()), Integer.valueOf(date.getMonthValue()),
				Integer.valueOf(date.getDayOfMonth()) });
	}

	private static void afterFiling(PlannedProject project, String name, String where, RuleContext context) {
		ClusterDocument document = context.document();
		YearMonth plannedStart = project.getPlannedStart();
		if (document == null || document.getFilingDate() == null || plannedStart == null) {
			return;
		}
		YearMonth filed = YearMonth.from(document.getFilingDate());
		if (plannedStart.isBefore(filed)) {
			context.error(project, Literals.PLANNED_PROJECT__PLANNED_START, where,
					NLS.bind(Messages.C08_plannedBeforeFiling, new Object[] { name, month(plannedStart), date(document.getFilingDate()) }),
					month(plannedStart), NLS.bind(Messages.C08_notBefore, month(filed)));
		}
	}
}
