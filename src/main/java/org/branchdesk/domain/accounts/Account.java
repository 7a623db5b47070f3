package org.branchdesk.domain.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * An account of the office as the keyring knows it: no secret in it.
 *
 * @param failures wrong passwords in a row (see {@link Accounts#afterWrongPassword})
 * @param lastFailure when the last of them was typed, or {@code null}
 */
public record Account(
        UUID id,
        String name,
        Role role,
        boolean disabled,
        boolean mustChangePassword,
        int failures,
        Instant lastFailure,
        Instant createdAt) {
    /** Until when a run of wrong passwords locks it, or {@code null} when it is not locked. */
    public Instant lockedUntil(Instant now) {
        return Accounts.lockedUntil(failures, lastFailure, now);
    }

    /** The same account with its run of wrong passwords as given. */
    public Account withFailures(int count, Instant last) {
        return new Account(id, name, role, disabled, mustChangePassword, count, last, createdAt);
    }
}
