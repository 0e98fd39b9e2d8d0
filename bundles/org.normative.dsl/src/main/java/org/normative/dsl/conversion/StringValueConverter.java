package org.normative.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Writes a string as committee editors do: in double quotes, with a backslash before {@code "} and
 * {@code \} only. Line breaks, tabs, apostrophes and all other characters are written as they are
 * (Xtext's default writes {@code product\'s} and turns line breaks into {@code \n}).
 */
public class StringValueConverter extends STRINGValueConverter {

    @Override
    protected String toEscapedString(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
