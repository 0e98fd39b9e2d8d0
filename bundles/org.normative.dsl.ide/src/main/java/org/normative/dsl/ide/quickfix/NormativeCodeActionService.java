package org.normative.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;

import com.google.inject.Inject;

/**
 * The language server's code actions ({@code textDocument/codeAction}): for each diagnostic of
 * the request that {@link QuickFixes} can fix, a {@code quickfix} action with the edit of the
 * file as a {@link WorkspaceEdit}. The workbench's Quick Fix asks the same server.
 */
public class NormativeCodeActionService implements ICodeActionService2 {

    @Inject
    private QuickFixes quickFixes;

    @Inject
    private OperationCanceledManager canceled;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        CodeActionContext context = options.getCodeActionParams().getContext();
        if (context == null || context.getDiagnostics() == null || !wantsQuickFixes(context)
                || context.getDiagnostics().stream().noneMatch(d -> QuickFixes.RULES.contains(rule(d)))) {
            return new ArrayList<>();
        }
        if (options.getResource() != null && options.getDocument() != null) {
            return codeActions(options, options.getResource(), options.getDocument());
        }
        // the server gives the file's URI only: read its resource and document as last built
        return options.getLanguageServerAccess().doSyncRead(options.getURI(),
                read -> codeActions(options, read.getResource(), read.getDocument()));
    }

    private List<Either<Command, CodeAction>> codeActions(Options options, Resource resource, Document document) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        if (!(resource instanceof XtextResource xtext) || document == null) {
            return actions;
        }
        for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
            String rule = rule(diagnostic);
            if (!QuickFixes.RULES.contains(rule) || diagnostic.getRange() == null) {
                continue;
            }
            // cancelled by a newer change: the client sees a cancelled request (and may ask again), not "no fixes"
            canceled.checkCanceled(options.getCancelIndicator());
            int offset;
            try {
                offset = document.getOffSet(diagnostic.getRange().getStart());
            } catch (IndexOutOfBoundsException e) {
                continue; // a diagnostic of an older text
            }
            for (QuickFix fix : quickFixes.fixes(xtext, rule, offset)) {
                actions.add(Either.forRight(action(fix, diagnostic, document, options.getURI())));
            }
        }
        return actions;
    }

    private static String rule(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? "" : String.valueOf(diagnostic.getCode().get());
    }

    private static boolean wantsQuickFixes(CodeActionContext context) {
        List<String> only = context.getOnly();
        return only == null || only.isEmpty()
                || only.stream().anyMatch(kind -> CodeActionKind.QuickFix.equals(kind) || CodeActionKind.QuickFix.startsWith(kind + "."));
    }

    private static CodeAction action(QuickFix fix, Diagnostic diagnostic, Document document, String uri) {
        List<TextEdit> edits = new ArrayList<>();
        for (QuickFix.Replacement replacement : fix.replacements()) {
            Range range = new Range(document.getPosition(replacement.offset()),
                    document.getPosition(replacement.offset() + replacement.length()));
            edits.add(new TextEdit(range, replacement.text()));
        }
        CodeAction action = new CodeAction(fix.label());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setIsPreferred(true);
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        return action;
    }
}
