package org.branchdesk.ui.duty;

import java.nio.file.Path;
import org.branchdesk.service.Services;
import org.branchdesk.ui.common.Desk;
import org.branchdesk.ui.common.TaskExecutor;
import org.branchdesk.ui.importing.SheetImportViewModel;

/**
 * What a page of the duty section gets when it is built: the open office's services, the shared
 * task executor, the window's import menu (its preview, progress and cancel) for a page that
 * imports a register, and for a page that prints: the system's printer dialog and PDF viewer, and a
 * folder for this session's printouts.
 */
public record DutyContext(
        Services services,
        TaskExecutor tasks,
        SheetImportViewModel sheets,
        Desk desk,
        Path scratch) {}
