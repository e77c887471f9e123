/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.BasicInfoSection;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.YesNo;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * G06 eligibility: a prohibited industry, an accident or a tax/credit problem makes the cluster ineligible.
 * Jiangsu asks the same three questions in its 承诺函, where each must be affirmed.
 */
public final class EligibilityFigures {

	private EligibilityFigures() {
	}

	public static boolean eligible(Application application) {
		BasicInfoSection basic = application.getBasicInfo();
		Edition edition = application.getEdition();
		if (basic != null) {
			// only the questions the edition asks count (Jiangsu asks them in its letter instead)
			if (asks(edition, Literals.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY) && basic.getProhibitedIndustry() == YesNo.YES
					|| asks(edition, Literals.BASIC_INFO_SECTION__ACCIDENTS) && yes(basic.getAccidents())
					|| asks(edition, Literals.BASIC_INFO_SECTION__VIOLATIONS) && yes(basic.getViolations())) {
				return false;
			}
		}
		CommitmentLetter letter = application.getCommitment();
		if (letter != null && edition != null && edition.hasField(Literals.APPLICATION__COMMITMENT)) {
			// the letter makes every commitment the form prescribes, as the form words them
			return org.clusterdesk.model.forms.CommitmentWording.notMade(application, letter).isEmpty();
		}
		return true;
	}

	/** Without a known edition every question counts. */
	private static boolean asks(Edition edition, EStructuralFeature feature) {
		return edition == null || edition.hasField(feature);
	}

	private static boolean yes(ExplainedAnswer answer) {
		return answer != null && answer.getAnswer() == YesNo.YES;
	}
}
