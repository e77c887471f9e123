/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor;

import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.RowTable;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Cut, copy, paste, delete and select all in the editor: in a text field they act on its text; in a table they act on
 * rows — a block copied from Excel pastes into a library, selected rows copy as tab-separated text, Delete removes
 * them.
 */
final class EditActionHandler extends Action {

	private final ActionFactory kind;

	EditActionHandler(ActionFactory kind) {
		this.kind = kind;
		setActionDefinitionId(kind.getCommandId());
	}

	@Override
	public void run() {
		Display display = Display.getCurrent();
		Control focus = display == null ? null : display.getFocusControl();
		if (focus instanceof Text text) {
			text(text);
		} else if (focus instanceof StyledText styled) {
			styled(styled);
		} else if (focus instanceof Combo combo) {
			combo(combo);
		} else if (focus instanceof Table table && table.getData(FormWidgets.BINDING_KEY) instanceof RowTable rows) {
			table(rows, display);
		}
	}

	private void text(Text text) {
		if (kind == ActionFactory.DELETE) {
			// the Delete key reaches the field through this handler: delete the selection, else the next character
			if (text.getSelectionCount() == 0) {
				int caret = text.getCaretPosition();
				if (caret < text.getCharCount()) {
					text.setSelection(caret, caret + 1);
				}
			}
			text.insert(""); //$NON-NLS-1$
		} else if (kind == ActionFactory.COPY) {
			text.copy();
		} else if (kind == ActionFactory.CUT) {
			text.cut();
		} else if (kind == ActionFactory.PASTE) {
			text.paste();
		} else if (kind == ActionFactory.SELECT_ALL) {
			text.selectAll();
		}
	}

	private void styled(StyledText text) {
		if (kind == ActionFactory.DELETE) {
			text.invokeAction(ST.DELETE_NEXT);
		} else if (kind == ActionFactory.COPY) {
			text.copy();
		} else if (kind == ActionFactory.CUT) {
			text.cut();
		} else if (kind == ActionFactory.PASTE) {
			text.paste();
		} else if (kind == ActionFactory.SELECT_ALL) {
			text.selectAll();
		}
	}

	private void combo(Combo combo) {
		if (kind == ActionFactory.COPY) {
			combo.copy();
		} else if (kind == ActionFactory.CUT) {
			combo.cut();
		} else if (kind == ActionFactory.PASTE) {
			combo.paste();
		}
	}

	private void table(RowTable rows, Display display) {
		if (kind == ActionFactory.DELETE) {
			if (!rows.getViewer().isCellEditorActive()) {
				rows.deleteSelected();
			}
			return;
		}
		if (kind == ActionFactory.SELECT_ALL) {
			rows.getViewer().getTable().selectAll();
			return;
		}
		Clipboard clipboard = new Clipboard(display);
		try {
			if (kind == ActionFactory.PASTE) {
				Object contents = clipboard.getContents(TextTransfer.getInstance());
				if (contents instanceof String text) {
					rows.paste(text);
				}
			} else {
				String text = rows.copySelection();
				if (!text.isEmpty()) {
					clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
					if (kind == ActionFactory.CUT) {
						rows.deleteSelected();
					}
				}
			}
		} finally {
			clipboard.dispose();
		}
	}
}
