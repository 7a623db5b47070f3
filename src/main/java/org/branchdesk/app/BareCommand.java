package org.branchdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.store.Store;
import org.branchdesk.store.accounts.DataKey;
import org.branchdesk.store.accounts.Keyring;

/**
 * A baseline for {@code ledger members}: a fresh process that only unlocks the office's key
 * (PBKDF2, as every command must), opens the encrypted file and reads the members' rows, then
 * exits; no command line, no logging, no PDF. {@code bench print} times it beside the real command,
 * as it times a bare window beside the real one. Takes the data folder as its argument and the
 * account from the commands' environment variables; takes the office's lock as they do; prints only
 * how many rows it read.
 */
public final class BareCommand {
    private BareCommand() {}

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (UserError e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args) {
        if (args.length != 1) {
            throw new UserError("cli.bench.bareUsage");
        }
        String user = System.getenv(RootCommand.USER_VARIABLE);
        String secret = System.getenv(RootCommand.PASSWORD_VARIABLE);
        if (user == null || user.isBlank()) {
            throw new UserError("cli.account.noUser", RootCommand.USER_VARIABLE);
        }
        if (secret == null || secret.isEmpty()) {
            throw new UserError("cli.account.noPassword", RootCommand.PASSWORD_VARIABLE);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        Optional<OfficeLock> lock;
        try {
            lock = OfficeLock.tryAcquire(dir);
        } catch (IOException e) {
            throw new UserError(e, "error.store.cannotCreateFolder", dir);
        }
        char[] password = secret.toCharArray();
        try (OfficeLock held = lock.orElseThrow(() -> new UserError("error.office.inUse", dir))) {
            Keyring.finishPending(dir); // as a command's sign-in does
            Keyring keyring =
                    Keyring.load(dir)
                            .orElseThrow(() -> new UserError("error.signIn.noAccounts", dir));
            if (Store.state(dir) != Store.DbState.ENCRYPTED) {
                throw new UserError("error.signIn.dataMissing", dir);
            }
            DataKey key = keyring.unlock(user, password, Instant.now()).key();
            return Store.readMembersBare(dir, key);
        } catch (SQLException e) {
            throw new UserError(e, "error.store.cannotOpen", dir);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
