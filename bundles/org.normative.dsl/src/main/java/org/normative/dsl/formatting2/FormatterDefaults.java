package org.normative.dsl.formatting2;

import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;

/**
 * The indentation and line ends of the canonical layout (four spaces, {@code \n}) as the defaults
 * of every use of the formatter. Without them, Xtext indents with tabs, for instance when a
 * resource is saved with {@code SaveOptions.newBuilder().format()}: the serializer formats with a
 * new {@link FormatterRequest} and its default preferences.
 */
public class FormatterDefaults extends FormatterPreferenceValuesProvider {

    static final Map<String, String> CANONICAL = Map.of(
            FormatterPreferenceKeys.indentation.getId(), SourceFormatter.INDENTATION,
            FormatterPreferenceKeys.lineSeparator.getId(), "\n");

    /** For services that ask the formatter's preference provider (editors, language servers). */
    @Override
    public IPreferenceValues getPreferenceValues(Resource context) {
        return new MapBasedPreferenceValues(super.getPreferenceValues(context), CANONICAL);
    }

    /** For services that format with a new request (the serializer): the canonical preferences unless set. */
    public static class Request extends FormatterRequest {

        public Request() {
            setPreferences(TypedPreferenceValues.castOrWrap(new MapBasedPreferenceValues(CANONICAL)));
        }
    }
}
