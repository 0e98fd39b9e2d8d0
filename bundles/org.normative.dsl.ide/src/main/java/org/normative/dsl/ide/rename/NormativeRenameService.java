package org.normative.dsl.ide.rename;

import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.normative.model.Identified;
import org.normative.model.NormativePackage;
import org.normative.model.Standard;

import com.google.inject.Inject;

/**
 * Rename of the {@code .norm} language: an id is renamed at its declaration or at any reference
 * to it, and every reference in the files of the workspace follows, qualified ones included
 * ({@code ENG.build.compile} becomes {@code ENG.build.compilation}).
 * <p>
 * Xtext's {@link RenameService2} finds declarations by a {@code name} attribute; here the
 * identifier is {@code id}. A new id that the language would not accept (not an id, a keyword,
 * the id of a sibling) is refused with one clear message, before anything is changed.
 */
public class NormativeRenameService extends RenameService2 {

    /** The {@code ID} terminal of the grammar, without the {@code ^} escape for keywords. */
    private static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9-]*");

    @Inject
    private IGrammarAccess grammar;

    @Override
    public WorkspaceEdit rename(IRenameService2.Options options) {
        String problem = problemWith(options.getRenameParams().getNewName());
        if (problem != null) {
            throw refused(problem);
        }
        try {
            return super.rename(options);
        } catch (Exception e) {
            // the base class wraps what went wrong; pass a refusal on as the client's error, not an internal one
            Throwable cause = e;
            while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof ResponseErrorException refusal) {
                throw refusal;
            }
            throw e;
        }
    }

    /** Why {@code id} cannot be the new id of an element, or {@code null} when it can. */
    public String problemWith(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return "'" + (id == null ? "" : id) + "' is not a valid id: an id starts with a letter or '_' and has only letters,"
                    + " digits, '-' and '_' (no spaces or dots), e.g. core-product";
        }
        Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
        if (keywords.contains(id)) {
            return "'" + id + "' is not a valid id: it is a keyword of the language";
        }
        return null;
    }

    @Override
    protected void applyModifications(EObject element, WorkspaceEdit workspaceEdit, ServerRefactoringIssueAcceptor issues,
            IRenameService2.Options options, ILanguageServerAccess.Context context) {
        if (element instanceof Standard) {
            throw refused("A standard's id is not renamed here: change it in its 'standard' line and in the 'part of' line"
                    + " of each of its files");
        }
        String newId = options.getRenameParams().getNewName();
        if (element instanceof Identified identified && element.eContainer() != null) {
            EReference feature = element.eContainmentFeature();
            Object siblings = element.eContainer().eGet(feature);
            if (siblings instanceof Iterable<?> list) {
                for (Object sibling : list) {
                    if (sibling != element && sibling instanceof Identified other && newId.equals(other.getId())) {
                        throw refused("'" + newId + "' is already the id of another element next to '" + identified.getId() + "'");
                    }
                }
            }
        }
        super.applyModifications(element, workspaceEdit, issues, options, context);
    }

    /** Declarations are found by their {@code id}; references by Xtext's default. */
    @Override
    protected EObject getElementWithIdentifierAt(XtextResource resource, int offset) {
        EObject element = super.getElementWithIdentifierAt(resource, offset);
        if (element != null || resource.getParseResult() == null) {
            return element;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if (leaf == null || leaf.isHidden()) {
            return null;
        }
        EObject semantic = NodeModelUtils.findActualSemanticObjectFor(leaf);
        if (semantic instanceof Identified) {
            for (INode node : NodeModelUtils.findNodesForFeature(semantic, NormativePackage.Literals.IDENTIFIED__ID)) {
                if (node.getOffset() <= offset && offset < node.getEndOffset()) {
                    return semantic;
                }
            }
        }
        return null;
    }

    @Override
    protected String getElementName(EObject element) {
        if (element instanceof Identified identified) {
            return identified.getId();
        }
        return super.getElementName(element);
    }

    private static ResponseErrorException refused(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
