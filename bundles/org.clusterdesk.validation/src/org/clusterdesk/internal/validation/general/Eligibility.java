/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.BasicInfoSection;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.derived.EligibilityFigures;
import org.clusterdesk.model.forms.CommitmentWording;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * G06 (E): the reasons that make a cluster ineligible, each reported on its own (the report sorts G06 first): 主导产业
 * 属于禁止、限制和淘汰类产业 = 是, an accident = 是, tax/credit problems = 是, and in Jiangsu, where the same questions
 * move to the 承诺函, a commitment the form prescribes that the letter does not make (as the form words it, the
 * cluster's name filled in). The same conditions as
 * {@link EligibilityFigures#eligible(Application)}, asked only where the edition shows the question.
 */
public class Eligibility implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof Application application) || context.edition() == null) {
			return;
		}
		BasicInfoSection basic = application.getBasicInfo();
		if (basic != null) {
			if (context.has(Literals.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY) && basic.getProhibitedIndustry() == YesNo.YES) {
				context.error(basic, Literals.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY, null, Messages.G06_prohibitedIndustry,
						Messages.Answer_yes, Messages.Answer_no);
			}
			if (context.has(Literals.BASIC_INFO_SECTION__ACCIDENTS) && yes(basic.getAccidents())) {
				context.error(basic.getAccidents(), Literals.EXPLAINED_ANSWER__ANSWER, null, Messages.G06_accidents,
						Messages.Answer_yes, Messages.Answer_no);
			}
			if (context.has(Literals.BASIC_INFO_SECTION__VIOLATIONS) && yes(basic.getViolations())) {
				context.error(basic.getViolations(), Literals.EXPLAINED_ANSWER__ANSWER, null, Messages.G06_violations,
						Messages.Answer_yes, Messages.Answer_no);
			}
		}
		CommitmentLetter letter = application.getCommitment();
		if (context.has(Literals.APPLICATION__COMMITMENT)) {
			// the letter makes each commitment as the form words it (the cluster's name filled in)
			for (String commitment : CommitmentWording.notMade(application, letter)) {
				context.error(letter != null ? letter : application,
						letter != null ? Literals.COMMITMENT_LETTER__COMMITMENTS : Literals.APPLICATION__COMMITMENT, null,
						NLS.bind(Messages.G06_notCommitted, commitment), Messages.G06_notAffirmed, Messages.G06_affirmed);
			}
		}
	}

	private static boolean yes(ExplainedAnswer answer) {
		return answer != null && answer.getAnswer() == YesNo.YES;
	}
}
