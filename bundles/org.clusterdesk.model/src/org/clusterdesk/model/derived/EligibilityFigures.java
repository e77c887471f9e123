/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.BasicInfoSection;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.YesNo;

/**
 * G06 eligibility: a prohibited industry, an accident or a tax/credit problem makes the cluster ineligible.
 * Jiangsu asks the same three questions in its 承诺函, where each must be affirmed.
 */
public final class EligibilityFigures {

	private EligibilityFigures() {
	}

	public static boolean eligible(Application application) {
		BasicInfoSection basic = application.getBasicInfo();
		if (basic != null) {
			if (basic.getProhibitedIndustry() == YesNo.YES || yes(basic.getAccidents()) || yes(basic.getViolations())) {
				return false;
			}
		}
		CommitmentLetter letter = application.getCommitment();
		if (letter != null && application.getEdition() != null && application.getEdition().hasField(
				org.clusterdesk.model.ClusterDeskPackage.Literals.APPLICATION__COMMITMENT)) {
			return letter.isNotProhibited() && letter.isNoAccidents() && letter.isNoViolations();
		}
		return true;
	}

	private static boolean yes(ExplainedAnswer answer) {
		return answer != null && answer.getAnswer() == YesNo.YES;
	}
}
