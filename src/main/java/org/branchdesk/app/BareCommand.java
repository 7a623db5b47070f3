package org.branchdesk.app;

import java.nio.file.Path;
import java.time.Instant;
import org.branchdesk.store.DataKey;
import org.branchdesk.store.Keyring;
import org.branchdesk.store.Store;

/**
 * The floor under {@code ledger members}: a fresh process that only unlocks the office's key
 * (PBKDF2, as every command must), opens the encrypted file and reads the members' rows, then
 * exits; no command line, no logging, no PDF. {@code bench print} times it beside the real
 * command. Takes the data folder as its argument and the account from the same environment
 * variables as the commands; prints only how many rows it read.
 */
public final class BareCommand {
    private BareCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        char[] password = System.getenv(org.branchdesk.cli.RootCommand.PASSWORD_VARIABLE).toCharArray();
        DataKey key = Keyring.load(dir).orElseThrow()
                .unlock(System.getenv(org.branchdesk.cli.RootCommand.USER_VARIABLE), password, Instant.now()).key();
        System.out.println(Store.readMembersBare(dir, key));
    }
}
