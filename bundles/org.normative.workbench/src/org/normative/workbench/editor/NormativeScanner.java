package org.normative.workbench.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.normative.workbench.language.LanguageSession;

/**
 * Colours the code outside strings and comments: the language's keywords (read from its
 * grammar, so a new keyword is coloured without a change here), ids, tier numbers (and other
 * numbers: versions, dates) and language tags ({@code @zh}).
 */
final class NormativeScanner extends RuleBasedScanner {

    static final RGB KEYWORD = new RGB(127, 0, 85);
    static final RGB ID = new RGB(0, 84, 110);
    static final RGB NUMBER = new RGB(176, 84, 0);
    static final RGB STRING = new RGB(42, 0, 255);
    static final RGB COMMENT = new RGB(63, 127, 95);
    static final RGB LANGUAGE = new RGB(120, 120, 120);

    NormativeScanner() {
        IToken keyword = token(KEYWORD, SWT.BOLD);
        IToken id = token(ID, SWT.NORMAL);
        IToken number = token(NUMBER, SWT.BOLD);
        IToken language = token(LANGUAGE, SWT.ITALIC);
        List<IRule> rules = new ArrayList<>();
        rules.add(new WhitespaceRule(Character::isWhitespace));
        WordRule words = new WordRule(new Words(), id);
        for (String word : keywords()) {
            words.addWord(word, keyword);
        }
        rules.add(words);
        rules.add(new WordRule(new LanguageTags(), language));
        rules.add(new NumberRule(number));
        setRules(rules.toArray(IRule[]::new));
    }

    static IToken token(RGB rgb, int style) {
        return new Token(new TextAttribute(new Color(Display.getDefault(), rgb), null, style));
    }

    /** The word keywords of the grammar ({@code standard}, {@code point}, {@code replaced-by}, ...). */
    static List<String> keywords() {
        IGrammarAccess grammar = LanguageSession.get().languageInjector().getInstance(IGrammarAccess.class);
        TreeSet<String> words = new TreeSet<>();
        for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
            if (!keyword.isEmpty() && Character.isLetter(keyword.charAt(0))) {
                words.add(keyword);
            }
        }
        return List.copyOf(words);
    }

    /** Ids and keywords: letters, digits, {@code _} and {@code -} (kebab-case), as the grammar's ID terminal. */
    static final class Words implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_' || c == '^';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }
    }

    private static final class LanguageTags implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return c == '@';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_';
        }
    }
}
