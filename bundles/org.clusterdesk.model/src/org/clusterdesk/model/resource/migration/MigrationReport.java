/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What loading an older file changed in memory: attached to the resource that was migrated, until it is saved in the
 * current version (the file on disk stays as it was until then).
 */
public final class MigrationReport extends AdapterImpl {

	private final int fromVersion;
	private final int toVersion;
	private final List<String> changes;
	private final List<String> missing;

	MigrationReport(int fromVersion, int toVersion, List<String> changes, List<String> missing) {
		this.fromVersion = fromVersion;
		this.toVersion = toVersion;
		this.changes = List.copyOf(changes);
		this.missing = List.copyOf(missing);
	}

	/** The report of the resource's last load, or null when the file was already of the current version. */
	public static MigrationReport of(Resource resource) {
		if (resource == null) {
			return null;
		}
		for (Adapter a : resource.eAdapters()) {
			if (a instanceof MigrationReport report) {
				return report;
			}
		}
		return null;
	}

	/** The report of the resource holding the object, or null. */
	public static MigrationReport of(EObject object) {
		return object == null ? null : of(object.eResource());
	}

	/** Forgets the report (once the document has been saved in the current version). */
	public static void clear(Resource resource) {
		resource.eAdapters().removeIf(MigrationReport.class::isInstance);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == MigrationReport.class;
	}

	public int fromVersion() {
		return fromVersion;
	}

	public int toVersion() {
		return toVersion;
	}

	/** What changed, one entry per change, in the form's wording. */
	public List<String> changes() {
		return changes;
	}

	/** Values the new form asks for that the old file could not hold: to be filled in by the user. */
	public List<String> missing() {
		return missing;
	}

	/** One line for the user: 已按新版表式升级：… */
	public String summary() {
		List<String> parts = new ArrayList<>();
		parts.add(Messages.bind(Messages.Report_versions, fromVersion, toVersion));
		parts.addAll(changes);
		String text = Messages.bind(Messages.Report_summary, String.join(Messages.Report_separator, parts));
		if (!missing.isEmpty()) {
			text += Messages.bind(Messages.Report_missing, String.join(Messages.Report_separator, missing));
		}
		return text;
	}

	@Override
	public String toString() {
		return summary();
	}
}
