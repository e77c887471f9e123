/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormKind;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.labels.ModelLabels;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The earlier application a re-review starts from, from the workspace or the file system. It must be an application
 * (申报表) of an edition by the same issuer as the re-review form; anything else gets a clear error. The page shows
 * what will be carried over: the cluster, and the plan's indicators with baselines and targets.
 */
public class EarlierApplicationPage extends WizardPage {

	private final List<Edition> reviewEditions;

	private final IWorkbenchPage workbenchPage;

	private Path initialPath;

	private FileField earlierFile;

	private Combo reviewEdition;

	private Label clusterName;

	private Label earlierEdition;

	private Label planYears;

	private TableViewer indicators;

	private Application earlier;

	private Path loadedPath;

	private Runnable onChange = () -> {
	};

	public EarlierApplicationPage(IWorkbenchPage workbenchPage) {
		super("earlier"); //$NON-NLS-1$
		this.workbenchPage = workbenchPage;
		this.reviewEditions = EditionRegistry.getDefault().getEditions().stream().filter(e -> e.getKind() == FormKind.REVIEW).toList();
		setTitle(Messages.EarlierApplicationPage_title);
		setDescription(Messages.EarlierApplicationPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(composite);

		earlierFile = new FileField(composite, Messages.EarlierApplicationPage_file, ClusterDeskUi.FILE_EXTENSION,
				Messages.EarlierApplicationPage_chooseTitle, false);
		earlierFile.getText().addModifyListener(e -> validate());

		Label reviewLabel = new Label(composite, SWT.NONE);
		reviewLabel.setText(Messages.EarlierApplicationPage_reviewEdition);
		reviewEdition = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
		reviewEditions.forEach(e -> reviewEdition.add(EditionTexts.summary(e)));
		if (!reviewEditions.isEmpty()) {
			reviewEdition.select(0);
		}
		reviewEdition.addListener(SWT.Selection, e -> validate());
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(reviewEdition);

		Group preview = new Group(composite, SWT.NONE);
		preview.setText(Messages.EarlierApplicationPage_preview);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(preview);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).indent(0, 6).applyTo(preview);
		clusterName = previewRow(preview, Messages.EarlierApplicationPage_clusterName);
		earlierEdition = previewRow(preview, Messages.EarlierApplicationPage_edition);
		planYears = previewRow(preview, Messages.EarlierApplicationPage_planYears);
		Label tableLabel = new Label(preview, SWT.WRAP);
		tableLabel.setText(Messages.EarlierApplicationPage_indicators);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(tableLabel);
		indicators = new TableViewer(preview, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		indicators.getTable().setHeaderVisible(true);
		indicators.getTable().setLinesVisible(true);
		indicatorColumn(Messages.EarlierApplicationPage_columnDirection, 80, SWT.LEFT, i -> literal(i.getDirection()));
		indicatorColumn(Messages.EarlierApplicationPage_columnIndicator, 340, SWT.LEFT, EarlierApplicationPage::indicatorName);
		indicatorColumn(Messages.EarlierApplicationPage_columnUnit, 130, SWT.LEFT, i -> literal(i.getUnit()));
		indicatorColumn(Messages.EarlierApplicationPage_columnBaseline, 90, SWT.RIGHT, i -> number(i.getBaseline()));
		indicatorColumn(Messages.EarlierApplicationPage_columnTarget, 90, SWT.RIGHT, i -> number(i.getTarget()));
		indicators.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1)
				.hint(SWT.DEFAULT, indicators.getTable().getHeaderHeight() + indicators.getTable().getItemHeight() * 8 + 6)
				.applyTo(indicators.getControl());

		setControl(composite);
		if (initialPath != null) {
			earlierFile.setPath(initialPath);
		}
		validate();
	}

	private static Label previewRow(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Label value = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(450, SWT.DEFAULT).applyTo(value);
		return value;
	}

