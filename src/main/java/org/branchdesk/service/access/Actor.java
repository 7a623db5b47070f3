package org.branchdesk.service.access;

import java.util.Objects;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;

/**
 * The signed-in account: written to the audit log with every change, and checked by every service.
 */
public record Actor(String name, Role role) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean may(Permission permission) {
        return role.allows(permission);
    }

    /** Refuses, with the clerk's message, what this account's role does not allow. */
    public void require(Permission permission) {
        if (!role.allows(permission)) {
            throw new UserError(
                    "error.access.denied",
                    name,
                    role.label(),
                    Messages.format("permission." + permission.name()));
        }
    }
}
