package org.normative.diff.release;

import org.normative.dsl.project.ProjectException;

/**
 * The version asked for contradicts the last release or the semver advice of the changes since
 * it (the command line's exit code 1, not a usage error). Nothing was written.
 */
public final class VersionRefusedException extends ProjectException {

    private static final long serialVersionUID = 1L;

    public VersionRefusedException(String message) {
        super(message);
    }
}
