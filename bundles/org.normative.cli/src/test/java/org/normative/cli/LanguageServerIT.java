package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeAction;
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
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
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
 * definition, document symbols, formatting and a clean shutdown; and a standard split over three
 * files: hover, references and rename across them; the semantic tokens of the seed example; quick
 * fixes as code actions.
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
            LanguageServer server = launch(process, client);

            ClientCapabilities capabilities = new ClientCapabilities();
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
            symbols.setHierarchicalDocumentSymbolSupport(true);
            text.setDocumentSymbol(symbols);
            capabilities.setTextDocument(text);
            var initialized = initialize(server, workspace, capabilities);
            assertTrue(initialized.getCapabilities().getCompletionProvider() != null, "completion offered");
            var codeActions = initialized.getCapabilities().getCodeActionProvider();
            assertTrue(codeActions != null && (codeActions.isRight() || Boolean.TRUE.equals(codeActions.getLeft())),
                    () -> "code actions (quick fixes) offered: " + codeActions);
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

    /** A standard split over three files, as committees keep it: references, hover and rename cross the files. */
    private static final String STANDARD = """
            standard acme.lsp version 1.0.0 {
                title "Language Server Test"

                tiers {
                    tier 1 "Foundation"
                    tier 2 "Practitioner"
                }

                profile junior "Junior Engineer" for ENG {
                    build.compile 1
                }
            }
            """;

    private static final String ENG = """
            part of acme.lsp

            role ENG "Engineer" {
                dimension build "Building" {
                    point compile "Compiling" @zh "编译" {
                        scope "Turning sources into programs and libraries."
                        criterion 1 "Explains what a compiler does."
                        criterion 2 "Configures a build for two target platforms."
                    }

                    point link "Linking" {
                        criterion 1 "Explains static and dynamic linking."
                        criterion 2 "Diagnoses a missing symbol at link time."
                        requires compile
                    }
                }
            }
            """;

    private static final String OPS = """
            part of acme.lsp

            role OPS "Operator" {
                dimension release "Releasing" {
                    point ship "Shipping" {
                        criterion 1 "Explains a release checklist."
                        criterion 2 "Ships a build to production."
                        requires ENG.build.compile
                        related ENG.build.link
                    }
                }
            }
            """;

    @Test
    void hoversFindsReferencesAndRenamesAcrossTheFilesOfAStandard() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("standard")).toRealPath();
        Path standardFile = Files.writeString(workspace.resolve("standard.norm"), STANDARD, StandardCharsets.UTF_8);
        Path eng = Files.writeString(workspace.resolve("eng.norm"), ENG, StandardCharsets.UTF_8);
        Path ops = Files.writeString(workspace.resolve("ops.norm"), OPS, StandardCharsets.UTF_8);

        Process process = CliProcess.builder(CliProcess.command("lsp"), workspace).start();
        CompletableFuture<String> stderr = CliProcess.read(process.getErrorStream());
        try {
            Client client = new Client();
            LanguageServer server = connect(process, client, workspace);
            client.await(ops, list -> true);
            TextDocumentService documents = server.getTextDocumentService();
            TextDocumentIdentifier opsDocument = new TextDocumentIdentifier(ops.toUri().toString());
            TextDocumentIdentifier engDocument = new TextDocumentIdentifier(eng.toUri().toString());

            // hover on a qualified reference into another file: the target point's title, scope and criteria by tier
            Hover hover = get(documents.hover(new HoverParams(opsDocument, position(OPS, "requires ENG.build.compile", "compile"))));
            assertTrue(hover.getContents().isRight(), () -> "hover as MarkupContent: " + hover);
            MarkupContent content = hover.getContents().getRight();
            assertEquals(MarkupKind.MARKDOWN, content.getKind());
            String markdown = content.getValue();
            assertTrue(markdown.startsWith("**Compiling**\n\n*zh:* 编译\n\nPoint `ENG.build.compile` of standard `acme.lsp`"), markdown);
            assertTrue(markdown.contains("**Scope:** Turning sources into programs and libraries."), markdown);
            assertTrue(markdown.contains("**Tier 1 — Foundation**\n- Explains what a compiler does."), markdown);
            assertTrue(markdown.contains("**Tier 2 — Practitioner**\n- Configures a build for two target platforms."), markdown);
            // the hover's range is the reference under the pointer
            assertEquals(line(OPS, "requires ENG.build.compile"), hover.getRange().getStart().getLine());
            // a plain 'requires' in the same file, and a declaration
            String onLocal = get(documents.hover(new HoverParams(engDocument, position(ENG, "requires compile", "compile"))))
                    .getContents().getRight().getValue();
            assertTrue(onLocal.contains("Point `ENG.build.compile`"), onLocal);
            String onDeclaration = get(documents.hover(new HoverParams(engDocument, position(ENG, "point link", "link"))))
                    .getContents().getRight().getValue();
            assertTrue(onDeclaration.contains("Point `ENG.build.link`") && onDeclaration.contains("Requires: `ENG.build.compile` Compiling"),
                    onDeclaration);

            // references: every use of the point, in all three files, from its declaration
            ReferenceParams references = new ReferenceParams(engDocument, position(ENG, "point compile", "compile"),
                    new ReferenceContext(false));
            List<String> found = get(documents.references(references)).stream()
                    .map(location -> workspace.relativize(path(location.getUri())) + ":" + location.getRange().getStart().getLine())
                    .sorted().toList();
            assertEquals(List.of("eng.norm:" + line(ENG, "requires compile"), "ops.norm:" + line(OPS, "requires ENG.build.compile"),
                    "standard.norm:" + line(STANDARD, "build.compile 1")), found);
            // ... and from a reference, with the declaration
            ReferenceParams withDeclaration = new ReferenceParams(opsDocument, position(OPS, "requires ENG.build.compile", "compile"),
                    new ReferenceContext(true));
            assertEquals(4, get(documents.references(withDeclaration)).size());

            // rename: the declaration and every reference, qualified ones keep their qualification
            RenameParams rename = new RenameParams(engDocument, position(ENG, "point compile", "compile"), "compilation");
            WorkspaceEdit edit;
            try {
                edit = get(documents.rename(rename));
            } catch (ExecutionException e) {
                throw new AssertionError("rename failed: " + e.getCause() + (e.getCause() instanceof ResponseErrorException r
                        ? "\n" + r.getResponseError().getData() : "") + "\nstderr:\n" + stderr.getNow(""), e);
            }
            Map<Path, String> renamed = apply(edit, Map.of(standardFile, STANDARD, eng, ENG, ops, OPS));
            assertEquals(ENG.replace("point compile", "point compilation").replace("requires compile", "requires compilation"),
                    renamed.get(eng));
            assertEquals(OPS.replace("ENG.build.compile", "ENG.build.compilation"), renamed.get(ops));
            assertEquals(STANDARD.replace("build.compile 1", "build.compilation 1"), renamed.get(standardFile));

            // the same rename started at a qualified reference in another file
            WorkspaceEdit fromReference = get(documents.rename(new RenameParams(opsDocument,
                    position(OPS, "requires ENG.build.compile", "compile"), "compilation")));
            assertEquals(renamed, apply(fromReference, Map.of(standardFile, STANDARD, eng, ENG, ops, OPS)));

            // renaming a role renames the id paths through it: the qualified references into it follow
            WorkspaceEdit role = get(documents.rename(new RenameParams(engDocument, position(ENG, "role ENG", "ENG"), "ENGINEER")));
            Map<Path, String> roleRenamed = apply(role, Map.of(standardFile, STANDARD, eng, ENG, ops, OPS));
            assertEquals(ENG.replace("role ENG ", "role ENGINEER "), roleRenamed.get(eng));
            assertEquals(OPS.replace("ENG.build.", "ENGINEER.build."), roleRenamed.get(ops));
            assertEquals(STANDARD.replace("for ENG {", "for ENGINEER {"), roleRenamed.get(standardFile));

            // an id the language would not accept is refused with a clear message
            Map<String, String> refusals = Map.of("two words", "'two words' is not a valid id", "1st", "'1st' is not a valid id",
                    "a.b", "'a.b' is not a valid id", "", "'' is not a valid id", "scope", "'scope' is not a valid id: it is a keyword",
                    "link", "'link' is already the id of another element next to 'compile'");
            for (Map.Entry<String, String> refusal : refusals.entrySet()) {
                ExecutionException refused = assertThrows(ExecutionException.class, () -> get(documents.rename(
                        new RenameParams(engDocument, position(ENG, "point compile", "compile"), refusal.getKey()))), refusal::getKey);
                assertTrue(refused.getCause() instanceof ResponseErrorException, refused::toString);
                String message = ((ResponseErrorException) refused.getCause()).getResponseError().getMessage();
                assertTrue(message.startsWith(refusal.getValue()), message);
            }

            get(server.shutdown());
            server.exit();
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), () -> "exit; stderr:\n" + stderr.getNow(""));
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Semantic tokens ({@code textDocument/semanticTokens/full}) of the seed example's AIPM file, in
     * a copy where {@code acumen} is deprecated and referred to by its qualified id: the legend is
     * announced, and the decoded tokens mark declarations, references and the deprecated point.
     */
    @Test
    void colorsDeclarationsReferencesAndDeprecatedPointsOfTheSeedExample() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("seed")).toRealPath();
        Path example = CliProcess.repositoryRoot().resolve("examples/ai-competency-model");
        try (Stream<Path> files = Files.list(example)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".norm")).toList()) {
                Files.copy(file, workspace.resolve(file.getFileName()));
            }
        }
        Path aipm = workspace.resolve("01-aipm.norm");
        String original = Files.readString(aipm, StandardCharsets.UTF_8);
        String declaration = "        point acumen \"Professional Acumen\" {\n";
        String reference = "            requires core-product\n";
        assertTrue(original.contains(declaration) && original.contains(reference), "the seed example has changed");
        String text = original
                .replace(declaration, declaration + "            status deprecated\n            replaced-by value-stream\n")
                .replace(reference, reference + "            related AIPM.foundations.acumen\n");
        Files.writeString(aipm, text, StandardCharsets.UTF_8);

        Process process = CliProcess.builder(CliProcess.command("lsp"), workspace).start();
        CompletableFuture<String> stderr = CliProcess.read(process.getErrorStream());
        try {
            Client client = new Client();
            LanguageServer server = launch(process, client);
            TextDocumentClientCapabilities textCapabilities = new TextDocumentClientCapabilities();
            textCapabilities.setSemanticTokens(new SemanticTokensCapabilities(new SemanticTokensClientCapabilitiesRequests(true),
                    List.of("namespace", "class", "struct", "property"), List.of("declaration", "deprecated"), List.of("relative")));
            ClientCapabilities capabilities = new ClientCapabilities();
            capabilities.setTextDocument(textCapabilities);

            // the legend
            SemanticTokensWithRegistrationOptions provider = initialize(server, workspace, capabilities).getCapabilities()
                    .getSemanticTokensProvider();
            assertNotNull(provider, "semantic tokens offered");
            assertEquals(Boolean.TRUE, provider.getFull().getLeft(), "full document tokens");
            SemanticTokensLegend legend = provider.getLegend();
            assertTrue(legend.getTokenTypes().containsAll(List.of("namespace", "class", "struct", "property")), legend::toString);
            assertTrue(legend.getTokenModifiers().containsAll(List.of("declaration", "deprecated")), legend::toString);

            String uri = aipm.toUri().toString();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "normative", 1, text)));
            List<Diagnostic> diagnostics = client.await(aipm, list -> !list.isEmpty());
            // the deprecated point is what the validator sees too
            assertTrue(diagnostics.stream().anyMatch(d -> code(d).equals("deprecated-reference")), diagnostics::toString);

            SemanticTokens tokens = get(server.getTextDocumentService().semanticTokensFull(
                    new SemanticTokensParams(new TextDocumentIdentifier(uri))));
            Map<Position, String> decoded = decode(tokens.getData(), legend, text);
            assertTrue(decoded.size() > 50, () -> decoded.size() + " tokens: " + decoded);

            // declarations
            assertEquals("AIPM class declaration", decoded.get(position(text, "role AIPM", "AIPM")));
            assertEquals("foundations struct declaration", decoded.get(position(text, "dimension foundations", "foundations")));
            assertEquals("core-product property declaration", decoded.get(position(text, "point core-product", "core-product")));
            // references: the standard of the part, a point after 'requires', each segment of a qualified id
            assertEquals("apd.ai-competency namespace", decoded.get(position(text, "part of apd.ai-competency", "apd.ai-competency")));
            assertEquals("core-product property", decoded.get(position(text, "requires core-product", "core-product")));
            assertEquals("AIPM class", decoded.get(position(text, "related AIPM.foundations.acumen", "AIPM")));
            assertEquals("foundations struct", decoded.get(position(text, "related AIPM.foundations.acumen", "foundations")));
            assertEquals("value-stream property", decoded.get(position(text, "replaced-by value-stream", "value-stream")));
            // the deprecated point where it is declared and where it is referred to
            assertEquals("acumen property declaration deprecated", decoded.get(position(text, "point acumen", "acumen")));
            assertEquals("acumen property deprecated", decoded.get(position(text, "related AIPM.foundations.acumen", "acumen")));
            // nothing else is deprecated
            assertEquals(2, decoded.values().stream().filter(t -> t.endsWith(" deprecated")).count(), decoded::toString);
            // keywords are left to the syntax colouring
            assertFalse(decoded.containsKey(position(text, "point core-product", "point")), decoded::toString);

            get(server.shutdown());
            server.exit();
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), () -> "exit; stderr:\n" + stderr.getNow(""));
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Decodes LSP semantic tokens (5 integers each: line delta, start delta on the same line,
     * length, type, modifier bits) into {@code "text type modifiers..."} by start position.
     */
    private static Map<Position, String> decode(List<Integer> data, SemanticTokensLegend legend, String text) {
        assertEquals(0, data.size() % 5, "5 integers a token");
        List<String> lines = text.lines().toList();
        Map<Position, String> tokens = new java.util.LinkedHashMap<>();
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.size(); i += 5) {
            int lineDelta = data.get(i);
            line += lineDelta;
            character = lineDelta == 0 ? character + data.get(i + 1) : data.get(i + 1);
            int length = data.get(i + 2);
            StringBuilder token = new StringBuilder(lines.get(line).substring(character, character + length));
            token.append(' ').append(legend.getTokenTypes().get(data.get(i + 3)));
            int modifiers = data.get(i + 4);
            for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
                if ((modifiers & (1 << bit)) != 0) {
                    token.append(' ').append(legend.getTokenModifiers().get(bit));
                }
            }
            tokens.put(new Position(line, character), token.toString());
        }
        return tokens;
    }

    /** A point without a tier-3 criterion, and a point id declared twice. */
    private static final String FIXABLE = """
            standard acme.fixes version 1.0.0 {
                title "Quick Fix Test"

                tiers {
                    tier 1 "Foundation"
                    tier 2 "Practitioner"
                    tier 3 "Expert"
                }

                role ENG "Engineer" {
                    dimension build "Building" {
                        point compile "Compiling" {
                            criterion 1 "Explains what a compiler does."
                            criterion 2 "Configures a build for two target platforms."
                            related link
                        }

                        point link "Linking" {
                            criterion 1 "Explains static and dynamic linking."
                            criterion 2 "Diagnoses a missing symbol at link time."
                            criterion 3 "Designs the linking of a product line."
                        }

                        point link "Packaging" {
                            criterion 1 "Explains what a package holds."
                            criterion 2 "Packages a service for two platforms."
                            criterion 3 "Designs the packaging of a product line."
                        }
                    }
                }
            }
            """;

    @Test
    void quickFixesAreCodeActionsWhoseEditsRemoveTheFindings() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("fixes")).toRealPath();
        Path file = Files.writeString(workspace.resolve("standard.norm"), FIXABLE, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();

        Process process = CliProcess.builder(CliProcess.command("lsp"), workspace).start();
        CompletableFuture<String> stderr = CliProcess.read(process.getErrorStream());
        try {
            Client client = new Client();
            LanguageServer server = connect(process, client, workspace);
            TextDocumentService documents = server.getTextDocumentService();
            documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "normative", 1, FIXABLE)));
            List<Diagnostic> diagnostics = client.await(file, list -> list.stream().anyMatch(d -> code(d).equals("tier-coverage"))
                    && list.stream().filter(d -> code(d).equals("unique-id")).count() == 2);

            // tier-coverage: the missing tier-3 criterion as a placeholder, after the tier-2 one, before the relation
            Diagnostic coverage = diagnostics.stream().filter(d -> code(d).equals("tier-coverage")).findFirst().orElseThrow();
            List<CodeAction> actions = codeActions(documents, uri, coverage);
            assertEquals(List.of("Add the missing tier-3 criterion as a placeholder"), actions.stream().map(CodeAction::getTitle).toList());
            assertEquals(CodeActionKind.QuickFix, actions.get(0).getKind());
            assertEquals(List.of(coverage), actions.get(0).getDiagnostics());
            String fixed = apply(actions.get(0).getEdit(), Map.of(file, FIXABLE)).get(file);
            assertEquals(FIXABLE.replace("""
                                    criterion 2 "Configures a build for two target platforms."
                    """, """
                                    criterion 2 "Configures a build for two target platforms."
                                    criterion 3 "TODO: what someone at tier 3 (Expert) observably does in Compiling."
                    """), fixed);

            // the editor applies the edit: the finding is gone, and the placeholder is a warning until someone writes the criterion
            documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent(fixed))));
            diagnostics = client.await(file, list -> list.stream().noneMatch(d -> code(d).equals("tier-coverage")));
            int placeholderLine = (int) fixed.lines().takeWhile(l -> !l.contains("\"TODO:")).count();
            List<Diagnostic> placeholders = diagnostics.stream().filter(d -> code(d).equals("placeholder")).toList();
            assertEquals(1, placeholders.size(), diagnostics::toString);
            assertEquals(DiagnosticSeverity.Warning, placeholders.get(0).getSeverity());
            assertEquals(placeholderLine, placeholders.get(0).getRange().getStart().getLine());
            assertEquals("The tier-3 criterion of point 'compile' is a placeholder (\"TODO: what someone at tier 3 (Expert) observably"
                    + " does in Compiling.\"): write the criterion before the standard is published.", placeholders.get(0).getMessage().getLeft());

            // unique-id: the first declaration keeps its id, the second is renamed to the next free one
            List<Diagnostic> duplicates = diagnostics.stream().filter(d -> code(d).equals("unique-id"))
                    .sorted((a, b) -> Integer.compare(a.getRange().getStart().getLine(), b.getRange().getStart().getLine())).toList();
            assertEquals(2, duplicates.size(), diagnostics::toString);
            assertEquals(List.of(), codeActions(documents, uri, duplicates.get(0)));
            List<CodeAction> renames = codeActions(documents, uri, duplicates.get(1));
            assertEquals(List.of("Rename to 'link-2'"), renames.stream().map(CodeAction::getTitle).toList());
            String renamed = apply(renames.get(0).getEdit(), Map.of(file, fixed)).get(file);
            assertEquals(fixed.replace("point link \"Packaging\"", "point link-2 \"Packaging\""), renamed);

            // no error left (the reference 'related link' names the first 'link')
            documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3),
                    List.of(new TextDocumentContentChangeEvent(renamed))));
            List<Diagnostic> after = client.await(file, list -> list.stream().noneMatch(d -> code(d).equals("unique-id")));
            assertEquals(List.of(), after.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList());
            assertEquals(List.of("placeholder"), after.stream().map(d -> code(d)).toList(), after::toString);

            get(server.shutdown());
            server.exit();
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), () -> "exit; stderr:\n" + stderr.getNow(""));
        } finally {
            process.destroyForcibly();
        }
    }

    /** The code actions that the server offers for {@code diagnostic} (as an editor asks on a squiggle). */
    private static List<CodeAction> codeActions(TextDocumentService documents, String uri, Diagnostic diagnostic) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic)));
        List<Either<Command, CodeAction>> answer = get(documents.codeAction(params));
        assertTrue(answer.stream().allMatch(Either::isRight), () -> "code actions, not commands: " + answer);
        return answer.stream().map(Either::getRight).toList();
    }

    /** Connects LSP4J's client to the server process and initializes it on {@code workspace}. */
    private static LanguageServer connect(Process process, Client client, Path workspace) throws Exception {
        LanguageServer server = launch(process, client);
        initialize(server, workspace, new ClientCapabilities());
        return server;
    }

    /** LSP4J's client on the server process's streams. */
    private static LanguageServer launch(Process process, Client client) {
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        return launcher.getRemoteProxy();
    }

    /** Initializes the server on {@code workspace} with the client's {@code capabilities}, then says it is initialized. */
    private static InitializeResult initialize(LanguageServer server, Path workspace, ClientCapabilities capabilities) throws Exception {
        InitializeParams initialize = new InitializeParams();
        initialize.setProcessId((int) ProcessHandle.current().pid());
        initialize.setRootUri(workspace.toUri().toString());
        initialize.setCapabilities(capabilities);
        InitializeResult result = get(server.initialize(initialize));
        server.initialized(new InitializedParams());
        return result;
    }

    /** The texts of the files after applying the edits of a workspace edit (as {@code changes} or {@code documentChanges}). */
    private static Map<Path, String> apply(WorkspaceEdit edit, Map<Path, String> texts) {
        Map<Path, List<TextEdit>> byFile = new TreeMap<>();
        if (edit.getChanges() != null) {
            edit.getChanges().forEach((uri, edits) -> byFile.computeIfAbsent(path(uri), p -> new ArrayList<>()).addAll(edits));
        }
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                TextDocumentEdit documentEdit = change.getLeft();
                byFile.computeIfAbsent(path(documentEdit.getTextDocument().getUri()), p -> new ArrayList<>())
                        .addAll(documentEdit.getEdits().stream().map(Either::getLeft).toList());
            }
        }
        Map<Path, String> result = new TreeMap<>(texts);
        byFile.forEach((file, edits) -> {
            String text = texts.get(file);
            assertNotNull(text, () -> "edit of an unknown file " + file);
            List<TextEdit> sorted = new ArrayList<>(edits);
            // from the end, so that earlier offsets stay valid
            sorted.sort((a, b) -> Integer.compare(offset(text, b.getRange().getStart()), offset(text, a.getRange().getStart())));
            StringBuilder out = new StringBuilder(text);
            for (TextEdit textEdit : sorted) {
                out.replace(offset(text, textEdit.getRange().getStart()), offset(text, textEdit.getRange().getEnd()),
                        textEdit.getNewText());
            }
            result.put(file, out.toString());
        });
        return result;
    }

    private static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }

    /** The 0-based line of the first line of {@code text} containing {@code part}. */
    private static int line(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new IllegalArgumentException(part);
    }

    /** The position of {@code part} in the first line of {@code text} containing {@code context}. */
    private static Position position(String text, String context, String part) {
        int line = line(text, context);
        String content = text.lines().toList().get(line);
        return new Position(line, content.indexOf(context) + context.indexOf(part));
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
