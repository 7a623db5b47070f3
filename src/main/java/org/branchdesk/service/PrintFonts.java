package org.branchdesk.service;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.branchdesk.print.FontLibrary;

/**
 * The fonts of this process, found on first use: Windows' own, then the folders the user names
 * ({@code BRANCHDESK_FONTS}, a list like {@code PATH}, and the {@code fonts} folder inside the
 * office's data folder), then the Noto Sans SC faces installed beside the application.
 */
final class PrintFonts implements Supplier<FontLibrary>, AutoCloseable {
    private final Path dataDir;
    private FontLibrary library;

    PrintFonts(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public synchronized FontLibrary get() {
        if (library == null) {
            List<Path> user = new ArrayList<>();
            String env = System.getenv("BRANCHDESK_FONTS");
            if (env != null) {
                for (String p : env.split(File.pathSeparator)) {
                    if (!p.isBlank()) {
                        user.add(Path.of(p.trim()));
                    }
                }
            }
            if (dataDir != null) {
                user.add(dataDir.resolve("fonts"));
            }
            library = FontLibrary.discover(bundledDir(), user);
        }
        return library;
    }

    /** {@code fonts} beside the application's jar (or, in a build, beside target/classes). */
    static Path bundledDir() {
        String configured = System.getProperty("branchdesk.fonts");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path code = Path.of(PrintFonts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = code.getParent().resolve("fonts");
            if (Files.isDirectory(beside)) {
                return beside;
            }
            return code.resolveSibling("fonts");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("fonts");
        }
    }

    @Override
    public synchronized void close() {
        if (library != null) {
            library.close();
            library = null;
        }
    }
}
