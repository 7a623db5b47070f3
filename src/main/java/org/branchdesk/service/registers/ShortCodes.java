package org.branchdesk.service.registers;

import java.util.Locale;
import java.util.UUID;

/**
 * The short code a refusal lists beside each candidate when a name is ambiguous, and that the
 * command line accepts in its place: a letter for the kind of record (O an organization, M a
 * member) and the first eight hex digits of its id. Never an ID number.
 */
public final class ShortCodes {
    private ShortCodes() {}

    public static String of(char letter, UUID id) {
        return letter + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
