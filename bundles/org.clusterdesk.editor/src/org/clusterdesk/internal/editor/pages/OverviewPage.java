/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clusterdesk.internal.editor.forms.Column;
import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.internal.editor.forms.RowRenderer;
import org.clusterdesk.internal.editor.forms.RowTable;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.forms.Completeness;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The first page: which form and edition, the cluster's name, how complete each section is, whether the cluster is
 * eligible (G06), and every problem found, each leading to its field on a double-click.
 */
public final class OverviewPage extends ClusterFormPage {

	/** The page id. */
	public static final String ID = "overview"; //$NON-NLS-1$

	private final PageHost host;

	private Label nameLabel;

	private Label eligibilityLabel;

	private Label countsLabel;

	private TableViewer problems;

	private final List<CompletenessLine> lines = new ArrayList<>();

	private Label totalLabel;

	private ProgressBar totalBar;

	private int shownSeverity = -1;

	private TrendChartsSection trends;

	private Composite migrationNote;

	private record CompletenessLine(ProgressBar bar, Label count, Hyperlink link) {
	}

	public OverviewPage(FormEditor editor, FormContext context, PageHost host) {
		super(editor, context, ID, Messages.Overview_tab, Messages.Overview_heading, null);
		this.host = host;
	}

	@Override
	protected void build(Composite body) {
		FormToolkit toolkit = context.toolkit();
		migrationNote(toolkit, body);
		Composite columns = FormWidgets.grid(toolkit, body, 2, 1);
		((GridLayout) columns.getLayout()).horizontalSpacing = 16;
		((GridLayout) columns.getLayout()).makeColumnsEqualWidth = true;
		Composite left = FormWidgets.grid(toolkit, columns, 1, 1);
		Composite right = FormWidgets.grid(toolkit, columns, 1, 1);
		((GridLayout) left.getLayout()).verticalSpacing = 12;
		((GridLayout) right.getLayout()).verticalSpacing = 12;
		document(toolkit, left);
		eligibility(toolkit, left);
		completeness(toolkit, left);
		instructions(toolkit, right);
		problems(toolkit, body);
		trends = new TrendChartsSection(context, host, toolkit, body, () -> getManagedForm().reflow(true));
		addBinding(trends);
		attachments(toolkit, body);
		addBinding(this::refreshModel);
		refreshModel();
		refreshFindings();
	}

	/**
	 * An older file was upgraded in memory when it was opened: say once, above everything, what changed and that the
	 * file itself changes only when saved (the editor opens dirty).
	 */
	private void migrationNote(FormToolkit toolkit, Composite body) {
		MigrationReport report = MigrationReport.of(context.document());
		if (report == null) {
			return;
		}
		migrationNote = toolkit.createComposite(body);
		migrationNote.setLayout(new GridLayout(2, false));
		migrationNote.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label icon = toolkit.createLabel(migrationNote, ""); //$NON-NLS-1$
		icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
		icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		String backup = context.document().eResource() == null || context.document().eResource().getURI() == null ? ".bak" //$NON-NLS-1$
				: context.document().eResource().getURI().lastSegment() + ".bak"; //$NON-NLS-1$
		wrapped(toolkit, migrationNote, NLS.bind(Messages.Overview_migrated, report.summary(), backup));
	}

	/** After the upgraded document has been saved: the note about the upgrade goes away. */
	public void migrationSaved() {
		if (migrationNote != null && !migrationNote.isDisposed()) {
			migrationNote.dispose();
			migrationNote = null;
			getManagedForm().reflow(true);
		}
	}

	private Composite section(FormToolkit toolkit, Composite parent, String title, int columns) {
		Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
		section.setText(title);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = FormWidgets.grid(toolkit, section, columns, 1);
		section.setClient(client);
		return client;
	}

