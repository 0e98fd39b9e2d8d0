package org.normative.workbench.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a {@code .norm} document: strings (which may span lines), comments, and the
 * rest. Installed on every document of the content type (extension
 * {@code org.eclipse.core.filebuffers.documentSetup}).
 */
public final class NormativePartitions implements IDocumentSetupParticipant {

    public static final String PARTITIONING = "__normative_partitioning";
    public static final String STRING = "__normative_string";
    public static final String COMMENT = "__normative_comment";
    public static final String[] TYPES = {STRING, COMMENT};

    @Override
    public void setup(IDocument document) {
        if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
            FastPartitioner partitioner = new FastPartitioner(scanner(), TYPES);
            extension.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }

    static RuleBasedPartitionScanner scanner() {
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        Token string = new Token(STRING);
        Token comment = new Token(COMMENT);
        scanner.setPredicateRules(new IPredicateRule[] {
            new MultiLineRule("\"", "\"", string, '\\', true),
            new MultiLineRule("/*", "*/", comment, (char) 0, true),
            new EndOfLineRule("//", comment),
        });
        return scanner;
    }
}
