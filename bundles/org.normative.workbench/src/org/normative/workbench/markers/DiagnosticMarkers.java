package org.normative.workbench.markers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.normative.dsl.project.Finding;
import org.normative.dsl.validation.Rule;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.language.DocumentPositions;
import org.normative.workbench.language.LspUris;

/**
 * The language server's diagnostics as Problems-view markers (and so as squiggles in the
 * editor): one marker per finding, with the rule id as an attribute and in front of the
 * message ({@code [tier-coverage] ...}, as {@code normative validate} prints it), the line, and
 * the character range in the text the diagnostics were computed from (the editor's unsaved
 * document when the file is open). Updates are applied by one job, newest diagnostics per file.
 */
public final class DiagnosticMarkers {

    public static final String MARKER_TYPE = WorkbenchPlugin.ID + ".problem";
    /** The id of the rule that the finding is about ({@code tier-coverage}, {@code syntax}, ...). */
    public static final String RULE = "rule";

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Job job = new Job("Updating the problems of standards") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            apply();
            return Status.OK_STATUS;
        }
    };

    public DiagnosticMarkers() {
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
    }

    /**
     * Replaces the markers of the file at {@code uri} by {@code diagnostics}; {@code documents}
     * gives the open document of a URI (or {@code null}), whose text the ranges refer to.
     */
    public void update(String uri, List<Diagnostic> diagnostics, Function<String, IDocument> documents) {
        synchronized (pending) {
            pending.put(uri, new Pending(List.copyOf(diagnostics), documents));
        }
        job.schedule();
    }

    private void apply() {
        Map<String, Pending> work;
        synchronized (pending) {
            work = new HashMap<>(pending);
            pending.clear();
        }
        for (Map.Entry<String, Pending> entry : work.entrySet()) {
            IFile file = LspUris.file(entry.getKey());
            if (file == null || !file.exists()) {
                continue;
            }
            Pending update = entry.getValue();
            IDocument document = update.documents.apply(entry.getKey());
            try {
                IDocument text = document != null ? document : fileText(file);
                IWorkspaceRunnable replace = monitor -> {
                    file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
                    for (Diagnostic diagnostic : update.diagnostics) {
                        file.createMarker(MARKER_TYPE, attributes(diagnostic, text));
                    }
                };
                ResourcesPlugin.getWorkspace().run(replace, null, IResource.NONE, null);
            } catch (CoreException | IOException e) {
                if (file.exists()) {
                    // (a file deleted or closed meanwhile has no markers to update)
                    WorkbenchPlugin.log("Cannot update the problems of " + file.getFullPath(), e);
                }
            }
        }
    }

    /**
     * Replaces the markers of the given files by findings of the core's validation (Validate All):
     * the same attributes as the language server's diagnostics, the range running from the
     * finding's column to the end of the word there.
     */
    public static void replace(Map<IFile, List<Finding>> findings) throws CoreException {
        IWorkspaceRunnable replace = monitor -> {
            for (Map.Entry<IFile, List<Finding>> entry : findings.entrySet()) {
                IFile file = entry.getKey();
                file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
                IDocument text;
                try {
                    text = fileText(file);
                } catch (IOException e) {
                    text = new Document("");
                }
                for (Finding finding : entry.getValue()) {
                    file.createMarker(MARKER_TYPE, attributes(finding, text));
                }
            }
        };
        ResourcesPlugin.getWorkspace().run(replace, null, IResource.NONE, null);
    }

    static Map<String, Object> attributes(Finding finding, IDocument text) {
        Position start = new Position(finding.line() - 1, finding.column() - 1);
        int offset = DocumentPositions.offset(text, start);
        int end = offset;
        try {
            while (end < text.getLength() && !Character.isWhitespace(text.getChar(end))) {
                end++;
            }
        } catch (org.eclipse.jface.text.BadLocationException e) {
            // the end of the text
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, "[" + finding.rule() + "] " + finding.message());
        attributes.put(IMarker.SEVERITY, switch (finding.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        });
        attributes.put(IMarker.LINE_NUMBER, finding.line());
        attributes.put(IMarker.LOCATION, "line " + finding.line());
        attributes.put(IMarker.CHAR_START, offset);
        attributes.put(IMarker.CHAR_END, Math.max(end, offset + 1));
        attributes.put(RULE, finding.rule());
        attributes.put(IMarker.SOURCE_ID, "normative");
        return attributes;
    }

    private static IDocument fileText(IFile file) throws IOException {
        Path path = file.getLocation().toPath();
        return new Document(Files.readString(path, StandardCharsets.UTF_8));
    }

    static Map<String, Object> attributes(Diagnostic diagnostic, IDocument text) {
        String rule = ruleOf(diagnostic);
        int[] region = DocumentPositions.region(text, diagnostic.getRange());
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, "[" + rule + "] " + message(diagnostic));
        attributes.put(IMarker.SEVERITY, severity(diagnostic.getSeverity()));
        attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
        attributes.put(IMarker.LOCATION, "line " + (diagnostic.getRange().getStart().getLine() + 1));
        attributes.put(IMarker.CHAR_START, region[0]);
        attributes.put(IMarker.CHAR_END, region[0] + Math.max(1, region[1]));
        attributes.put(RULE, rule);
        attributes.put(IMarker.SOURCE_ID, "normative");
        return attributes;
    }

    /** The text of a diagnostic's message (LSP 3.18 allows Markdown there too). */
    static String message(Diagnostic diagnostic) {
        var message = diagnostic.getMessage();
        if (message == null) {
            return "";
        }
        return message.isLeft() ? message.getLeft() : message.getRight().getValue();
    }

    /** The rule id of a diagnostic: its code, as the language reports it ({@code syntax} for anything else). */
    static String ruleOf(Diagnostic diagnostic) {
        String code = diagnostic.getCode() == null ? null : String.valueOf(diagnostic.getCode().get());
        return code != null && Rule.byId(code).isPresent() ? code : Rule.SYNTAX.id();
    }

    private static int severity(DiagnosticSeverity severity) {
        if (severity == null) {
            return IMarker.SEVERITY_ERROR;
        }
        return switch (severity) {
            case Error -> IMarker.SEVERITY_ERROR;
            case Warning -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    private record Pending(List<Diagnostic> diagnostics, Function<String, IDocument> documents) {
    }
}
