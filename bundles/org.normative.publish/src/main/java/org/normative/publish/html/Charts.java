package org.normative.publish.html;

import org.normative.publish.chart.RadarChart;

/** The charts of the printed editions. */
public final class Charts {

    private Charts() {
    }

    /**
     * The competency radar of each role that has profiles ({@link RadarChart}), its texts in the
     * CSS font family {@code fontFamily}.
     */
    public static Chart.Source radar(String fontFamily) {
        return (edition, role) -> RadarChart.forRole(edition, role)
                .map(chart -> new Chart(chart.svg(fontFamily), chart.width(), chart.height(), chart.description()));
    }
}
