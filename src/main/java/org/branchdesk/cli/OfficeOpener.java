package org.branchdesk.cli;

import java.nio.file.Path;
import org.branchdesk.service.Services;

/** Opens an office for one command: takes the office's lock, opens and migrates its database. */
@FunctionalInterface
public interface OfficeOpener {
    /**
     * @param dataDirOption the {@code --data-dir} given, or {@code null} for the default
     * @throws org.branchdesk.domain.UserError when the office is in use or cannot be opened
     */
    Services open(Path dataDirOption);
}
