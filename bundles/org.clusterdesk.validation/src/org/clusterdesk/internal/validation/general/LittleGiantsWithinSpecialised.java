/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * G10 (W): 小巨人 ≤ 省级专精特新, year by year — a 小巨人 is normally also a 专精特新 SME, so more 小巨人 than 专精特新
 * is worth a second look, not an error.
 */
public class LittleGiantsWithinSpecialised implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof Application application && context.edition() != null) {
			SubsetsWithinSets.compare(context, application, Literals.INDUSTRY_SECTION__LITTLE_GIANTS,
					Literals.INDUSTRY_SECTION__SPECIALISED_SMES, Diagnostic.WARNING, Messages.G10_littleGiantsAboveSpecialised);
		}
	}
}
