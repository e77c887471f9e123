/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.export.docx.CellText.Align;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.PlanDirection;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.StageGoal;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.derived.PlanFigures;
import org.clusterdesk.model.derived.SeriesFigures;
import org.clusterdesk.model.forms.FormLayout;
import org.clusterdesk.model.view.PlanTableLayout;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Section 八 as the forms outline it: 一、二、三、 the narratives, 四、 the plan with （一） its approach, （二） 发展目标
 * (1. the target table with the edition's baseline and target years, 2. the stage goals per stage year), （三）（四）
 * tasks and safeguards; the re-review's completion table (基准值 / 目标值 / 完成值) before its new plan. The headings
 * are the edition's row labels, numbered as the outline numbers them unless the form numbers a heading its own way
 * ({@code heading 八:problems = 3、 存在的问题} in the edition's layout).
 */
final class PlanWriter {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	/** Numbering a label carries in the metamodel (（一）总体思路, 1.三年总体目标), dropped where the outline numbers. */

	private static final String[] NUMERALS = { "\u4e00", "\u4e8c", "\u4e09", "\u56db", "\u4e94", "\u516d", "\u4e03", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"\u516b", "\u4e5d", "\u5341" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final ExportContext ctx;

	private int level1;

	private int level2;

	private int level3;

	private final FormLayout layout;

	PlanWriter(ExportContext ctx) {
		this.ctx = ctx;
		this.layout = FormLayout.of(ctx.edition());
	}

	/** 八、未来三年…发展规划 of an application. */
	void plan(FormSection section, PlanSection plan) {
		level1 = 0;
		note(Messages.Plan_limit);
		writePlan(section.getTitle(), section.getRows(), plan, true);
	}

	/** 八、近三年…发展目标完成情况 of a re-review, with its new plan. */
	void review(FormSection section, ReviewSection review) {
		level1 = 0;
		note(Messages.Plan_limit);
		for (FormRow row : section.getRows()) {
			EStructuralFeature f = row.getFeature();
			if (f == P.getReviewSection_Completion()) {
				heading1(row);
				note(row.getNote());
				// the form's table only: whether targets are met is for the review tools, not a line of the form
				completionTable(review == null ? List.of() : review.getCompletion());
			} else if (f == P.getReviewSection_NewPlan()) {
				PlanSection plan = review == null ? null : review.getNewPlan();
				writePlan(row.getLabel(), PlanTableLayout.nestedPlanRows(row.getNote()), plan, false);
			} else if (f.getEType() == org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING) {
				heading1(row);
				note(row.getNote());
				ctx.body().paragraphs(DocxStyles.BODY, (String) ExportContext.value(review, f));
			}
		}
	}

	private void writePlan(String planTitle, List<FormRow> rows, PlanSection plan, boolean narratives) {
		boolean planHeading = false;
		boolean goalsHeading = false;
		level2 = 0;
		level3 = 0;
		for (FormRow row : rows) {
			EStructuralFeature f = row.getFeature();
			Object value = ExportContext.value(plan, f);
			boolean narrative = f == P.getPlanSection_Introduction() || f == P.getPlanSection_Achievements()
					|| f == P.getPlanSection_Problems();
			if (narrative) {
				if (narratives) {
					heading1(row);
					note(row.getNote());
					ctx.body().paragraphs(DocxStyles.BODY, (String) value);
				}
				continue;
			}
			if (!planHeading) {
				heading1(planTitle);
				planHeading = true;
			}
			if (f == P.getPlanSection_Targets() || f == P.getPlanSection_StageGoals()) {
				if (!goalsHeading) {
					heading2(layout.heading("plan:goals"), Messages.Plan_goals); //$NON-NLS-1$
					goalsHeading = true;
				}
				heading3(row.getLabel());
				if (f == P.getPlanSection_Targets()) {
					targets(row.getNote(), plan);
				} else {
					stageGoals(plan);
				}
			} else {
				heading2(layout.heading(row), row.getLabel());
				note(row.getNote());
				ctx.body().paragraphs(DocxStyles.BODY, value instanceof String s ? s : null);
			}
		}
	}

	/** 1.三年总体目标: the guidance, the table, the remarks （备注：…） under it. */
	private void targets(String note, PlanSection plan) {
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		if (note != null) {
			for (String line : note.split("\n")) { //$NON-NLS-1$
				(after.isEmpty() && !line.startsWith("\uff08\u5907\u6ce8") ? before : after).add(line); //$NON-NLS-1$
			}
		}
		before.forEach(this::note);
		List<PlanIndicator> indicators = plan == null ? List.of() : plan.getTargets();
		Integer baseline = ctx.edition().getPlanBaselineYear();
		Integer target = ctx.edition().getPlanTargetYear();
		TableBuilder table = new TableBuilder(ctx.body().width());
		int w = table.width();
		int direction = (int) (w * 0.14);
		int name = (int) (w * 0.4);
		int value = (w - direction - name) / 2;
		table.headerRow().cell(direction, Messages.Plan_direction).cell(name, Messages.Plan_indicator)
				.cell(value, NLS.bind(Messages.Plan_baseline, year(baseline))).rest(NLS.bind(Messages.Plan_target, year(target)));
		formRows(table, indicators, direction, name, value, 2);
		ctx.body().table(table);
		after.forEach(this::note);
	}

	/** 三、发展成效 of a re-review: 方向 | 指标 | 基准值 | 目标值 | 完成值 with the edition's review years. */
	private void completionTable(List<CompletionIndicator> indicators) {
		Integer baseline = ctx.edition().getReviewBaselineYear();
		Integer target = ctx.edition().getReviewTargetYear();
		TableBuilder table = new TableBuilder(ctx.body().width());
		int w = table.width();
		int direction = (int) (w * 0.13);
		int name = (int) (w * 0.33);
		int value = (w - direction - name) / 3;
		table.headerRow().cell(direction, Messages.Plan_direction).cell(name, Messages.Plan_indicator)
				.cell(value, NLS.bind(Messages.Plan_baseline, year(baseline))).cell(value, NLS.bind(Messages.Plan_target, year(target)))
				.rest(NLS.bind(Messages.Plan_achieved, year(target)));
		formRows(table, indicators, direction, name, value, 3);
		ctx.body().table(table);
	}

	/** The form's directions in its order, with the indicators it names in each (its …… rows follow them). */
	/** Whether the form leaves …… rows under the direction for indicators the applicant adds. */
	private static boolean openRows(PlanDirection direction) {
		return direction != PlanDirection.OPENNESS && direction != PlanDirection.GOVERNANCE;
	}

	/**
	 * The rows of the plan table (or the re-review's completion table) as the form prints them: every direction in the
	 * form's order, the indicators the form names in it, then the ones the applicant adds under it (its …… rows, one
	 * empty row when there are none), 其它 last with the indicators of no direction.
	 */
	private void formRows(TableBuilder table, List<? extends PlanIndicator> indicators, int directionWidth, int name, int value,
			int values) {
		List<PlanIndicator> left = new ArrayList<>(indicators);
		for (PlanDirection direction : PlanTableLayout.DIRECTIONS) {
			List<PlanIndicator> mine = new ArrayList<>();
			for (PlanIndicator indicator : left) {
				PlanDirection d = ChoiceText.isNone(indicator.getDirection()) ? PlanDirection.OTHER : indicator.getDirection();
				if (d == direction) {
					mine.add(indicator);
				}
			}
			left.removeAll(mine);
			boolean first = true;
			for (PlanIndicatorKind kind : PlanTableLayout.formKinds(direction)) {
				PlanIndicator match = mine.stream().filter(i -> kind(i) == kind).findFirst().orElse(null);
				mine.remove(match);
				indicatorRow(table, directionCell(table.row(), directionWidth, direction, first), name, value, values, kind, match);
				first = false;
			}
			if (!openRows(direction)) {
				continue;
			}
			if (mine.isEmpty()) {
				indicatorRow(table, directionCell(table.row(), directionWidth, direction, first), name, value, values, null, null);
			}
			for (PlanIndicator indicator : mine) {
				indicatorRow(table, directionCell(table.row(), directionWidth, direction, first), name, value, values, null, indicator);
				first = false;
			}
		}
	}

	private static PlanIndicatorKind kind(PlanIndicator indicator) {
		return qualitative(indicator) ? PlanIndicatorKind.QUALITATIVE : indicator.getKind();
	}

	private static TableBuilder.Row directionCell(TableBuilder.Row row, int width, PlanDirection direction, boolean first) {
		return first ? row.mergeStart(width, CellText.of(DocxStyles.TABLE_LABEL, Labels.literal(direction), Align.CENTER))
				: row.merged(width);
	}

	/**
	 * One indicator: the form's name of it (近三年集群产值年均增速 …, 定性描述) as the form prints it, or the name of an
	 * indicator the applicant adds under the form's …… rows; then 基准值 | 目标值 (| 完成值). A 定性描述 row's description
	 * is its target, in the 目标值 column (in the completion table its three descriptions fill the three columns); an
	 * indicator's explanation has no cell in the form and is not printed.
	 */
	private void indicatorRow(TableBuilder table, TableBuilder.Row row, int name, int value, int values, PlanIndicatorKind formKind,
			PlanIndicator indicator) {
		CellText.Builder cell = CellText.builder();
		if (formKind != null) {
			String worded = FormLayout.of(ctx.edition()).text("plan:" + formKind.getName()); //$NON-NLS-1$
			cell.add(DocxStyles.TABLE_LABEL, worded != null ? worded : Labels.literal(formKind), Align.LEFT);
		} else if (indicator != null) {
			String own = indicator.getName() != null && !indicator.getName().isBlank() ? indicator.getName() : indicator.getDescription();
			cell.add(DocxStyles.TABLE, own == null ? "" : own, Align.LEFT); //$NON-NLS-1$
		}
		row.cell(name, cell.build());
		for (int i = 0; i < values; i++) {
			CellText text;
			if (describedInColumns(indicator)) {
				text = CellText.of(FormValues.text(description((CompletionIndicator) indicator, i)));
			} else if (indicator == null) {
				text = CellText.EMPTY;
			} else if (qualitative(indicator)) {
				text = i == 1 ? CellText.of(FormValues.text(indicator.getDescription())) : CellText.EMPTY;
			} else {
				text = CellText.centred(valueText(indicator, i));
			}
			if (i < values - 1) {
				row.cell(value, text);
			} else {
				row.rest(text);
			}
		}
	}

	/** 基准值, 目标值, 完成值 of an indicator; the output growth row in % as the form asks, 总产值 in brackets. */
	private String valueText(PlanIndicator indicator, int column) {
		BigDecimal amount = column == 0 ? indicator.getBaseline()
				: column == 1 ? indicator.getTarget() : ((CompletionIndicator) indicator).getAchieved();
		if (kind(indicator) != PlanIndicatorKind.OUTPUT_AVERAGE_GROWTH || indicator.getUnit() == Unit.PERCENT || amount == null) {
			return withUnit(amount, indicator.getUnit());
		}
		BigDecimal growth = null;
		boolean completion = indicator instanceof CompletionIndicator;
		if (column == 0 && !completion) {
			// the baseline year's 近三年 growth: the cluster's output over the data years
			growth = ctx.document() instanceof Application application && application.getIndustry() != null
					&& application.getIndustry().getTotalOutput() != null
							? SeriesFigures.averageGrowth(application.getIndustry().getTotalOutput())
							: null;
		} else if (column == 1) {
			growth = PlanFigures.averageGrowth(indicator);
		} else if (column == 2) {
			Integer from = ctx.edition().getReviewBaselineYear();
			Integer to = ctx.edition().getReviewTargetYear();
			growth = from == null || to == null || to <= from ? null
					: org.clusterdesk.model.derived.DecimalMath.averageGrowth(indicator.getBaseline(), amount, to - from);
		}
		String total = withUnit(amount, indicator.getUnit());
		return growth == null ? NLS.bind(Messages.Plan_growthUnknown, total)
				: NLS.bind(Messages.Plan_growth, FormValues.decimal(growth, Unit.PERCENT), total);
	}

	/** A qualitative row of the completion table: its baseline, target and achieved descriptions fill the three columns. */
	private static boolean describedInColumns(PlanIndicator indicator) {
		return indicator instanceof CompletionIndicator && qualitative(indicator);
	}

	private static String description(CompletionIndicator indicator, int column) {
		return column == 0 ? indicator.getBaselineDescription()
				: column == 1 ? indicator.getDescription() : indicator.getAchievedDescription();
	}

	private static boolean qualitative(PlanIndicator indicator) {
		return indicator.getKind() == PlanIndicatorKind.QUALITATIVE
				|| indicator.getBaseline() == null && indicator.getTarget() == null && indicator.getDescription() != null;
	}

	private static String withUnit(BigDecimal value, Unit unit) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		String number = FormValues.decimal(value, unit);
		return unit == null || unit == Unit.NONE ? number : number + Labels.literal(unit);
	}

	/** 2.阶段性目标: （1）2025年度 … for each stage year of the edition. */
	private void stageGoals(PlanSection plan) {
		List<Integer> years = ctx.edition().getStageYears();
		List<StageGoal> goals = plan == null ? List.of() : plan.getStageGoals();
		for (int i = 0; i < years.size(); i++) {
			int year = years.get(i);
			String text = goals.stream().filter(g -> g.getYear() == year).map(StageGoal::getText).findFirst().orElse(null);
			ctx.body().paragraph(DocxStyles.HEADING3, NLS.bind(Messages.Plan_stage, String.valueOf(i + 1), String.valueOf(year)));
			ctx.body().paragraphs(DocxStyles.BODY, text);
		}
	}

	/** A part of the outline (一、二、三、): the row's label, numbered as the form numbers it. */
	private void heading1(FormRow row) {
		heading1(layout.heading(row), row.getLabel());
	}

	private void heading1(String label) {
		heading1(null, label);
	}

	/** The outline's next part: the form's own heading when it numbers it otherwise, else 四、 and the label. */
	private void heading1(String worded, String label) {
		level1++;
		ctx.body().paragraph(DocxStyles.HEADING2, worded != null ? worded : NLS.bind(Messages.Plan_level1, numeral(level1), label));
	}

	/** The plan's next item (（一）（二）): the form's own heading when it numbers it otherwise. */
	private void heading2(String worded, String label) {
		level3 = 0;
		level2++;
		ctx.body().paragraph(DocxStyles.HEADING3, worded != null ? worded : NLS.bind(Messages.Plan_level2, numeral(level2), label));
	}

	private void heading3(String label) {
		ctx.body().paragraph(DocxStyles.HEADING3, NLS.bind(Messages.Plan_level3, String.valueOf(++level3), label));
	}

	private void note(String note) {
		if (note != null && !note.isBlank()) {
			ctx.body().paragraph(DocxStyles.NOTE, note);
		}
	}

	static String numeral(int n) {
		return n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : String.valueOf(n);
	}

	private static String year(Integer year) {
		return year == null ? "" : String.valueOf(year); //$NON-NLS-1$
	}
}
