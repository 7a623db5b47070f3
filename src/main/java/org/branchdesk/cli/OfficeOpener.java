package org.branchdesk.cli;

import java.nio.file.Path;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;

/**
 * Opens an office for one command: takes the office's lock, checks the account's password and opens
 * the encrypted database with the key it unwraps. A wrong password opens nothing.
 */
public interface OfficeOpener {
    /**
     * @param dataDirOption the {@code --data-dir} given, or {@code null} for the default
     * @throws org.branchdesk.domain.common.UserError when the office is in use, has no such
     *     account, the password is wrong or only good for changing it, or the office cannot be
     *     opened
     */
    Services open(Path dataDirOption, Credentials who);

    /**
     * As {@link #open}, for a command that prints: its fonts are read while the password is
     * checked.
     */
    Services openToPrint(Path dataDirOption, Credentials who);

    /**
     * As {@link #open}, also for an account whose password an administrator set and which must
     * change it first ({@code user passwd}); every other command refuses such an account, as the
     * window does.
     */
    Services openToChangePassword(Path dataDirOption, Credentials who);

    /**
     * For {@code init} and {@code demo}: a new office, or one from before accounts, gets {@code
     * who} as its administrator (the result carries the recovery code to show once); an office with
     * accounts is signed in to as {@link #open} does.
     */
    OfficeAccess.SetUp openOrSetUp(Path dataDirOption, Credentials who);

    /**
     * Puts a backup back in place of the office's data (administrators); returns the office opened
     * on it.
     */
    Services restore(Path dataDirOption, Credentials who, Path backup);

    /** What the office folder holds (no lock taken, nothing opened). */
    OfficeAccess.State state(Path dataDirOption);

    /** Sets a new password for an administrator with the recovery code; returns the new code. */
    OfficeAccess.SetUp recover(
            Path dataDirOption, String account, String recoveryCode, char[] newPassword);
}
