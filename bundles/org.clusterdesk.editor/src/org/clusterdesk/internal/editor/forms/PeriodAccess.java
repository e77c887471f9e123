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

/** A construction period (项目建设期) shown in one cell as the form has it: start and end month together. */
public final class PeriodAccess implements ValueAccess {

	private final FormContext context;

	private final EObject owner;

	private final EAttribute start;

	private final EAttribute end;

	public PeriodAccess(FormContext context, EObject owner, EAttribute start, EAttribute end) {
		this.context = context;
		this.owner = owner;
		this.start = start;
		this.end = end;
	}

	@Override
	public Object get() {
		YearMonth from = (YearMonth) owner.eGet(start);
		YearMonth to = (YearMonth) owner.eGet(end);
		return from == null && to == null ? null : new YearMonth[] { from, to };
	}

	@Override
	public Command set(Object value) {
		YearMonth[] period = value instanceof YearMonth[] p ? p : new YearMonth[2];
		CompoundCommand command = new CompoundCommand();
		command.append(SetCommand.create(context.domain(), owner, start, period[0]));
		command.append(SetCommand.create(context.domain(), owner, end, period[1]));
		return command;
	}

	@Override
	public int match(EObject o, EStructuralFeature feature) {
		return o == owner && (feature == start || feature == end) ? 3 : 0;
	}
}
