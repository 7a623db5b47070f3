package org.branchdesk.domain.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a clerk reads, from the message bundle in Simplified Chinese: labels, reports and the
 * messages of {@link UserError}. ID numbers echoed from a clerk's input are masked.
 */
public final class Messages {
    /** Base name of the bundle that holds every user-visible text. */
    public static final String BUNDLE = "org.branchdesk.i18n.messages";

    private Messages() {}

    /** Formats a bundle key; an unknown key yields the key itself, so nothing is ever blank. */
    public static String format(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        String text =
                args.length == 0
                        ? pattern
                        : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        return CitizenIds.maskAll(text); // a number echoed from a clerk's cell never shows in clear
    }
}
