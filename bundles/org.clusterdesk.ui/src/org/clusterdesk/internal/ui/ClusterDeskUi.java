/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** Ids shared by plugin.xml, the handlers, the wizards and the tests. */
public final class ClusterDeskUi {

	/** This bundle. */
	public static final String PLUGIN_ID = "org.clusterdesk.ui"; //$NON-NLS-1$

	/** The ClusterDesk forms editor (bundle org.clusterdesk.editor). */
	public static final String EDITOR_ID = "org.clusterdesk.editor.ClusterEditor"; //$NON-NLS-1$

	/** File extension of ClusterDesk documents, without the dot. */
	public static final String FILE_EXTENSION = "cluster"; //$NON-NLS-1$

	/** Problem markers of a validation run; a sub type of EMF's diagnostic marker (attribute {@code uri}). */
	public static final String MARKER_TYPE = "org.clusterdesk.ui.validationProblem"; //$NON-NLS-1$

	/** Marker attribute: the rule of the catalogue (G01, D03, …). */
	public static final String MARKER_RULE = "ruleId"; //$NON-NLS-1$

	/** Marker attribute: the section as the form numbers it (一, 2.1, …). */
	public static final String MARKER_SECTION = "section"; //$NON-NLS-1$

	/** Marker attribute: the row as the form words it. */
	public static final String MARKER_FIELD = "field"; //$NON-NLS-1$

	/**
	 * Marker attributes by which the ClusterDesk editor's Go To finds the object and field of a marker (URI fragment,
	 * feature name, rule); set on our markers too, so that a double click in the Problems view reaches the field.
	 */
	public static final String EDITOR_MARKER_OBJECT = "org.clusterdesk.editor.object"; //$NON-NLS-1$

	public static final String EDITOR_MARKER_FEATURE = "org.clusterdesk.editor.feature"; //$NON-NLS-1$

	public static final String EDITOR_MARKER_RULE = "org.clusterdesk.editor.rule"; //$NON-NLS-1$

	public static final String COMMAND_NEW_FILE = "org.clusterdesk.ui.commands.newFile"; //$NON-NLS-1$

	public static final String COMMAND_RE_REVIEW = "org.clusterdesk.ui.commands.reReview"; //$NON-NLS-1$

	public static final String COMMAND_EXPORT = "org.clusterdesk.ui.commands.export"; //$NON-NLS-1$

	public static final String COMMAND_IMPORT_LIBRARIES = "org.clusterdesk.ui.commands.importLibraries"; //$NON-NLS-1$

	public static final String COMMAND_VALIDATE = "org.clusterdesk.ui.commands.validate"; //$NON-NLS-1$

	public static final String COMMAND_CATEGORY = "org.clusterdesk.ui.commands.category"; //$NON-NLS-1$

	/** The top-level menu 集群申报 of the main menu. */
	public static final String MENU_ID = "org.clusterdesk.ui.menu"; //$NON-NLS-1$

	public static final String WIZARD_NEW_FILE = "org.clusterdesk.ui.wizards.newClusterFile"; //$NON-NLS-1$

	public static final String WIZARD_RE_REVIEW = "org.clusterdesk.ui.wizards.reReview"; //$NON-NLS-1$

	public static final String WIZARD_EXPORT = "org.clusterdesk.ui.wizards.export"; //$NON-NLS-1$

	public static final String WIZARD_IMPORT_LIBRARIES = "org.clusterdesk.ui.wizards.importLibraries"; //$NON-NLS-1$

	private ClusterDeskUi() {
	}

	/** The banner of the ClusterDesk wizards. */
	public static ImageDescriptor wizardBanner() {
		return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, "icons/wizban/cluster_wiz.png").orElse(null); //$NON-NLS-1$
	}
}
