/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

/** A control showing model values: refreshed after every change of the document. */
public interface Binding {

	/** Shows the model's current values. */
	void refresh();

	/** Writes what the user typed but has not committed yet; false when it cannot be read (it stays in the field). */
	default boolean commit() {
		return true;
	}

	/** Whether the control holds typed text not yet written to the model. */
	default boolean isPending() {
		return false;
	}
}
