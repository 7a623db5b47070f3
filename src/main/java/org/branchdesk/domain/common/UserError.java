package org.branchdesk.domain.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An error whose message is fit to show a clerk. It carries a key of the message bundle and
 * its arguments, so the text itself lives in the bundle, never in code.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Base name of the bundle that holds every user-visible text. */
    public static final String BUNDLE = "org.branchdesk.i18n.messages";

    private final String key;
    private final transient Object[] args;

    public UserError(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public UserError(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The clerk's message in Simplified Chinese. */
    @Override
    public String getMessage() {
        return format(key, args);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    /** Formats a bundle key; an unknown key yields the key itself, so nothing is ever blank. */
    public static String format(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        String text = args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        return CitizenIds.maskAll(text); // a number echoed from a clerk's cell never shows in clear
    }
}
