/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.List;

import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.EvidenceRef;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** How the editor asks for evidence: the dialog, or an answer given by a test. */
public interface EvidencePrompt {

	/** What the user answered. */
	record Answer(boolean cancelled, EvidenceRef evidence, List<Attachment> newAttachments) {

		public static final Answer CANCEL = new Answer(true, null, List.of());

		public static final Answer LATER = new Answer(false, null, List.of());
	}

	/**
	 * @param what       what needs evidence, in the form's words
	 * @param initial    the evidence given so far, or null
	 * @param offerLater whether "稍后补充" is offered
	 */
	Answer ask(Shell shell, ClusterDocument document, String what, EvidenceRef initial, boolean offerLater);

	/** The evidence dialog. */
	EvidencePrompt DIALOG = (shell, document, what, initial, offerLater) -> {
		EvidenceDialog dialog = new EvidenceDialog(shell, document, what, initial, offerLater);
		int code = dialog.open();
		if (code == Window.OK) {
			return new Answer(false, dialog.evidence(), dialog.newAttachments());
		}
		return code == EvidenceDialog.LATER ? Answer.LATER : Answer.CANCEL;
	};
}
