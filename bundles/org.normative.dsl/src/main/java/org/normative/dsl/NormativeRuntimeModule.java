package org.normative.dsl;

import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.normative.dsl.linking.NormativeLinkingDiagnostics;
import org.normative.dsl.linking.NormativeSyntaxErrors;
import org.normative.dsl.naming.NormativeQualifiedNameProvider;
import org.normative.dsl.scoping.NormativeNamespaceScopeProvider;

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

    public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
        return NormativeLinkingDiagnostics.class;
    }

    public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return NormativeLinkingDiagnostics.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return NormativeSyntaxErrors.class;
    }
}
