/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.clusterdesk.internal.validation.general.EditionRows.Placement;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;

/**
 * G05 (E): a 是 answer to a question the form prints as 是（需附情况说明） (accidents, tax/credit problems, a change of
 * the operating organisation) carries its explanation: a 情况说明 text other than 无, or an attached document. Only
 * where the edition's row asks for it (its note says 需附情况说明): Beijing asks the same questions with a plain 是/否.
 */
public class ExplanationAttached implements Rule {

	/** How the forms mark a question whose 是 needs an explanation. */
	private static final String ASKS_EXPLANATION = "需附情况说明"; //$NON-NLS-1$

	/** 说明 2: what a filer writes where nothing applies — not an explanation. */
	private static final String NOTHING = "无"; //$NON-NLS-1$

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument)) {
			return;
		}
		for (Placement placement : EditionRows.of(context)) {
			if (placement.value() instanceof ExplainedAnswer answer && asksExplanation(placement.row())
					&& answer.getAnswer() == YesNo.YES && !explained(answer)) {
				context.error(answer, Literals.EXPLAINED_ANSWER__EXPLANATION, null, Messages.G05_explanationMissing,
						Messages.Answer_yes, Messages.G05_expected);
			}
		}
	}

	private static boolean asksExplanation(FormRow row) {
		return row.getNote() != null && row.getNote().contains(ASKS_EXPLANATION)
				|| row.getLabel() != null && row.getLabel().contains(ASKS_EXPLANATION);
	}

	private static boolean explained(ExplainedAnswer answer) {
		String text = answer.getExplanation();
		if (text != null && !text.isBlank() && !NOTHING.equals(text.strip())) {
			return true;
		}
		for (EvidenceRef ref : answer.getEvidence()) {
			if (ref.getAttachment() != null && !ref.getAttachment().eIsProxy()) {
				return true;
			}
		}
		return false;
	}
}
