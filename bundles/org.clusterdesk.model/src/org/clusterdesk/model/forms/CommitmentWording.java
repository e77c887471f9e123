/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.forms;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CommitmentLetter;

/**
 * The commitments a letter of the form (Jiangsu's 承诺函) must make, as the form words them: kept beside the edition in
 * its layout, one directive per commitment in the form's order ({@code label commitment:1 = 我市本次申报的{0}集群主导产业…；}),
 * where {0} is the cluster's name (the form's XXX). The letter holds the sentences it makes; a prescribed sentence
 * that the letter does not hold is a commitment not made.
 */
public final class CommitmentWording {

	private static final String KEY = "commitment:"; //$NON-NLS-1$

	private static final String CLUSTER = "\u96c6\u7fa4"; //$NON-NLS-1$ 集群

	private static final String PLACEHOLDER = "XXX"; //$NON-NLS-1$

	private CommitmentWording() {
	}

	/** The prescribed commitments of the document's edition, the cluster's name filled in; empty without any. */
	public static List<String> prescribed(ClusterDocument document) {
		List<String> result = new ArrayList<>();
		FormLayout layout = FormLayout.of(document.getEdition());
		for (int i = 1;; i++) {
			String wording = layout.text(KEY + i);
			if (wording == null) {
				return result;
			}
			result.add(wording.replace("{0}", name(document))); //$NON-NLS-1$
		}
	}

	/** The prescribed commitments the letter does not make (all of them when there is no letter). */
	public static List<String> notMade(ClusterDocument document, CommitmentLetter letter) {
		List<String> result = new ArrayList<>(prescribed(document));
		if (letter != null) {
			result.removeAll(letter.getCommitments());
		}
		return result;
	}

	/**
	 * Renames the cluster and words the commitments its letter makes with the new name: each commitment made as the
	 * form words it under the old name becomes the one the form words under the new name (the others stay as they are).
	 */
	public static void rename(ClusterDocument document, String name) {
		List<String> before = prescribed(document);
		document.setName(name);
		List<String> after = prescribed(document);
		CommitmentLetter letter = document instanceof Application application ? application.getCommitment() : null;
		if (letter == null) {
			return;
		}
		for (int i = 0; i < before.size() && i < after.size(); i++) {
			int at = letter.getCommitments().indexOf(before.get(i));
			if (at >= 0 && !before.get(i).equals(after.get(i))) {
				letter.getCommitments().set(at, after.get(i));
			}
		}
	}

	/** The cluster's name as the letter's XXX集群 takes it: without a trailing 集群, XXX while there is none. */
	static String name(ClusterDocument document) {
		String name = document.getName() == null ? "" : document.getName().strip(); //$NON-NLS-1$
		if (name.endsWith(CLUSTER)) {
			name = name.substring(0, name.length() - CLUSTER.length()).strip();
		}
		return name.isEmpty() ? PLACEHOLDER : name;
	}
}
