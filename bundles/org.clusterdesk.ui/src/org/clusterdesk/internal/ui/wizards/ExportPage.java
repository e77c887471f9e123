/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.jobs.ExportFormat;
import org.clusterdesk.model.ClusterDocument;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;

/**
 * What to export and where: the {@code .cluster} file, the format (Word draft, Word final, Excel) and the output file,
 * which follows the source and the format until the user types one. An existing output file is only replaced when
 * the user ticks Overwrite.
 */
public class ExportPage extends WizardPage implements ClusterFileWizard.FilePage {

	private final ClusterFileCheck check;

	private Path initialSource;

	private FileField source;

	private final Map<ExportFormat, Button> formats = new EnumMap<>(ExportFormat.class);

	private FileField output;

	private Button overwrite;

	/** The Word export's appendix with the trend charts: only for the Word formats. */
	private Button trendCharts;

	private boolean outputEdited;

	private boolean settingOutput;

	public ExportPage(IWorkbenchPage workbenchPage) {
		super("export"); //$NON-NLS-1$
		this.check = new ClusterFileCheck(workbenchPage);
		setTitle(Messages.ExportPage_title);
		setDescription(Messages.ExportPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(composite);

		source = new FileField(composite, Messages.ExportPage_source, ClusterDeskUi.FILE_EXTENSION, Messages.ExportPage_chooseSource, false);
		source.getText().addModifyListener(e -> {
			deriveOutput();
			validate();
		});

		Group formatGroup = new Group(composite, SWT.NONE);
		formatGroup.setText(Messages.ExportPage_format);
		GridLayoutFactory.swtDefaults().applyTo(formatGroup);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).indent(0, 6).applyTo(formatGroup);
		for (ExportFormat format : ExportFormat.values()) {
			Button button = new Button(formatGroup, SWT.RADIO);
			button.setText(switch (format) {
			case DOCX_DRAFT -> Messages.ExportPage_draft;
			case DOCX_FINAL -> Messages.ExportPage_final;
			case XLSX -> Messages.ExportPage_xlsx;
			});
			button.addListener(SWT.Selection, e -> {
				if (button.getSelection()) {
					deriveOutput();
					validate();
				}
			});
			formats.put(format, button);
		}
		formats.get(ExportFormat.DOCX_DRAFT).setSelection(true);
		trendCharts = new Button(formatGroup, SWT.CHECK);
		trendCharts.setText(Messages.ExportPage_trendCharts);
		trendCharts.setToolTipText(Messages.ExportPage_trendChartsTip);
		GridDataFactory.swtDefaults().indent(16, 4).applyTo(trendCharts);

		Label spacer = new Label(composite, SWT.NONE);
		GridDataFactory.fillDefaults().span(4, 1).hint(SWT.DEFAULT, 4).applyTo(spacer);
		output = new FileField(composite, Messages.ExportPage_output, "docx", Messages.ExportPage_chooseOutput, true); //$NON-NLS-1$
		output.getText().addModifyListener(e -> {
			if (!settingOutput) {
				outputEdited = true;
			}
			validate();
		});
		overwrite = new Button(composite, SWT.CHECK);
		overwrite.setText(Messages.ExportPage_overwrite);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(overwrite);
		overwrite.addListener(SWT.Selection, e -> validate());

		setControl(composite);
		if (initialSource != null) {
			source.setPath(initialSource);
		}
		validate();
	}

	/** Starts with this file (the selection or the active editor's). */
	@Override
	public void setFile(Path path) {
		setSource(path);
	}

	public void setSource(Path path) {
		if (source == null) {
			initialSource = path;
		} else {
			source.setPath(path);
		}
	}

	/** Chooses the format, as a click on its radio button does. */
	public void setFormat(ExportFormat format) {
		formats.forEach((f, button) -> button.setSelection(f == format));
		deriveOutput();
		validate();
	}

	/** Whether the Word export is to carry the trend-chart appendix (never for Excel). */
	public boolean isTrendCharts() {
		return trendCharts.getSelection() && getFormat() != ExportFormat.XLSX;
	}

	public Button getTrendChartsButton() {
		return trendCharts;
	}

	public ExportFormat getFormat() {
		return formats.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(ExportFormat.DOCX_DRAFT);
	}

	/** NAME（草稿）.docx, NAME.docx or NAME.xlsx beside the source; only the extension follows once the user typed. */
	private void deriveOutput() {
		Path src = source.getPath();
		ExportFormat format = getFormat();
		Path current = output.getPath();
		Path proposed;
		if (outputEdited && current != null) {
			String name = current.getFileName().toString().replaceFirst("\\.(docx|xlsx)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			proposed = current.resolveSibling(name + '.' + format.extension());
		} else if (src != null && src.getParent() != null) {
			String base = src.getFileName().toString().replaceFirst("\\.cluster$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			String name = format == ExportFormat.DOCX_DRAFT ? NLS.bind(Messages.ExportPage_draftName, base) : base;
			proposed = src.resolveSibling(name + '.' + format.extension());
		} else {
			return;
		}
		settingOutput = true;
		try {
			output.setPath(proposed);
		} finally {
			settingOutput = false;
		}
	}

	private void validate() {
		if (trendCharts != null) {
			trendCharts.setEnabled(getFormat() != ExportFormat.XLSX);
		}
		if (output == null) {
			return;
		}
		Path src = source.getPath();
		Path out = output.getPath();
		check.check(src);
		String error = null;
		String info = null;
		ClusterDocument document = check.document();
		if (src == null) {
			setErrorMessage(null);
			setMessage(Messages.ExportPage_chooseSourceMessage);
			setPageComplete(false);
			return;
		}
		if (check.problem() != null) {
			error = check.problem();
		} else if (document.getEdition() == null) {
			error = NLS.bind(Messages.ExportPage_unknownEdition, src.getFileName(), document.getEditionId());
		} else if (out == null) {
			error = Messages.ExportPage_noOutput;
		} else if (out.equals(src)) {
			error = Messages.ExportPage_outputIsSource;
		} else if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
			error = NLS.bind(Messages.ExportPage_noFolder, out.getParent());
		} else if (Files.isDirectory(out)) {
			error = NLS.bind(Messages.ExportPage_outputIsFolder, out);
		} else if (Files.exists(out) && !overwrite.getSelection()) {
			error = NLS.bind(Messages.ExportPage_exists, out.getFileName());
		} else {
			ClusterTarget target = check.target();
			if (target != null && target.isDirty()) {
				info = Messages.ExportPage_unsaved;
			} else if (getFormat() == ExportFormat.DOCX_FINAL) {
				info = Messages.ExportPage_finalHint;
			}
		}
		setErrorMessage(error);
		setMessage(info, IMessageProvider.INFORMATION);
		setPageComplete(error == null);
	}

	/** The .cluster file to export. */
	public Path getSourcePath() {
		return source.getPath();
	}

	public Path getOutputPath() {
		return output.getPath();
	}

	public FileField getSourceField() {
		return source;
	}

	public FileField getOutputField() {
		return output;
	}

	public Button getOverwriteButton() {
		return overwrite;
	}

	/** Re-reads the source next time (after the wizard was reopened, say). */
	@Override
	public void refresh() {
		check.reset();
		validate();
	}
}
