package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@code normative lsp} as a separate process with LSP4J's client, as an editor would:
 * a workspace folder with the sample standard and a broken one, then diagnostics, completion,
 * definition, document symbols, formatting and a clean shutdown.
 */
class LanguageServerIT {

    /** How long one request (or the wait for diagnostics) may take. */
    private static final long TIMEOUT_SECONDS = 30;

    private static final String BROKEN = """
            standard acme.lsp version 1.0.0 {
                title "Language Server Test"

                tiers {
                    tier 1 "Foundation"
                    tier 2 "Practitioner"
                }

                role ENG "Engineer" {
                    dimension build "Building" {
                        point compile "Compiling" {
                            criterion 1 "Explains what a compiler does."
                        }

                        point link "Linking" {
                                criterion 1 "Explains static and dynamic linking."
                            criterion 2 "Diagnoses a missing symbol at link time."
                            requires compile
                        }
                    }
                }
            }
            """;

    @TempDir
    Path temp;

    /** Collects what the server sends; answers its requests with nothing. */
    static final class Client implements LanguageClient {

        final Map<Path, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(path(params.getUri()), params.getDiagnostics());
            synchronized (this) {
                notifyAll();
            }
        }

        /** Waits until the diagnostics of {@code file} satisfy {@code condition}; returns them. */
        synchronized List<Diagnostic> await(Path file, Predicate<List<Diagnostic>> condition) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (true) {
                List<Diagnostic> current = diagnostics.get(file);
                if (current != null && condition.test(current)) {
                    return current;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    fail("no matching diagnostics for " + file + " within " + TIMEOUT_SECONDS + " s; received: " + diagnostics);
                }
                wait(left);
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }

    @Test
    void servesAnEditor() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("workspace")).toRealPath();
        Files.copy(CliProcess.repositoryRoot().resolve("bundles/org.normative.dsl/src/test/resources/sample.norm"),
                workspace.resolve("sample.norm"));
        Path broken = Files.writeString(workspace.resolve("broken.norm"), BROKEN, StandardCharsets.UTF_8);
        String brokenUri = broken.toUri().toString();

        Process process = CliProcess.builder(CliProcess.command("lsp"), workspace).start();
        CompletableFuture<String> stderr = CliProcess.read(process.getErrorStream());
        try {
            Client client = new Client();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client,
                    process.getInputStream(), process.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();

            InitializeParams initialize = new InitializeParams();
            initialize.setProcessId((int) ProcessHandle.current().pid());
            initialize.setRootUri(workspace.toUri().toString());
            ClientCapabilities capabilities = new ClientCapabilities();
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
            symbols.setHierarchicalDocumentSymbolSupport(true);
            text.setDocumentSymbol(symbols);
            capabilities.setTextDocument(text);
            initialize.setCapabilities(capabilities);
            var initialized = get(server.initialize(initialize));
            assertTrue(initialized.getCapabilities().getCompletionProvider() != null, "completion offered");
            server.initialized(new InitializedParams());
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(brokenUri, "normative", 1, BROKEN)));

            // diagnostics: the rule id as code, at the point's line
            List<Diagnostic> diagnostics = client.await(broken,
                    list -> list.stream().anyMatch(d -> code(d).equals("tier-coverage")));
            Diagnostic coverage = diagnostics.stream().filter(d -> code(d).equals("tier-coverage")).findFirst().orElseThrow();
            assertEquals(line("point compile"), coverage.getRange().getStart().getLine(), coverage::toString);
            String message = coverage.getMessage().isLeft() ? coverage.getMessage().getLeft() : coverage.getMessage().getRight().getValue();
            assertTrue(message.contains("compile"), message);
            // the sample in the same workspace has no errors (warnings only)
            List<Diagnostic> sample = client.await(workspace.resolve("sample.norm"), list -> true);
            assertTrue(sample.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), sample::toString);

            TextDocumentIdentifier document = new TextDocumentIdentifier(brokenUri);
            Position reference = position("requires compile", "compile");

            // completion after 'requires ' proposes point ids
            var completion = get(server.getTextDocumentService().completion(new CompletionParams(document, reference)));
            List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
            List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
            assertTrue(labels.contains("compile"), () -> "completion proposals: " + labels);
            assertTrue(labels.contains("link"), () -> "completion proposals: " + labels);

            // go to definition: the reference resolves to the point's declaration
            var definition = get(server.getTextDocumentService().definition(new DefinitionParams(document, reference)));
            List<? extends Location> locations = definition.getLeft();
            assertEquals(1, locations.size(), () -> "definition: " + definition);
            assertEquals(broken, path(locations.get(0).getUri()));
            assertEquals(line("point compile"), locations.get(0).getRange().getStart().getLine());

            // document symbols: standard > role > dimension > points
            List<Either<SymbolInformation, DocumentSymbol>> symbolList = get(server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(document)));
            List<String> tree = symbolList.stream().filter(Either::isRight)
                    .flatMap(either -> flatten(either.getRight(), "")).toList();
            assertEquals(List.of("/acme.lsp", "/acme.lsp/ENG", "/acme.lsp/ENG/build", "/acme.lsp/ENG/build/compile",
                    "/acme.lsp/ENG/build/link"), tree.stream().filter(s -> !s.contains("tiers") && s.split("/").length <= 5)
                    .filter(s -> s.equals("/acme.lsp") || s.startsWith("/acme.lsp/ENG")).toList(), () -> "document symbols: " + tree);
            DocumentSymbol standard = symbolList.get(0).getRight();
            DocumentSymbol role = standard.getChildren().stream().filter(c -> c.getName().equals("ENG")).findFirst().orElseThrow();
            assertEquals(SymbolKind.Package, standard.getKind());
            assertEquals(SymbolKind.Class, role.getKind());
            assertEquals(SymbolKind.Namespace, role.getChildren().get(0).getKind());
            assertEquals(SymbolKind.Field, role.getChildren().get(0).getChildren().get(0).getKind());

            // formatting: the over-indented criterion is re-indented
            List<? extends TextEdit> edits = get(server.getTextDocumentService().formatting(
                    new DocumentFormattingParams(document, new FormattingOptions(4, true))));
            assertFalse(edits.isEmpty(), "formatting edits");

            get(server.shutdown());
            server.exit();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("normative lsp did not end after exit; stderr:\n" + stderr.getNow(""));
            }
            assertEquals(0, process.exitValue(), () -> "exit code; stderr:\n" + stderr.getNow(""));
        } finally {
            process.destroyForcibly();
        }
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? "" : String.valueOf(diagnostic.getCode().get());
    }

    private static Stream<String> flatten(DocumentSymbol symbol, String parent) {
        String path = parent + "/" + symbol.getName();
        Stream<DocumentSymbol> children = symbol.getChildren() == null ? Stream.empty() : symbol.getChildren().stream();
        return Stream.concat(Stream.of(path), children.flatMap(child -> flatten(child, path)));
    }

    /** The 0-based line of the first line of the broken file containing {@code text}. */
    private static int line(String text) {
        List<String> lines = BROKEN.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new IllegalArgumentException(text);
    }

    /** The position of {@code part} in the line containing {@code text}. */
    private static Position position(String text, String part) {
        int line = line(text);
        String content = BROKEN.lines().toList().get(line);
        return new Position(line, content.indexOf(text) + text.indexOf(part));
    }

    private static Path path(String uri) {
        return Path.of(URI.create(uri)).normalize();
    }

}
