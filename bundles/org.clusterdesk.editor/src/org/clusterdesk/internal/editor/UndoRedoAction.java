/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;

/** Undo or redo on the editor's command stack, named after the change (撤消 修改“集群名称”). */
final class UndoRedoAction extends Action {

	private final ClusterEditor editor;

	private final boolean undo;

	UndoRedoAction(ClusterEditor editor, boolean undo) {
		this.editor = editor;
		this.undo = undo;
		setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		setImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		setDisabledImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO_DISABLED : ISharedImages.IMG_TOOL_REDO_DISABLED));
		update();
	}

	@Override
	public void run() {
		// text typed but not written yet becomes a step of its own first: undo then takes exactly that back
		editor.commitPending();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		if (undo && stack.canUndo()) {
			stack.undo();
		} else if (!undo && stack.canRedo()) {
			stack.redo();
		}
	}

	void update() {
		CommandStack stack = editor.getEditingDomain() == null ? null : editor.getEditingDomain().getCommandStack();
		Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(command != null);
		String label = command == null || command.getLabel() == null ? "" : command.getLabel(); //$NON-NLS-1$
		setText(NLS.bind(undo ? Messages.Action_undo : Messages.Action_redo, label));
		setToolTipText(NLS.bind(undo ? Messages.Action_undoTip : Messages.Action_redoTip, label));
	}
}
