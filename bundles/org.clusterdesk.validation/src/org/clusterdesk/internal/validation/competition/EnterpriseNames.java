/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.LibraryRow;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * C07 (W): an enterprise's full name (现有企业库: 填写企业全称; 拟引进企业库) ends the way registered names do — 公司, 集团, 厂,
 * 研究院, … or a foreign legal form for a prospective enterprise abroad. Project builders are not checked here: a key
 * project's builder must be in the existing library (C03), whose names this rule already checks, and a library project
 * may be built by a 管委会 or a government body. A name written in Latin script only (a foreign enterprise in 拟引进企业库:
 * "Sandvik", "Siemens Healthineers") is not warned: foreign names need not carry their legal form, and the form asks
 * for no Chinese name; a Chinese name still is.
 */
public class EnterpriseNames implements Rule {

	/**
	 * The endings of a registered name: the single list of this rule. 公司 covers 有限公司, 股份有限公司, 有限责任公司 and 分公司;
	 * 厂 covers 分厂. Latin endings (foreign enterprises) are compared in lower case.
	 */
	static final List<String> ENDINGS = List.of(("公司 集团 厂 研究院 研究所 设计院 中心 合作社 联合社 商行 事务所 经营部 门市部 工作室 农场 林场 牧场 株式会社 " //$NON-NLS-1$
			+ "co. co ltd ltd. limited inc inc. corp corp. corporation company llc gmbh ag se " //$NON-NLS-1$
			+ "s.a. sa s.p.a. spa s.r.l. srl n.v. nv b.v. bv plc k.k. oy ab a/s as").split(" ")); //$NON-NLS-1$ //$NON-NLS-2$

	/** How the message lists the endings: the Chinese ones, the form's examples first. */
	private static final int ENDINGS_SHOWN = 8;

	@Override
	public void check(EObject object, RuleContext context) {
		if (context.edition() == null || !(object instanceof LibraryRow row)
				|| !(row.eContainingFeature() instanceof EReference library) || !context.has(library)) {
			return;
		}
		String name;
		EAttribute feature;
		if (row instanceof ExistingEnterprise e) {
			name = e.getName();
			feature = Literals.EXISTING_ENTERPRISE__NAME;
		} else if (row instanceof ProspectiveEnterprise e) {
			name = e.getName();
			feature = Literals.PROSPECTIVE_ENTERPRISE__NAME;
		} else {
			return; // projects carry project names
		}
		if (name == null || name.isBlank() || isLatinScript(name) || looksLikeFullName(name)) {
			return; // a blank name is C06's; a foreign enterprise's name follows no Chinese pattern
		}
		String endings = String.join(Messages.ListSeparator, ENDINGS.subList(0, ENDINGS_SHOWN));
		context.warning(row, feature, CompetitionFacts.where(row, context), NLS.bind(Messages.C07_notAFullName, name.strip(), endings),
				name.strip(), NLS.bind(Messages.C07_expected, endings));
	}

	/**
	 * Whether the name is written in Latin script: it has Latin letters and no Han characters (full-width letters count
	 * as Latin). Digits, spaces and punctuation belong to either script.
	 */
	static boolean isLatinScript(String name) {
		String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
		boolean latin = false;
		for (int i = 0; i < n.length(); i = n.offsetByCodePoints(i, 1)) {
			int c = n.codePointAt(i);
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			if (script == Character.UnicodeScript.LATIN) {
				latin = true;
			} else if (Character.isLetter(c)) {
				return false; // Han, kana, hangul, …: a name in that script
			}
		}
		return latin;
	}

	/**
	 * Whether the name ends in a registered form, ignoring a trailing parenthesis such as （筹） or （中国） and the full- or
	 * half-width spelling of brackets and letters.
	 */
	static boolean looksLikeFullName(String name) {
		String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		while (true) {
			if (endsInLegalForm(n)) {
				return true;
			}
			int open = n.lastIndexOf('(');
			if (!n.endsWith(")") || open <= 0) { //$NON-NLS-1$
				return false;
			}
			// 某某（集团） names its form in the brackets; 西门子（中国）有限公司 is caught above, 某某有限公司（筹） here
			if (endsInLegalForm(n.substring(open + 1, n.length() - 1).strip())) {
				return true;
			}
			n = n.substring(0, open).strip();
		}
	}

	private static boolean endsInLegalForm(String n) {
		for (String ending : ENDINGS) {
			if (n.endsWith(ending) && (isHan(ending) || latinWordEnd(n, ending))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHan(String ending) {
		return Character.UnicodeScript.of(ending.codePointAt(0)) == Character.UnicodeScript.HAN;
	}

	/** A Latin ending counts only as a whole word: "Bosch GmbH", not "Robotics" for "cs". */
	private static boolean latinWordEnd(String name, String ending) {
		int start = name.length() - ending.length();
		if (start == 0) {
			return false; // the name is nothing but a legal form
		}
		char before = name.charAt(start - 1);
		return before == ' ' || before == ',' || before == '.' || before == '&';
	}
}
