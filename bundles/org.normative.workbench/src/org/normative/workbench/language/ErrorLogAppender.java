package org.normative.workbench.language;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.normative.workbench.WorkbenchPlugin;

/**
 * The errors that Xtext's language server logs (through log4j 1, as {@code Error during
 * request}) in the workbench's error log, where the user and the tests see them: without it they
 * go nowhere, and a failing build of the server would only show as markers that no longer
 * change.
 */
final class ErrorLogAppender extends AppenderSkeleton {

    private static boolean installed;

    /** Adds the appender to log4j's root logger, once. */
    static synchronized void install() {
        if (!installed) {
            ErrorLogAppender appender = new ErrorLogAppender();
            appender.setThreshold(Level.ERROR);
            Logger.getRootLogger().addAppender(appender);
            installed = true;
        }
    }

    @Override
    protected void append(LoggingEvent event) {
        ThrowableInformation thrown = event.getThrowableInformation();
        WorkbenchPlugin.log("Language server: " + event.getRenderedMessage() + " (" + event.getLoggerName() + ")",
                thrown == null ? null : thrown.getThrowable());
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }

    @Override
    public void close() {
    }
}
