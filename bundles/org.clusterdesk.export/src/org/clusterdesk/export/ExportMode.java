/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

/** Draft or final export of the official Word form. */
public enum ExportMode {

	/** Any time: the header says 草稿. */
	DRAFT,

	/** Only when validation reports no error (including G14, the declaration). */
	FINAL
}
