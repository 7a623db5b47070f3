package org.branchdesk.ui.care;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.ui.common.I18n;

/**
 * An amount of yuan as a clerk types it into a form: what {@link Yuan#parse} makes of it (exact, to
 * the 分, more than nothing, at most 99,999,999.99), what is wrong with it, and the amount in
 * capitals (大写) as it goes on the bill.
 */
public final class AmountInput {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectBinding<Yuan> value;
    private final StringBinding message;
    private final StringBinding capitals;

    /**
     * @param field the bundle key of the field the messages name
     */
    public AmountInput(String field) {
        value =
                Bindings.createObjectBinding(
                        () -> {
                            try {
                                return blank() ? null : Yuan.parse(field, text.get());
                            } catch (RuntimeException e) {
                                return null;
                            }
                        },
                        text);
        message =
                Bindings.createStringBinding(
                        () ->
                                blank()
                                        ? ""
                                        : CareControls.reason(() -> Yuan.parse(field, text.get())),
                        text);
        capitals =
                Bindings.createStringBinding(
                        () ->
                                value.get() == null
                                        ? ""
                                        : I18n.text(
                                                "care.amount.capitals",
                                                value.get().withSign(),
                                                value.get().capitals()),
                        value);
    }

    private boolean blank() {
        return text.get() == null || text.get().isBlank();
    }

    /** The amount as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The amount typed, or {@code null} while it is blank or not an amount. */
    public ObjectBinding<Yuan> valueProperty() {
        return value;
    }

    /** What is wrong with the amount typed (negative, three decimals, too large), or empty. */
    public StringBinding messageProperty() {
        return message;
    }

    /** {@code ¥1,409.50　人民币壹仟肆佰零玖元伍角}, or empty while there is no amount. */
    public StringBinding capitalsProperty() {
        return capitals;
    }
}
