/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader;

import org.clusterdesk.internal.formreader.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A place of the form whose content could not be read: left empty in the document, never guessed.
 *
 * @param section the section as the form heads it (一、基本情况, 2.1 集群主要经济指标, 封面)
 * @param row     the row as the form words it
 * @param found   the text found there (may be empty)
 * @param reason  why it could not be read
 */
public record UnreadPlace(String section, String row, String found, String reason) {

	/** One line: 一、基本情况 / 集群占地面积（平方公里）：“约三十” — 不是数字. */
	@Override
	public String toString() {
		return NLS.bind(Messages.Place_line, new Object[] { section, row, found == null ? "" : found, reason }); //$NON-NLS-1$
	}
}
