package org.normative.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;

/**
 * The language server keeps publishing diagnostics after it was told of a change to a file that
 * is gone by the time it builds (a folder removed from the workspace, its files deleted, while a
 * build of one of them was still queued): Xtext's own build manager fails on such a file at that
 * build and at every later one. The server runs in process, as in the workbench, with a client
 * that records what it publishes.
 */
class ServerBuildQueueTest {

    @TempDir
    Path temp;

    private final Map<String, CompletableFuture<List<Diagnostic>>> published = new ConcurrentHashMap<>();
    private LanguageServerImpl server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    @Test
    void aFolderRemovedAndDeletedWithAChangeStillQueuedDoesNotStopTheDiagnostics() throws Exception {
        Path gone = temp.resolve("gone");
        Path folder = temp.resolve("standard");
        Path left = gone.resolve("standard.norm");
        Files.createDirectories(gone);
        Files.writeString(left, text("3"), StandardCharsets.UTF_8);
        start(gone, folder);

        // the folder leaves the workspace and its files are deleted; then a change of one of them is reported
        // (as when an editor's close was still to be built when its project was removed)
        server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                new WorkspaceFoldersChangeEvent(List.of(), List.of(new WorkspaceFolder(uri(gone), uri(gone))))));
        Files.delete(left);
        server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(uri(left), FileChangeType.Changed))));

        Path file = folder.resolve("standard.norm");
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "normative", 1, text("4"))));
        assertTrue(rules(file).contains("unknown-tier"), "the diagnostics of the open file: " + rules(file));
    }

    private void start(Path... folders) throws Exception {
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        server = Guice.createInjector(new NormativeServerModule()).getInstance(LanguageServerImpl.class);
        server.connect(new Client());
        InitializeParams initialize = new InitializeParams();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setWorkspaceFolders(true);
        initialize.setCapabilities(new ClientCapabilities(workspace, null, null));
        initialize.setWorkspaceFolders(Arrays.stream(folders).map(f -> new WorkspaceFolder(uri(f), uri(f))).toList());
        server.initialize(initialize).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    /** The rule ids of the first diagnostics published for {@code file} (waits up to half a minute for them). */
    private List<String> rules(Path file) throws Exception {
        List<Diagnostic> diagnostics;
        try {
            diagnostics = published.computeIfAbsent(uri(file), u -> new CompletableFuture<>()).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return List.of("no diagnostics within 30 s");
        }
        return diagnostics.stream().map(d -> d.getCode() == null ? "?" : String.valueOf(d.getCode().get())).toList();
    }

    private static String uri(Path path) {
        return path.toUri().toString().replaceFirst("^file:/+", "file:///");
    }

    /** A standard with one point whose third criterion has tier {@code tier} (4 is not in the scheme). */
    private static String text(String tier) {
        return """
                standard acme.test version 1.0.0 {
                    title "Test"
                    status draft
                    languages en

                    tiers {
                        tier 1 "Foundation" "Explains."
                        tier 2 "Practitioner" "Applies."
                        tier 3 "Expert" "Leads."
                    }

                    role R "Role" {
                        dimension d "Dimension" {
                            definition "A dimension."
                            point p "Point" {
                                scope "A scope."
                                criterion 1 "Explains the point with an example."
                                criterion 2 "Applies the point on a real product."
                                criterion %s "Leads the practice of the point across teams."
                            }
                        }
                    }
                }
                """.formatted(tier);
    }

    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.computeIfAbsent(diagnostics.getUri(), u -> new CompletableFuture<>()).complete(diagnostics.getDiagnostics());
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
