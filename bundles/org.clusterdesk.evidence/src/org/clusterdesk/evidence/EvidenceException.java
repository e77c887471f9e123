/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import java.util.List;

/** The bundle could not be made; nothing was written. Lists every attachment that stood in the way. */
public class EvidenceException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<EvidenceProblem> problems;

	public EvidenceException(String message, List<EvidenceProblem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	public EvidenceException(String message, Throwable cause) {
		super(message, cause);
		this.problems = List.of();
	}

	/** The attachments that could not be used (empty when the failure is not an attachment's). */
	public List<EvidenceProblem> problems() {
		return problems;
	}
}
