/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Whether a letter makes one prescribed commitment (承诺函): true when the letter's commitments hold the sentence as the
 * form words it. Setting it writes the letter's commitments anew in the form's order — the prescribed sentences that
 * are made, with this one made or not — as one undoable change; a sentence no longer prescribed (the cluster renamed
 * since) is left out, so ticking again words the commitment with today's name.
 */
final class CommitmentAccess implements ValueAccess {

	private final FeatureAccess commitments;

	private final String sentence;

	private final List<String> prescribed;

	CommitmentAccess(FeatureAccess commitments, String sentence, List<String> prescribed) {
		this.commitments = commitments;
		this.sentence = sentence;
		this.prescribed = List.copyOf(prescribed);
	}

	@Override
	public Object get() {
		return Boolean.valueOf(current().contains(sentence));
	}

	@Override
	public Command set(Object value) {
		boolean made = Boolean.TRUE.equals(value);
		Collection<?> current = current();
		List<String> next = new ArrayList<>();
		for (String p : prescribed) {
			if (p.equals(sentence) ? made : current.contains(p)) {
				next.add(p);
			}
		}
		return commitments.set(next);
	}

	private Collection<?> current() {
		return commitments.get() instanceof Collection<?> c ? c : List.of();
	}

	@Override
	public boolean isEditable() {
		return commitments.isEditable();
	}

	@Override
	public int match(EObject owner, EStructuralFeature feature) {
		return commitments.match(owner, feature);
	}
}
