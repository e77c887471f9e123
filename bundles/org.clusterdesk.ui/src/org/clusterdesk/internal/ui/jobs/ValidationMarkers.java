/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import java.util.HashMap;
import java.util.Map;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;

/**
 * The findings of a validation as problem markers on the workspace file, so that they show in the Problems view
 * and stay until the next validation. Each marker carries the rule, section and row, and EMF's {@code uri} of the
 * object that holds the value, by which an editor can go to it.
 */
public final class ValidationMarkers {

	private ValidationMarkers() {
	}

	/** Replaces the file's ClusterDesk markers by the report's findings, in one workspace change. */
	public static void update(IFile file, ValidationReport report, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(m -> {
			SubMonitor progress = SubMonitor.convert(m, report.findings().size() + 1);
			file.deleteMarkers(ClusterDeskUi.MARKER_TYPE, true, IResource.DEPTH_ZERO);
			progress.worked(1);
			for (RuleFinding finding : report.findings()) {
				file.createMarker(ClusterDeskUi.MARKER_TYPE, attributes(file, finding));
				progress.worked(1);
			}
		}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, monitor);
	}

	/** Removes the file's ClusterDesk markers. */
	public static void clear(IFile file) throws CoreException {
		file.deleteMarkers(ClusterDeskUi.MARKER_TYPE, true, IResource.DEPTH_ZERO);
	}

	static Map<String, Object> attributes(IFile file, RuleFinding finding) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, finding.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		attributes.put(IMarker.MESSAGE, finding.message());
		attributes.put(IMarker.LOCATION, location(finding));
		attributes.put(ClusterDeskUi.MARKER_RULE, finding.ruleId());
		if (finding.section() != null) {
			attributes.put(ClusterDeskUi.MARKER_SECTION, finding.section());
		}
		if (finding.field() != null) {
			attributes.put(ClusterDeskUi.MARKER_FIELD, finding.field());
		}
		attributes.put(ClusterDeskUi.EDITOR_MARKER_RULE, finding.ruleId());
		if (finding.owner() != null && finding.owner().eResource() != null) {
			// the workspace URI of the file, whatever URI the validated copy was loaded with, and the object's fragment
			String fragment = finding.owner().eResource().getURIFragment(finding.owner());
			attributes.put(EValidator.URI_ATTRIBUTE,
					URI.createPlatformResourceURI(file.getFullPath().toString(), true).appendFragment(fragment).toString());
			attributes.put(ClusterDeskUi.EDITOR_MARKER_OBJECT, fragment);
		}
		if (finding.feature() != null) {
			attributes.put(ClusterDeskUi.EDITOR_MARKER_FEATURE, finding.feature().getName());
		}
		return attributes;
	}

	/** 一、基本情况 集群名称 / 2.1 集群主要经济指标 集群产值（亿元）. */
	static String location(RuleFinding finding) {
		String heading = sectionHeading(finding);
		if (finding.field() == null) {
			return heading;
		}
		return heading.isEmpty() ? finding.field() : heading + ' ' + finding.field();
	}

	/** 一、基本情况 / 2.1 集群主要经济指标 / 封面; empty when the finding is not on a row of the form. */
	static String sectionHeading(RuleFinding finding) {
		String section = finding.section();
		String title = finding.sectionTitle();
		if (section == null || section.isEmpty()) {
			return title == null ? "" : title; //$NON-NLS-1$
		}
		if (title == null || title.equals(section)) {
			return section;
		}
		boolean numbered = Character.isDigit(section.charAt(0));
		return section + (numbered ? " " : "、") + title; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
