package org.branchdesk.service.backups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.Store;
import org.branchdesk.store.accounts.Keyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic backups of the office into its {@code backups} folder: a zip with a consistent copy of
 * the database file, as encrypted as the office itself, and a copy of the keyring (salts and
 * wrapped keys only), without which the copy could never be opened again.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    public static final String FOLDER = "backups";
    static final int KEEP = 10;
    static final int KEEP_DAYS = 30;

    /** An automatic backup is made when the newest is older than this. */
    static final Duration INTERVAL = Duration.ofHours(20);

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "office-";

    private final Path dataDir;
    private final Store store;
    private final Keyring keyring;
    private final Clock clock;

    public BackupService(Path dataDir, Store store, Keyring keyring, Clock clock) {
        this.dataDir = dataDir;
        this.store = store;
        this.keyring = keyring;
        this.clock = clock;
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** The backups in the folder, newest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(
                            f -> {
                                String n = f.getFileName().toString();
                                return n.startsWith(PREFIX) && n.endsWith(".zip");
                            })
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public Optional<Instant> lastBackup() {
        return backups().stream()
                .findFirst()
                .map(
                        f -> {
                            try {
                                return Files.getLastModifiedTime(f).toInstant();
                            } catch (IOException e) {
                                return null;
                            }
                        });
    }

    /** Makes a backup now. */
    public Path backupNow() {
        Path dir = folder();
        Path zip = dir.resolve(PREFIX + NAME.format(LocalDateTime.now(clock)) + ".zip");
        Path raw = dir.resolve(".office-backup.tmp.zip");
        Path tmp = dir.resolve(".office-backup.tmp");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(raw);
            store.backupTo(raw);
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp));
                    ZipInputStream in = new ZipInputStream(Files.newInputStream(raw))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                addKeyring(out, dir, keyring);
            }
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(raw);
            prune();
            LOG.info("backup written ({} bytes)", Files.size(zip));
            return zip;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(raw);
                Files.deleteIfExists(tmp);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            if (e instanceof UserError ue) {
                throw ue;
            }
            throw new UserError(e, "error.backup.cannotWrite", dir);
        }
    }

    /** The automatic backup: made when the newest is older than a working day, or there is none. */
    public Optional<Path> backupIfDue() {
        Optional<Instant> last = lastBackup();
        if (last.isPresent()
                && Duration.between(last.get(), clock.instant()).compareTo(INTERVAL) < 0) {
            return Optional.empty();
        }
        return Optional.of(backupNow());
    }

    /**
     * Keeps the newest {@value #KEEP} backups and the newest of each of the last {@value
     * #KEEP_DAYS} days on which one was made, so that a burst of backups on one day cannot push out
     * every older one.
     */
    private void prune() throws IOException {
        List<Path> all = backups();
        Set<String> days = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i).getFileName().toString();
            String day =
                    name.length() >= PREFIX.length() + 8
                            ? name.substring(PREFIX.length(), PREFIX.length() + 8)
                            : name;
            boolean newestOfItsDay = days.add(day);
            if (i >= KEEP && !(newestOfItsDay && days.size() <= KEEP_DAYS)) {
                Files.deleteIfExists(all.get(i));
            }
        }
    }

    /** Copies the database file out of a backup. */
    public static void extractDatabase(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(Store.DB_NAME + ".mv.db")) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new UserError("error.restore.notABackup", zip);
    }

    /**
     * Saves an office's database file (closed) with its keyring as a backup of its own, named
     * {@code office-…-before-restore.zip}, listed and restorable like any other.
     */
    public static Path saveBeforeRestore(Path dataDir, Path database, Keyring keyring, Clock clock)
            throws IOException {
        Path dir = dataDir.resolve(FOLDER);
        Files.createDirectories(dir);
        Path zip =
                dir.resolve(PREFIX + NAME.format(LocalDateTime.now(clock)) + "-before-restore.zip");
        Path tmp = dir.resolve(".before-restore.tmp");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            out.putNextEntry(new ZipEntry(Store.DB_NAME + ".mv.db"));
            Files.copy(database, out);
            out.closeEntry();
            addKeyring(out, dir, keyring);
        }
        Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING);
        return zip;
    }

    /** Adds the keyring as it is now (salts and wrapped keys only) to a backup being written. */
    private static void addKeyring(ZipOutputStream out, Path dir, Keyring keyring)
            throws IOException {
        Path keys = dir.resolve(".backup.keys.tmp");
        try {
            synchronized (keyring) {
                keyring.copyTo(keys);
            }
            out.putNextEntry(new ZipEntry(Keyring.FILE));
            Files.copy(keys, out);
            out.closeEntry();
        } finally {
            Files.deleteIfExists(keys);
        }
    }

    /** A restore as the audit log records it. */
    public record Restored(String backup, long rows) {}

    public void recordRestore(Actor actor, String backup, Map<String, Long> rows) {
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        Access.write(
                store,
                actor,
                Permission.RESTORE,
                s -> {
                    s.office()
                            .find()
                            .ifPresent(
                                    o ->
                                            s.audit()
                                                    .record(
                                                            actor.name(),
                                                            "office",
                                                            o.id(),
                                                            AuditLog.Action.RESTORE,
                                                            null,
                                                            new Restored(backup, total)));
                    return null;
                });
    }

    /** Whether a zip looks like one of ours: an encrypted database file and a keyring. */
    public static boolean isBackup(Path zip) {
        boolean db = false;
        boolean keys = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                db |= e.getName().equals(Store.DB_NAME + ".mv.db");
                keys |= e.getName().equals(Keyring.FILE);
            }
        } catch (IOException e) {
            return false;
        }
        return db && keys;
    }
}
