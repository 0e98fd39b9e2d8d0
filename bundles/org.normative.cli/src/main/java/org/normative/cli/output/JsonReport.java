package org.normative.cli.output;

import java.io.PrintWriter;

import org.normative.cli.Paths;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.ValidationReport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A JSON array of findings on stdout; the summary line goes to stderr. */
final class JsonReport implements Report {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(ValidationReport report, PrintWriter out, PrintWriter err) {
        ArrayNode findings = MAPPER.createArrayNode();
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("file", Paths.display(finding.file()));
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("severity", finding.severity().label());
            node.put("rule", finding.rule());
            node.put("message", finding.message());
        }
        out.println(findings.toPrettyString());
        out.flush();
        err.println(Report.summary(report));
        err.flush();
    }
}
