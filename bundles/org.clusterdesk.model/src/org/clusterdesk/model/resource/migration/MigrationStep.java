/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration;

import java.util.Map;

/**
 * One change of the metamodel that old files need: it moves what a file of {@link #sourceVersion()} holds into the
 * features of the next version. A file of version N runs every step whose source version is N or later, in the
 * order of {@link Migrations#steps()}. The values the old file holds in features the current metamodel no longer has
 * are kept while loading (EMF's unknown-feature recording) and are taken with {@link MigrationContext#take}; a step
 * tells the user what it did with {@link MigrationContext#changed} and names each value the old file could not hold
 * with {@link MigrationContext#missing}.
 */
public interface MigrationStep {

	/** The file version this step upgrades from (its result is version {@code sourceVersion() + 1}). */
	int sourceVersion();

	/**
	 * Metamodel features the files of the source version reference (for example in evidence links) that have a new
	 * place: URI fragment in the old version to URI fragment in the new one, e.g.
	 * {@code //IndustrySection/fdiCumulativeGrowth} to {@code //IndustrySection/fdiGrowth}.
	 */
	default Map<String, String> movedFeatures() {
		return Map.of();
	}

	/** Moves the old values into the new features of the loaded document. */
	void migrate(MigrationContext context);
}
