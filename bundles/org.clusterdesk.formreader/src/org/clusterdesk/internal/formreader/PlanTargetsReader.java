/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.PlanDirection;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.labels.ModelLabels;
import org.clusterdesk.model.view.PlanTableLayout;
import org.eclipse.osgi.util.NLS;

/**
 * 1.三年总体目标: the table 方向 | 指标 | 2024年基准值 | 2027年目标值, its columns found by their wording. Each direction's
 * cell is merged down over its rows; a row whose 指标 cell starts with the form's wording of an indicator
 * (近三年集群产值年均增速, 二氧化碳排放量, 定性描述, …) is that indicator, the applicant's wording under it; any other filled
 * row is the applicant's own indicator (其它指标: its name, then its description). Rows added in Word are read too.
 * <p>
 * What the form shows and what it does not:
 * <ul>
 * <li>The 指标 cell of the form's own indicators is the form's wording alone (the export prints neither the
 * applicant's name of it nor its explanation): it is read with the form's name. A 定性描述's description is its target,
 * in the 目标值 cell. An applicant's own indicator prints its name; text typed under a form's wording in Word is read as
 * the indicator's description.</li>
 * <li>The unit is the one the values are printed with (335个, 39.23%, 0.33吨二氧化碳/万元); the output growth row prints
 * the growth with the 总产值 in brackets, 10.73%（628.10亿元）: the amount is read.</li>
 * <li>Whether lower is better (reduction) is what the form's remarks say of 二氧化碳排放量 and 单位工业产值能耗 (下降率);
 * of an applicant's own indicator the form does not say, and it is read as not a reduction.</li>
 * <li>The industry average and the stage years' targets have no place in the Word form and are not read.</li>
 * </ul>
 */
final class PlanTargetsReader {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	/** The indicators the form names, in its order. */
	private static final List<PlanIndicatorKind> FORM_KINDS = PlanTableLayout.formKinds();

	/** A number and what follows it (the unit). */
	private static final Pattern AMOUNT = Pattern.compile("([+-]?[0-9][0-9,]*(?:\\.[0-9]+)?)(.*)"); //$NON-NLS-1$

	/** The growth with the amount in brackets: 10.73%（628.10亿元）, or the amount alone in brackets. */
	private static final Pattern BRACKETED = Pattern.compile(".*[\uff08(](.+)[\uff09)]"); //$NON-NLS-1$

	private final GridReader reader;

	PlanTargetsReader(GridReader reader) {
		this.reader = reader;
	}

	void read(FormRow row, List<PlanIndicator> targets, Integer baselineYear, Integer targetYear) {
		read(row, targets, baselineYear, targetYear, null);
	}

	/**
	 * The re-review's completion table (方向 | 指标 | 2022年基准值 | 2025年目标值 | 2025年完成值): the same rows with the
	 * achieved value; a 定性描述's three value cells are its baseline, target and achieved descriptions.
	 */
	void readCompletion(FormRow row, List<CompletionIndicator> completion, Integer baselineYear, Integer targetYear) {
		read(row, completion, baselineYear, targetYear, targetYear);
	}

