package org.normative.workbench.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.normative.dsl.ide.NormativeIdeSetup;
import org.normative.dsl.ide.highlighting.NormativeSemanticHighlighting;
import org.normative.dsl.ide.server.NormativeServerModule;
import org.normative.dsl.project.StandardProject;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.markers.DiagnosticMarkers;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language in the workbench: Xtext's own {@link LanguageServerImpl} (the server of
 * {@code normative lsp}) run in process, with this class as its client. The open projects are
 * its workspace folders; open editors send their documents' changes; its diagnostics become
 * markers ({@link DiagnosticMarkers}); completion, hover, definition, symbols, folding,
 * formatting and quick fixes (code actions) are answered by the language's IDE services, so the workbench holds no language
 * logic of its own. Calls go straight to the server object (no JSON-RPC): it runs requests on
 * its own threads and answers with futures.
 */
public final class LanguageSession {

    /** How long the UI waits for an answer before giving up (content assist, hover, format). */
    public static final long TIMEOUT_MS = 5_000;

    private static LanguageSession instance;

    private final LanguageServerImpl server;
    private final Injector language;
    private final DiagnosticMarkers markers = new DiagnosticMarkers();
    private final Map<String, OpenDocument> documents = new HashMap<>();
    private final Set<String> folders = new LinkedHashSet<>();
    private final List<BiConsumer<String, List<Diagnostic>>> diagnosticsListeners = new CopyOnWriteArrayList<>();
    private final IResourceChangeListener resourceListener = this::resourcesChanged;
    /** The names of the semantic tokens' types and modifiers, as the server announced them. */
    private final SemanticTokensLegend semanticTokensLegend;

    private LanguageSession() {
        ErrorLogAppender.install();
        language = new NormativeIdeSetup().createInjectorAndDoEMFRegistration();
        IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
        languages.getExtensionToFactoryMap().put(StandardProject.FILE_EXTENSION, language.getInstance(IResourceServiceProvider.class));
        // the languages are given, not looked up with java.util.ServiceLoader (which does not see other bundles' services under OSGi)
        Injector injector = Guice.createInjector(Modules2.mixin(new NormativeServerModule(), binder -> {
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
            binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
        }));
        server = injector.getInstance(LanguageServerImpl.class);
        server.connect(new Client());
        InitializeParams initialize = new InitializeParams();
        initialize.setCapabilities(capabilities());
        folders.addAll(projectFolders());
        initialize.setWorkspaceFolders(folders.stream().map(LanguageSession::folder).toList());
        initialize.setProcessId((int) ProcessHandle.current().pid());
        InitializeResult initialized = await(server.initialize(initialize));
        semanticTokensLegend = initialized == null || initialized.getCapabilities().getSemanticTokensProvider() == null ? null
                : initialized.getCapabilities().getSemanticTokensProvider().getLegend();
        server.initialized(new InitializedParams());
        ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
    }

    /** The session of this workbench, started on first use. */
    public static synchronized LanguageSession get() {
        if (instance == null) {
            instance = new LanguageSession();
        }
        return instance;
    }

