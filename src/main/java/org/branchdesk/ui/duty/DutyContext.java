package org.branchdesk.ui.duty;

import org.branchdesk.service.Services;
import org.branchdesk.ui.common.TaskExecutor;
import org.branchdesk.ui.importing.SheetImportViewModel;

/**
 * What a page of the duty section gets when it is built: the open office's services, the shared
 * task executor, and the window's import menu (its preview, progress and cancel) for a page that
 * imports a register.
 */
public record DutyContext(Services services, TaskExecutor tasks, SheetImportViewModel sheets) {}
