package org.normative.dsl.ide.server;

import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.AbstractModule;

/**
 * The language server's configuration, for {@code normative lsp} and the workbench alike:
 * Xtext's {@link ServerModule}, with the {@link GoneFilesBuildManager}.
 */
public class NormativeServerModule extends AbstractModule {

    @Override
    protected void configure() {
        install(Modules2.mixin(new ServerModule(), binder -> binder.bind(BuildManager.class).to(GoneFilesBuildManager.class)));
    }
}
