package org.branchdesk.ui.duty;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.ui.common.I18n;

/**
 * A change to the roster that waits for the clerk: someone put on a shift breaking rules (every one
 * listed; it goes ahead only with a reason for overriding them), or a swap on a published week (it
 * goes ahead only with the reason for the swap). Nothing is written until {@link #confirm}; the
 * service checks everything again then.
 */
public final class RosterChangeViewModel {
    /** What is asked for. */
    public enum Kind {
        /** Putting someone (or a team) on a shift of a week not yet published. */
        ASSIGN,
        /** A swap on a published week: someone off, someone on, or one for the other. */
        SWAP
    }

    /** What the clerk typed: the swap's reason and the reason for overriding broken rules. */
    public record Answer(String reason, String override) {}

    /** What runs once the clerk confirmed. */
    @FunctionalInterface
    public interface Action {
        void run(Answer answer);
    }

    private final Kind kind;
    private final String header;
    private final List<String> broken;
    private final List<String> skipped;
    private final Action action;
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty override = new SimpleStringProperty("");
    private final StringBinding reasonMessage;
    private final StringBinding overrideMessage;
    private final StringBinding missing;
    private final BooleanBinding canConfirm;

    /**
     * @param header what will happen, in one sentence
     * @param broken every rule it breaks, as a clerk reads it
     * @param skipped those of a team that will not be put on, and why
     */
    public RosterChangeViewModel(
            Kind kind, String header, List<String> broken, List<String> skipped, Action action) {
        this.kind = kind;
        this.header = header;
        this.broken = List.copyOf(broken);
        this.skipped = List.copyOf(skipped);
        this.action = action;
        reasonMessage =
                Bindings.createStringBinding(
                        () -> problem("field.roster.reason", reason.get()), reason);
        overrideMessage =
                Bindings.createStringBinding(
                        () -> problem("field.roster.override", override.get()), override);
        missing =
                Bindings.createStringBinding(
                        () -> {
                            if (needsReason() && blank(reason.get())) {
                                return I18n.text("roster.change.needsReason");
                            }
                            return needsOverride() && blank(override.get())
                                    ? I18n.text("roster.change.needsOverride")
                                    : "";
                        },
                        reason,
                        override);
        canConfirm =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && reasonMessage.get().isEmpty()
                                        && overrideMessage.get().isEmpty(),
                        missing,
                        reasonMessage,
                        overrideMessage);
    }

    private static boolean blank(String s) {
        return Text.emptyToNull(s) == null;
    }

    /** What is wrong with a reason as typed (too long), without the field's name; empty if fine. */
    private static String problem(String field, String typed) {
        if (blank(typed)) {
            return ""; // still to do, said by missing
        }
        try {
            Assignment.requireReason(field, typed);
            return "";
        } catch (ValidationError e) {
            return e.reason();
        }
    }

    /** Goes ahead, when the reasons asked for are given. */
    public void confirm() {
        if (canConfirm.get()) {
            action.run(
                    new Answer(
                            needsReason() ? reason.get().strip() : null,
                            needsOverride() ? override.get().strip() : null));
        }
    }

    public Kind kind() {
        return kind;
    }

    /** What will happen, in one sentence. */
    public String header() {
        return header;
    }

    /** Every rule the change breaks; empty when it breaks none. */
    public List<String> broken() {
        return broken;
    }

    /** Those of a team who will not be put on, and why. */
    public List<String> skipped() {
        return skipped;
    }

    /** Whether a reason for the change itself is asked for (a swap on a published week). */
    public boolean needsReason() {
        return kind == Kind.SWAP;
    }

    /** Whether rules are broken, so that a reason for overriding them is asked for. */
    public boolean needsOverride() {
        return !broken.isEmpty();
    }

    /** The reason for a swap. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** Why the broken rules are accepted; recorded with the assignment. */
    public StringProperty overrideProperty() {
        return override;
    }

    public StringBinding reasonMessageProperty() {
        return reasonMessage;
    }

    public StringBinding overrideMessageProperty() {
        return overrideMessage;
    }

    /** What must still be typed before going ahead, or empty. */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }
}
