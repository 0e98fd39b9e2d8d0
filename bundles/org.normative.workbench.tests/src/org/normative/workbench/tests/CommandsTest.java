package org.normative.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normative.workbench.tests.UiTestSupport.hasMarker;
import static org.normative.workbench.tests.UiTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.diff.Change;
import org.normative.publish.Publishers;
import org.normative.workbench.commands.ValidateAllHandler;
import org.normative.workbench.compare.ChangeNode;
import org.normative.workbench.compare.ElementLocator;
import org.normative.workbench.compare.ReleaseCompareInput;
import org.normative.workbench.compare.ReleaseDialog;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.publish.PublishDialog;
import org.normative.workbench.publish.PublishJob;
import org.normative.workbench.publish.PublishSettings;
import org.normative.workbench.startup.StandardProjects;
import org.normative.workbench.wizards.NewStandardWizard;

/** The workbench's commands on real standards: Validate All, Publish, Compare with Release, New Standard. */
class CommandsTest {

    @TempDir
    Path temp;

    final List<IProject> projects = new ArrayList<>();

    @AfterEach
    void closeAndRemove() throws Exception {
        UiTestSupport.closeAllAndDelete(projects.toArray(IProject[]::new));
    }

    private IProject example(String name) throws Exception {
        IProject project = UiTestSupport.exampleProject(temp, name);
        projects.add(project);
        return project;
    }

