/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * An editable table over a list of the model: virtual (only visible rows are created, so 10 000 rows scroll
 * smoothly), sortable by clicking a header, filterable, with adding, deleting and reordering rows and editing in
 * place (double-click, F2, Enter or simply typing; Tab moves to the next cell). Rows with findings show an icon in the
 * first column and their cells are tinted; the tooltip says what is wrong.
 */
public class RowTable implements Binding, ProblemTarget {

	/** What the table offers. */
	public record Options(boolean filter, boolean sort, boolean buttons, boolean fill, int visibleRows) {

		/** A short list inside a section page. */
		public static final Options SMALL = new Options(false, false, true, false, 6);

		/** A library: fills its page, filter and sort. */
		public static final Options LIBRARY = new Options(true, true, true, true, 20);
	}

	/** Handles text pasted into the table (a block copied from Excel). */
	public interface PasteHandler {

		void paste(RowTable table, String text);
	}

	private static final Collator COLLATOR = Collator.getInstance(Locale.CHINA);

	private final FormContext context;

	private final String pageId;

	private final OwnerRef listOwner;

	private final EReference listFeature;

	private final List<Column> columns;

	private final Options options;

	private final Supplier<EObject> newRow;

	private final String label;

	private final Composite composite;

	private final TableViewer viewer;

	private final ProblemDecoration listDecoration;

	private Text filterText;

	private Label countLabel;

	private Button upButton;

	private Button downButton;

	private Button deleteButton;

	private PasteHandler pasteHandler;

	private Runnable addAction;

	/** Positions in the model list of the rows shown, in display order. */
	private int[] order = new int[0];

	private boolean structureChanged = true;

	private boolean populated;

	/** From this many rows on, a change elsewhere does not refresh the whole table. */
	private static final int LARGE = 500;

	private EObject watchedOwner;

	private final AdapterImpl structureWatcher = new AdapterImpl() {

		@Override
		public void notifyChanged(Notification msg) {
			if (msg.getFeature() == listFeature) {
				structureChanged = true;
			}
		}
	};

	private int sortColumn = -1;

	private int sortDirection = SWT.NONE;

	private String filter = ""; //$NON-NLS-1$

	private final Map<EObject, List<RuleFinding>> rowFindings = new IdentityHashMap<>();

	private final Map<EObject, Map<EStructuralFeature, Boolean>> cellFindings = new IdentityHashMap<>();

	private char activationCharacter;

	private final List<CellEditing> editings = new ArrayList<>();

