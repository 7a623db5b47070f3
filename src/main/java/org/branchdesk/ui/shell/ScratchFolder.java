package org.branchdesk.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder for this session's previews and printouts, removed when the process ends. */
final class ScratchFolder {
    private ScratchFolder() {}

    static Path create() {
        try {
            Path dir = Files.createTempDirectory("branchdesk-documents");
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try (var files = Files.list(dir)) {
                                            files.forEach(f -> f.toFile().delete());
                                        } catch (IOException e) {
                                            // a locked file stays in the temporary folder; the
                                            // system clears it
                                        }
                                        dir.toFile().delete();
                                    },
                                    "documents-cleanup"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