    public static synchronized void shutdownIfStarted() {
        if (instance != null) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(instance.resourceListener);
            instance.server.shutdown();
            instance = null;
        }
    }

    /** The language's Guice injector (its grammar, for the editor's keywords). */
    public Injector languageInjector() {
        return language;
    }

    /** Called with a file's URI and its diagnostics whenever the server publishes them (on a server thread). */
    public void addDiagnosticsListener(BiConsumer<String, List<Diagnostic>> listener) {
        diagnosticsListeners.add(listener);
    }

    public void removeDiagnosticsListener(BiConsumer<String, List<Diagnostic>> listener) {
        diagnosticsListeners.remove(listener);
    }

    // ---- documents of open editors -------------------------------------------------------

    /** An editor shows {@code document} for {@code file}: the server reads it from now on, with every change. */
    public synchronized void connect(IFile file, IDocument document) {
        String uri = LspUris.of(file);
        if (uri == null) {
            return;
        }
        OpenDocument open = documents.get(uri);
        if (open != null) {
            open.references++;
            return;
        }
        ensureFolder(file.getProject());
        open = new OpenDocument(uri, document);
        documents.put(uri, open);
        document.addDocumentListener(open);
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "normative", open.version, document.get())));
    }

    public synchronized void disconnect(IFile file) {
        String uri = LspUris.of(file);
        OpenDocument open = uri == null ? null : documents.get(uri);
        if (open == null || --open.references > 0) {
            return;
        }
        documents.remove(uri);
        open.document.removeDocumentListener(open);
        server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** The document of an open editor on {@code uri}, or {@code null}. */
    public synchronized IDocument document(String uri) {
        OpenDocument open = documents.get(uri);
        return open == null ? null : open.document;
    }

    // ---- requests ------------------------------------------------------------------------

    public List<CompletionItem> completion(IFile file, IDocument document, int offset) {
        CompletionParams params = new CompletionParams(id(file), DocumentPositions.position(document, offset));
        Either<List<CompletionItem>, CompletionList> result = await(server.completion(params));
        if (result == null) {
            return List.of();
        }
        return result.isLeft() ? result.getLeft() : result.getRight().getItems();
    }

    public Hover hover(IFile file, IDocument document, int offset) {
        return await(server.hover(new HoverParams(id(file), DocumentPositions.position(document, offset))));
    }

    /** Where the reference at {@code offset} points to (files and ranges), empty when it is no reference. */
    public List<Location> definition(IFile file, IDocument document, int offset) {
        Either<List<? extends Location>, List<? extends LocationLink>> result =
                await(server.definition(new DefinitionParams(id(file), DocumentPositions.position(document, offset))));
        List<Location> locations = new ArrayList<>();
        if (result != null && result.isLeft()) {
            locations.addAll(result.getLeft());
        } else if (result != null) {
            for (LocationLink link : result.getRight()) {
                locations.add(new Location(link.getTargetUri(), link.getTargetSelectionRange()));
            }
        }
        return locations;
    }

    /** The outline of a file: standard or part, roles, dimensions, points (as the server names them). */
    public List<DocumentSymbol> symbols(IFile file) {
        List<Either<SymbolInformation, DocumentSymbol>> result = await(server.documentSymbol(new DocumentSymbolParams(id(file))));
        List<DocumentSymbol> symbols = new ArrayList<>();
        if (result != null) {
            for (Either<SymbolInformation, DocumentSymbol> symbol : result) {
                if (symbol.isRight()) {
                    symbols.add(symbol.getRight());
                }
            }
        }
        return symbols;
    }

    /**
     * How long an explicit command (Format) waits for the server to build the latest text and
     * answer: longer than {@link #TIMEOUT_MS}, as the user asked for it and sees its progress (a
     * large standard on a busy machine takes seconds to build).
     */
    public static final long COMMAND_TIMEOUT_MS = 60_000;

    /**
     * Waits until the server has built the latest text of an open document (it publishes the
     * document's diagnostics then): requests that read the parsed file, such as formatting,
     * would otherwise answer for the text before the last change. Returns {@code false} when
     * cancelled or timed out.
     */
    public boolean awaitBuild(IFile file, IProgressMonitor monitor) {
        return awaitBuild(file, monitor, COMMAND_TIMEOUT_MS);
    }

    private boolean awaitBuild(IFile file, IProgressMonitor monitor, long timeoutMs) {
        CompletableFuture<Void> built;
        synchronized (this) {
            OpenDocument open = documents.get(LspUris.of(file));
            if (open == null) {
                return true;
            }
            built = open.built;
        }
        // (a future of its own: giving up must not cancel the document's)
        return Boolean.TRUE.equals(awaitCancellable(built.thenApply(done -> Boolean.TRUE), monitor, timeoutMs));
    }

    /**
     * The edits that lay the file out with the language's formatter, for its latest text (waits
     * for the build of it first); {@code null} when cancelled through {@code monitor} or when
     * the server did not answer within {@link #COMMAND_TIMEOUT_MS}.
     */
    public List<TextEdit> formatting(IFile file, IProgressMonitor monitor) {
        if (!awaitBuild(file, monitor)) {
            return null;
        }
        FormattingOptions options = new FormattingOptions(4, true);
        CompletableFuture<List<? extends TextEdit>> request = server.formatting(new DocumentFormattingParams(id(file), options));
        List<? extends TextEdit> edits = awaitCancellable(request, monitor, COMMAND_TIMEOUT_MS);
        if (edits == null) {
            return request.isDone() && !request.isCompletedExceptionally() && !request.isCancelled() ? List.of() : null;
        }
        return List.copyOf(edits);
    }

    /** The answer of {@code future}, waiting up to {@code timeoutMs} unless the user cancels; {@code null} otherwise. */
    private static <T> T awaitCancellable(CompletableFuture<T> future, IProgressMonitor monitor, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end && (monitor == null || !monitor.isCanceled())) {
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still working: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                return null;
            }
        }
        if (!future.isDone()) {
            future.cancel(true);
        }
        return null;
    }

    /**
     * The semantic tokens of a file (declarations, references, deprecated points) that the server
     * computes for the file as it last built it; {@code null} when it gave no answer (cancelled by
     * a newer change). Does not block: the caller checks that the text has not changed since.
     * Cancelling the answer cancels the server's request.
     */
    public CompletableFuture<List<SemanticToken>> semanticTokens(IFile file) {
        if (semanticTokensLegend == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<SemanticTokens> request = server.semanticTokensFull(new SemanticTokensParams(id(file)));
        CompletableFuture<List<SemanticToken>> answer = request
                .thenApply(tokens -> tokens == null ? null : SemanticToken.decode(tokens.getData(), semanticTokensLegend))
                .exceptionally(e -> null);
        answer.whenComplete((tokens, e) -> {
            if (answer.isCancelled()) {
                request.cancel(true);
            }
        });
        return answer;
    }

    /**
     * The quick fixes that the server offers for {@code diagnostic} of {@code file} (its range in
     * the text as last built; for an open file, once the server has built its latest text).
     */
    public List<CodeAction> codeActions(IFile file, Diagnostic diagnostic) {
        CodeActionParams params = new CodeActionParams(id(file), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic), List.of(CodeActionKind.QuickFix)));
        List<Either<Command, CodeAction>> result = null;
        // a build (a change of this or another file) cancels the server's running reads: ask again after it
        for (int attempt = 0; attempt < 10 && result == null; attempt++) {
            if (attempt > 0) {
                pause(50L * attempt);
            }
            awaitBuild(file, null, TIMEOUT_MS);
            CompletableFuture<List<Either<Command, CodeAction>>> answer = server.codeAction(params);
            try {
                result = answer.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (CancellationException | ExecutionException e) {
                if (!(e instanceof CancellationException) && !(e.getCause() instanceof CancellationException)) {
                    WorkbenchPlugin.log("The language server found no quick fixes", e);
                    break;
                }
            } catch (TimeoutException e) {
                answer.cancel(true);
                break;
            }
        }
        List<CodeAction> actions = new ArrayList<>();
        if (result != null) {
            for (Either<Command, CodeAction> action : result) {
                if (action.isRight()) {
                    actions.add(action.getRight());
                }
            }
        }
        return actions;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static TextDocumentIdentifier id(IFile file) {
        return new TextDocumentIdentifier(LspUris.of(file));
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            // cancelled by a newer edit, or too slow: no answer this time
            future.cancel(true);
            return null;
        }
    }

    // ---- the workspace as the server's workspace folders ---------------------------------

    private static ClientCapabilities capabilities() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        text.setCompletion(new CompletionCapabilities());
        text.setSemanticTokens(new SemanticTokensCapabilities(new SemanticTokensClientCapabilitiesRequests(true),
                NormativeSemanticHighlighting.TOKEN_TYPES, NormativeSemanticHighlighting.TOKEN_MODIFIERS, List.of("relative")));
        text.setCodeAction(new CodeActionCapabilities(new CodeActionLiteralSupportCapabilities(
                new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix))), false));
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setWorkspaceFolders(true);
        return new ClientCapabilities(workspace, text, null);
    }

    private static List<String> projectFolders() {
        List<String> uris = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen() && project.getLocation() != null) {
                uris.add(LspUris.of(project.getLocation().toPath()));
            }
        }
        return uris;
    }

    /**
     * A project's folder as the server's workspace folder, named by its URI: the server keys its
     * projects by name, and two folders of one name (a project removed and another made at a new
     * place with the same folder name, reported in one resource change) would otherwise be taken
     * for one project, whose files then are never built again.
     */
    private static WorkspaceFolder folder(String uri) {
        return new WorkspaceFolder(uri, uri);
    }

    private synchronized void ensureFolder(IProject project) {
        if (project.getLocation() == null) {
            return;
        }
        String uri = LspUris.of(project.getLocation().toPath());
        if (folders.add(uri)) {
            server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                    new WorkspaceFoldersChangeEvent(List.of(folder(uri)), List.of())));
        }
    }

    private synchronized void syncFolders() {
        Set<String> now = new LinkedHashSet<>(projectFolders());
        List<WorkspaceFolder> added = now.stream().filter(f -> !folders.contains(f)).map(LanguageSession::folder).toList();
        List<WorkspaceFolder> removed = folders.stream().filter(f -> !now.contains(f)).map(LanguageSession::folder).toList();
        if (!added.isEmpty() || !removed.isEmpty()) {
            folders.clear();
            folders.addAll(now);
            server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed)));
        }
    }

    /** Projects opened or closed, and {@code .norm} files changed on disk (saved, pulled, created, deleted). */
    private void resourcesChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        boolean[] projects = {false};
        List<FileEvent> files = new ArrayList<>();
        try {
            delta.accept(child -> {
                IResource resource = child.getResource();
                if (resource.getType() == IResource.PROJECT
                        && ((child.getKind() & (IResourceDelta.ADDED | IResourceDelta.REMOVED)) != 0
                                || (child.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION)) != 0)) {
                    projects[0] = true;
                }
                if (resource.getType() == IResource.FILE && StandardProject.FILE_EXTENSION.equals(resource.getFileExtension())
                        && resource.getLocation() != null) {
                    FileChangeType type = switch (child.getKind()) {
                        case IResourceDelta.ADDED -> FileChangeType.Created;
                        case IResourceDelta.REMOVED -> FileChangeType.Deleted;
                        default -> (child.getFlags() & IResourceDelta.CONTENT) != 0 ? FileChangeType.Changed : null;
                    };
                    if (type != null) {
                        files.add(new FileEvent(LspUris.of(resource.getLocation().toPath()), type));
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            WorkbenchPlugin.log("Cannot read a workspace change", e);
        }
        if (projects[0]) {
            syncFolders();
        }
        if (!files.isEmpty()) {
            server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(files));
        }
    }

    /** An open document: sends each change to the server as the range it replaces. */
    private final class OpenDocument implements IDocumentListener {
        final String uri;
        final IDocument document;
        int version = 1;
        int references = 1;
        /** Completed when the server has published diagnostics since the last change. */
        volatile CompletableFuture<Void> built = new CompletableFuture<>();
        private Range replaced;

        OpenDocument(String uri, IDocument document) {
            this.uri = uri;
            this.document = document;
        }

        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            Position start = DocumentPositions.position(document, event.getOffset());
            Position end = DocumentPositions.position(document, event.getOffset() + event.getLength());
            replaced = new Range(start, end);
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(replaced, event.getText() == null ? "" : event.getText());
            synchronized (LanguageSession.this) {
                version++;
                if (built.isDone()) {
                    built = new CompletableFuture<>();
                }
                server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
            }
        }
    }

    /** The server's side of the conversation: diagnostics become markers; messages go to the log. */
    private final class Client implements LanguageClient {

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            OpenDocument open;
            synchronized (LanguageSession.this) {
                open = documents.get(diagnostics.getUri());
            }
            if (open != null) {
                open.built.complete(null);
            }
            markers.update(diagnostics.getUri(), diagnostics.getDiagnostics(), LanguageSession.this::document);
            for (BiConsumer<String, List<Diagnostic>> listener : diagnosticsListeners) {
                listener.accept(diagnostics.getUri(), diagnostics.getDiagnostics());
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
            WorkbenchPlugin.log(message.getMessage(), null);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            if (message.getType() == org.eclipse.lsp4j.MessageType.Error) {
                WorkbenchPlugin.log(message.getMessage(), null);
            }
        }
    }
}
