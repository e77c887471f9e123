/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import org.clusterdesk.model.Attachment;

/** An attachment that cannot go into the bundle: which one, why, and one line for the user naming it and its file. */
public record EvidenceProblem(Attachment attachment, Kind kind, String message) {

	/** Why an attachment cannot be used. */
	public enum Kind {
		NO_FILE_NAME, ABSOLUTE_PATH, MISSING, UNREADABLE, ENCRYPTED, DAMAGED, EMPTY, UNSUPPORTED
	}

	@Override
	public String toString() {
		return message;
	}
}
