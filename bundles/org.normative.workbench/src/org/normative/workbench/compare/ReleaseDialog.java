package org.normative.workbench.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.normative.diff.git.GitRevisions;
import org.normative.dsl.project.ProjectException;

/** Compare with Release...: a Git tag of the standard's repository (newest first), or a file or folder. */
public final class ReleaseDialog extends TitleAreaDialog {

    private final Path folder;
    private Button tagChoice;
    private Combo tags;
    private Text path;
    private String release;

    public ReleaseDialog(Shell shell, Path folder) {
        super(shell);
        this.folder = folder;
    }

    /** The tags of the Git repository that holds {@code folder}, newest name first; empty outside a repository. */
    public static List<String> tags(Path folder) {
        List<String> names = new ArrayList<>();
        try (GitRevisions revisions = GitRevisions.open(folder)) {
            for (Ref ref : revisions.repository().getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                names.add(ref.getName().substring(Constants.R_TAGS.length()));
            }
        } catch (ProjectException | IOException e) {
            return List.of();
        }
        names.sort(Comparator.reverseOrder());
        return names;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare with Release");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Compare " + folder.getFileName() + " with a release");
        setMessage("The saved files of the standard are compared with the release by id path: added, removed, moved, reworded ...");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        List<String> names = tags(folder);
        tagChoice = new Button(body, SWT.RADIO);
        tagChoice.setText("Git tag:");
        tags = new Combo(body, SWT.READ_ONLY);
        tags.setItems(names.toArray(String[]::new));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(tags);

        Button pathChoice = new Button(body, SWT.RADIO);
        pathChoice.setText("File or folder:");
        path = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(path);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog chooser = new DirectoryDialog(getShell());
            String chosen = chooser.open();
            if (chosen != null) {
                path.setText(chosen);
                pathChoice.setSelection(true);
                tagChoice.setSelection(false);
            }
        });
        if (names.isEmpty()) {
            tagChoice.setEnabled(false);
            tags.setEnabled(false);
            pathChoice.setSelection(true);
        } else {
            tags.select(0);
            tagChoice.setSelection(true);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Compare", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        release = tagChoice.getSelection() ? tags.getText() : path.getText().strip();
        if (release.isEmpty()) {
            setErrorMessage("Choose a tag, or a file or folder.");
            return;
        }
        super.okPressed();
    }

    /** The tag, or the path, chosen. */
    public String release() {
        return release;
    }
}
