/*******************************************************************************
 * Copyright (c) 2025 ClusterDesk contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.clusterdesk.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Runs inside the real 3.x IDE workbench (tycho-surefire useUIHarness/useUIThread). */
class ClusterDeskPerspectiveTest {

    private static final String PERSPECTIVE_ID = "org.clusterdesk.rcp.perspective";

    @Test
    void opensClusterDeskPerspectiveInActiveWindow() throws WorkbenchException, IOException {
        assertTrue(PlatformUI.isWorkbenchRunning(), "workbench must be running");
        IWorkbench workbench = PlatformUI.getWorkbench();
        assertEquals(Display.getCurrent(), workbench.getDisplay(), "test must run on the UI thread");
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        assertNotNull(window, "no active workbench window");

        IPerspectiveDescriptor descriptor = workbench.getPerspectiveRegistry().findPerspectiveWithId(PERSPECTIVE_ID);
        assertNotNull(descriptor, "perspective " + PERSPECTIVE_ID + " is not registered");

        workbench.showPerspective(PERSPECTIVE_ID, window);
        flushEvents(window.getShell().getDisplay());

        IWorkbenchPage page = window.getActivePage();
        assertNotNull(page, "no active page");
        IPerspectiveDescriptor active = page.getPerspective();
        assertNotNull(active, "no active perspective");
        assertEquals(PERSPECTIVE_ID, active.getId());

        String expectedLabel = rcpPluginProperties().getProperty("perspectiveName");
        assertEquals("ClusterDesk \u96c6\u7fa4\u7533\u62a5", expectedLabel, "perspectiveName in plugin.properties");
        assertEquals(expectedLabel, active.getLabel());
        assertTrue(page.isEditorAreaVisible(), "editor area must be visible");
    }

    private static Properties rcpPluginProperties() throws IOException {
        Bundle rcp = Platform.getBundle("org.clusterdesk.rcp");
        assertNotNull(rcp, "bundle org.clusterdesk.rcp is not installed");
        URL entry = rcp.getEntry("plugin.properties");
        assertNotNull(entry, "org.clusterdesk.rcp has no plugin.properties");
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in); // ISO-8859-1 with unicode escapes, as the file is written
        }
        return properties;
    }

    private static void flushEvents(Display display) {
        while (display.readAndDispatch()) {
            // process pending UI events
        }
    }
}
