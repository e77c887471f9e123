/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * The findings of a workspace file as markers in the Problems view (not persistent: they are the open editor's live
 * checks). Each marker remembers the object and feature it is about, so that Go To in the Problems view reveals the
 * field.
 */
public final class ProblemMarkers {

	/** The marker type (a problem marker). */
	public static final String TYPE = "org.clusterdesk.editor.problem"; //$NON-NLS-1$

	/** Marker attribute: URI fragment of the object the finding is about. */
	public static final String OBJECT = "org.clusterdesk.editor.object"; //$NON-NLS-1$

	/** Marker attribute: name of the feature the finding is about. */
	public static final String FEATURE = "org.clusterdesk.editor.feature"; //$NON-NLS-1$

	/** Marker attribute: the rule (G01 …). */
	public static final String RULE = "org.clusterdesk.editor.rule"; //$NON-NLS-1$

	/** Markers beyond this many are summed up in one: the Problems view is a list to work through, not a dump. */
	static final int LIMIT = 1000;

	private ProblemMarkers() {
	}

	/** Replaces the file's markers by the findings (in a workspace job; locations are taken now, on the UI thread). */
	public static void update(IFile file, Resource resource, List<RuleFinding> findings) {
		List<Map<String, Object>> markers = new ArrayList<>();
		for (RuleFinding finding : findings) {
			if (markers.size() == LIMIT) {
				Map<String, Object> more = new HashMap<>();
				more.put(IMarker.MESSAGE, NLS.bind(Messages.Markers_more, findings.size() - LIMIT));
				more.put(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
				markers.add(more);
				break;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, finding.message());
			attributes.put(IMarker.SEVERITY, finding.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
			String location = finding.section() == null ? finding.field() : finding.field() == null ? finding.section()
					: finding.section() + " " + finding.field(); //$NON-NLS-1$
			if (location != null) {
				attributes.put(IMarker.LOCATION, location);
			}
			attributes.put(RULE, finding.ruleId());
			if (finding.owner() != null && finding.owner().eResource() == resource) {
				String fragment = resource.getURIFragment(finding.owner());
				attributes.put(OBJECT, fragment);
				// EMF's attribute as well, so that other tools find the object
				attributes.put(EValidator.URI_ATTRIBUTE,
						URI.createPlatformResourceURI(file.getFullPath().toString(), true).appendFragment(fragment).toString());
			}
			if (finding.feature() != null) {
				attributes.put(FEATURE, finding.feature().getName());
			}
			markers.add(attributes);
		}
		WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.Markers_job, file.getName())) {

			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (!file.exists()) {
					return Status.OK_STATUS;
				}
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Map<String, Object> attributes : markers) {
					file.createMarker(TYPE, attributes);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
		job.setSystem(true);
		job.schedule();
	}

	/** Removes the file's markers (the editor closed). */
	public static void clear(IFile file) {
		WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.Markers_job, file.getName())) {

			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (file.exists()) {
					file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
		job.setSystem(true);
		job.schedule();
	}
}
