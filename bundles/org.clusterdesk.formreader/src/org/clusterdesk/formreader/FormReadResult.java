/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader;

import java.util.List;

import org.clusterdesk.model.ClusterDocument;

/**
 * What was read from a filled form: the new document (not yet in a resource) and every place that could not be
 * read, in form order.
 */
public record FormReadResult(ClusterDocument document, String editionId, List<UnreadPlace> unread) {

	public FormReadResult {
		unread = List.copyOf(unread);
	}
}
