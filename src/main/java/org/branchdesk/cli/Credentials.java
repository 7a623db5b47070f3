package org.branchdesk.cli;

/**
 * The account a command runs as, and its password (from a file or the environment, never an
 * argument).
 */
public record Credentials(String user, char[] password) {
    @Override
    public String toString() {
        return "Credentials[" + user + "]"; // never the password
    }
}
