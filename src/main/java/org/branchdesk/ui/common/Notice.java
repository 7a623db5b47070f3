package org.branchdesk.ui.common;

import org.branchdesk.domain.common.UserError;

/**
 * What a screen tells the clerk after an action: that it was done, or that it was not and why. A
 * ViewModel exposes one as a property and the View shows it by its kind: a success is never shown
 * under the header 操作未执行.
 */
public record Notice(Kind kind, String text) {
    /** Whether the action was done. */
    public enum Kind {
        /** Nothing to say. */
        NONE,
        /** Done: 已保存, 已导出. */
        SUCCESS,
        /** Not done, or only partly: the reason, in the clerk's words. */
        FAILURE
    }

    /** Nothing to say (the initial value and the value after it was shown). */
    public static final Notice NONE = new Notice(Kind.NONE, "");

    public static Notice success(String text) {
        return new Notice(Kind.SUCCESS, text);
    }

    public static Notice failure(String text) {
        return new Notice(Kind.FAILURE, text);
    }

    /**
     * A failure with the message of what was thrown (a {@link UserError}'s text, or a general one).
     */
    public static Notice failure(Throwable e) {
        return failure(I18n.messageOf(e));
    }

    public boolean isEmpty() {
        return kind == Kind.NONE || text == null || text.isEmpty();
    }
}
