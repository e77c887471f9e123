/*******************************************************************************
 * Copyright (c) 2025 ClusterDesk contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.clusterdesk.internal.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewRegistry;

/**
 * The ClusterDesk perspective: the editor area with the Project Explorer on the left, the Outline
 * on the right and the Problems, Properties and Review views below. Views whose bundles are not installed
 * are left out instead of showing an error placeholder.
 */
public class ClusterDeskPerspective implements IPerspectiveFactory {

    /** The perspective id, as declared in plugin.xml. */
    public static final String ID = "org.clusterdesk.rcp.perspective";

    /** The Review view, when its bundle is installed. */
    static final String REVIEW_VIEW = "org.clusterdesk.review.ui.ReviewView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("org.clusterdesk.rcp.left", IPageLayout.LEFT, 0.22f, editorArea);
        addIfAvailable(left, IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout bottom = layout.createFolder("org.clusterdesk.rcp.bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
        addIfAvailable(bottom, IPageLayout.ID_PROBLEM_VIEW);
        addIfAvailable(bottom, IPageLayout.ID_PROP_SHEET);
        // the Review view of org.clusterdesk.review.ui, stacked with the Problems view
        addIfAvailable(bottom, REVIEW_VIEW);

        IFolderLayout right = layout.createFolder("org.clusterdesk.rcp.right", IPageLayout.RIGHT, 0.75f, editorArea);
        addIfAvailable(right, IPageLayout.ID_OUTLINE);

        for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE, REVIEW_VIEW }) {
            if (isAvailable(view)) {
                layout.addShowViewShortcut(view);
            }
        }
        layout.addPerspectiveShortcut(ID);
    }

    private static void addIfAvailable(IFolderLayout folder, String viewId) {
        if (isAvailable(viewId)) {
            folder.addView(viewId);
        }
    }

    private static boolean isAvailable(String viewId) {
        IViewRegistry registry = PlatformUI.getWorkbench().getViewRegistry();
        return registry.find(viewId) != null;
    }
}
