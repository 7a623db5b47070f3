package org.branchdesk.ui.care;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.domain.care.Commendation;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.domain.care.CommendationRules;
import org.branchdesk.service.care.CommendationService;
import org.branchdesk.ui.common.I18n;

/**
 * The form that records a decision (新增表彰决定): its title, level, awarding body, document number and
 * day. The rules are bindings: each field as {@link Commendation#of} takes it, the number a
 * decision from above must carry ({@link CommendationRules#numberGiven}), no day after today, and
 * whom the title goes to ({@link CommendationRules#holders}); the service checks again.
 */
public final class CommendationFormViewModel {
    private static final String SOME_TITLE = "表彰";
    private static final String SOME_BODY = "机关";

    private final CommendationService commendations;
    private final LocalDate today;
    private final Consumer<Commendation> onSaved;
    private final CareForm<Commendation> form;

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<CommendationLevel> level =
            new SimpleObjectProperty<>(CommendationLevel.STREET);
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final StringBinding titleMessage;
    private final StringBinding holders;
    private final StringBinding bodyMessage;
    private final StringBinding numberMessage;
    private final StringBinding onMessage;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    public CommendationFormViewModel(
            CommendationService commendations,
            org.branchdesk.ui.common.TaskExecutor tasks,
            LocalDate today,
            Consumer<Commendation> onSaved) {
        this.commendations = commendations;
        this.today = today;
        this.onSaved = onSaved;
        this.form = new CareForm<>(tasks);
        on.set(today);
        titleMessage =
                Bindings.createStringBinding(
                        () ->
                                blank(title)
                                        ? ""
                                        : CareControls.reason(
                                                () -> check(title.get(), SOME_BODY, null)),
                        title);
        holders =
                Bindings.createStringBinding(
                        () ->
                                blank(title)
                                        ? ""
                                        : I18n.text(
                                                "care.commendation.form.holders",
                                                CommendationRules.holders(title.get()).stream()
                                                        .map(k -> I18n.text(k.key()))
                                                        .collect(
                                                                Collectors.joining(
                                                                        I18n.text(
                                                                                "list.separator")))),
                        title);
        bodyMessage =
                Bindings.createStringBinding(
                        () ->
                                blank(body)
                                        ? ""
                                        : CareControls.reason(
                                                () -> check(SOME_TITLE, body.get(), null)),
                        body);
        numberMessage =
                Bindings.createStringBinding(
                        () ->
                                level.get() == null
                                        ? ""
                                        : CareControls.reason(
                                                () -> check(SOME_TITLE, SOME_BODY, number.get())),
                        level,
                        number);
        onMessage =
                Bindings.createStringBinding(
                        () ->
                                on.get() != null && on.get().isAfter(today)
                                        ? I18n.text("rule.dateInFuture")
                                        : "",
                        on);
        missing =
                Bindings.createStringBinding(
                        () ->
                                blank(title)
                                                || level.get() == null
                                                || blank(body)
                                                || on.get() == null
                                        ? I18n.text("care.commendation.form.missing")
                                        : "",
                        title,
                        level,
                        body,
                        on);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                titleMessage.get().isEmpty()
                                        && bodyMessage.get().isEmpty()
                                        && numberMessage.get().isEmpty()
                                        && onMessage.get().isEmpty()
                                        && missing.get().isEmpty()
                                        && !form.savingProperty().get(),
                        titleMessage,
                        bodyMessage,
                        numberMessage,
                        onMessage,
                        missing,
                        form.savingProperty());
    }

    /** The domain's check of one field, the others filled in with what passes. */
    private void check(String t, String b, String n) {
        CommendationLevel l = level.get() == null ? CommendationLevel.STREET : level.get();
        Commendation.of(UUID.randomUUID(), t, l, b, n, today);
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    /** Records the decision; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        CommendationService.NewCommendation f =
                new CommendationService.NewCommendation(
                        title.get(), level.get(), body.get(), number.get(), on.get());
        form.run("task.care.addCommendation", p -> commendations.add(f), onSaved);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<CommendationLevel> levelProperty() {
        return level;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    /** What is wrong with the title (too long), or empty. */
    public StringBinding titleMessageProperty() {
        return titleMessage;
    }

    /** Whom the title goes to (组织 / 党员 / 党员、人员), a note; empty before a title is typed. */
    public StringBinding holdersProperty() {
        return holders;
    }

    public StringBinding bodyMessageProperty() {
        return bodyMessage;
    }

    /** A decision from above without its number, a number too long; or empty. */
    public StringBinding numberMessageProperty() {
        return numberMessage;
    }

    public StringBinding onMessageProperty() {
        return onMessage;
    }

    /** What must still be filled in, or empty. */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Saving, what was saved, and a refusal. */
    public CareForm<Commendation> form() {
        return form;
    }
}
