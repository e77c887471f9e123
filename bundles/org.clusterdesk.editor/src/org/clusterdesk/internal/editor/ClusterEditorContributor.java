/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * Connects the workbench's Edit and File actions to the active ClusterDesk editor: undo / redo on its command stack
 * (named after the change), revert, and cut / copy / paste / delete / select all acting on text fields or table rows.
 */
public class ClusterEditorContributor extends MultiPageEditorActionBarContributor {

	private static final List<ActionFactory> EDIT = List.of(ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.SELECT_ALL,
			ActionFactory.DELETE);

	private final Map<EditKind, IAction> editActions = new EnumMap<>(EditKind.class);

	private enum EditKind {
		CUT, COPY, PASTE, SELECT_ALL, DELETE
	}

	public ClusterEditorContributor() {
		for (int i = 0; i < EDIT.size(); i++) {
			editActions.put(EditKind.values()[i], ClusterEditor.editAction(EDIT.get(i)));
		}
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		IActionBars bars = getActionBars();
		if (bars == null) {
			return;
		}
		if (part instanceof ClusterEditor editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
			bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), editor.revertAction());
			for (int i = 0; i < EDIT.size(); i++) {
				bars.setGlobalActionHandler(EDIT.get(i).getId(), editActions.get(EditKind.values()[i]));
			}
		} else {
			bars.clearGlobalActionHandlers();
		}
		bars.updateActionBars();
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the handlers act on the whole editor, whichever page shows
	}
}
