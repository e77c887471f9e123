/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import org.clusterdesk.internal.export.xlsx.LibraryField;

/**
 * A sheet column recognised as a field.
 *
 * @param column   0-based column index
 * @param field    the field it holds
 * @param header   its header as written in the sheet (企业所在地/市州), for problem reports
 * @param divisor  1, or 10 000 when an amount column is headed in 万元 while the model keeps 亿元
 */
record ColumnBinding(int column, LibraryField field, String header, int divisor) {
}
