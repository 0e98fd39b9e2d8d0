package org.normative.cli.commands;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.normative.cli.NormativeCli;
import org.normative.dsl.ide.server.NormativeLanguageServer;

import picocli.CommandLine.Command;

/**
 * {@code normative lsp}: the language server on stdin/stdout. The client's {@code exit}
 * notification ends the process (exit code 0 after {@code shutdown}); when the client closes
 * the input without it, the command returns 0.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the Normative language server on stdin/stdout, for VS Code and other LSP editors.",
                "It offers diagnostics (with the rule id as code), completion, hover, go to definition, references, "
                        + "document symbols, formatting and rename. Nothing but JSON-RPC is written to stdout; "
                        + "logs go to stderr."})
public final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        // the raw descriptors: System.out is redirected to stderr while the server runs
        InputStream in = new FileInputStream(FileDescriptor.in);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        NormativeLanguageServer.run(in, out);
        return NormativeCli.OK;
    }
}
