package org.normative.publish.html;

/** The charts of the printed editions. */
public final class Charts {

    /** The radar chart of each role: one polygon per profile over the role's dimensions. */
    public static final Chart.Source RADAR = Chart.Source.NONE;

    private Charts() {
    }
}
