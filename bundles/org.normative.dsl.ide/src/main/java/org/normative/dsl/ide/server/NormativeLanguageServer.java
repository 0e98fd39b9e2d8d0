package org.normative.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language server of the {@code .norm} language: Xtext's own {@link LanguageServerImpl}
 * (diagnostics, completion, hover, definition, references, symbols, formatting, rename) over
 * JSON-RPC. Xtext's {@link ServerModule} finds the language through
 * {@code META-INF/services/org.eclipse.xtext.ISetup}, which names
 * {@link org.normative.dsl.ide.NormativeIdeSetup}.
 * <p>
 * Only JSON-RPC may reach the output stream: while the server runs, {@code System.out} is
 * redirected to {@code System.err} and log4j writes warnings and errors to {@code System.err}.
 */
public final class NormativeLanguageServer {

    private NormativeLanguageServer() {
    }

    /**
     * Serves one client on {@code in} / {@code out} and blocks until the connection ends. The
     * client's {@code exit} notification ends the JVM (Xtext's handler: exit code 0 after
     * {@code shutdown}, 1 without).
     */
    public static void run(InputStream in, OutputStream out) throws InterruptedException {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            quietLogging();
            Injector injector = Guice.createInjector(new NormativeServerModule());
            LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
            Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            try {
                listening.get();
            } catch (ExecutionException | CancellationException e) {
                // the input ended or broke: the connection is over
            }
        } finally {
            System.setOut(stdout);
        }
    }

    /** log4j (used by Xtext): warnings and errors only, to {@code System.err}. */
    private static void quietLogging() {
        Logger root = LogManager.getRootLogger();
        root.removeAllAppenders();
        root.addAppender(new ConsoleAppender(new PatternLayout("%p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR));
        root.setLevel(Level.WARN);
    }
}
