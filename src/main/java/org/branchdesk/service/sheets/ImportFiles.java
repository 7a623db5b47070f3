package org.branchdesk.service.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.branchdesk.domain.common.UserError;

/** Reading a clerk's file for an import. */
public final class ImportFiles {
    private ImportFiles() {}

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserError(e, "error.file.cannotRead", file);
        }
    }
}
