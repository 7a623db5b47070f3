package org.branchdesk.ui.care;

import java.nio.file.Path;
import org.branchdesk.service.Services;
import org.branchdesk.ui.common.Desk;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * What a page of the care section gets when it is built: the open office's services, the shared
 * task executor, and for a page that prints: the system's printer dialog and PDF viewer, and a
 * folder for this session's printouts.
 */
public record CareContext(Services services, TaskExecutor tasks, Desk desk, Path scratch) {}
