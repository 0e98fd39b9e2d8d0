package org.normative.workbench.tests;

/**
 * A valid standard of any number of points in one file (as releng/benchmark/generate-standard.py
 * makes them, smaller): one role, dimensions of 100 points, a scope and one criterion per tier
 * each, and a prerequisite on the previous point of the dimension.
 */
final class SyntheticStandard {

    private SyntheticStandard() {
    }

    static String text(int points) {
        StringBuilder text = new StringBuilder();
        text.append("standard bench.latency version 1.0.0 {\n");
        text.append("    title \"Latency Benchmark Standard\" @zh \"延迟基准标准\"\n");
        text.append("    status draft\n");
        text.append("    languages en, zh\n\n");
        text.append("    tiers {\n");
        text.append("        tier 1 \"Foundation\" @zh \"基础级\" \"Explains the concepts and applies them under guidance.\"\n");
        text.append("        tier 2 \"Practitioner\" @zh \"实践级\" \"Applies them independently on real products.\"\n");
        text.append("        tier 3 \"Expert\" @zh \"专家级\" \"Leads, designs and teaches them across products and teams.\"\n");
        text.append("    }\n\n");
        text.append("    role BENCH \"Benchmark Practitioner\" @zh \"基准从业者\" {\n");
        int dimensions = (points + 99) / 100;
        int n = 0;
        for (int d = 1; d <= dimensions; d++) {
            text.append("        dimension area-").append(d).append(" \"Practice Area ").append(d).append("\" @zh \"实践领域").append(d).append("\" {\n");
            for (int p = 1; p <= 100 && n < points; p++) {
                n++;
                text.append("            point p").append(n).append(" \"Practice ").append(n).append("\" {\n");
                text.append("                scope \"The practice numbered ").append(n).append(": planning, doing and reviewing it on real work.\"\n");
                text.append("                criterion 1 \"Describes the steps of point ").append(n).append(" and applies them under guidance.\"\n");
                text.append("                criterion 2 \"Applies point ").append(n).append(" independently and records the results.\"\n");
                text.append("                criterion 3 \"Leads the practice of point ").append(n).append(" across teams and reviews others' results.\"\n");
                if (p > 1) {
                    text.append("                requires p").append(n - 1).append("\n");
                }
                text.append("            }\n");
            }
            text.append("        }\n");
        }
        text.append("    }\n}\n");
        return text.toString();
    }
}
