package org.normative.workbench.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.markers.DiagnosticMarkers;
import org.normative.workbench.startup.StandardProjects;

/** Drives the running workbench from a test on the UI thread: projects, editors, waiting while the UI runs. */
final class UiTestSupport {

    static final long TIMEOUT_MS = 60_000;

    private UiTestSupport() {
    }

    /** The repository's root (for the example and the shared samples). */
    static Path root() {
        return Path.of(System.getProperty("normative.root", "../.."));
    }

    /** A copy of the seed example in a new temporary folder, opened as a project. */
    static IProject exampleProject(Path temp, String name) throws IOException, CoreException {
        Path folder = temp.resolve(name);
        copyFolder(root().resolve("examples/ai-competency-model"), folder);
        return StandardProjects.projectAt(folder, new NullProgressMonitor());
    }

    static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".norm")
                    || p.getFileName().toString().equals("normative.properties")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static NormativeEditor open(IFile file) throws CoreException {
        return (NormativeEditor) IDE.openEditor(page(), file, NormativeEditor.ID, true);
    }

    /** Runs the UI until {@code condition} holds; fails with {@code what} after the time-out. */
    static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, TIMEOUT_MS);
    }

    static void waitUntil(String what, BooleanSupplier condition, long timeoutMs) {
        waitUntil(() -> what, condition, timeoutMs);
    }

    /** As {@link #waitUntil(String, BooleanSupplier)}, with a description computed at the time-out (the state then). */
    static void waitUntil(java.util.function.Supplier<String> what, BooleanSupplier condition, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out waiting for " + what.get() + "\n" + threads());
            }
            runEvents(display);
        }
    }

    /**
     * What the threads do at a time-out (the language server's, the jobs', the UI's): a test
     * that times out on a build machine says where the work stopped.
     */
    static String threads() {
        StringBuilder dump = new StringBuilder("Threads at the time-out:\n");
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            StackTraceElement[] stack = entry.getValue();
            if (stack.length == 0 || thread.getState() == Thread.State.WAITING && stack.length < 6
                    && stack[0].getClassName().startsWith("jdk.internal.misc.Unsafe")) {
                continue;
            }
            dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
            for (int i = 0; i < Math.min(stack.length, 25); i++) {
                dump.append("    at ").append(stack[i]).append('\n');
            }
        }
        dump.append(errorLog());
        return dump.toString();
    }

    /** The end of the workbench's error log (where the language server's errors go too). */
    static String errorLog() {
        try {
            Path log = org.eclipse.core.runtime.Platform.getLogFileLocation().toPath();
            if (!Files.exists(log)) {
                return "The error log is empty.\n";
            }
            List<String> lines = Files.readAllLines(log);
            return "The end of the error log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())) + "\n";
        } catch (IOException | RuntimeException e) {
            return "The error log cannot be read: " + e + "\n";
        }
    }

    /** Lets the UI process what is queued, and pauses briefly when nothing is. */
    static void runEvents(Display display) {
        if (!display.readAndDispatch()) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void runEventsFor(long millis) {
        long end = System.currentTimeMillis() + millis;
        Display display = Display.getCurrent();
        while (System.currentTimeMillis() < end) {
            runEvents(display);
        }
    }

    /** The Normative markers of a file. */
    static List<IMarker> markers(IResource resource) {
        try {
            return List.of(resource.findMarkers(DiagnosticMarkers.MARKER_TYPE, false, IResource.DEPTH_INFINITE));
        } catch (CoreException e) {
            return List.of();
        }
    }

    static List<String> rules(IResource resource) {
        List<String> rules = new ArrayList<>();
        for (IMarker marker : markers(resource)) {
            rules.add(marker.getAttribute(DiagnosticMarkers.RULE, "?"));
        }
        return rules;
    }

    static boolean hasMarker(IResource resource, String rule) {
        return rules(resource).contains(rule);
    }

    static int errors(IResource resource) {
        int errors = 0;
        for (IMarker marker : markers(resource)) {
            if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
                errors++;
            }
        }
        return errors;
    }

    /** The offset of the {@code occurrence}-th (0-based) {@code text} in the document. */
    static int offsetOf(IDocument document, String text, int occurrence) {
        String all = document.get();
        int offset = -1;
        for (int i = 0; i <= occurrence; i++) {
            offset = all.indexOf(text, offset + 1);
            if (offset < 0) {
                fail("'" + text + "' not found (occurrence " + occurrence + ")");
            }
        }
        return offset;
    }

    static void closeAllAndDelete(IProject... projects) throws CoreException {
        page().closeAllEditors(false);
        for (IProject project : projects) {
            if (project != null && project.exists()) {
                project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
            }
        }
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