	public RowTable(FormContext context, Composite parent, String pageId, OwnerRef listOwner, EReference listFeature, List<Column> columns,
			Options options, Supplier<EObject> newRow, String label) {
		this.context = context;
		this.pageId = pageId;
		this.listOwner = listOwner;
		this.listFeature = listFeature;
		this.columns = List.copyOf(columns);
		this.options = options;
		this.newRow = newRow;
		this.label = label;
		composite = FormWidgets.grid(context.toolkit(), parent, 1, 1);
		if (options.fill()) {
			composite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		}
		if (options.buttons() || options.filter()) {
			createToolbar();
		}
		int style = SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL;
		viewer = new TableViewer(composite, style);
		Table table = viewer.getTable();
		table.setData(FormWidgets.BINDING_KEY, this);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, options.fill() ? SWT.FILL : SWT.TOP, true, options.fill());
		data.horizontalIndent = ProblemDecoration.INDENT;
		data.heightHint = heightFor(options.visibleRows());
		data.widthHint = 200;
		table.setLayoutData(data);
		context.toolkit().adapt(table, false, false);
		listDecoration = new ProblemDecoration(table);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {

			@Override
			public void updateElement(int index) {
				EList<EObject> list = list();
				if (index < order.length && order[index] < list.size()) {
					viewer.replace(list.get(order[index]), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// the input is the table itself; rows come from the order index
			}

			@Override
			public void dispose() {
				// nothing held
			}
		});
		for (int i = 0; i < this.columns.size(); i++) {
			createColumn(i);
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		createEditor();
		viewer.addSelectionChangedListener(e -> updateButtons());
		table.addListener(SWT.Dispose, e -> {
			if (watchedOwner != null) {
				watchedOwner.eAdapters().remove(structureWatcher);
			}
			listDecoration.dispose();
		});
		viewer.setInput(this);
		refresh();
	}

	/** Table height showing the rows (the item height is not known before the first item on every platform). */
	private int heightFor(int rows) {
		Table table = viewer == null ? null : viewer.getTable();
		int item = Math.max(table == null ? 0 : table.getItemHeight(), 26);
		int header = Math.max(table == null ? 0 : table.getHeaderHeight(), 28);
		return item * rows + header + 6;
	}

	/** A short list is as tall as its rows (at least three, at most the option's number): no scrolling inside a form. */
	private void fitHeight() {
		if (options.fill()) {
			return;
		}
		int rows = Math.max(3, Math.min(options.visibleRows(), list().size() + 1));
		GridData data = (GridData) viewer.getTable().getLayoutData();
		int height = heightFor(rows);
		if (data.heightHint != height) {
			data.heightHint = height;
			for (Control c = composite; c != null; c = c.getParent()) {
				if (c instanceof ScrolledForm form) {
					form.reflow(true);
					break;
				}
			}
		}
	}

	private void createToolbar() {
		Composite bar = FormWidgets.grid(context.toolkit(), composite, 8, 1);
		((GridData) bar.getLayoutData()).horizontalIndent = ProblemDecoration.INDENT;
		if (options.buttons()) {
			Button add = context.toolkit().createButton(bar, Messages.Table_add, SWT.PUSH);
			add.addListener(SWT.Selection, e -> {
				if (addAction != null) {
					addAction.run();
				} else {
					addRow();
				}
			});
			deleteButton = context.toolkit().createButton(bar, Messages.Table_delete, SWT.PUSH);
			deleteButton.addListener(SWT.Selection, e -> deleteSelected());
			upButton = context.toolkit().createButton(bar, Messages.Table_up, SWT.PUSH);
			upButton.addListener(SWT.Selection, e -> move(-1));
			downButton = context.toolkit().createButton(bar, Messages.Table_down, SWT.PUSH);
			downButton.addListener(SWT.Selection, e -> move(1));
		}
		if (options.filter()) {
			Label filterLabel = context.toolkit().createLabel(bar, Messages.Table_filter);
			filterLabel.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));
			filterText = context.toolkit().createText(bar, "", SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER); //$NON-NLS-1$
			GridData filterData = new GridData(SWT.FILL, SWT.CENTER, false, false);
			filterData.widthHint = 220;
			filterText.setLayoutData(filterData);
			filterText.setMessage(Messages.Table_filterHint);
			Runnable apply = () -> {
				if (!filterText.isDisposed()) {
					setFilter(filterText.getText());
				}
			};
			filterText.addModifyListener(e -> filterText.getDisplay().timerExec(250, apply));
		}
		countLabel = context.toolkit().createLabel(bar, ""); //$NON-NLS-1$
		countLabel.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, !options.filter(), false));
	}

	public Composite getComposite() {
		return composite;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public List<Column> columns() {
		return columns;
	}

	/** Replaces what 添加行 does (e.g. asking for evidence in a dialog first). */
	public void setAddAction(Runnable action) {
		this.addAction = action;
	}

	public void setPasteHandler(PasteHandler handler) {
		this.pasteHandler = handler;
	}

	public PasteHandler pasteHandler() {
		return pasteHandler;
	}

	public String label() {
		return label;
	}

	public OwnerRef listOwner() {
		return listOwner;
	}

	public EReference listFeature() {
		return listFeature;
	}

	/** The model list (empty while its owner does not exist). */
	@SuppressWarnings("unchecked")
	public EList<EObject> list() {
		EObject owner = listOwner.resolve();
		return owner == null ? ECollections.emptyEList() : (EList<EObject>) owner.eGet(listFeature);
	}

	// ---------------------------------------------------------------- columns and editing

	private void createColumn(int index) {
		Column column = columns.get(index);
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.alignment());
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.header);
		tableColumn.setWidth(column.width);
		tableColumn.setMoveable(false);
		tableColumn.setToolTipText(column.header);
		if (options.sort()) {
			tableColumn.addListener(SWT.Selection, e -> sortBy(index));
		}
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return column.text((EObject) element, column.kind == Column.Kind.INDEX ? list().indexOf(element) : -1);
			}

			@Override
			public Image getImage(Object element) {
				if (column.kind != Column.Kind.INDEX) {
					return null;
				}
				List<RuleFinding> findings = rowFindings.get(element);
				if (findings == null || findings.isEmpty()) {
					return null;
				}
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				return images.getImage(findings.stream().anyMatch(RuleFinding::isError) ? ISharedImages.IMG_OBJS_ERROR_TSK
						: ISharedImages.IMG_OBJS_WARN_TSK);
			}

			@Override
			public Color getBackground(Object element) {
				EObject row = (EObject) element;
				if (column.derived != null && column.kind != Column.Kind.DERIVED) {
					DerivedValue value = column.derived.apply(row);
					if (value != null && value.disagrees()) {
						return FormWidgets.disagreementColor(viewer.getTable().getDisplay());
					}
				}
				Map<EStructuralFeature, Boolean> cells = cellFindings.get(row);
				if (cells != null && column.feature != null && cells.containsKey(column.feature)) {
					return cells.get(column.feature) ? FormWidgets.disagreementColor(viewer.getTable().getDisplay())
							: FormWidgets.warningColor(viewer.getTable().getDisplay());
				}
				return null;
			}

			@Override
			public Color getForeground(Object element) {
				if (column.kind == Column.Kind.DERIVED) {
					DerivedValue value = column.derived.apply((EObject) element);
					return viewer.getTable().getDisplay().getSystemColor(value != null && value.disagrees() ? SWT.COLOR_RED : SWT.COLOR_DARK_BLUE);
				}
				return null;
			}

			@Override
			public String getToolTipText(Object element) {
				EObject row = (EObject) element;
				if (column.derived != null) {
					DerivedValue value = column.derived.apply(row);
					if (value != null && (column.kind == Column.Kind.DERIVED || value.disagrees())) {
						return FormWidgets.derivedToolTip(value);
					}
				}
				List<RuleFinding> findings = rowFindings.get(row);
				if (findings == null || findings.isEmpty()) {
					String text = getText(element);
					return text != null && text.length() > 12 ? text : null;
				}
				List<RuleFinding> shown = findings;
				if (column.kind != Column.Kind.INDEX && column.feature != null) {
					List<RuleFinding> cell = findings.stream().filter(f -> f.feature() == column.feature).toList();
					if (!cell.isEmpty()) {
						shown = cell;
					}
				}
				return String.join("\n", shown.stream().map(RuleFinding::message).toList()); //$NON-NLS-1$
			}
		});
		if (column.isEditable()) {
			CellEditing editing = new CellEditing(column);
			editings.add(editing);
			viewerColumn.setEditingSupport(editing);
		}
	}

	private final class CellEditing extends EditingSupport {

		private final Column column;

		private CellEditor editor;

		CellEditing(Column column) {
			super(viewer);
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (editor == null) {
				Table table = viewer.getTable();
				editor = switch (column.kind) {
				case CHECK -> new CheckboxCellEditor(table);
				case CHOICE -> new ComboBoxCellEditor(table, choiceItems(column), SWT.READ_ONLY);
				case MULTI_CHOICE -> new DialogCellEditor(table) {

					@Override
					protected Object openDialogBox(Control cellEditorWindow) {
						return chooseMany(column, getValue());
					}
				};
				default -> new TextCellEditor(table);
				};
			}
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return column.access.apply((EObject) element).isEditable();
		}

		@Override
		protected Object getValue(Object element) {
			Object value = column.access.apply((EObject) element).get();
			return switch (column.kind) {
			case CHECK -> Boolean.TRUE.equals(value);
			case CHOICE -> choiceIndex(column, value);
			case MULTI_CHOICE -> value instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
			default -> column.converter.toText(value);
			};
		}

		@Override
		protected void setValue(Object element, Object value) {
			EObject row = (EObject) element;
			ValueAccess access = column.access.apply(row);
			Object newValue;
			switch (column.kind) {
			case CHECK -> newValue = value;
			case CHOICE -> newValue = choiceValue(column, (Integer) value);
			case MULTI_CHOICE -> newValue = value;
			default -> {
				String text = (String) value;
				try {
					newValue = column.converter.fromText(text);
				} catch (ValueConverter.ConversionException e) {
					// keep what was typed: reopen the cell with it and say what is wrong
					context.host().showStatus(NLS.bind(Messages.Table_cellNotRead, column.header, e.getMessage()), true);
					viewer.getTable().getDisplay().asyncExec(() -> reopen(row, column, text));
					return;
				}
			}
			}
			Object old = access.get();
			if (Objects.equals(old, newValue) || newValue == null && old instanceof List<?> l && l.isEmpty()) {
				return;
			}
			context.execute(access.set(newValue), NLS.bind(Messages.Table_changeCell, label, column.header));
		}
	}

	private void reopen(EObject row, Column column, String text) {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		viewer.editElement(row, columns.indexOf(column));
		if (activeCellEditor() instanceof TextCellEditor t && t.getControl() instanceof Text control) {
			control.setText(text);
			control.setSelection(text.length());
		}
	}

	/** The cell editor in use, or null. */
	public CellEditor activeCellEditor() {
		for (CellEditing editing : editings) {
			if (editing.editor != null && editing.editor.isActivated()) {
				return editing.editor;
			}
		}
		return null;
	}

	private static String[] choiceItems(Column column) {
		List<String> items = new ArrayList<>();
		for (EEnumLiteral literal : column.enumType.getELiterals()) {
			items.add(Labels.isNone(literal.getInstance()) ? "" : Labels.literal(column.enumType, literal.getInstance())); //$NON-NLS-1$
		}
		return items.toArray(String[]::new);
	}

	private static int choiceIndex(Column column, Object value) {
		if (value instanceof Enumerator e) {
			EEnumLiteral literal = column.enumType.getEEnumLiteral(e.getName());
			return literal == null ? 0 : column.enumType.getELiterals().indexOf(literal);
		}
		return 0;
	}

	private static Object choiceValue(Column column, Integer index) {
		if (index == null || index < 0) {
			return null;
		}
		return column.enumType.getELiterals().get(index).getInstance();
	}

	private Object chooseMany(Column column, Object current) {
		List<Enumerator> all = column.enumType.getELiterals().stream().map(EEnumLiteral::getInstance).map(Enumerator.class::cast)
				.filter(e -> !Labels.isNone(e)).toList();
		ListSelectionDialog dialog = ListSelectionDialog.of(all).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider() {

					@Override
					public String getText(Object element) {
						return Labels.literal(column.enumType, (Enumerator) element);
					}
				}).title(column.header).message(column.header).preselect(current instanceof Collection<?> c ? c.toArray() : new Object[0])
				.create(viewer.getTable().getShell());
		if (dialog.open() != Window.OK) {
			return current;
		}
		List<Object> chosen = new ArrayList<>(Arrays.asList(dialog.getResult()));
		// keep the order of the form
		chosen.sort(Comparator.comparingInt(all::indexOf));
		return chosen;
	}

	private void createEditor() {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy strategy = new ColumnViewerEditorActivationStrategy(viewer) {

			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				activationCharacter = 0;
				if (event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED) {
					if (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
						return true;
					}
					// typing starts editing with what was typed, as in a spreadsheet
					if (event.character > ' ' && event.character != SWT.DEL && (event.stateMask & (SWT.CTRL | SWT.ALT)) == 0) {
						activationCharacter = event.character;
						return true;
					}
					return false;
				}
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		};
		TableViewerEditor.create(viewer, focus, strategy, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
				| ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {

			@Override
			public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
				// nothing to prepare
			}

			@Override
			public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
				char c = activationCharacter;
				activationCharacter = 0;
				if (c != 0 && activeCellEditor() instanceof TextCellEditor t && t.getControl() instanceof Text text) {
					text.setText(String.valueOf(c));
					text.setSelection(1);
				}
			}

			@Override
			public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
				// nothing to do
			}

			@Override
			public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
				// nothing to do
			}
		});
	}

	// ---------------------------------------------------------------- order, sorting, filtering

	private void rebuildOrder() {
		EList<EObject> list = list();
		int size = list.size();
		List<Integer> positions = new ArrayList<>(size);
		String needle = filter.strip().toLowerCase(Locale.ROOT);
		for (int i = 0; i < size; i++) {
			if (needle.isEmpty() || matchesFilter(list.get(i), i, needle)) {
				positions.add(i);
			}
		}
		if (sortColumn >= 0 && sortDirection != SWT.NONE) {
			Column column = columns.get(sortColumn);
			Map<Integer, Comparable<?>> keys = new HashMap<>();
			for (int p : positions) {
				Comparable<?> key = column.sortKey(list.get(p), p);
				// a collation key per row: sorting 10 000 Chinese names compares bytes, not characters through the collator
				keys.put(p, key instanceof String text ? COLLATOR.getCollationKey(text) : key);
			}
			Comparator<Integer> comparator = (a, b) -> compareKeys(keys.get(a), keys.get(b));
			positions.sort(sortDirection == SWT.UP ? comparator : comparator.reversed());
		}
		order = positions.stream().mapToInt(Integer::intValue).toArray();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareKeys(Comparable a, Comparable b) {
		if (a == null || b == null) {
			return a == null ? b == null ? 0 : 1 : -1;
		}
		if (a instanceof String s && b instanceof String t) {
			return COLLATOR.compare(s, t);
		}
		if (a instanceof CollationKey k && b instanceof CollationKey l) {
			return k.compareTo(l);
		}
		if (a.getClass() != b.getClass()) {
			return a.toString().compareTo(b.toString());
		}
		return a.compareTo(b);
	}

	private boolean matchesFilter(EObject row, int position, String needle) {
		for (Column column : columns) {
			if (column.kind == Column.Kind.INDEX) {
				continue;
			}
			String text = column.text(row, position);
			if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
				return true;
			}
		}
		return false;
	}

	/** Sorts by a column: ascending, descending, then back to the list's order. */
	public void sortBy(int index) {
		Table table = viewer.getTable();
		if (sortColumn == index) {
			sortDirection = sortDirection == SWT.UP ? SWT.DOWN : sortDirection == SWT.DOWN ? SWT.NONE : SWT.UP;
		} else {
			sortColumn = index;
			sortDirection = SWT.UP;
		}
		table.setSortColumn(sortDirection == SWT.NONE ? null : table.getColumn(index));
		table.setSortDirection(sortDirection);
		if (sortDirection == SWT.NONE) {
			sortColumn = -1;
		}
		structureChanged = true;
		refresh();
	}

	/** Shows only rows with a cell containing the text (case-insensitive). */
	public void setFilter(String text) {
		filter = text == null ? "" : text; //$NON-NLS-1$
		if (filterText != null && !filterText.getText().equals(filter)) {
			filterText.setText(filter);
		}
		structureChanged = true;
		refresh();
	}

	private boolean isReordered() {
		return sortColumn >= 0 || !filter.isBlank();
	}

	/** The rows in display order (for tests). */
	public List<EObject> shownRows() {
		EList<EObject> list = list();
		List<EObject> rows = new ArrayList<>(order.length);
		for (int p : order) {
			rows.add(list.get(p));
		}
		return rows;
	}

	// ---------------------------------------------------------------- refresh

	@Override
	public void refresh() {
		Table table = viewer.getTable();
		if (table.isDisposed()) {
			return;
		}
		EObject owner = listOwner.resolve();
		if (owner != watchedOwner) {
			if (watchedOwner != null) {
				watchedOwner.eAdapters().remove(structureWatcher);
			}
			watchedOwner = owner;
			if (owner != null) {
				owner.eAdapters().add(structureWatcher);
			}
			structureChanged = true;
		}
		if (structureChanged) {
			structureChanged = false;
			boolean first = !populated;
			populated = true;
			rebuildOrder();
			viewer.setItemCount(order.length);
			fitHeight();
			if (first) {
				// new items: nothing to clear
				updateCount();
				updateButtons();
				return;
			}
		} else if (order.length > LARGE && !touchesRows(context.lastChanged())) {
			// a change elsewhere: a large table stays as it is (clearing 10 000 items costs more than a keystroke may)
			updateCount();
			return;
		} else if (order.length > LARGE) {
			for (EObject row : changedRows(context.lastChanged())) {
				viewer.update(row, null);
			}
			updateCount();
			return;
		}
		if (viewer.isCellEditorActive()) {
			// keep the open editor: a full refresh would close it
			for (Object row : ((IStructuredSelection) viewer.getStructuredSelection()).toList()) {
				viewer.update(row, null);
			}
		} else {
			viewer.refresh();
		}
		updateCount();
		updateButtons();
	}

	private void updateCount() {
		if (countLabel != null && !countLabel.isDisposed()) {
			int size = list().size();
			String text = order.length == size ? NLS.bind(Messages.Table_count, size) : NLS.bind(Messages.Table_countFiltered, order.length, size);
			if (!text.equals(countLabel.getText())) {
				countLabel.setText(text);
				countLabel.getParent().layout(new Control[] { countLabel });
			}
		}
	}

	/** Whether objects a change touched lie in this table's rows. */
	private boolean touchesRows(Collection<?> changed) {
		return !changedRows(changed).isEmpty();
	}

	private List<EObject> changedRows(Collection<?> changed) {
		List<EObject> rows = new ArrayList<>();
		for (Object o : changed) {
			if (o instanceof EObject e) {
				EObject row = rowOf(e);
				if (row != null) {
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private void updateButtons() {
		if (deleteButton == null || deleteButton.isDisposed()) {
			return;
		}
		boolean selected = !viewer.getStructuredSelection().isEmpty();
		deleteButton.setEnabled(selected);
		upButton.setEnabled(selected && !isReordered());
		downButton.setEnabled(selected && !isReordered());
	}

	// ---------------------------------------------------------------- row commands

	/** Adds a new row after the selection (or at the end) and starts editing its first editable cell. */
	public EObject addRow() {
		if (newRow == null) {
			return null;
		}
		EObject row = newRow.get();
		EObject owner = listOwner.resolve();
		List<EObject> selected = selectedRows();
		int index = selected.isEmpty() ? list().size() : list().indexOf(selected.get(selected.size() - 1)) + 1;
		Command command;
		if (owner == null) {
			command = listOwner.create(context.domain(), created -> {
				@SuppressWarnings("unchecked")
				List<EObject> list = (List<EObject>) created.eGet(listFeature);
				list.add(row);
			});
		} else {
			command = AddCommand.create(context.domain(), owner, listFeature, row, index);
		}
		if (!context.execute(command, NLS.bind(Messages.Table_addRow, label))) {
			return null;
		}
		reveal(row, firstEditableColumn());
		return row;
	}

	private int firstEditableColumn() {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).isEditable()) {
				return i;
			}
		}
		return 0;
	}

	/** Deletes the selected rows in one step. */
	public void deleteSelected() {
		List<EObject> rows = selectedRows();
		EObject owner = listOwner.resolve();
		if (rows.isEmpty() || owner == null) {
			return;
		}
		int first = Arrays.stream(order).boxed().toList().indexOf(list().indexOf(rows.get(0)));
		context.execute(RemoveCommand.create(context.domain(), owner, listFeature, rows), NLS.bind(Messages.Table_deleteRows, label, rows.size()));
		int size = order.length;
		if (size > 0) {
			int index = Math.max(0, Math.min(first, size - 1));
			viewer.getTable().setSelection(index);
			viewer.getTable().showSelection();
		}
	}

	/** Moves the selected rows up (-1) or down (+1) in the list, in one step. */
	public void move(int delta) {
		List<EObject> rows = new ArrayList<>(selectedRows());
		EObject owner = listOwner.resolve();
		if (rows.isEmpty() || owner == null || isReordered()) {
			return;
		}
		EList<EObject> list = list();
		rows.sort(Comparator.comparingInt(list::indexOf));
		if (delta > 0) {
			Collections.reverse(rows);
		}
		CompoundCommand command = new CompoundCommand();
		List<EObject> simulated = new ArrayList<>(list);
		for (EObject row : rows) {
			int from = simulated.indexOf(row);
			int to = from + delta;
			if (to < 0 || to >= simulated.size()) {
				return;
			}
			simulated.remove(from);
			simulated.add(to, row);
			command.append(MoveCommand.create(context.domain(), owner, listFeature, row, to));
		}
		if (context.execute(command, NLS.bind(Messages.Table_moveRows, label))) {
			viewer.setSelection(new StructuredSelection(rows), true);
		}
	}

	/** The selected rows, in display order. */
	@SuppressWarnings("unchecked")
	public List<EObject> selectedRows() {
		return ((IStructuredSelection) viewer.getStructuredSelection()).toList();
	}

	/** Selects a row, shows it and starts editing a cell. */
	public void reveal(EObject row, int column) {
		int position = list().indexOf(row);
		int index = -1;
		for (int i = 0; i < order.length; i++) {
			if (order[i] == position) {
				index = i;
				break;
			}
		}
		if (index < 0 && position >= 0) {
			// filtered out: show everything again
			setFilter(""); //$NON-NLS-1$
			reveal(row, column);
			return;
		}
		if (index < 0) {
			return;
		}
		Table table = viewer.getTable();
		table.setSelection(index);
		table.showSelection();
		viewer.setSelection(new StructuredSelection(row));
		table.setFocus();
		FormWidgets.reveal(table);
		if (column >= 0 && column < columns.size() && columns.get(column).isEditable()) {
			viewer.editElement(row, column);
		}
	}

	/** Pastes text as the user did with Ctrl+V. */
	public void paste(String text) {
		if (pasteHandler != null && text != null) {
			pasteHandler.paste(this, text);
		}
	}

	/** The selected rows as tab-separated text, as a spreadsheet copies them. */
	public String copySelection() {
		StringBuilder sb = new StringBuilder();
		EList<EObject> list = list();
		for (EObject row : selectedRows()) {
			int position = list.indexOf(row);
			List<String> cells = new ArrayList<>();
			for (Column column : columns) {
				if (column.kind != Column.Kind.INDEX) {
					cells.add(column.text(row, position).replace('\t', ' ').replace('\n', ' '));
				}
			}
			sb.append(String.join("\t", cells)).append('\n'); //$NON-NLS-1$
		}
		return sb.toString();
	}

	// ---------------------------------------------------------------- findings

	/** The row of the list an object belongs to, or null. */
	public EObject rowOf(EObject object) {
		EObject owner = listOwner.resolve();
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o.eContainer() == owner && o.eContainingFeature() == listFeature && owner != null) {
				return o;
			}
		}
		return null;
	}

	@Override
	public int match(EObject owner, EStructuralFeature feature) {
		if (listOwner.is(owner) && feature == listFeature) {
			return 2;
		}
		EObject row = rowOf(owner);
		if (row == null) {
			return 0;
		}
		return row == owner ? 3 : 2;
	}

	@Override
	public void showProblems(List<RuleFinding> findings) {
		rowFindings.clear();
		cellFindings.clear();
		List<RuleFinding> listLevel = new ArrayList<>();
		for (RuleFinding finding : findings) {
			EObject row = rowOf(finding.owner());
			if (row == null) {
				listLevel.add(finding);
				continue;
			}
			rowFindings.computeIfAbsent(row, k -> new ArrayList<>()).add(finding);
			if (finding.feature() != null) {
				Map<EStructuralFeature, Boolean> cells = cellFindings.computeIfAbsent(row, k -> new HashMap<>());
				cells.merge(finding.feature(), finding.isError(), Boolean::logicalOr);
			}
		}
		listDecoration.setFindings(listLevel);
		if (!viewer.getTable().isDisposed() && !viewer.isCellEditorActive()) {
			viewer.refresh();
		}
	}

	/** The findings shown on a row (for tests). */
	public List<RuleFinding> findingsOf(EObject row) {
		return rowFindings.getOrDefault(row, List.of());
	}

	public ProblemDecoration listDecoration() {
		return listDecoration;
	}

	@Override
	public void reveal(RuleFinding finding) {
		EObject row = rowOf(finding.owner());
		if (row == null) {
			FormWidgets.reveal(viewer.getTable());
			return;
		}
		int column = -1;
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).feature != null && columns.get(i).feature == finding.feature()) {
				column = i;
				break;
			}
		}
		reveal(row, column);
	}

	@Override
	public String pageId() {
		return pageId;
	}
}
