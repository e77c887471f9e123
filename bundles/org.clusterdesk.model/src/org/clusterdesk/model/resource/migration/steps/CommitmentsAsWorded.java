/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration.steps;

import java.util.List;
import java.util.Map;

import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.forms.CommitmentWording;
import org.clusterdesk.model.resource.migration.MigrationContext;
import org.clusterdesk.model.resource.migration.MigrationStep;

/**
 * Version 1 → 2, Jiangsu 承诺函: the letter holds the commitments as the form words them (the cluster's name filled in);
 * version 1 held three yes/no fields, in the form's order. A yes makes that commitment; a no, or no answer, leaves it
 * unmade and is named in the report (the letter must make it before the application is eligible, G06).
 */
public final class CommitmentsAsWorded implements MigrationStep {

	private static final List<String> OLD_FIELDS = List.of("notProhibited", "noAccidents", "noViolations"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@Override
	public int sourceVersion() {
		return 1;
	}

	@Override
	public Map<String, String> movedFeatures() {
		return Map.of("//CommitmentLetter/notProhibited", "//CommitmentLetter/commitments", //$NON-NLS-1$ //$NON-NLS-2$
				"//CommitmentLetter/noAccidents", "//CommitmentLetter/commitments", //$NON-NLS-1$ //$NON-NLS-2$
				"//CommitmentLetter/noViolations", "//CommitmentLetter/commitments"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void migrate(MigrationContext context) {
		for (CommitmentLetter letter : context.all(CommitmentLetter.class)) {
			List<String> worded = CommitmentWording.prescribed(context.document());
			int made = 0;
			for (int i = 0; i < OLD_FIELDS.size(); i++) {
				String old = context.take(letter, OLD_FIELDS.get(i));
				if (i >= worded.size()) {
					// an edition without this commitment: nothing to make
					continue;
				}
				String sentence = worded.get(i);
				if ("true".equals(old == null ? null : old.strip())) { //$NON-NLS-1$
					if (!letter.getCommitments().contains(sentence)) {
						letter.getCommitments().add(sentence);
					}
					made++;
				} else {
					context.missing(Messages.bind(old == null ? Messages.Commitment_unanswered : Messages.Commitment_no, sentence));
				}
			}
			if (!worded.isEmpty()) {
				context.changed(Messages.bind(Messages.Commitment_changed, made, worded.size()));
			}
		}
	}
}
