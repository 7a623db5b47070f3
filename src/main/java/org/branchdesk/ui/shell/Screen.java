package org.branchdesk.ui.shell;

import javafx.scene.Parent;

/**
 * A screen of the main window as the shell shows it: its content and what to do each time it is
 * chosen (read fresh data). {@code viewModel} lets another screen prepare it before it is shown
 * (the overview opens the members list on one registration).
 */
public record Screen(Parent root, Runnable onShow, Object viewModel) {}
