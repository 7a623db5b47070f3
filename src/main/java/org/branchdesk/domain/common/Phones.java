package org.branchdesk.domain.common;

/** Masking of phone numbers as shown in lists and exports: {@code 199****1234}. */
public final class Phones {
    private Phones() {}

    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3)
                + "*".repeat(digits.length() - 7)
                + digits.substring(digits.length() - 4);
    }
}