    @Test
    void validateAllPutsTheFindingsOfEveryStandardIntoTheProblemsView() throws Exception {
        IProject project = example("validate-all");
        Path aie = project.getLocation().toPath().resolve("02-aie.norm");
        String text = Files.readString(aie, StandardCharsets.UTF_8);
        int criterion = text.indexOf("        criterion 3 ");
        int end = text.indexOf('\n', criterion);
        Files.writeString(aie, text.substring(0, criterion) + text.substring(end + 1), StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        Job job = ValidateAllHandler.schedule();
        waitUntil("Validate All to finish", () -> job.getResult() != null);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertTrue(job.getResult().getMessage().contains("1 errors"), job.getResult().getMessage());
        IFile file = project.getFile("02-aie.norm");
        waitUntil("the tier-coverage marker", () -> hasMarker(file, "tier-coverage"));
    }

    @Test
    void publishWritesTheEditionsInTheBackground() throws Exception {
        IProject project = example("publish");
        Path out = temp.resolve("editions");
        // every format: Word (Apache POI, which logs through log4j-api), PDF (openhtmltopdf, Batik for the radar), JSON, HTML
        PublishJob job = new PublishJob(project.getLocation().toPath(), new PublishSettings(List.of(), null, out));
        job.schedule();
        waitUntil("publishing to finish", () -> job.getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        for (String edition : List.of("docx", "pdf", "json", "html")) {
            Path file = out.resolve("apd.ai-competency-1.0.0." + edition);
            assertTrue(Files.isRegularFile(file), edition + " edition in " + job.written());
            assertTrue(job.written().contains(file), job.written().toString());
        }
        String json = Files.readString(out.resolve("apd.ai-competency-1.0.0.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"Core Product Capabilities\""), "the edition holds the standard");
        assertTrue(wordText(out.resolve("apd.ai-competency-1.0.0.docx")).contains("Core Product Capabilities"), "the Word edition's text");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("apd.ai-competency-1.0.0.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 10, "pages: " + pdf.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(pdf).contains("Core Product Capabilities"), "the PDF edition's text");
        }

        PublishJob chinese = new PublishJob(project.getLocation().toPath(), new PublishSettings(List.of("json", "docx"), "zh", out));
        chinese.schedule();
        waitUntil("publishing in Chinese", () -> chinese.getResult() != null);
        assertEquals(IStatus.OK, chinese.getResult().getSeverity(), chinese.getResult().getMessage());
        assertTrue(Files.readString(out.resolve("apd.ai-competency-1.0.0-zh.json"), StandardCharsets.UTF_8).contains("AI产品经理"));
        assertTrue(wordText(out.resolve("apd.ai-competency-1.0.0-zh.docx")).contains("AI产品经理"));
    }

    /** The text of a Word document's body (word/document.xml, tags removed). */
    private static String wordText(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            return xml.replaceAll("<[^>]+>", "");
        }
    }

    @Test
    void aStandardWithErrorsIsNotPublished() throws Exception {
        IProject project = example("publish-errors");
        Path standard = project.getLocation().toPath().resolve("01-aipm.norm");
        Files.writeString(standard, Files.readString(standard, StandardCharsets.UTF_8).replace("requires core-product", "requires no-such-point"),
                StandardCharsets.UTF_8);
        Path out = temp.resolve("not-published");
        PublishJob job = new PublishJob(project.getLocation().toPath(), new PublishSettings(List.of(), null, out));
        job.schedule();
        waitUntil("publishing to stop", () -> job.getResult() != null);
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertTrue(job.getResult().getMessage().startsWith("Not published: the standard has 1 error"), job.getResult().getMessage());
        assertTrue(!Files.exists(out.resolve("apd.ai-competency-1.0.0.json")));
    }

    @Test
    void thePublishDialogOffersEveryRegisteredFormatAndTheStandardsLanguages() {
        PublishDialog dialog = new PublishDialog(UiTestSupport.page().getWorkbenchWindow().getShell(), "apd.ai-competency 1.0.0",
                Publishers.standard().names(), List.of("en", "zh"), temp.resolve("out"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals(Publishers.standard().names(), dialog.formatButtons().stream().map(Button::getText).toList());
            assertEquals(List.of("en", "zh"), List.of(dialog.languageCombo().getItems()));
            dialog.languageCombo().select(1);
            dialog.formatButtons().get(0).setSelection(true);
            PublishSettings settings = dialog.settings();
            assertEquals("zh", settings.language());
            assertEquals(temp.resolve("out"), settings.outputFolder());
        } finally {
            dialog.close();
        }
    }

    @Test
    void compareWithAnEarlierReleaseShowsTheChangesAsATree() throws Exception {
        Path repository = temp.resolve("repository");
        Path folder = repository.resolve("standard");
        UiTestSupport.copyFolder(UiTestSupport.root().resolve("examples/ai-competency-model"), folder);
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Release 1.0.0").setAuthor("Committee", "committee@example.org")
                    .setCommitter("Committee", "committee@example.org").setSign(false).call();
            git.tag().setName("v1.0.0").setSigned(false).call();
        }
        // since the release: a criterion reworded, a point removed
        Path aipm = folder.resolve("01-aipm.norm");
        String text = Files.readString(aipm, StandardCharsets.UTF_8);
        text = text.replace("criterion 1 \"Explains how a product vision, strategy, roadmap and PRD relate to one another",
                "criterion 1 \"Explains how a product vision, strategy, roadmap and PRD fit together");
        int acumen = text.indexOf("        point acumen ");
        int end = text.indexOf("        }\n", acumen) + "        }\n".length();
        text = text.substring(0, acumen) + text.substring(end + 1);
        Files.writeString(aipm, text, StandardCharsets.UTF_8);
        IProject project = StandardProjects.projectAt(folder, new NullProgressMonitor());
        projects.add(project);

        assertEquals(List.of("v1.0.0"), ReleaseDialog.tags(folder));
        ReleaseCompareInput input = new ReleaseCompareInput(folder, "v1.0.0");
        input.run(new NullProgressMonitor());
        assertNotNull(input.getCompareResult(), input.getMessage());
        List<String> labels = new ArrayList<>();
        List<ChangeNode> nodes = new ArrayList<>();
        collect((DiffNode) input.getCompareResult(), "", labels, nodes);
        assertTrue(labels.contains("AIPM/foundations/core-product/criterion-reworded criterion tier 1: statement"), labels.toString());
        assertTrue(labels.contains("AIPM/foundations/removed point acumen"), labels.toString());

        // double-click: the element in the editor
        Change reworded = nodes.stream().map(ChangeNode::change).filter(c -> c.kind().label().equals("criterion-reworded")).findFirst().orElseThrow();
        ElementLocator.Place place = ElementLocator.locate(folder, reworded);
        assertEquals("01-aipm.norm", place.file().getFileName().toString());
        assertEquals("core-product", Files.readString(place.file(), StandardCharsets.UTF_8).substring(place.offset(), place.offset() + place.length()));
        ElementLocator.reveal(folder, reworded);
        IEditorPart active = UiTestSupport.page().getActiveEditor();
        assertTrue(active instanceof NormativeEditor editor && editor.getFile().getName().equals("01-aipm.norm"));

        // and the compare editor opens on it
        CompareUI.openCompareEditor(new ReleaseCompareInput(folder, "v1.0.0"));
        waitUntil("the compare editor", () -> UiTestSupport.page().getActiveEditor() != null
                && UiTestSupport.page().getActiveEditor().getTitle().startsWith("Compare standard"));
    }

    private static void collect(DiffNode node, String path, List<String> labels, List<ChangeNode> nodes) {
        for (IDiffElement child : node.getChildren()) {
            ChangeNode change = (ChangeNode) child;
            if (change.change() != null) {
                labels.add(path + change.getName());
                nodes.add(change);
            }
            collect(change, path + (change.change() == null ? change.getName() + "/" : ""), labels, nodes);
        }
    }

    @Test
    void theNewStandardWizardMakesTheScaffoldOfNormativeInit() throws Exception {
        NewStandardWizard wizard = new NewStandardWizard();
        WizardDialog dialog = new WizardDialog(UiTestSupport.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.page().fill("data-competency", temp.toString(), "acme.data-competency", "Data Competency Standard");
            assertTrue(wizard.canFinish(), wizard.page().getErrorMessage());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IProject project = wizard.created();
        projects.add(project);
        Path folder = temp.resolve("data-competency");
        assertEquals(folder, project.getLocation().toPath());
        for (String file : List.of("standard.norm", "pract.norm", "normative.properties", "README.md")) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
        }
        assertTrue(Files.readString(folder.resolve("standard.norm"), StandardCharsets.UTF_8).contains("standard acme.data-competency version 0.1.0"));
        IEditorPart active = UiTestSupport.page().getActiveEditor();
        assertTrue(active instanceof NormativeEditor editor && editor.getFile().getName().equals("standard.norm"));
        NormativeEditor editor = (NormativeEditor) active;
        waitUntil("the new standard's outline", () -> !editor.getSymbols().isEmpty());
        UiTestSupport.runEventsFor(500);
        assertEquals(0, UiTestSupport.errors(project), UiTestSupport.rules(project).toString());
    }
}
