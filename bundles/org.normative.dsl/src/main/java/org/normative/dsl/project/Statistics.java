package org.normative.dsl.project;

/** The size of what was validated. */
public record Statistics(int standards, int roles, int dimensions, int points, int criteria) {
}
