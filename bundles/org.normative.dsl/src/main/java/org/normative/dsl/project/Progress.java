package org.normative.dsl.project;

/** Receives progress of long work (loading, validating); front ends draw it, or ignore it. */
public interface Progress {

    Progress NONE = new Progress() {
    };

    /** A task with {@code total} steps begins. */
    default void begin(String task, int total) {
    }

    /** {@code steps} more steps of the current task are done. */
    default void worked(int steps) {
    }

    /** All tasks are done. */
    default void done() {
    }
}
