/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/** One year's value of a yearly row (年度数值序列 / 年度数量序列), keyed by year as the model keeps it. */
public final class YearAccess implements ValueAccess {

	private final FormContext context;

	private final OwnerRef series;

	private final int year;

	/** @param series where the yearly row lives (a YearlyDecimal or YearlyCount, possibly not created yet) */
	public YearAccess(FormContext context, OwnerRef series, int year) {
		this.context = context;
		this.series = series;
		this.year = year;
	}

	public int year() {
		return year;
	}

	public OwnerRef series() {
		return series;
	}

	@Override
	public Object get() {
		EObject s = series.resolve();
		if (s instanceof YearlyDecimal d) {
			return d.valueOf(year);
		}
		if (s instanceof YearlyCount c) {
			return c.valueOf(year);
		}
		return null;
	}

	@Override
	public Command set(Object value) {
		EObject s = series.resolve();
		if (s == null) {
			return series.create(context.domain(), created -> put(created, value));
		}
		EObject entry = entry(s);
		if (entry != null) {
			return SetCommand.create(context.domain(), entry, entry instanceof YearDecimal ? Literals.YEAR_DECIMAL__VALUE
					: Literals.YEAR_COUNT__VALUE, value);
		}
		// no entry for the year yet: insert one in year order
		if (s instanceof YearlyDecimal d) {
			YearDecimal e = ClusterDeskFactory.eINSTANCE.createYearDecimal();
			e.setYear(year);
			e.setValue((BigDecimal) value);
			return AddCommand.create(context.domain(), s, Literals.YEARLY_DECIMAL__VALUES, e, index(d.getValues().stream().map(YearDecimal::getYear).toList()));
		}
		YearlyCount c = (YearlyCount) s;
		YearCount e = ClusterDeskFactory.eINSTANCE.createYearCount();
		e.setYear(year);
		e.setValue((Integer) value);
		return AddCommand.create(context.domain(), s, Literals.YEARLY_COUNT__VALUES, e, index(c.getValues().stream().map(YearCount::getYear).toList()));
	}

	private int index(List<Integer> years) {
		int i = 0;
		while (i < years.size() && years.get(i) < year) {
			i++;
		}
		return i;
	}

	private void put(EObject created, Object value) {
		if (created instanceof YearlyDecimal d) {
			d.put(year, (BigDecimal) value);
		} else if (created instanceof YearlyCount c) {
			c.put(year, (Integer) value);
		}
	}

	private EObject entry(EObject s) {
		if (s instanceof YearlyDecimal d) {
			for (YearDecimal e : d.getValues()) {
				if (e.getYear() == year) {
					return e;
				}
			}
		} else if (s instanceof YearlyCount c) {
			for (YearCount e : c.getValues()) {
				if (e.getYear() == year) {
					return e;
				}
			}
		}
		return null;
	}

	private static final Pattern YEAR = Pattern.compile("(\\d{4})年"); //$NON-NLS-1$

	@Override
	public int match(RuleFinding finding, EObject owner, EStructuralFeature feature) {
		int precise = match(owner, feature);
		if (precise > 0) {
			return precise;
		}
		// a finding about the whole yearly row (its owner and feature, or the row object itself) names the year in its place
		EObject s = series.resolve();
		Object value = owner != null && feature != null && feature.getEContainingClass().isSuperTypeOf(owner.eClass()) ? owner.eGet(feature) : null;
		// the row itself, or the park indicator holding it (投资强度 is checked against both of its parts)
		boolean aboutRow = s != null && (owner == s || value == s || value != null && value == s.eContainer() && !(value instanceof ClusterDocument));
		if (!aboutRow) {
			return 0;
		}
		Integer named = yearOf(finding.field());
		if (named == null) {
			return first ? 1 : 0;
		}
		return named == year ? 3 : 0;
	}

	private boolean first;

	/** Marks the cell that takes a row's findings that name no year (the first cell of its row). */
	public YearAccess first() {
		this.first = true;
		return this;
	}

	private static Integer yearOf(String field) {
		if (field == null) {
			return null;
		}
		Matcher m = YEAR.matcher(field);
		Integer last = null;
		while (m.find()) {
			last = Integer.valueOf(m.group(1));
		}
		return last;
	}

	@Override
	public int match(EObject owner, EStructuralFeature feature) {
		if (owner instanceof YearDecimal e && e.getYear() == year && series.is(e.eContainer())) {
			return 4;
		}
		if (owner instanceof YearCount e && e.getYear() == year && series.is(e.eContainer())) {
			return 4;
		}
		return 0;
	}
}
