package org.branchdesk.service.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.branchdesk.domain.accounts.Account;
import org.branchdesk.domain.accounts.Accounts;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.accounts.DataKey;
import org.branchdesk.store.accounts.Keyring;

/**
 * The office's accounts, as the signed-in account may see and change them. Every change is written
 * to the keyring and recorded in the audit log (names and roles, never a password), in one step: a
 * keyring that cannot be written rolls the audit entry back.
 */
public final class AccountService {
    static final String ENTITY = "account";
    private final Keyring keyring;
    private final DataKey key;
    private final Store store;
    private final Actor actor;
    private final Clock clock;

    AccountService(Keyring keyring, DataKey key, Store store, Actor actor, Clock clock) {
        this.keyring = keyring;
        this.key = key;
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** A change to an account as the audit log records it. */
    public record AccountChange(String account, Role role, String change) {}

    /** The signed-in account. */
    public Actor me() {
        return actor;
    }

    /**
     * Whether the signed-in account was given its password by an administrator and must change it.
     */
    public boolean mustChangePassword() {
        synchronized (keyring) {
            return keyring.find(actor.name()).map(Account::mustChangePassword).orElse(false);
        }
    }

    /** An account as the list shows it; no secret in it. */
    public record AccountLine(
            String name,
            Role role,
            boolean disabled,
            boolean mustChangePassword,
            Instant lockedUntil,
            Instant createdAt) {}

    /** Every account (administrators only). */
    public List<AccountLine> list() {
        actor.require(Permission.ACCOUNTS);
        Instant now = clock.instant();
        synchronized (keyring) {
            keyring.verify(key);
            return keyring.accounts().stream()
                    .map(
                            a ->
                                    new AccountLine(
                                            a.name(),
                                            a.role(),
                                            a.disabled(),
                                            a.mustChangePassword(),
                                            a.lockedUntil(now),
                                            a.createdAt()))
                    .toList();
        }
    }

    public void add(String name, Role role, char[] password) {
        change(
                Permission.ACCOUNTS,
                () -> keyring.add(key, name, role, password, clock.instant()),
                name,
                "added");
    }

    /** Sets another account's password; its owner must change it at the next sign-in. */
    public void resetPassword(String name, char[] password) {
        change(
                Permission.ACCOUNTS,
                () -> {
                    keyring.setPassword(
                            key, name, password, !Accounts.sameName(name, actor.name()));
                },
                name,
                "passwordReset");
    }

    /** Changes the signed-in account's own password; the current one is asked again. */
    public void changeOwnPassword(char[] current, char[] next) {
        synchronized (keyring) {
            // Re-checks the current password the slow way: a PC left signed in does not let
            // a passer-by take the account over.
            keyring.unlock(actor.name(), current, clock.instant());
        }
        changeAs(
                () -> keyring.setPassword(key, actor.name(), next, false),
                actor.name(),
                "passwordChanged");
    }

    public void setRole(String name, Role role) {
        change(
                Permission.ACCOUNTS,
                () -> keyring.setRole(key, name, role),
                name,
                "role:" + role.name());
    }

    public void setDisabled(String name, boolean disabled) {
        if (disabled && Accounts.sameName(name, actor.name())) {
            throw new UserError("error.account.disableSelf");
        }
        change(
                Permission.ACCOUNTS,
                () -> keyring.setDisabled(key, name, disabled),
                name,
                disabled ? "disabled" : "enabled");
    }

    /** Clears a lock-out before its time is up. */
    public void unlock(String name) {
        change(Permission.ACCOUNTS, () -> keyring.unlockAccount(key, name), name, "unlocked");
    }

    /** Replaces the recovery code (the old one stops working); the new one is shown once. */
    public String newRecoveryCode() {
        String[] code = new String[1];
        change(
                Permission.ACCOUNTS,
                () -> code[0] = keyring.newRecoveryCode(key),
                actor.name(),
                "recoveryCode");
        return code[0];
    }

    private void change(Permission permission, Runnable work, String name, String what) {
        actor.require(permission);
        changeAs(work, name, what);
    }

    private void changeAs(Runnable work, String name, String what) {
        synchronized (keyring) {
            try {
                Access.writeOwn(
                        store,
                        actor,
                        s -> {
                            if (s.office().find().isEmpty()) {
                                // The audit log belongs to an office: accounts are managed once it
                                // exists.
                                throw new UserError("error.account.officeFirst");
                            }
                            work.run();
                            Account a =
                                    keyring.find(name)
                                            .orElseThrow(
                                                    () ->
                                                            new UserError(
                                                                    "error.account.unknown", name));
                            s.audit()
                                    .record(
                                            actor.name(),
                                            ENTITY,
                                            a.id(),
                                            Action.ACCOUNT,
                                            null,
                                            new AccountChange(a.name(), a.role(), what));
                            keyring.save();
                            return null;
                        });
            } catch (RuntimeException e) {
                keyring.reload(); // what is on disk is what holds
                throw e;
            }
        }
    }
}
