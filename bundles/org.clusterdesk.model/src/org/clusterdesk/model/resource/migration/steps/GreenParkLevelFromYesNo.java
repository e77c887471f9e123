/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration.steps;

import java.util.Map;

import org.clusterdesk.model.Park;
import org.clusterdesk.model.resource.migration.MigrationContext;
import org.clusterdesk.model.resource.migration.MigrationStep;

/**
 * Version 1 → 2, competition report: 是否为国/省级绿色园区 keeps the level (国家级 / 省级 / 否); version 1 held a yes/no
 * (greenPark). 否 stays 否; 是 cannot tell the level, so it is left to choose and named in the report.
 */
public final class GreenParkLevelFromYesNo implements MigrationStep {

	@Override
	public int sourceVersion() {
		return 1;
	}

	@Override
	public Map<String, String> movedFeatures() {
		return Map.of("//Park/greenPark", "//Park/greenParkLevel"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void migrate(MigrationContext context) {
		String label = null;
		for (Park park : context.all(Park.class)) {
			String old = context.take(park, "greenPark"); //$NON-NLS-1$
			if (old == null || old.isBlank() || old.equals("NONE")) { //$NON-NLS-1$
				continue;
			}
			if (label == null) {
				label = Steps.label(context.document(), org.clusterdesk.model.ClusterDeskPackage.Literals.PARK__GREEN_PARK_LEVEL, Messages.GreenPark_label);
			}
			String name = park.getName() == null || park.getName().isBlank() ? Messages.GreenPark_unnamed : park.getName().strip();
			if (old.equals("NO")) { //$NON-NLS-1$
				park.setGreenParkLevel(org.clusterdesk.model.GreenParkLevel.NO);
				context.changed(Messages.bind(Messages.GreenPark_no, name, label));
			} else if (old.equals("YES")) { //$NON-NLS-1$
				context.changed(Messages.bind(Messages.GreenPark_yes, name, label));
				context.missing(Messages.bind(Messages.GreenPark_chooseLevel, label, name));
			} else {
				context.missing(Messages.bind(Messages.GreenPark_unreadable, new Object[] { label, name, old }));
			}
		}
	}
}
