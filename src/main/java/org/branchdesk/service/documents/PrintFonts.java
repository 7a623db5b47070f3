package org.branchdesk.service.documents;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.branchdesk.print.FontLibrary;
import org.branchdesk.print.LedgerRenderer;

/**
 * The fonts of an open office, found on first use (for a command that prints, while its password is
 * derived): Windows' own, then the folders the user names ({@code BRANCHDESK_FONTS}, a list like
 * {@code PATH}, and the {@code fonts} folder inside the office's data folder), then the Noto Sans
 * SC faces installed beside the application.
 */
public final class PrintFonts implements Supplier<FontLibrary>, AutoCloseable {
    private final Path dataDir;
    private FontLibrary library;
    private boolean closed;
    private final AtomicBoolean prepared = new AtomicBoolean();

    public PrintFonts(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public synchronized FontLibrary get() {
        if (closed) {
            throw new IllegalStateException("the office is closed");
        }
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

    /**
     * Finds and reads the fonts on another thread, and lays out a page of a throwaway ledger with
     * them, so that the document a command prints starts with its fonts read and PDFBox's code
     * loaded. Started while the password is derived (on the other core), or when the documents
     * screen opens; only the first call does anything.
     */
    public void prepareInBackground() {
        if (!prepared.compareAndSet(false, true)) {
            return;
        }
        Thread t =
                new Thread(
                        () -> {
                            try {
                                LedgerRenderer.warmUp(get());
                            } catch (RuntimeException e) {
                                // only a head start: the real document reports its own problems
                            }
                        },
                        "print-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Closes without waiting for a warm-up still drawing with the fonts (a sign-in that failed).
     */
    public void closeInBackground() {
        if (!prepared.get()) {
            close(); // no warm-up to wait for
            return;
        }
        Thread t = new Thread(this::close, "print-fonts-close");
        t.setDaemon(true);
        t.start();
    }

    /** {@code fonts} beside the application's jar (or, in a build, beside target/classes). */
    static Path bundledDir() {
        String configured = System.getProperty("branchdesk.fonts");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path code =
                    Path.of(
                            PrintFonts.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
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
        closed = true;
        if (library != null) {
            library.close();
            library = null;
        }
    }
}
