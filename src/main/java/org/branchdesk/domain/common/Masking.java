package org.branchdesk.domain.common;

/**
 * How ID numbers and phones are masked wherever they are shown, printed or exported without a full
 * export's stated reason. The office chooses; the log masks with {@link #STANDARD} always.
 */
public enum Masking {
    /**
     * Region code and last four of an ID ({@code 410302********1234}); phone {@code 199****1234}.
     */
    STANDARD,
    /** Only the last four digits of either ({@code **************1234}, {@code *******1234}). */
    STRICT;

    public String id(String id) {
        if (id == null) {
            return null;
        }
        return this == STANDARD ? CitizenIds.mask(id) : lastFour(id);
    }

    public String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return this == STANDARD ? Phones.mask(phone) : lastFour(phone.replaceAll("[^0-9]", ""));
    }

    private static String lastFour(String text) {
        if (text.length() <= 4) {
            return "*".repeat(text.length());
        }
        return "*".repeat(text.length() - 4) + text.substring(text.length() - 4);
    }

    public String label() {
        return Messages.format("masking." + name());
    }
}
