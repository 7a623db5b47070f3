package org.branchdesk.domain.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.UserError;

/** The rules for accounts: names, passwords, lock-out and recovery codes. */
public final class Accounts {
    /** Failed sign-ins in a row that lock an account. */
    public static final int MAX_FAILURES = 5;

    /** How long a locked account stays locked (an administrator may unlock it sooner). */
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 128;

    /** Crockford's base 32: no I, L, O or U, so a code copied by hand is read back right. */
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** 25 characters of 5 bits: 125 bits, written as five groups of five. */
    public static final int RECOVERY_CODE_LENGTH = 25;

    private Accounts() {}

    /**
     * An account name: 2 to 32 letters (Chinese too), digits, {@code _} or {@code -}; kept as
     * written, compared without regard to case.
     */
    public static String name(String text) {
        String n = text == null ? "" : Text.normalize(text);
        if (n.isEmpty()) {
            throw new UserError("error.account.nameMissing");
        }
        if (n.length() < 2 || n.length() > 32) {
            throw new UserError("error.account.nameLength", n);
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                throw new UserError("error.account.nameCharacter", n, String.valueOf(c));
            }
        }
        return n;
    }

    public static boolean sameName(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    /**
     * Checks a new password: at least 8 characters, not all of one kind (letters and digits mixed,
     * say), not the account's name, and no line breaks (it may come from a file).
     */
    public static void checkPassword(String account, char[] password) {
        if (password == null || password.length == 0) {
            throw new UserError("error.password.missing");
        }
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new UserError("error.password.short", MIN_PASSWORD_LENGTH);
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new UserError("error.password.long", MAX_PASSWORD_LENGTH);
        }
        boolean letter = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password) {
            if (c == '\n' || c == '\r') {
                throw new UserError("error.password.lineBreak");
            }
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                letter = true;
            } else {
                other = true;
            }
        }
        if ((letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0) < 2) {
            throw new UserError("error.password.oneKind");
        }
        if (account != null
                && new String(password)
                        .toLowerCase(Locale.ROOT)
                        .contains(account.toLowerCase(Locale.ROOT))) {
            throw new UserError("error.password.containsName");
        }
    }

    /**
     * When an account with {@code failures} failed sign-ins in a row, the last at {@code
     * lastFailure}, may try again; {@code null} when it may now.
     */
    public static Instant lockedUntil(int failures, Instant lastFailure, Instant now) {
        if (failures < MAX_FAILURES || lastFailure == null) {
            return null;
        }
        Instant until = lastFailure.plus(LOCK_TIME);
        return until.isAfter(now) ? until : null;
    }

    /** Writes 25 random code characters (indices 0–31) as {@code XXXXX-XXXXX-XXXXX-XXXXX-XXXXX}. */
    public static String recoveryCode(int[] symbols) {
        if (symbols.length != RECOVERY_CODE_LENGTH) {
            throw new IllegalArgumentException(
                    "a recovery code has " + RECOVERY_CODE_LENGTH + " symbols");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < symbols.length; i++) {
            if (i > 0 && i % 5 == 0) {
                b.append('-');
            }
            b.append(CODE_ALPHABET.charAt(symbols[i] & 31));
        }
        return b.toString();
    }

    /**
     * Reads a recovery code as a person types it from paper: spaces and dashes ignored, lower case
     * accepted, O read as 0 and I or L as 1. Returns the 25 characters without dashes.
     */
    public static String readRecoveryCode(String text) {
        StringBuilder b = new StringBuilder();
        for (char c :
                (text == null ? "" : Text.normalize(text)).toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-') {
                continue;
            }
            char d = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (CODE_ALPHABET.indexOf(d) < 0) {
                throw new UserError("error.recovery.character", String.valueOf(c));
            }
            b.append(d);
        }
        if (b.length() != RECOVERY_CODE_LENGTH) {
            throw new UserError("error.recovery.length", RECOVERY_CODE_LENGTH, b.length());
        }
        return b.toString();
    }

    /**
     * An account after a wrong password: one more failure, at {@code now}. A run that had locked
     * the account starts again from one once the lock is over, so that a clerk who comes back after
     * the lock gets five tries again.
     */
    public static Account afterWrongPassword(Account a, Instant now) {
        int failures =
                a.lastFailure() != null && a.failures() >= MAX_FAILURES ? 1 : a.failures() + 1;
        return a.withFailures(failures, now);
    }

    /** An account after a right password: the run of failures is over. */
    public static Account afterRightPassword(Account a) {
        return a.failures() == 0 && a.lastFailure() == null ? a : a.withFailures(0, null);
    }

    /**
     * The office keeps one active administrator: {@code leaving} may stop being one (a new role,
     * disabled) only while another active administrator remains among {@code all}.
     */
    public static void requireAnotherAdministrator(Account leaving, Collection<Account> all) {
        boolean another =
                all.stream()
                        .anyMatch(
                                o ->
                                        !o.id().equals(leaving.id())
                                                && o.role() == Role.ADMIN
                                                && !o.disabled());
        if (!another) {
            throw new UserError("error.account.lastAdmin", leaving.name());
        }
    }
}
