/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Where a field's owner lives: a base object and a path of single-valued containment references below it. The owner
 * may not exist yet (an older file without the row, or after undoing its creation): then writing a value creates the
 * missing objects in the same command, so that one undo removes them again.
 */
public final class OwnerRef {

	private final EObject base;

	private final List<EReference> path;

	private OwnerRef(EObject base, List<EReference> path) {
		this.base = base;
		this.path = List.copyOf(path);
	}

	/** The object itself. */
	public static OwnerRef of(EObject base) {
		return new OwnerRef(base, List.of());
	}

	/** The object at the path below the base. */
	public static OwnerRef of(EObject base, EReference... path) {
		return new OwnerRef(base, List.of(path));
	}

	/** The object one reference further down. */
	public OwnerRef child(EReference reference) {
		List<EReference> longer = new ArrayList<>(path);
		longer.add(reference);
		return new OwnerRef(base, longer);
	}

	public EObject base() {
		return base;
	}

	/** The owner, or null while an object on the path is missing. */
	public EObject resolve() {
		EObject current = base;
		for (EReference reference : path) {
			if (current == null) {
				return null;
			}
			current = (EObject) current.eGet(reference);
		}
		return current;
	}

	/** Whether the object is the owner this reference resolves to. */
	public boolean is(EObject object) {
		return object != null && object == resolve();
	}

	/**
	 * A command that creates the missing objects of the path, the last one prepared by the initializer (which sets
	 * the value on the detached object, so no extra command is needed).
	 */
	public Command create(EditingDomain domain, Consumer<EObject> initializer) {
		EObject current = base;
		int i = 0;
		for (; i < path.size(); i++) {
			EObject next = (EObject) current.eGet(path.get(i));
			if (next == null) {
				break;
			}
			current = next;
		}
		if (i == path.size()) {
			throw new IllegalStateException("owner exists"); //$NON-NLS-1$
		}
		EObject top = EcoreUtil.create(path.get(i).getEReferenceType());
		EObject deepest = top;
		for (int j = i + 1; j < path.size(); j++) {
			EObject child = EcoreUtil.create(path.get(j).getEReferenceType());
			deepest.eSet(path.get(j), child);
			deepest = child;
		}
		initializer.accept(deepest);
		return SetCommand.create(domain, current, path.get(i), top);
	}
}
