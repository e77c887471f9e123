/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

/** The counts of a competition report's four libraries (集群“四库”) that the overview shows. */
public enum LibraryCount {

	EXISTING(Messages.Library_existing),
	ABOVE_SCALE(Messages.Library_aboveScale),
	LISTED(Messages.Library_listed),
	HIGH_TECH(Messages.Library_highTech),
	LITTLE_GIANT(Messages.Library_littleGiant),
	SINGLE_CHAMPION(Messages.Library_singleChampion),
	PROSPECTIVE(Messages.Library_prospective),
	UNDER_CONSTRUCTION(Messages.Library_underConstruction),
	PLANNED(Messages.Library_planned);

	private final String label;

	LibraryCount(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
