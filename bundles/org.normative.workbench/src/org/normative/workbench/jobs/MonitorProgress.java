package org.normative.workbench.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.normative.dsl.project.Progress;

/** The core's progress reports on a job's progress monitor; Cancel in the Progress view stops the work at the next step. */
public final class MonitorProgress implements Progress {

    private final SubMonitor monitor;

    public MonitorProgress(IProgressMonitor monitor, String name) {
        this.monitor = SubMonitor.convert(monitor, name, 100);
    }

    @Override
    public void begin(String task, int total) {
        checkCanceled();
        monitor.subTask(task);
        monitor.setWorkRemaining(Math.max(total, 1));
    }

    @Override
    public void worked(int steps) {
        checkCanceled();
        monitor.worked(steps);
    }

    @Override
    public void done() {
        monitor.done();
    }

    public void checkCanceled() {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
