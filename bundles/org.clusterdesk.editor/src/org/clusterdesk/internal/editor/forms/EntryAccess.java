/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * A value of one entry of a list found by its key (the 2024 smart-factory counts, the 国家 standards of 2023, the
 * stage goal of 2025): writing to an entry that does not exist yet adds it.
 */
public final class EntryAccess implements ValueAccess {

	private final FormContext context;

	private final OwnerRef listOwner;

	private final EReference list;

	private final Predicate<EObject> key;

	private final Supplier<EObject> creator;

	private final EStructuralFeature feature;

	/**
	 * @param key     which entry of the list
	 * @param creator a new entry with its key set
	 */
	public EntryAccess(FormContext context, OwnerRef listOwner, EReference list, Predicate<EObject> key, Supplier<EObject> creator,
			EStructuralFeature feature) {
		this.context = context;
		this.listOwner = listOwner;
		this.list = list;
		this.key = key;
		this.creator = creator;
		this.feature = feature;
	}

	/** The entry, or null when there is none yet. */
	public EObject entry() {
		EObject owner = listOwner.resolve();
		if (owner == null) {
			return null;
		}
		for (Object o : (List<?>) owner.eGet(list)) {
			if (o instanceof EObject e && key.test(e)) {
				return e;
			}
		}
		return null;
	}

	@Override
	public Object get() {
		EObject entry = entry();
		return entry == null ? null : entry.eGet(feature);
	}

	@Override
	public Command set(Object value) {
		EObject entry = entry();
		if (entry != null) {
			return SetCommand.create(context.domain(), entry, feature, value);
		}
		EObject created = creator.get();
		created.eSet(feature, value);
		EObject owner = listOwner.resolve();
		if (owner != null) {
			return AddCommand.create(context.domain(), owner, list, created);
		}
		return listOwner.create(context.domain(), o -> {
			@SuppressWarnings("unchecked")
			List<Object> values = (List<Object>) o.eGet(list);
			values.add(created);
		});
	}

	@Override
	public int match(EObject owner, EStructuralFeature f) {
		EObject entry = entry();
		return entry != null && entry == owner && (f == null || f == feature) ? 3 : 0;
	}
}
