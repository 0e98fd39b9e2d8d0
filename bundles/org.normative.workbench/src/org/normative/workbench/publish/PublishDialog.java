package org.normative.workbench.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Publish...: the formats (every format the publishing registry has, e.g. json, docx, pdf, html),
 * the language of the edition (one of the standard's languages) and the output folder.
 */
public final class PublishDialog extends TitleAreaDialog {

    private final String standard;
    private final List<String> formats;
    private final List<String> languages;
    private final Path defaultFolder;
    private final List<Button> formatButtons = new ArrayList<>();
    private Combo language;
    private Text folder;
    private PublishSettings settings;

    public PublishDialog(Shell shell, String standard, List<String> formats, List<String> languages, Path defaultFolder) {
        super(shell);
        this.standard = standard;
        this.formats = formats;
        this.languages = languages;
        this.defaultFolder = defaultFolder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Publish");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Publish " + standard);
        setMessage("The standard is validated first; a standard with errors is not published.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        Group group = new Group(body, SWT.NONE);
        group.setText("Formats");
        GridLayoutFactory.swtDefaults().numColumns(Math.max(1, formats.size())).applyTo(group);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(group);
        for (String format : formats) {
            Button button = new Button(group, SWT.CHECK);
            button.setText(format);
            button.setData(format);
            button.setSelection(true);
            button.addListener(SWT.Selection, e -> validate());
            formatButtons.add(button);
        }

        new Label(body, SWT.NONE).setText("Language:");
        language = new Combo(body, SWT.READ_ONLY);
        language.setItems(languages.toArray(String[]::new));
        language.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(language);

        new Label(body, SWT.NONE).setText("Output folder:");
        folder = new Text(body, SWT.BORDER);
        folder.setText(defaultFolder.toString());
        folder.addListener(SWT.Modify, e -> validate());
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(folder);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog chooser = new DirectoryDialog(getShell());
            chooser.setFilterPath(folder.getText());
            String chosen = chooser.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        return area;
    }

    private void validate() {
        boolean anyFormat = formatButtons.stream().anyMatch(Button::getSelection);
        boolean hasFolder = !folder.getText().isBlank();
        setErrorMessage(!anyFormat ? "Choose at least one format." : !hasFolder ? "Choose the output folder." : null);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(anyFormat && hasFolder);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Publish", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        settings = settings();
        super.okPressed();
    }

    /** The settings as the dialog shows them now. */
    public PublishSettings settings() {
        if (settings != null) {
            return settings;
        }
        List<String> chosen = formatButtons.stream().filter(Button::getSelection).map(b -> (String) b.getData()).toList();
        String lang = language.getSelectionIndex() <= 0 ? null : language.getItem(language.getSelectionIndex());
        return new PublishSettings(chosen, lang, Path.of(folder.getText().strip()));
    }

    /** For tests: the widgets. */
    public List<Button> formatButtons() {
        return formatButtons;
    }

    public Combo languageCombo() {
        return language;
    }

    public Text folderText() {
        return folder;
    }
}
