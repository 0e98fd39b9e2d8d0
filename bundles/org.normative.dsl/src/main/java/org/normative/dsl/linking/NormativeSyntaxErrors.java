package org.normative.dsl.linking;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.normative.dsl.validation.Rule;

/**
 * Syntax errors carry the {@code syntax} rule id and speak the committee's language: "an id",
 * "a text in double quotes", "a number" instead of the grammar's token names.
 */
public class NormativeSyntaxErrors extends SyntaxErrorMessageProvider {

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        String message = readable(context.getDefaultMessage());
        RecognitionException exception = context.getRecognitionException();
        if (exception instanceof MismatchedTokenException && exception.token != null
                && exception.token.getText() != null && exception.token.getText().matches("[a-z][a-z-]*")
                && message.contains("expecting an id")) {
            message = "'" + exception.token.getText() + "' is a keyword of the language and cannot be used as an id here.";
        }
        return new SyntaxErrorMessage(message, Rule.SYNTAX.id());
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        return new SyntaxErrorMessage(readable(context.getDefaultMessage()), Rule.SYNTAX.id());
    }

    static String readable(String message) {
        if (message == null) {
            return "The text does not follow the grammar of the language.";
        }
        return message
                .replace("mismatched input '<EOF>' expecting", "the file ends where the language expects")
                .replace("RULE_ID", "an id")
                .replace("RULE_STRING", "a text in double quotes")
                .replace("RULE_INT", "a number")
                .replace("RULE_DATE", "a date (yyyy-mm-dd)")
                .replace("<EOF>", "the end of the file")
                .replace("EOF", "the end of the file");
    }
}
