package org.normative.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.normative.dsl.project.ProjectException;

/**
 * Checks the standard's {@code .norm} files against every rule of the language, as
 * {@code normative validate} does: one log line per finding ({@code file:line:col: severity: [rule-id] message})
 * and the summary line. Fails the build when there are errors.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends AbstractNormativeMojo {

    @Override
    void run() throws MojoFailureException, ProjectException {
        validate(load(), "");
    }
}
