/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** The keyboard as a user presses it (events posted to the display, through the workbench's key bindings). */
class KeyboardTest {

	@Test
	void deleteUndoSaveAndPageSwitchingFromTheKeyboard() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("beijing-2024");
		try {
			ClusterFormPage cover = EditorTesting.show(editor, "section-0");
			TextField name = EditorTesting.field(cover, "集群名称");
			String original = name.getText().getText();
			name.getText().setFocus();
			name.getText().setSelection(0);
			EditorTesting.flush();
			key(SWT.DEL, 0, (char) 0);
			assertEquals(original.substring(1), name.getText().getText(), "Delete removes the next character in a field");
			key(SWT.CR, 0, '\r');
			assertEquals(original.substring(1), editor.getDocument().getName(), "Enter commits the field");
			assertTrue(editor.isDirty());

			key(0, SWT.CTRL, 'z');
			assertEquals(original, editor.getDocument().getName(), "Ctrl+Z undoes the change");
			assertEquals(original, name.getText().getText());
			assertFalse(editor.isDirty());

			name.getText().setFocus();
			name.getText().setText(original + "集群");
			key(SWT.CR, 0, '\r');
			key(0, SWT.CTRL, 's');
			assertFalse(editor.isDirty(), "Ctrl+S saves");

			int page = editor.getActivePage();
			key(SWT.PAGE_DOWN, SWT.CTRL, (char) 0);
			assertEquals(page + 1, editor.getActivePage(), "Ctrl+PageDown shows the next page");
			key(SWT.PAGE_UP, SWT.CTRL, (char) 0);
			assertEquals(page, editor.getActivePage(), "Ctrl+PageUp the one before");
			key(SWT.PAGE_DOWN, SWT.ALT, (char) 0);
			assertEquals(page + 1, editor.getActivePage(), "Alt+PageDown, the platform's own binding, too");
		} finally {
			EditorTesting.close(editor);
		}
	}

	/** Presses and releases a key with modifiers. */
	static void key(int keyCode, int modifiers, char character) {
		Display display = Display.getCurrent();
		int modifier = (modifiers & SWT.CTRL) != 0 ? SWT.CTRL : (modifiers & SWT.ALT) != 0 ? SWT.ALT : 0;
		if (modifier != 0) {
			post(display, SWT.KeyDown, modifier, (char) 0);
		}
		post(display, SWT.KeyDown, keyCode, character);
		post(display, SWT.KeyUp, keyCode, character);
		if (modifier != 0) {
			post(display, SWT.KeyUp, modifier, (char) 0);
		}
		EditorTesting.pause(250);
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
	}
}
