package org.branchdesk.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;

/** The UI's texts: the Simplified Chinese bundle, also handed to every FXML loader. */
public final class I18n {
    private I18n() {}

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(UserError.BUNDLE, Locale.SIMPLIFIED_CHINESE);
    }

    public static String text(String key, Object... args) {
        return Messages.format(key, args);
    }

    /**
     * What to tell a clerk about a failure: the message of a {@link UserError} (anywhere in the
     * causes), otherwise a general Chinese sentence; technical text stays in the log.
     */
    public static String messageOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserError ue) {
                return ue.getMessage();
            }
        }
        return text("error.unexpected");
    }
}
