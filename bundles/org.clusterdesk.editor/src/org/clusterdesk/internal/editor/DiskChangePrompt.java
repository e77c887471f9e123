/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The questions the editor asks when its file was changed by another program (an import, a second window): reload
 * and drop my changes? overwrite the other program's version? As Eclipse's text editors ask them. Tests answer
 * through {@link #answerWith(Answerer)} instead of a blocking dialog.
 */
public final class DiskChangePrompt {

	/** Answers a yes/no question. */
	@FunctionalInterface
	public interface Answerer {
		boolean ask(Shell shell, String title, String question);
	}

	private static final Answerer DIALOG = MessageDialog::openQuestion;

	private static Answerer answerer = DIALOG;

	private DiskChangePrompt() {
	}

	static boolean ask(Shell shell, String title, String question) {
		return answerer.ask(shell, title, question);
	}

	/** For tests: answer with this instead of a dialog; null restores the dialog. */
	public static void answerWith(Answerer answers) {
		answerer = answers == null ? DIALOG : answers;
	}
}
