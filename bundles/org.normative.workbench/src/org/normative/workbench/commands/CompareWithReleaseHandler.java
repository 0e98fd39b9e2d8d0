package org.normative.workbench.commands;

import java.nio.file.Path;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.normative.workbench.compare.ReleaseCompareInput;
import org.normative.workbench.compare.ReleaseDialog;
import org.normative.workbench.jobs.Standards;

/** Compare with Release...: the semantic diff of the selected standard and a release in a compare editor. */
public final class CompareWithReleaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IContainer container = Standards.selected(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (container == null) {
            MessageDialog.openInformation(shell, "Compare with Release", "Select a standard (its project, folder or a .norm file) first.");
            return null;
        }
        // the comparison reads the files as saved
        if (!IDE.saveAllEditors(new IResource[] {container}, true)) {
            return null;
        }
        Path folder = Standards.location(container);
        ReleaseDialog dialog = new ReleaseDialog(shell, folder);
        if (dialog.open() == Window.OK) {
            CompareUI.openCompareEditor(new ReleaseCompareInput(folder, dialog.release()));
        }
        return null;
    }
}
