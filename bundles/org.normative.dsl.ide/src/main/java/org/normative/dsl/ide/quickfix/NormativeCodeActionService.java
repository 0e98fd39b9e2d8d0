package org.normative.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import com.google.inject.Inject;

/**
 * The language server's code actions ({@code textDocument/codeAction}): for each diagnostic of
 * the request that {@link QuickFixes} can fix, a {@code quickfix} action with the edit of the
 * file as a {@link WorkspaceEdit}. The workbench's Quick Fix asks the same server.
 */
public class NormativeCodeActionService implements ICodeActionService2 {

    @Inject
    private QuickFixes quickFixes;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        CodeActionContext context = options.getCodeActionParams().getContext();
        if (context == null || context.getDiagnostics() == null || !(options.getResource() instanceof XtextResource resource)
                || !wantsQuickFixes(context)) {
            return actions;
        }
        Document document = options.getDocument();
        for (Diagnostic diagnostic : context.getDiagnostics()) {
            String rule = diagnostic.getCode() == null ? null : String.valueOf(diagnostic.getCode().get());
            if (rule == null || !QuickFixes.RULES.contains(rule) || diagnostic.getRange() == null) {
                continue;
            }
            if (options.getCancelIndicator() != null && options.getCancelIndicator().isCanceled()) {
                break;
            }
            int offset;
            try {
                offset = document.getOffSet(diagnostic.getRange().getStart());
            } catch (IndexOutOfBoundsException e) {
                continue; // a diagnostic of an older text
            }
            for (QuickFix fix : quickFixes.fixes(resource, rule, offset)) {
                actions.add(Either.forRight(action(fix, diagnostic, document, options.getURI())));
            }
        }
        return actions;
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