	@SuppressWarnings("unchecked")
	private void read(FormRow row, List<? extends PlanIndicator> list, Integer baselineYear, Integer targetYear, Integer achievedYear) {
		List<PlanIndicator> targets = (List<PlanIndicator>) list;
		boolean completion = achievedYear != null;
		targets.clear();
		String label = row.getLabel();
		List<DocxGrid.Item> items = reader.items();
		String directionLabel = Messages.Form_planDirection;
		String indicatorLabel = Messages.Form_planIndicator;
		String baselineLabel = NLS.bind(Messages.Form_planBaseline, baselineYear == null ? "" : baselineYear); //$NON-NLS-1$
		String targetLabel = NLS.bind(Messages.Form_planTarget, targetYear == null ? "" : targetYear); //$NON-NLS-1$
		String achievedLabel = NLS.bind(Messages.Form_planAchieved, achievedYear == null ? targetYear == null ? "" : targetYear : achievedYear); //$NON-NLS-1$
		int at = -1;
		HeaderColumns header = null;
		for (int i = 0; i < items.size() && at < 0; i++) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow() && !item.used) {
				HeaderColumns h = HeaderColumns.of(item, null);
				if (h.column(directionLabel) == 0 && h.column(indicatorLabel) >= 0 && h.column(baselineLabel) >= 0
						&& h.column(targetLabel) >= 0 && (h.column(achievedLabel) >= 0) == completion) {
					at = i;
					header = h;
					item.used = true;
				}
			}
		}
		if (header == null) {
			reader.unread(label, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		int indicatorColumn = header.column(indicatorLabel);
		int baselineColumn = header.column(baselineLabel);
		int targetColumn = header.column(targetLabel);
		int achievedColumn = completion ? header.column(achievedLabel) : -1;
		int table = items.get(at).table;
		PlanDirection direction = null;
		for (int i = at + 1; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow() || item.table != table) {
				break;
			}
			item.used = true;
			reader.readTo(i);
			String directionText = item.cells.isEmpty() || item.cells.get(0).continued() ? null : item.cell(0);
			if (directionText != null && !directionText.isBlank()) {
				direction = direction(directionText);
				if (direction == null) {
					reader.unread(NLS.bind(Messages.Place_sub, label, directionLabel), directionText, Messages.Reason_noOption);
				}
			}
			List<String> lines = new ArrayList<>(HeaderColumns.linesAt(item, indicatorColumn));
			String baseline = HeaderColumns.cellAt(item, baselineColumn);
			String target = HeaderColumns.cellAt(item, targetColumn);
			String achieved = completion ? HeaderColumns.cellAt(item, achievedColumn) : ""; //$NON-NLS-1$
			boolean noValues = Values.isNothing(baseline) && Values.isNothing(target) && Values.isNothing(achieved);
			lines.removeIf(PlanTargetsReader::isEllipsis);
			if (lines.isEmpty() && noValues) {
				continue; // an empty row (the form's …… for indicators the applicant adds)
			}
			PlanIndicatorKind kind = lines.isEmpty() ? null : formKind(lines.get(0));
			if (kind != null && lines.size() == 1 && noValues) {
				continue; // the form's own indicator, left empty
			}
			PlanIndicator indicator = completion ? P.getClusterDeskFactory().createCompletionIndicator()
					: P.getClusterDeskFactory().createPlanIndicator();
			if (completion && kind == PlanIndicatorKind.QUALITATIVE) {
				// the three value cells are its descriptions; the 指标 cell below 定性描述 is its name
				CompletionIndicator c = (CompletionIndicator) indicator;
				c.setDirection(direction == null ? PlanDirection.NONE : direction);
				c.setKind(kind);
				c.setName(lines.size() > 1 ? String.join("\n", lines.subList(1, lines.size())).strip() //$NON-NLS-1$
						: direction == null ? null : ModelLabels.literal(direction));
				c.setBaselineDescription(blankToNull(baseline));
				c.setDescription(blankToNull(target));
				c.setAchievedDescription(blankToNull(achieved));
				c.setUnit(Unit.NONE);
				targets.add(c);
				continue;
			}
			indicator.setDirection(direction == null ? PlanDirection.NONE : direction);
			List<String> wording = kind == null ? lines : lines.subList(1, lines.size());
			if (kind == PlanIndicatorKind.QUALITATIVE && !completion) {
				// 开放合作 | 定性描述 | 基准值 | 目标值: the description is the target; text under 定性描述 typed in Word too
				indicator.setKind(kind);
				indicator.setName(direction == null ? null : ModelLabels.literal(direction));
				String described = !Values.isNothing(target) ? target : String.join("\n", wording); //$NON-NLS-1$
				indicator.setDescription(blankToNull(described));
				indicator.setUnit(Unit.NONE);
				targets.add(indicator);
				continue;
			}
			indicator.setKind(kind == null ? PlanIndicatorKind.CUSTOM : kind);
			if (kind == PlanIndicatorKind.QUALITATIVE && wording.size() <= 1) {
				indicator.setName(direction == null ? null : ModelLabels.literal(direction));
				indicator.setDescription(wording.isEmpty() ? null : wording.get(0));
			} else if (kind != null) {
				indicator.setName(ModelLabels.literal(kind));
				indicator.setDescription(wording.isEmpty() ? null : String.join("\n", wording).strip()); //$NON-NLS-1$
			} else if (!wording.isEmpty()) {
				indicator.setName(wording.get(0).strip());
				indicator.setDescription(wording.size() > 1 ? String.join("\n", wording.subList(1, wording.size())).strip() : null); //$NON-NLS-1$
			}
			indicator.setReduction(kind == PlanIndicatorKind.CO2_EMISSION || kind == PlanIndicatorKind.ENERGY_PER_OUTPUT);
			String place = NLS.bind(Messages.Place_sub, label, indicator.getName() == null ? lines.isEmpty() ? "" : lines.get(0) : indicator.getName()); //$NON-NLS-1$
			Unit unit = null;
			try {
				Amount b = amount(baseline);
				indicator.setBaseline(b == null ? null : b.value());
				unit = b == null ? null : b.unit();
			} catch (Values.Unreadable e) {
				reader.unread(NLS.bind(Messages.Place_sub, place, baselineLabel), baseline, e.getMessage());
			}
			try {
				Amount t = amount(target);
				indicator.setTarget(t == null ? null : t.value());
				if (t != null && unit != null && t.unit() != unit) {
					reader.unread(NLS.bind(Messages.Place_sub, place, targetLabel), target, Messages.Reason_otherUnit);
				} else if (t != null) {
					unit = t.unit();
				}
			} catch (Values.Unreadable e) {
				reader.unread(NLS.bind(Messages.Place_sub, place, targetLabel), target, e.getMessage());
			}
			if (completion) {
				try {
					Amount a = amount(achieved);
					((CompletionIndicator) indicator).setAchieved(a == null ? null : a.value());
					if (a != null && unit != null && a.unit() != unit) {
						reader.unread(NLS.bind(Messages.Place_sub, place, achievedLabel), achieved, Messages.Reason_otherUnit);
					} else if (a != null) {
						unit = a.unit();
					}
				} catch (Values.Unreadable e) {
					reader.unread(NLS.bind(Messages.Place_sub, place, achievedLabel), achieved, e.getMessage());
				}
			}
			indicator.setUnit(unit == null ? Unit.NONE : unit);
			targets.add(indicator);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static boolean isEllipsis(String line) {
		return Values.key(line).matches("[.\u2026\u3002\u00b7]*"); //$NON-NLS-1$
	}

	/** The kind whose wording (this form's, else the kind's own) the line is. */
	private PlanIndicatorKind formKind(String line) {
		String key = Values.key(line);
		for (PlanIndicatorKind kind : FORM_KINDS) {
			String worded = reader.layout().text("plan:" + kind.getName()); //$NON-NLS-1$
			if (key.equals(Values.key(worded != null ? worded : ModelLabels.literal(kind)))) {
				return kind;
			}
		}
		return null;
	}

	private static PlanDirection direction(String text) {
		String key = Values.key(text);
		for (PlanDirection direction : PlanDirection.VALUES) {
			if (direction != PlanDirection.NONE && Values.key(ModelLabels.literal(direction)).equals(key)) {
				return direction;
			}
		}
		return null;
	}

	private record Amount(BigDecimal value, Unit unit) {
	}

	/** 335个, 39.23%, 0.33吨二氧化碳/万元, 10.73%（628.10亿元）: the amount and its unit; null when nothing is written. */
	static Amount amount(String text) throws Values.Unreadable {
		if (Values.isNothing(text)) {
			return null;
		}
		String key = Values.key(text);
		Matcher bracketed = BRACKETED.matcher(key);
		if (bracketed.matches()) {
			key = Values.key(bracketed.group(1));
		}
		Matcher m = AMOUNT.matcher(key);
		if (!m.matches()) {
			throw new Values.Unreadable(Messages.Reason_notNumber);
		}
		BigDecimal value = Values.decimal(m.group(1));
		String suffix = m.group(2);
		if (suffix.isEmpty()) {
			return new Amount(value, Unit.NONE);
		}
		for (Unit unit : Unit.VALUES) {
			if (unit != Unit.NONE && Values.key(ModelLabels.literal(unit)).equals(suffix)) {
				return new Amount(value, unit);
			}
		}
		throw new Values.Unreadable(NLS.bind(Messages.Reason_unknownUnit, suffix));
	}
}
