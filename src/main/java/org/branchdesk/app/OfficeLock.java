package org.branchdesk.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on an office's data folder, held by the one process (window or command) that
 * has the office open. The operating system releases it when that process ends, even after a crash,
 * so a stale lock never blocks a clerk.
 */
public final class OfficeLock implements AutoCloseable {
    static final String FILE = "office.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private OfficeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty when another process holds it. */
    public static Optional<OfficeLock> tryAcquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel =
                FileChannel.open(
                        dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new OfficeLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // released by the operating system when the process ends anyway
        }
    }
}
