/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.nl.zh.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.ui.wizards.NewClusterFileWizard;
import org.clusterdesk.testing.EventLoop;
import org.clusterdesk.testing.Screenshots;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The workbench runs with {@code -nl zh_CN} (see pom.xml) and the org.clusterdesk.nl.zh.* fragments: the platform's
 * own strings that users meet around ClusterDesk must be Chinese, read from the running widgets.
 */
class ChineseDesktopTest {

	/** Exposes the wizard dialog's buttons (protected in WizardDialog). */
	private static final class InspectableWizardDialog extends WizardDialog {
		InspectableWizardDialog(Shell parent, NewClusterFileWizard wizard) {
			super(parent, wizard);
		}

		Button button(int id) {
			return getButton(id);
		}
	}

	@Test
	void runsUnderAChineseLocale() {
		assertEquals("zh_CN", Platform.getNL());
	}

	@Test
	void newFileWizardHasChineseButtons() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		NewClusterFileWizard wizard = new NewClusterFileWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		InspectableWizardDialog dialog = new InspectableWizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			EventLoop.settle(300);
			assertEquals("< 上一步(&B)", dialog.button(IDialogConstants.BACK_ID).getText());
			assertEquals("下一步(&N) >", dialog.button(IDialogConstants.NEXT_ID).getText());
			assertEquals("完成(&F)", dialog.button(IDialogConstants.FINISH_ID).getText());
			assertEquals("取消", dialog.button(IDialogConstants.CANCEL_ID).getText());
			String dir = System.getProperty("clusterdesk.screenshots");
			if (dir != null) {
				Path png = Screenshots.screen(dialog.getShell().getBounds(), Path.of(dir, "new-file-wizard-zh_CN.png"));
				assertTrue(Files.size(png) > 0, png.toString());
			}
		} finally {
			dialog.close();
		}
	}

	@Test
	void dialogAndProgressStringsAreChinese() {
		assertEquals("确定", IDialogConstants.OK_LABEL);
		assertEquals("是(&Y)", IDialogConstants.YES_LABEL);
		assertEquals("否(&N)", IDialogConstants.NO_LABEL);
		assertEquals("详细信息(&D) >>", IDialogConstants.SHOW_DETAILS_LABEL);
		assertEquals("进度信息", JFaceResources.getString("ProgressMonitorDialog.title"));
	}

	@Test
	void productMenusAreChinese() {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		assertNotNull(bar, "the workbench window has no menu bar");
		List<String> titles = new ArrayList<>();
		for (MenuItem item : bar.getItems()) {
			titles.add(item.getText());
		}
		assertTrue(titles.contains("文件(&F)"), titles.toString());
		assertTrue(titles.contains("编辑(&E)"), titles.toString());
		assertTrue(titles.contains("窗口(&W)"), titles.toString());
		assertTrue(titles.contains("帮助(&H)"), titles.toString());
	}

	@Test
	void problemsViewColumnsAreChinese() {
		List<String> fields = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.ide.markerSupport")) { //$NON-NLS-1$
			if ("markerField".equals(element.getName())) { //$NON-NLS-1$
				fields.add(element.getAttribute("id") + "=" + element.getAttribute("name")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		assertTrue(fields.contains("org.eclipse.ui.ide.severityAndDescriptionField=描述"), fields.toString());
		assertTrue(fields.contains("org.eclipse.ui.ide.resourceField=资源"), fields.toString());
		assertTrue(fields.contains("org.eclipse.ui.ide.pathField=路径"), fields.toString());
		assertTrue(fields.contains("org.eclipse.ui.ide.locationField=位置"), fields.toString());
		assertEquals("问题", PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.ui.views.ProblemView").getLabel());
	}
}
