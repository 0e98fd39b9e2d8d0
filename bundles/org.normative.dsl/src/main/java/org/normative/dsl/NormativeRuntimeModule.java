package org.normative.dsl;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.normative.dsl.conversion.StringValueConverter;
import org.normative.dsl.formatting2.FormatterDefaults;
import org.normative.dsl.index.NormativeResourceDescriptionStrategy;
import org.normative.dsl.linking.NormativeLinkingDiagnostics;
import org.normative.dsl.linking.NormativeSyntaxErrors;
import org.normative.dsl.naming.NormativeQualifiedNameProvider;
import org.normative.dsl.scoping.NormativeNamespaceScopeProvider;
import org.normative.dsl.serializer.StandardSequencer;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Binds the Normative language services (one class per service, see the packages). */
public class NormativeRuntimeModule extends AbstractNormativeRuntimeModule {

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return NormativeQualifiedNameProvider.class;
    }

    @Override
    public void configureIScopeProviderDelegate(Binder binder) {
        binder.bind(IScopeProvider.class)
                .annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
                .to(NormativeNamespaceScopeProvider.class);
    }

    /** The index: elements with an id path, without walking into texts, criteria and relations. */
    public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
        return NormativeResourceDescriptionStrategy.class;
    }

    public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
        return NormativeLinkingDiagnostics.class;
    }

    public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return NormativeLinkingDiagnostics.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return NormativeSyntaxErrors.class;
    }

    /** Strings are saved with their line breaks and apostrophes as they are. */
    public Class<? extends STRINGValueConverter> bindSTRINGValueConverter() {
        return StringValueConverter.class;
    }

    /** A standard's header is saved as one statement each ({@code languages en, zh}). */
    @Override
    public Class<? extends ISemanticSequencer> bindISemanticSequencer() {
        return StandardSequencer.class;
    }

    /** The canonical indentation (four spaces) and line ends also when a resource is saved formatted. */
    @Override
    public void configureFormatterPreferences(Binder binder) {
        binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class).to(FormatterDefaults.class);
    }

    public Class<? extends FormatterRequest> bindFormatterRequest() {
        return FormatterDefaults.Request.class;
    }
}
