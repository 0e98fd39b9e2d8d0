package org.normative.dsl.project;

/** A problem the user can fix (a missing file, an unreadable folder, a bad configuration), with a one-line message. */
public class ProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
