/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;

/** The value of a feature of an owner. */
public final class FeatureAccess implements ValueAccess {

	private final FormContext context;

	private final OwnerRef owner;

	private final EStructuralFeature feature;

	public FeatureAccess(FormContext context, OwnerRef owner, EStructuralFeature feature) {
		this.context = context;
		this.owner = owner;
		this.feature = feature;
	}

	public OwnerRef owner() {
		return owner;
	}

	public EStructuralFeature feature() {
		return feature;
	}

	@Override
	public Object get() {
		EObject o = owner.resolve();
		return o == null ? null : o.eGet(feature);
	}

	@Override
	public Command set(Object value) {
		EObject o = owner.resolve();
		if (o != null) {
			return SetCommand.create(context.domain(), o, feature, value);
		}
		return owner.create(context.domain(), created -> {
			if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				Collection<Object> list = (Collection<Object>) created.eGet(feature);
				list.addAll((Collection<?>) value);
			} else {
				created.eSet(feature, value);
			}
		});
	}

	@Override
	public int match(EObject o, EStructuralFeature f) {
		if (!owner.is(o)) {
			return 0;
		}
		return f == feature ? 3 : 0;
	}
}
