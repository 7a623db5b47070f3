package org.branchdesk.service;

import java.util.Objects;

/** Who is making changes; written to the audit log with every change. */
public record Actor(String name) {
    public Actor {
        Objects.requireNonNull(name, "name");
    }

    /** The operating-system user: what identifies a clerk until the office has accounts. */
    public static Actor systemUser() {
        String user = System.getProperty("user.name");
        return new Actor(user == null || user.isBlank() ? "unknown" : user);
    }
}
