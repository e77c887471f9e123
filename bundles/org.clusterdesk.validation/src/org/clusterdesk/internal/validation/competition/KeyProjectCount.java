/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * C13 (W): 2.3 asks for about ten key projects (10个左右): fewer than 5 or more than 15 is warned. An empty table is G01's
 * error, not warned again here. The bounds are the catalogue's reading of 左右; the edition has no field for them.
 */
public class KeyProjectCount implements Rule {

	static final int MIN_PROJECTS = 5;

	static final int MAX_PROJECTS = 15;

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof CompetitionReport report) || context.edition() == null
				|| !context.has(Literals.COMPETITION_REPORT__KEY_PROJECTS)) {
			return;
		}
		int n = report.getKeyProjects().size();
		if (n == 0 || n >= MIN_PROJECTS && n <= MAX_PROJECTS) {
			return;
		}
		String expected = NLS.bind(Messages.C13_expected, Integer.valueOf(MIN_PROJECTS), Integer.valueOf(MAX_PROJECTS));
		context.warning(report, Literals.COMPETITION_REPORT__KEY_PROJECTS, null,
				NLS.bind(n < MIN_PROJECTS ? Messages.C13_tooFew : Messages.C13_tooMany,
						new Object[] { Integer.valueOf(n), Integer.valueOf(MIN_PROJECTS), Integer.valueOf(MAX_PROJECTS) }),
				Integer.valueOf(n), expected);
	}
}
