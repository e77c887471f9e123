/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;
import org.eclipse.osgi.util.NLS;

/** Sheet names Excel accepts: at most 31 characters, none of []:*?/\, unique ignoring case. */
final class SheetNames {

	private static final int MAX_LENGTH = 31;

	private final Set<String> used = new HashSet<>();

	String unique(String wanted) {
		String base = WorkbookUtil.createSafeSheetName(wanted, '_');
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = NLS.bind(Messages.Sheet_numbered, "", Integer.toString(n)); //$NON-NLS-1$
			name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
		}
		return name;
	}
}
