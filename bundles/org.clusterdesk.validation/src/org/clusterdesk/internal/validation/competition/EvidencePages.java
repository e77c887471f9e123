/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterdesk.evidence.EvidenceFacts;
import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.evidence.PageReferences;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.EnterpriseIndicators;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * C12 (W): every evidence page reference of the report (佐证页码 of the 2.x rows, of the top-10 tables, of the smart
 * factories and of each park) reads P plus a page number — the form prints PXX页, so P12 and P12页 are both accepted — and,
 * when 佐证材料总页数 is given, points inside the evidence bundle. Blank references are not this rule's (G01 where the form
 * requires them).
 */
public class EvidencePages implements Rule {

	/** P12 or P12页; no page 0. */
	private static final Pattern PAGE = Pattern.compile("P([1-9][0-9]*)页?"); //$NON-NLS-1$

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof CompetitionReport report) || context.edition() == null) {
			return;
		}
		Integer pages = report.getEvidencePages();
		EvidenceFacts facts = context.option(EvidenceFacts.CONTEXT_KEY) instanceof EvidenceFacts f ? f : null;
		Bundle bundle = facts == null ? null : new Bundle(facts, EvidenceLayout.declared(report));
		for (TreeIterator<EObject> it = report.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof ClusterLibraries) {
				it.prune(); // 15 000 library rows carry no page references
			} else if (o instanceof RankedEnterprise row && shown(row, context)) {
				RankingTable table = (RankingTable) row.eContainer();
				check(row, Literals.COMPARED_DECIMAL__EVIDENCE_PAGE, row.getEvidencePage(),
						CompetitionFacts.where(table.getRows().indexOf(row)), pages, bundle, context);
			} else if (o instanceof ComparedDecimal row && shown(row, context)) {
				check(row, Literals.COMPARED_DECIMAL__EVIDENCE_PAGE, row.getEvidencePage(), null, pages, bundle, context);
			} else if (o instanceof ComparedCount row && shown(row, context)) {
				check(row, Literals.COMPARED_COUNT__EVIDENCE_PAGE, row.getEvidencePage(), null, pages, bundle, context);
			} else if (o instanceof RankingTable table && shown(table, context)) {
				check(table, Literals.RANKING_TABLE__EVIDENCE_PAGE, table.getEvidencePage(), null, pages, bundle, context);
			} else if (o instanceof EnterpriseIndicators enterprises
					&& context.has(Literals.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE)) {
				check(enterprises, Literals.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE,
						enterprises.getSmartFactoriesEvidencePage(), null, pages, bundle, context);
			} else if (o instanceof Park park && context.has(Literals.PARK__EVIDENCE_PAGE)) {
				check(park, Literals.PARK__EVIDENCE_PAGE, park.getEvidencePage(), CompetitionFacts.display(park.getName()), pages, bundle, context);
			}
		}
	}

	private static void check(EObject owner, EAttribute feature, String reference, String where, Integer pages, Bundle bundle,
			RuleContext context) {
		if (reference == null || reference.isBlank()) {
			return;
		}
		String text = reference.strip();
		Matcher m = PAGE.matcher(text);
		if (!m.matches()) {
			context.warning(owner, feature, where, NLS.bind(Messages.C12_notAPage, text), text, Messages.C12_pageForm);
			return;
		}
		long page = m.group(1).length() > 9 ? Long.MAX_VALUE : Long.parseLong(m.group(1));
		if (bundle != null) {
			bundle.check(owner, feature, where, text, page, context);
		} else if (pages != null) {
			if (page > pages.longValue()) {
				context.warning(owner, feature, where, NLS.bind(Messages.C12_outsideBundle, text, pages), text,
						NLS.bind(Messages.C12_withinBundle, pages));
			}
		}
	}

	/** The real evidence bundle the references are checked against, and the layout the document records. */
	private record Bundle(EvidenceFacts facts, EvidenceLayout declared) {

		/**
		 * The page lies inside the bundle; and, for a bundle ClusterDesk made, the page the reference was written for (page
		 * k of an attachment, under the page counts the document records) is the same page of the bundle.
		 */
		void check(EObject owner, EAttribute feature, String where, String text, long page, RuleContext context) {
			if (page > facts.totalPages()) {
				context.warning(owner, feature, where, NLS.bind(Messages.C12_outsideRealBundle, new Object[] { text, facts.bundleName(),
						facts.totalPages() }), text, NLS.bind(Messages.C12_withinBundle, facts.totalPages()));
				return;
			}
			if (facts.layout() == null) {
				return;
			}
			EvidenceLayout.Entry meant = declared.locate((int) page);
			Integer real = meant == null ? null : PageReferences.move((int) page, declared, facts.layout());
			if (meant != null && (real == null || real.intValue() != page)) {
				String title = meant.attachment().getTitle() == null ? "" : meant.attachment().getTitle(); //$NON-NLS-1$
				long inAttachment = page - meant.firstPage() + 1;
				if (real == null) {
					context.warning(owner, feature, where, NLS.bind(Messages.C12_pageNotInBundle, new Object[] { text, title, inAttachment,
							facts.bundleName() }), text, NLS.bind(Messages.C12_withinBundle, facts.totalPages()));
				} else {
					context.warning(owner, feature, where, NLS.bind(Messages.C12_otherAttachment, new Object[] { text, title, inAttachment,
							facts.bundleName(), real }), text, "P" + real); //$NON-NLS-1$
				}
			}
		}
	}

	/**
	 * Whether the edition shows the row the object belongs to: a containing feature below the report's sections that the
	 * form has (a section alone does not make each of its rows shown).
	 */
	private static boolean shown(EObject object, RuleContext context) {
		for (EObject o = object; o.eContainer() != null && !(o.eContainer() instanceof CompetitionReport); o = o.eContainer()) {
			if (context.has(o.eContainingFeature())) {
				return true;
			}
		}
		return false;
	}
}
