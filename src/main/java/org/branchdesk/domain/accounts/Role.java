package org.branchdesk.domain.accounts;

import java.util.EnumSet;
import java.util.Set;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;

/**
 * An account's role: least privilege for each kind of user of the office's PC. Administrators
 * manage accounts, settings and restores (and may do everything a clerk does); clerks enter data
 * and print; supervisors read, verify documents and print ledgers.
 */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    CLERK(EnumSet.of(Permission.EDIT, Permission.ISSUE_NOTICES, Permission.PRINT_LEDGERS)),
    SUPERVISOR(EnumSet.of(Permission.PRINT_LEDGERS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** The role's name as the clerk reads it (管理员, 录入员, 监督员). */
    public String label() {
        return Messages.format("role." + name());
    }

    /**
     * Reads a role as written on a command line: {@code admin}, {@code clerk}, {@code supervisor}.
     */
    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text == null ? "" : text.trim())
                    || r.label().equals(text)) {
                return r;
            }
        }
        throw new UserError("error.account.unknownRole", text);
    }
}
