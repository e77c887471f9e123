/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.StandardCategory;
import org.clusterdesk.model.StandardCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.forms.FormRows;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The yearly indicator tables of an application (national, re-review and provincial editions): for every section with
 * yearly rows a sheet with the edition's rows and the data years as columns (a row the edition asks for the last year
 * only has that year filled), the standards table of section 三, and the plan targets of section 八 (baseline year,
 * stage years and target year as columns) or, for a re-review, the completion table and the new plan.
 */
final class ApplicationSheets {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final Workbook workbook;

	private final XlsxStyles styles;

	private final SheetNames names;

	ApplicationSheets(Workbook workbook, XlsxStyles styles, SheetNames names) {
		this.workbook = workbook;
		this.styles = styles;
		this.names = names;
	}

	void write(Application application, Edition edition) throws ExportException {
		for (FormSection section : edition.getSections()) {
			yearlyRows(application, section, edition.getDataYears());
			for (FormRow row : section.getRows()) {
				if (row.getFeature() == P.getInnovationSection_Standards() && application.getInnovation() != null) {
					standards(application.getInnovation().getStandards(), edition.getDataYears());
				}
			}
		}
		if (application.getPlan() != null && !application.getPlan().getTargets().isEmpty()) {
			plan(Messages.Sheet_plan, application.getPlan(), edition);
		}
		ReviewSection review = application.getReview();
		if (review != null) {
			completion(review, edition);
			if (review.getNewPlan() != null && !review.getNewPlan().getTargets().isEmpty()) {
				plan(Messages.Sheet_newPlan, review.getNewPlan(), edition);
			}
		}
	}

