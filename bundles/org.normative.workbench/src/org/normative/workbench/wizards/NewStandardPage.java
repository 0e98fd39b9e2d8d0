package org.normative.workbench.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.normative.dsl.project.StandardScaffold;

/** The settings of a new standard: project name and folder, id, title, publisher and the first role. */
public final class NewStandardPage extends WizardPage {

    private final Path workspace;
    private Text name;
    private Text location;
    private Text id;
    private Text title;
    private Text publisher;
    private Text role;
    private Text roleTitle;

    NewStandardPage(Path workspace) {
        super("standard");
        this.workspace = workspace;
        setTitle("New Standard");
        setDescription("A standard project as normative init makes it: the standard's file with a three-tier scheme, a role file, "
                + "normative.properties and a README.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        name = field(body, "Project name:", "");
        location = field(body, "Folder:", workspace.toString());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                location.setText(chosen);
            }
        });
        id = field(body, "Standard id:", "");
        id.setMessage("from the project name, e.g. acme.data-competency");
        title = field(body, "Title:", "");
        title.setMessage("from the id");
        publisher = field(body, "Publisher:", StandardScaffold.DEFAULT_PUBLISHER);
        role = field(body, "First role code:", StandardScaffold.DEFAULT_ROLE);
        roleTitle = field(body, "First role title:", StandardScaffold.DEFAULT_ROLE_TITLE);
        for (Text text : List.of(name, location, id, title, publisher, role, roleTitle)) {
            text.addListener(SWT.Modify, e -> validate());
        }
        setControl(body);
        setPageComplete(false);
    }

    private static Text field(Composite body, String label, String value) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        text.setText(value);
        boolean withButton = label.equals("Folder:");
        GridDataFactory.fillDefaults().grab(true, false).span(withButton ? 1 : 2, 1).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void validate() {
        if (name.getText().isBlank()) {
            setErrorMessage(null);
            setMessage("Name the project (its folder).");
            setPageComplete(false);
            return;
        }
        List<String> problems = scaffold().problems();
        setErrorMessage(problems.isEmpty() ? null : problems.get(0));
        setPageComplete(problems.isEmpty());
    }

    /** The project's folder: the folder chosen, then the project's name. */
    public Path folder() {
        return Path.of(location.getText().strip()).resolve(name.getText().strip());
    }

    public StandardScaffold scaffold() {
        return new StandardScaffold(folder()).id(id.getText()).title(title.getText()).publisher(publisher.getText())
                .role(role.getText()).roleTitle(roleTitle.getText());
    }

    /** For tests: fills the fields as a person would. */
    public void fill(String projectName, String folder, String standardId, String standardTitle) {
        name.setText(projectName);
        location.setText(folder);
        id.setText(standardId);
        title.setText(standardTitle);
    }
}
