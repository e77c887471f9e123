/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.time.YearMonth;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * A construction period (项目建设期) shown in one cell as the form has it: start and end month together, or start and
 * end year for a period given in years only (2024-2026), as the model keeps it.
 */
public final class PeriodAccess implements ValueAccess {

	/**
	 * The value of the cell.
	 *
	 * @param yearsOnly whether the period is given in years only: start is January of its year, end December
	 */
	public record Period(YearMonth start, YearMonth end, boolean yearsOnly) {
	}

	private final FormContext context;

	private final EObject owner;

	private final EAttribute start;

	private final EAttribute end;

	private final EAttribute yearsOnly;

	/**
	 * @param yearsOnly the boolean attribute saying the period is given in years only, or null where the model keeps
	 *                  months only
	 */
	public PeriodAccess(FormContext context, EObject owner, EAttribute start, EAttribute end, EAttribute yearsOnly) {
		this.context = context;
		this.owner = owner;
		this.start = start;
		this.end = end;
		this.yearsOnly = yearsOnly;
	}

	@Override
	public Object get() {
		YearMonth from = (YearMonth) owner.eGet(start);
		YearMonth to = (YearMonth) owner.eGet(end);
		boolean years = yearsOnly != null && Boolean.TRUE.equals(owner.eGet(yearsOnly));
		return from == null && to == null ? null : new Period(from, to, years);
	}

	@Override
	public Command set(Object value) {
		Period period = value instanceof Period p ? p : new Period(null, null, false);
		CompoundCommand command = new CompoundCommand();
		command.append(SetCommand.create(context.domain(), owner, start, period.start()));
		command.append(SetCommand.create(context.domain(), owner, end, period.end()));
		if (yearsOnly != null) {
			command.append(SetCommand.create(context.domain(), owner, yearsOnly, Boolean.valueOf(period.yearsOnly())));
		}
		return command;
	}

	@Override
	public int match(EObject o, EStructuralFeature feature) {
		return o == owner && (feature == start || feature == end || feature == yearsOnly) ? 3 : 0;
	}
}