	private void indicatorColumn(String title, int width, int alignment, Function<PlanIndicator, String> text) {
		TableViewerColumn column = new TableViewerColumn(indicators, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PlanIndicator) element);
			}
		});
	}

	private static String indicatorName(PlanIndicator indicator) {
		if (indicator.getName() != null && !indicator.getName().isBlank()) {
			return indicator.getName();
		}
		return literal(indicator.getKind());
	}

	/** The label of an enum literal; NONE (not answered) shows as nothing. */
	private static String literal(Enumerator literal) {
		if (literal == null || "NONE".equals(literal.getName())) { //$NON-NLS-1$
			return ""; //$NON-NLS-1$
		}
		return ModelLabels.literal(literal);
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString(); //$NON-NLS-1$
	}

	/** Starts with this file (from the selection or the active editor). */
	public void setInitialPath(Path path) {
		if (earlierFile == null) {
			initialPath = path;
		} else {
			earlierFile.setPath(path);
		}
	}

	/** Called whenever the chosen application changes. */
	public void setOnChange(Runnable onChange) {
		this.onChange = onChange;
	}

	private void validate() {
		Path path = earlierFile.getPath();
		Application before = earlier;
		earlier = null;
		String error = null;
		String warning = null;
		Edition review = getReviewEdition();
		if (review == null) {
			error = Messages.EarlierApplicationPage_noReviewEdition;
		} else if (path == null) {
			setMessage(Messages.EarlierApplicationPage_chooseFile);
		} else if (!earlierFile.exists()) {
			error = NLS.bind(Messages.EarlierApplicationPage_notFound, path);
		} else {
			try {
				ClusterDocument document = loadCached(path);
				error = incompatibility(document, review, path);
				if (error == null) {
					earlier = (Application) document;
					warning = warnings(earlier, review, path);
				}
			} catch (ClusterLoadException e) {
				error = e.getMessage();
			}
		}
		showPreview(earlier);
		setErrorMessage(error);
		if (error == null && warning != null) {
			setMessage(warning, IMessageProvider.WARNING);
		} else if (error == null && earlier != null) {
			setMessage(null);
		}
		setPageComplete(earlier != null);
		if (!Objects.equals(before, earlier)) {
			onChange.run();
		}
	}

	private ClusterDocument cachedDocument;

	private ClusterDocument loadCached(Path path) throws ClusterLoadException {
		// typing a path must not reload the same file at every key stroke
		if (!path.equals(loadedPath) || cachedDocument == null) {
			cachedDocument = null;
			loadedPath = path;
			cachedDocument = ClusterFiles.load(path);
		}
		return cachedDocument;
	}

	/** Why the document cannot start a re-review of the edition, or null when it can. */
	static String incompatibility(ClusterDocument document, Edition review, Path path) {
		String file = path.getFileName().toString();
		if (!(document instanceof Application)) {
			return NLS.bind(Messages.EarlierApplicationPage_notAnApplication, file);
		}
		Edition edition = document.getEdition();
		if (edition == null) {
			return NLS.bind(Messages.EarlierApplicationPage_unknownEdition, file, document.getEditionId());
		}
		if (edition.getKind() == FormKind.REVIEW) {
			return NLS.bind(Messages.EarlierApplicationPage_alreadyReview, file, EditionTexts.title(edition));
		}
		if (edition.getKind() != FormKind.APPLICATION) {
			return NLS.bind(Messages.EarlierApplicationPage_notAnApplication, file);
		}
		if (!Objects.equals(edition.getIssuer(), review.getIssuer())) {
			return NLS.bind(Messages.EarlierApplicationPage_otherIssuer,
					new Object[] { file, EditionTexts.issuer(edition), EditionTexts.title(review), EditionTexts.issuer(review) });
		}
		return null;
	}

	private String warnings(Application application, Edition review, Path path) {
		PlanSection plan = application.getPlan();
		if (plan == null || plan.getTargets().isEmpty()) {
			return Messages.EarlierApplicationPage_noIndicators;
		}
		if (review.getReviewBaselineYear() != null && review.getReviewTargetYear() != null
				&& (!Objects.equals(plan.getBaselineYear(), review.getReviewBaselineYear())
						|| !Objects.equals(plan.getTargetYear(), review.getReviewTargetYear()))) {
			return NLS.bind(Messages.EarlierApplicationPage_otherYears, new Object[] { yearText(plan.getBaselineYear()),
					yearText(plan.getTargetYear()), review.getReviewBaselineYear(), review.getReviewTargetYear() });
		}
		ClusterTarget target = ClusterTarget.of(path, workbenchPage);
		if (target.isDirty()) {
			return Messages.EarlierApplicationPage_unsaved;
		}
		return null;
	}

	private static String yearText(Integer year) {
		return year == null ? "?" : year.toString(); //$NON-NLS-1$
	}

	private void showPreview(Application application) {
		if (application == null) {
			clusterName.setText(""); //$NON-NLS-1$
			earlierEdition.setText(""); //$NON-NLS-1$
			planYears.setText(""); //$NON-NLS-1$
			indicators.setInput(List.of());
		} else {
			clusterName.setText(application.getName() == null ? "" : application.getName()); //$NON-NLS-1$
			earlierEdition.setText(EditionTexts.summary(application.getEdition()));
			PlanSection plan = application.getPlan();
			planYears.setText(plan == null ? "" //$NON-NLS-1$
					: NLS.bind(Messages.Edition_planYears, yearText(plan.getBaselineYear()), yearText(plan.getTargetYear())));
			indicators.setInput(plan == null ? List.of() : plan.getTargets());
		}
		((Composite) getControl()).layout(true, true);
	}

	/** The chosen review edition, or null when none is installed. */
	public Edition getReviewEdition() {
		int index = reviewEdition == null ? 0 : reviewEdition.getSelectionIndex();
		return index < 0 || index >= reviewEditions.size() ? null : reviewEditions.get(index);
	}

	/** The loaded earlier application when it is valid, else null. */
	public Application getEarlier() {
		return earlier;
	}

	/** The file of the earlier application. */
	public Path getEarlierPath() {
		return earlierFile.getPath();
	}

	public FileField getEarlierFileField() {
		return earlierFile;
	}

	public TableViewer getIndicatorsViewer() {
		return indicators;
	}
}
