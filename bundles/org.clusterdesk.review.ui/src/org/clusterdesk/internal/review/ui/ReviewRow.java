/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review.ui;

import java.nio.file.Path;
import java.util.Locale;

import org.clusterdesk.internal.review.ApplicationSummary;

/**
 * One row of the Review view: an application's summary and the file to open it from.
 *
 * @param summary what the batch review keeps of the application
 * @param file    the file on disk, or null when unknown
 */
public record ReviewRow(ApplicationSummary summary, Path file) {

	/** Whether the filter text (lower case) is in the name, file, edition or region. */
	boolean matches(String query) {
		if (query.isEmpty()) {
			return true;
		}
		for (String text : new String[] { summary.name(), summary.file(), summary.editionId(), summary.region() }) {
			if (text != null && text.toLowerCase(Locale.ROOT).contains(query)) {
				return true;
			}
		}
		return false;
	}
}
