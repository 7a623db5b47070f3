package org.branchdesk.domain.common;

/**
 * An error whose message is fit to show a clerk. It carries a key of the message bundle and its
 * arguments, so the text itself lives in the bundle, never in code.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Base name of the bundle that holds every user-visible text. */
    public static final String BUNDLE = Messages.BUNDLE;

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
        return Messages.format(key, args);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }
}
