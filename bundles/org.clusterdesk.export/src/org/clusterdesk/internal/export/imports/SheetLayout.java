/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.List;

import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.internal.export.xlsx.LibraryTable;

/**
 * What a sheet turned out to be: which library, where its header ends and which column holds which field, with the
 * notes about the header (unknown, duplicate and missing columns, 万元 converted).
 *
 * @param table      the library the sheet holds
 * @param headerLast 1-based number of the last header row: data starts below it
 * @param bindings   the recognised columns
 * @param notes      problems found in the header
 */
record SheetLayout(LibraryTable table, int headerLast, List<ColumnBinding> bindings, List<ImportProblem> notes) {
}
