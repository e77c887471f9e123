/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.derived.DerivedValues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The document's derived values, found by the owner and feature of the value they belong beside. */
public final class DerivedIndex {

	private final List<DerivedValue> all;

	private final Map<EObject, Map<EStructuralFeature, List<DerivedValue>>> byOwner = new IdentityHashMap<>();

	private DerivedIndex(List<DerivedValue> all) {
		this.all = all;
		for (DerivedValue value : all) {
			if (value.owner() != null) {
				byOwner.computeIfAbsent(value.owner(), k -> new HashMap<>()).computeIfAbsent(value.feature(), k -> new ArrayList<>()).add(value);
			}
		}
	}

	public static DerivedIndex of(ClusterDocument document) {
		return new DerivedIndex(DerivedValues.of(document));
	}

	public static DerivedIndex empty() {
		return new DerivedIndex(List.of());
	}

	public List<DerivedValue> all() {
		return all;
	}

	/** The derived values beside the feature of the owner, in the order of the form. */
	public List<DerivedValue> of(EObject owner, EStructuralFeature feature) {
		if (owner == null) {
			return List.of();
		}
		Map<EStructuralFeature, List<DerivedValue>> features = byOwner.get(owner);
		List<DerivedValue> values = features == null ? null : features.get(feature);
		return values == null ? List.of() : values;
	}

	/** The first derived value beside the feature of the owner for the year (null: the one without year). */
	public DerivedValue of(EObject owner, EStructuralFeature feature, Integer year) {
		for (DerivedValue value : of(owner, feature)) {
			if (Objects.equals(value.year(), year)) {
				return value;
			}
		}
		return null;
	}
}
