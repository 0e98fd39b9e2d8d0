package org.normative.dsl.linking;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.normative.dsl.validation.Rule;

/** Syntax errors carry the {@code syntax} rule id. */
public class NormativeSyntaxErrors extends SyntaxErrorMessageProvider {

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        return new SyntaxErrorMessage(context.getDefaultMessage(), Rule.SYNTAX.id());
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        return new SyntaxErrorMessage(context.getDefaultMessage(), Rule.SYNTAX.id());
    }
}