	private void yearlyRows(Application application, FormSection section, List<Integer> years) throws ExportException {
		List<Object[]> rows = new ArrayList<>();
		for (EObject object : FormRows.sectionObjects(application, section)) {
			for (FormRow row : section.getRows()) {
				EObject owner = FormRows.owner(application, object, row);
				if (!isYearly(row)) {
					continue;
				}
				Object value = owner == null ? null : owner.eGet(row.getFeature());
				List<Integer> asked = FormRows.years(application, row);
				Object[] cells = new Object[years.size() + 1];
				cells[0] = row.getLabel();
				for (int i = 0; i < years.size(); i++) {
					if (asked.contains(years.get(i))) {
						cells[i + 1] = Counts.cell(YearlyValues.valueOf(value, years.get(i)), Counts.counts(row.getFeature()));
					}
				}
				rows.add(cells);
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		List<TableColumn> columns = new ArrayList<>();
		columns.add(TableColumn.of(Messages.Table_indicator, CellKind.TEXT, 30, 56));
		for (int year : years) {
			columns.add(TableColumn.of(NLS.bind(Messages.Table_year, Integer.toString(year)), CellKind.DECIMAL, 12, 14));
		}
		TableSheet sheet = sheet(NLS.bind(Messages.Sheet_applicationSection, section.getNumber(), section.getTitle()),
				columns);
		rows.forEach(sheet::measure);
		sheet.title(NLS.bind(Messages.Title_yearly, section.getNumber(), section.getTitle()));
		sheet.header();
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.finish(1);
	}

	/** 类别 by rows, each year a group of 主持数量 and 参与数量, as the national form draws it. */
	private void standards(List<StandardCount> counts, List<Integer> years) throws ExportException {
		List<TableColumn> columns = new ArrayList<>();
		columns.add(TableColumn.of(Messages.Column_category, CellKind.CENTRED, 8, 10));
		for (int year : years) {
			String group = NLS.bind(Messages.Table_year, Integer.toString(year));
			columns.add(TableColumn.grouped(group, Messages.Column_led, CellKind.INTEGER, 9, 10));
			columns.add(TableColumn.grouped(group, Messages.Column_participated, CellKind.INTEGER, 9, 10));
		}
		List<Object[]> rows = new ArrayList<>();
		for (StandardCategory category : StandardCategory.values()) {
			if (category == StandardCategory.NONE) {
				continue;
			}
			Object[] cells = new Object[columns.size()];
			cells[0] = Labels.literal(category);
			for (int i = 0; i < years.size(); i++) {
				for (StandardCount count : counts) {
					if (count.getYear() == years.get(i) && count.getCategory() == category) {
						cells[1 + 2 * i] = count.getLed();
						cells[2 + 2 * i] = count.getParticipated();
					}
				}
			}
			rows.add(cells);
		}
		TableSheet sheet = sheet(Messages.Sheet_standards, columns);
		rows.forEach(sheet::measure);
		sheet.title(Messages.Title_standards);
		sheet.header();
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.finish(1);
	}

	/** 方向, 指标, 单位, baseline, the stage years before the target, the target and the qualitative description. */
	private void plan(String sheetName, PlanSection plan, Edition edition) throws ExportException {
		int baseline = plan.getBaselineYear() != null ? plan.getBaselineYear()
				: edition.getPlanBaselineYear() != null ? edition.getPlanBaselineYear() : 0;
		int target = plan.getTargetYear() != null ? plan.getTargetYear()
				: edition.getPlanTargetYear() != null ? edition.getPlanTargetYear() : 0;
		List<Integer> stages = new ArrayList<>();
		for (int year : edition.getStageYears()) {
			if (year > baseline && year < target) {
				stages.add(year);
			}
		}
		List<TableColumn> columns = new ArrayList<>();
		columns.add(TableColumn.of(Messages.Column_direction, CellKind.CENTRED, 8, 10));
		columns.add(TableColumn.of(Messages.Column_planIndicator, CellKind.TEXT, 20, 30));
		columns.add(TableColumn.of(Messages.Column_unit, CellKind.CENTRED, 6, 14));
		columns.add(TableColumn.of(NLS.bind(Messages.Column_baseline, Integer.toString(baseline)), CellKind.DECIMAL, 11, 14));
		for (int year : stages) {
			columns.add(TableColumn.of(NLS.bind(Messages.Column_stage, Integer.toString(year)), CellKind.DECIMAL, 11, 14));
		}
		columns.add(TableColumn.of(NLS.bind(Messages.Column_target, Integer.toString(target)), CellKind.DECIMAL, 11, 14));
		columns.add(TableColumn.of(Messages.Column_description, CellKind.TEXT, 20, 40));
		List<Object[]> rows = new ArrayList<>();
		for (PlanIndicator indicator : plan.getTargets()) {
			Object[] cells = new Object[columns.size()];
			int c = 0;
			cells[c++] = Labels.literal(indicator.getDirection());
			cells[c++] = indicatorName(indicator);
			cells[c++] = Labels.literal(indicator.getUnit());
			boolean counts = Counts.counts(indicator.getUnit());
			cells[c++] = Counts.cell(indicator.getBaseline(), counts);
			for (int year : stages) {
				cells[c++] = Counts.cell(stageTarget(indicator, year), counts);
			}
			cells[c++] = Counts.cell(indicator.getTarget(), counts);
			cells[c] = indicator.getDescription();
			rows.add(cells);
		}
		TableSheet sheet = sheet(sheetName, columns);
		rows.forEach(sheet::measure);
		sheet.title(NLS.bind(Messages.Title_plan, Integer.toString(baseline), Integer.toString(target)));
		sheet.header();
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.finish(2);
	}

	/** The re-review's 发展成效: baseline, target and achieved value of the earlier plan. */
	private void completion(ReviewSection review, Edition edition) throws ExportException {
		int baseline = review.getBaselineYear() != null ? review.getBaselineYear()
				: edition.getReviewBaselineYear() != null ? edition.getReviewBaselineYear() : 0;
		int target = review.getTargetYear() != null ? review.getTargetYear()
				: edition.getReviewTargetYear() != null ? edition.getReviewTargetYear() : 0;
		List<TableColumn> columns = List.of(TableColumn.of(Messages.Column_direction, CellKind.CENTRED, 8, 10),
				TableColumn.of(Messages.Column_planIndicator, CellKind.TEXT, 20, 30),
				TableColumn.of(Messages.Column_unit, CellKind.CENTRED, 6, 14),
				TableColumn.of(NLS.bind(Messages.Column_baseline, Integer.toString(baseline)), CellKind.DECIMAL, 11, 14),
				TableColumn.of(NLS.bind(Messages.Column_target, Integer.toString(target)), CellKind.DECIMAL, 11, 14),
				TableColumn.of(NLS.bind(Messages.Column_achieved, Integer.toString(target)), CellKind.DECIMAL, 11, 14),
				TableColumn.of(Messages.Column_met, CellKind.CENTRED, 8, 10));
		List<Object[]> rows = new ArrayList<>();
		for (CompletionIndicator indicator : review.getCompletion()) {
			Boolean met = indicator.met();
			boolean counts = Counts.counts(indicator.getUnit());
			boolean qualitative = indicator.getKind() == PlanIndicatorKind.QUALITATIVE;
			// 定性描述: the baseline, target and achieved descriptions where the figures go
			rows.add(new Object[] { Labels.literal(indicator.getDirection()), indicatorName(indicator),
					Labels.literal(indicator.getUnit()),
					qualitative ? indicator.getBaselineDescription() : Counts.cell(indicator.getBaseline(), counts),
					qualitative ? indicator.getDescription() : Counts.cell(indicator.getTarget(), counts),
					qualitative ? indicator.getAchievedDescription() : Counts.cell(indicator.getAchieved(), counts),
					met == null ? null : Labels.yesNo(met) });
		}
		TableSheet sheet = sheet(Messages.Sheet_completion, columns);
		rows.forEach(sheet::measure);
		sheet.title(Messages.Title_completion);
		sheet.header();
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.finish(2);
	}

	/** Rows whose value is a yearly series (YearlyDecimal, YearlyCount or a subtype). */
	private static boolean isYearly(FormRow row) {
		return row.getFeature().getEType() instanceof EClass type && !row.getFeature().isMany()
				&& (P.getYearlyDecimal().isSuperTypeOf(type) || P.getYearlyCount().isSuperTypeOf(type));
	}

	private static String indicatorName(PlanIndicator indicator) {
		return indicator.getName() != null ? indicator.getName() : Labels.literal(indicator.getKind());
	}

	private static BigDecimal stageTarget(PlanIndicator indicator, int year) {
		for (YearDecimal stage : indicator.getStageTargets()) {
			if (stage.getYear() == year) {
				return stage.getValue();
			}
		}
		return null;
	}

	private TableSheet sheet(String name, List<TableColumn> columns) {
		return new TableSheet(workbook.createSheet(names.unique(name)), styles, columns);
	}
}
