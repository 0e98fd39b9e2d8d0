package org.normative.publish.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user-visible text with all its languages: the default language first, then the translations
 * in the order of the standard's {@code languages}. Line breaks are {@code \n} whatever the
 * source file used.
 *
 * @param defaultLanguage the language of the text itself (the standard's first language)
 * @param values language → text, in a stable order, the default language first
 */
public record LocalizedText(String defaultLanguage, Map<String, String> values) {

    public LocalizedText {
        if (!values.containsKey(defaultLanguage)) {
            throw new IllegalArgumentException("no text in the default language '" + defaultLanguage + "'");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The text in {@code language}, or in the default language when it has no translation into it. */
    public String in(String language) {
        return values.getOrDefault(language, values.get(defaultLanguage));
    }

    /** The language that {@link #in(String)} answers in: {@code language}, or the default language. */
    public String languageFor(String language) {
        return values.containsKey(language) ? language : defaultLanguage;
    }

    public boolean isTranslatedInto(String language) {
        return values.containsKey(language);
    }

    /** The text in the default language. */
    public String text() {
        return values.get(defaultLanguage);
    }
}
