/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** G13 (W): the cluster name follows the edition's pattern, e.g. XX省XX县XX产业. */
public class ClusterNamePattern implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof ClusterDocument document) || edition == null || edition.getNamePattern() == null
				|| document.getName() == null || document.getName().isBlank()) {
			return; // an empty name is G01's
		}
		Pattern pattern = context.shared(ClusterNamePattern.class, d -> compile(edition.getNamePattern()));
		if (pattern != null && !pattern.matcher(document.getName().strip()).matches()) {
			context.warning(document, Literals.CLUSTER_DOCUMENT__NAME, null,
					NLS.bind(Messages.G13_nameDoesNotMatch, document.getName(), edition.getNamePatternHint()), document.getName(),
					edition.getNamePatternHint());
		}
	}

	private static Pattern compile(String regex) {
		try {
			return Pattern.compile(regex);
		} catch (PatternSyntaxException e) {
			return null; // a broken pattern in an edition file is the modeller's to fix, not the filer's
		}
	}
}
