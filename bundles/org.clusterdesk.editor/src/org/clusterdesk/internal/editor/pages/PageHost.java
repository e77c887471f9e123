/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.rules.RuleFinding;

/** What the editor offers its pages beyond the shared form context: navigation and the state of validation. */
public interface PageHost {

	/** Shows the page and the control of a finding, with the focus on it. */
	void reveal(RuleFinding finding);

	/** Shows the page of a section of the edition. */
	void showSection(FormSection section);

	/** Where the document is stored, for the user. */
	String location();

	/** Whether findings are known yet (the first validation has finished). */
	boolean isValidated();

	/** Whether a validation is running or scheduled. */
	boolean isValidating();

	/** Milliseconds the last validation took, or -1. */
	long lastValidationMillis();
}