	private void document(FormToolkit toolkit, Composite parent) {
		Composite client = section(toolkit, parent, Messages.Overview_document, 2);
		Edition edition = context.edition();
		ClusterDocument document = context.document();
		toolkit.createLabel(client, Messages.Overview_name);
		nameLabel = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		nameLabel.setFont(JFaceResources.getBannerFont());
		nameLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		toolkit.createLabel(client, Messages.Overview_form);
		String form = edition == null ? NLS.bind(Messages.Overview_unknownEdition, document.getEditionId())
				: edition.getIssuer() == null ? edition.getTitle() : NLS.bind(Messages.Overview_formText, edition.getTitle(), edition.getIssuer());
		wrapped(toolkit, client, form);
		toolkit.createLabel(client, Messages.Overview_edition);
		wrapped(toolkit, client, document.getEditionId());
		if (edition != null && !edition.getDataYears().isEmpty()) {
			List<Integer> years = edition.getDataYears();
			toolkit.createLabel(client, Messages.Overview_years);
			wrapped(toolkit, client, NLS.bind(Messages.Overview_yearsText, years.get(0), years.get(years.size() - 1)));
		}
		if (edition != null && edition.getPlanBaselineYear() != null && edition.getPlanTargetYear() != null) {
			toolkit.createLabel(client, Messages.Overview_plan);
			wrapped(toolkit, client, NLS.bind(Messages.Overview_planText, edition.getPlanBaselineYear(), edition.getPlanTargetYear()));
		}
		toolkit.createLabel(client, Messages.Overview_file);
		wrapped(toolkit, client, host.location());
	}

	private static Label wrapped(FormToolkit toolkit, Composite parent, String text) {
		Label label = toolkit.createLabel(parent, text == null ? "" : text, SWT.WRAP); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		label.setLayoutData(data);
		return label;
	}

	private void eligibility(FormToolkit toolkit, Composite parent) {
		Composite client = section(toolkit, parent, Messages.Overview_eligibility, 1);
		eligibilityLabel = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 300;
		eligibilityLabel.setLayoutData(data);
	}

	private void completeness(FormToolkit toolkit, Composite parent) {
		Composite client = section(toolkit, parent, Messages.Overview_completeness, 3);
		toolkit.createLabel(client, Messages.Overview_total);
		totalBar = new ProgressBar(client, SWT.HORIZONTAL);
		totalBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		totalLabel = toolkit.createLabel(client, "", SWT.RIGHT); //$NON-NLS-1$
		totalLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		Completeness completeness = Completeness.of(context.document());
		for (Completeness.SectionCount count : completeness.sections()) {
			Hyperlink link = toolkit.createHyperlink(client, RowRenderer.title(count.section()), SWT.NONE);
			link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
			link.addHyperlinkListener(new HyperlinkAdapter() {

				@Override
				public void linkActivated(HyperlinkEvent e) {
					host.showSection(count.section());
				}
			});
			ProgressBar bar = new ProgressBar(client, SWT.HORIZONTAL);
			GridData barData = new GridData(SWT.FILL, SWT.CENTER, true, false);
			barData.widthHint = 120;
			bar.setLayoutData(barData);
			Label label = toolkit.createLabel(client, "", SWT.RIGHT); //$NON-NLS-1$
			GridData labelData = new GridData(SWT.FILL, SWT.CENTER, false, false);
			labelData.widthHint = 70;
			label.setLayoutData(labelData);
			lines.add(new CompletenessLine(bar, label, link));
		}
	}

