package org.normative.dsl.formatting2;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole {@code .norm} file with {@link NormativeFormatter}: four spaces per level,
 * {@code \n} line ends, a final newline. Files with syntax errors are returned unchanged.
 */
public class SourceFormatter {

    public static final String INDENTATION = "    ";

    @Inject
    private Provider<IFormatter2> formatter;

    @Inject
    private Provider<FormatterRequest> requests;

    @Inject
    private Provider<TextRegionAccessBuilder> regionAccessBuilder;

    public String format(XtextResource resource) {
        String text = resource.getParseResult().getRootNode().getText();
        if (resource.getParseResult().hasSyntaxErrors()) {
            return text;
        }
        ITextRegionAccess regionAccess = regionAccessBuilder.get().forNodeModel(resource).create();
        MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(Map.of(
                FormatterPreferenceKeys.indentation.getId(), INDENTATION,
                FormatterPreferenceKeys.lineSeparator.getId(), "\n"));
        FormatterRequest request = requests.get();
        request.setTextRegionAccess(regionAccess);
        request.setPreferences(org.eclipse.xtext.preferences.TypedPreferenceValues.castOrWrap(preferences));
        request.setAllowIdentityEdits(false);
        List<ITextReplacement> replacements = formatter.get().format(request);
        String formatted = regionAccess.getRewriter().renderToString(replacements);
        formatted = formatted.stripTrailing();
        return formatted + "\n";
    }
}
