/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import java.nio.file.Path;

/**
 * A bundle that was written: the file, the layout of its attachments (P numbers), and the pages before P1 (the cover
 * and the 目录), so that the physical page of Pn is {@code frontPages + n}.
 */
public record EvidenceBundle(Path file, EvidenceLayout layout, int frontPages) {

	/** Every page of the file: the front matter and the attachments. */
	public int physicalPages() {
		return frontPages + layout.totalPages();
	}
}