	private void instructions(FormToolkit toolkit, Composite parent) {
		Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		section.setText(Messages.Page_instructions);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = FormWidgets.grid(toolkit, section, 1, 1);
		section.setClient(client);
		Label text = toolkit.createLabel(client, InstructionsDialog.text(context.edition()), SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 300;
		text.setLayoutData(data);
		section.addExpansionListener(new ExpansionAdapter() {

			@Override
			public void expansionStateChanged(ExpansionEvent e) {
				getManagedForm().reflow(true);
			}
		});
	}

	/**
	 * The evidence bundle (佐证材料) where the edition has no page for it: the attachments the evidence of ticked options
	 * and rows refers to, to correct their titles and page counts or remove one.
	 */
	private void attachments(FormToolkit toolkit, Composite body) {
		Edition edition = context.edition();
		if (edition == null || edition.hasField(Literals.CLUSTER_DOCUMENT__ATTACHMENTS)) {
			return;
		}
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		section.setText(Messages.Overview_attachments);
		section.setDescription(Messages.Overview_attachmentsHint);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = FormWidgets.grid(toolkit, section, 1, 1);
		section.setClient(client);
		List<Column> columns = List.of(Column.index(Messages.Library_index),
				Column.of(context, 80, Literals.ATTACHMENT__ID),
				Column.of(context, 300, Literals.ATTACHMENT__TITLE),
				Column.of(context, 260, Literals.ATTACHMENT__FILE_NAME),
				Column.of(context, 70, Literals.ATTACHMENT__PAGES));
		RowTable table = new RowTable(context, client, getId(), OwnerRef.of(context.document()), Literals.CLUSTER_DOCUMENT__ATTACHMENTS, columns,
				new RowTable.Options(false, false, true, false, 12), () -> ClusterDeskFactory.eINSTANCE.createAttachment(),
				Messages.Overview_attachments);
		addBinding(table);
		addTarget(table);
		section.addExpansionListener(new ExpansionAdapter() {

			@Override
			public void expansionStateChanged(ExpansionEvent e) {
				getManagedForm().reflow(true);
			}
		});
	}

	private void problems(FormToolkit toolkit, Composite body) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
		section.setText(Messages.Overview_problems);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite client = FormWidgets.grid(toolkit, section, 5, 1);
		client.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		section.setClient(client);
		countsLabel = toolkit.createLabel(client, "", SWT.NONE); //$NON-NLS-1$
		countsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button all = toolkit.createButton(client, Messages.Overview_showAll, SWT.RADIO);
		Button errors = toolkit.createButton(client, Messages.Overview_showErrors, SWT.RADIO);
		Button warnings = toolkit.createButton(client, Messages.Overview_showWarnings, SWT.RADIO);
		all.setSelection(true);
		all.addListener(SWT.Selection, e -> showSeverity(-1));
		errors.addListener(SWT.Selection, e -> showSeverity(1));
		warnings.addListener(SWT.Selection, e -> showSeverity(0));
		Label hint = toolkit.createLabel(client, Messages.Overview_hint);
		hint.setForeground(hint.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		problems = new TableViewer(client, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		problems.getTable().setHeaderVisible(true);
		problems.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1);
		data.heightHint = 260;
		// the columns scroll inside the table: the page itself never needs a horizontal scroll bar
		data.widthHint = 300;
		problems.getTable().setLayoutData(data);
		problems.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Overview_colSeverity, 70, f -> f.isError() ? Messages.Overview_error : Messages.Overview_warning, true);
		column(Messages.Overview_colRule, 60, RuleFinding::ruleId, false);
		column(Messages.Overview_colSection, 90, f -> f.section() == null ? "" : f.section(), false); //$NON-NLS-1$
		column(Messages.Overview_colField, 260, f -> f.field() == null ? "" : f.field(), false); //$NON-NLS-1$
		column(Messages.Overview_colMessage, 520, RuleFinding::detail, false);
		problems.addFilter(new ViewerFilter() {

			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				RuleFinding f = (RuleFinding) element;
				return shownSeverity < 0 || f.isError() == (shownSeverity == 1);
			}
		});
		problems.addDoubleClickListener(e -> openSelected());
		problems.getTable().addListener(SWT.DefaultSelection, e -> openSelected());
		problems.getTable().setData(FormWidgets.BINDING_KEY, this);
	}

	private void column(String header, int width, Function<RuleFinding, String> text, boolean icon) {
		TableViewerColumn column = new TableViewerColumn(problems, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return text.apply((RuleFinding) element);
			}

			@Override
			public Image getImage(Object element) {
				if (!icon) {
					return null;
				}
				return PlatformUI.getWorkbench().getSharedImages().getImage(((RuleFinding) element).isError() ? ISharedImages.IMG_OBJS_ERROR_TSK
						: ISharedImages.IMG_OBJS_WARN_TSK);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((RuleFinding) element).message();
			}
		});
	}

	private void showSeverity(int severity) {
		shownSeverity = severity;
		problems.refresh();
	}

	private void openSelected() {
		Object selected = ((IStructuredSelection) problems.getSelection()).getFirstElement();
		if (selected instanceof RuleFinding finding) {
			host.reveal(finding);
		}
	}

	/** The problems table (for tests). */
	public TableViewer problemsViewer() {
		return problems;
	}

	/** The completeness lines: section title → "filled / required" (for tests). */
	public List<String> completenessTexts() {
		return lines.stream().map(l -> l.link().getText() + " " + l.count().getText()).collect(Collectors.toList());
	}

	public String eligibilityText() {
		return eligibilityLabel == null ? null : eligibilityLabel.getText();
	}

	/** The indicator trend charts (for tests and screenshots). */
	public TrendChartsSection trends() {
		return trends;
	}

	public String countsText() {
		return countsLabel == null ? null : countsLabel.getText();
	}

	private void refreshModel() {
		if (nameLabel == null || nameLabel.isDisposed()) {
			return;
		}
		String name = context.document().getName();
		nameLabel.setText(name == null || name.isBlank() ? Messages.Overview_noName : name);
		Completeness completeness = Completeness.of(context.document());
		List<Completeness.SectionCount> sections = completeness.sections();
		for (int i = 0; i < sections.size() && i < lines.size(); i++) {
			Completeness.SectionCount count = sections.get(i);
			CompletenessLine line = lines.get(i);
			line.bar().setMaximum(Math.max(1, count.required()));
			line.bar().setSelection(count.required() == 0 ? 1 : count.filled());
			line.count().setText(NLS.bind(Messages.Overview_countText, count.filled(), count.required()));
			String missing = count.missing().stream().map(FormRow::getLabel).collect(Collectors.joining("\n")); //$NON-NLS-1$
			line.link().setToolTipText(missing.isEmpty() ? Messages.Overview_complete : NLS.bind(Messages.Overview_missing, missing));
		}
		totalBar.setMaximum(Math.max(1, completeness.required()));
		totalBar.setSelection(completeness.filled());
		totalLabel.setText(NLS.bind(Messages.Overview_totalText, completeness.percent(), completeness.filled(), completeness.required()));
		((Control) totalLabel).getParent().layout();
	}

	/** The validation finished: counts, eligibility and the list of problems. */
	public void refreshFindings() {
		if (problems == null || problems.getTable().isDisposed()) {
			return;
		}
		List<RuleFinding> findings = context.findings();
		long errors = findings.stream().filter(RuleFinding::isError).count();
		long warnings = findings.size() - errors;
		if (!host.isValidated()) {
			countsLabel.setText(Messages.Overview_validating);
		} else {
			String time = host.lastValidationMillis() < 0 ? "" : NLS.bind(Messages.Overview_checkedIn, host.lastValidationMillis()); //$NON-NLS-1$
			countsLabel.setText(NLS.bind(Messages.Overview_counts, errors, warnings) + time);
		}
		countsLabel.setForeground(countsLabel.getDisplay().getSystemColor(errors > 0 ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
		countsLabel.getParent().layout();
		problems.setInput(findings.toArray());
		List<RuleFinding> eligibility = findings.stream().filter(f -> "G06".equals(f.ruleId()) && f.isError()).toList(); //$NON-NLS-1$
		if (!host.isValidated()) {
			eligibilityLabel.setText(Messages.Overview_validating);
			eligibilityLabel.setForeground(eligibilityLabel.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		} else if (eligibility.isEmpty()) {
			eligibilityLabel.setText(Messages.Overview_eligible);
			eligibilityLabel.setForeground(eligibilityLabel.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
		} else {
			eligibilityLabel.setText(NLS.bind(Messages.Overview_ineligible,
					eligibility.stream().map(RuleFinding::detail).collect(Collectors.joining("\n")))); //$NON-NLS-1$
			eligibilityLabel.setForeground(eligibilityLabel.getDisplay().getSystemColor(SWT.COLOR_RED));
		}
		eligibilityLabel.getParent().layout();
		getManagedForm().reflow(true);
	}

	@Override
	public boolean contains(EObject object) {
		return false;
	}
}
