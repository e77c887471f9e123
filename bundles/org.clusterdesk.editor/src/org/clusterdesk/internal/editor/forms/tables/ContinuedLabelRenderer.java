/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

/** The label cell of a row's further line (the form merges it with the label above): left blank. */
final class ContinuedLabelRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Label label && label.line().labelContinued() ? 2 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		grid.blank(0, 1);
	}
}
