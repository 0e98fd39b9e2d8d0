package org.normative.cli.progress;

import java.io.PrintWriter;

import org.normative.cli.Terminal;
import org.normative.dsl.project.Progress;

/**
 * A progress bar on stderr, drawn only when a person is watching: stderr is a terminal (as far
 * as Java can tell: a console is attached), not in CI, not with TERM=dumb, not with
 * {@code --no-progress}. Redrawn at most ten times a second; erased when done.
 */
public final class TerminalProgress implements Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private String task = "";
    private int total;
    private int done;
    private long lastDraw;
    private boolean drawn;
    private int lastLength;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    public static Progress create(PrintWriter err, boolean disabled) {
        return disabled || !Terminal.interactive() ? Progress.NONE : new TerminalProgress(err);
    }

    @Override
    public void begin(String task, int total) {
        this.task = task;
        this.total = Math.max(total, 1);
        this.done = 0;
        draw(true);
    }

    @Override
    public void worked(int steps) {
        done = Math.min(total, done + steps);
        draw(done == total);
    }

    @Override
    public void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * done / total);
        String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + (100 * done / total) + "% "
                + task + " " + done + "/" + total + " files";
        // blank out what a longer previous line left behind
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
        err.flush();
        drawn = true;
    }
}
