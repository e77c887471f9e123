/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * C05 (E): the library headings (共有企业XXX个，其中…) are computed from the rows ({@link ClusterLibraries#existingSummary()}
 * and its siblings), so the filer cannot type a wrong one. What can still go wrong is a heading computed from a library
 * that was never filled or imported: 2.2 says the cluster has enterprises (企业数量（个，提供现有企业库）), yet the heading would
 * print 共有企业0个. That is reported here, once, instead of as eight disagreeing counts under C04.
 */
public class LibrarySummaries implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof ClusterLibraries libraries) || edition == null || !context.has(Literals.CLUSTER_LIBRARIES__EXISTING)
				|| !libraries.getExisting().isEmpty()) {
			return;
		}
		CompetitionReport report = CompetitionFacts.report(context);
		Integer year = CompetitionFacts.lastYear(edition);
		if (report == null || year == null || report.getEnterprises() == null
				|| !context.has(Literals.ENTERPRISE_INDICATORS__ENTERPRISES)) {
			return;
		}
		ComparedCount enterprises = report.getEnterprises().getEnterprises();
		Integer stated = enterprises == null ? null : enterprises.valueOf(year.intValue());
		if (stated != null && stated.intValue() > 0) {
			// the heading's first clause (共有企业0个) says it all; the rest are zeros too
			String heading = libraries.existingSummary();
			int clause = heading.indexOf('，');
			heading = clause > 0 ? heading.substring(0, clause) : heading;
			context.error(libraries, Literals.CLUSTER_LIBRARIES__EXISTING, null,
					NLS.bind(Messages.C05_emptyExisting, new Object[] { heading,
							context.label(Literals.ENTERPRISE_INDICATORS__ENTERPRISES), year, stated }),
					heading, NLS.bind(Messages.C05_expectedRows, stated));
		}
	}
}
