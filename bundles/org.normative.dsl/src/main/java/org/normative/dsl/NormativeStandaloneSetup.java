package org.normative.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.normative.model.NormativePackage;

import com.google.inject.Injector;

/**
 * Sets up the Normative language outside of an OSGi container (CLI, Maven plugin, language
 * server, tests): registers the metamodel and the {@code .norm} resource factory.
 */
public class NormativeStandaloneSetup extends NormativeStandaloneSetupGenerated {

    public static Injector doSetup() {
        return new NormativeStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // The grammar imports the metamodel by its nsURI; the generated setup does not register it.
        EPackage.Registry.INSTANCE.putIfAbsent(NormativePackage.eNS_URI, NormativePackage.eINSTANCE);
        return super.createInjectorAndDoEMFRegistration();
    }
}
