/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.plan;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.BasicInfoSection;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.forms.FormRows;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * P09 (W): "基准值须符合中小企业特色产业集群认定标准": every data year the form shows meets the edition's recognition
 * criteria — 集群总产值 ≥ minOutput (亿元), SME output share ≥ minSmeShare, leading-industry share strictly above
 * minLeadingIndustryShare, area ≤ maxArea (km²). A criterion the edition does not set, a row it does not show and a
 * value not entered are skipped (G01 asks for the value). Warnings: provinces apply their own criteria.
 */
public class RecognitionCriteria implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof Application application) || context.edition() == null || context.edition().getCriteria() == null) {
			return;
		}
		org.clusterdesk.model.RecognitionCriteria criteria = context.edition().getCriteria();
		IndustrySection industry = application.getIndustry();
		if (industry != null) {
			yearly(context, application, industry, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT, industry.getTotalOutput(), criteria.getMinOutput(),
					Bound.AT_LEAST, Messages.P09_outputBelow);
			yearly(context, application, industry, Literals.INDUSTRY_SECTION__SME_OUTPUT_SHARE, industry.getSmeOutputShare(),
					criteria.getMinSmeShare(), Bound.AT_LEAST, Messages.P09_smeShareBelow);
			yearly(context, application, industry, Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE, industry.getLeadingIndustryShare(),
					criteria.getMinLeadingIndustryShare(), Bound.ABOVE, Messages.P09_leadingShareNotAbove);
		}
		BasicInfoSection basicInfo = application.getBasicInfo();
		BigDecimal maxArea = criteria.getMaxArea();
		if (basicInfo != null && maxArea != null && basicInfo.getArea() != null && context.has(Literals.BASIC_INFO_SECTION__AREA)
				&& basicInfo.getArea().compareTo(maxArea) > 0) {
			context.warning(basicInfo, Literals.BASIC_INFO_SECTION__AREA, null,
					NLS.bind(Messages.P09_areaAbove, PlanChecks.entered(basicInfo.getArea()), PlanChecks.threshold(maxArea)), basicInfo.getArea(),
					NLS.bind(Messages.P09_atMost, PlanChecks.threshold(maxArea)));
		}
	}

	private enum Bound {
		/** value ≥ threshold */
		AT_LEAST,
		/** value &gt; threshold (不含) */
		ABOVE
	}

	private static void yearly(RuleContext context, Application application, IndustrySection industry, EReference feature, YearlyDecimal series,
			BigDecimal threshold, Bound bound, String message) {
		FormRow row = context.row(feature);
		if (threshold == null || series == null || row == null) {
			return;
		}
		List<Integer> years = FormRows.years(application, row); // a row asked for the last year only is checked there only
		for (int year : years) {
			BigDecimal value = series.valueOf(year);
			if (value == null) {
				continue;
			}
			int c = value.compareTo(threshold);
			if (bound == Bound.AT_LEAST ? c < 0 : c <= 0) {
				String limit = PlanChecks.threshold(threshold);
				context.warning(industry, feature, PlanChecks.year(year), NLS.bind(message, PlanChecks.entered(value), limit),
						value, NLS.bind(bound == Bound.AT_LEAST ? Messages.P09_atLeast : Messages.P09_above, limit));
			}
		}
	}
}
