package org.normative.workbench;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.normative.workbench.language.LanguageSession;
import org.osgi.framework.BundleContext;

/** The workbench bundle: owns the language session (started on first use, shut down with the bundle). */
public final class WorkbenchPlugin extends AbstractUIPlugin {

    public static final String ID = "org.normative.workbench";

    private static WorkbenchPlugin instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        LanguageSession.shutdownIfStarted();
        instance = null;
        super.stop(context);
    }

    public static WorkbenchPlugin get() {
        return instance;
    }

    public static ImageDescriptor image(String path) {
        return imageDescriptorFromPlugin(ID, path);
    }

    public static void log(String message, Throwable error) {
        ILog.of(WorkbenchPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
    }
}
