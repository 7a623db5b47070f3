package org.branchdesk.ui.shell;

import java.util.function.Consumer;
import org.branchdesk.service.Services;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * What a screen's factory gets: the open office's services, the shared task executor, and a way to
 * show another screen, prepared through its ViewModel.
 */
public interface ScreenContext {
    Services services();

    TaskExecutor tasks();

    /** The shell's own model (backups, restore). */
    ShellViewModel shell();

    /** Reloads the screen that is shown (after an import changed what it lists). */
    void refresh();

    /** Shows the screen {@code key}, first letting {@code prepare} set its ViewModel up. */
    <M> void show(String key, Class<M> viewModel, Consumer<M> prepare);
}
