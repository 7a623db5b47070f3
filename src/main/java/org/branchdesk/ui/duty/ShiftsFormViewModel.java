package org.branchdesk.ui.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.service.duty.RosterService;
import org.branchdesk.service.duty.RosterService.PostLine;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that generates shifts (生成班次): for the posts of the community or compound shown, or one
 * of them, each day from one date to another, one shift per pattern a day ({@link
 * ShiftPattern#DEFAULT} when none is typed). The patterns are read as the clerk types them, by the
 * rule the service reads them with; shifts already there are not made twice, and published weeks
 * get none.
 */
public final class ShiftsFormViewModel {
    private final RosterService roster;
    private final TaskExecutor tasks;
    private final UUID communityId;
    private final UUID compoundId;
    private final Consumer<RosterService.Generated> onDone;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty patterns = new SimpleStringProperty("");
    private final ObservableList<PostLine> posts = FXCollections.observableArrayList();
    private final ObjectProperty<PostLine> post = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<RosterService.Generated> done =
            new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final StringBinding patternsMessage;
    private final StringBinding patternsNote;
    private final StringBinding toMessage;
    private final StringBinding missing;
    private final BooleanBinding canGenerate;

    /**
     * @param compoundId the compound, or {@code null} for every post of the community
     * @param monday the week shown: the form proposes it
     */
    public ShiftsFormViewModel(
            RosterService roster,
            TaskExecutor tasks,
            UUID communityId,
            UUID compoundId,
            LocalDate monday,
            Consumer<RosterService.Generated> onDone) {
        this.roster = roster;
        this.tasks = tasks;
        this.communityId = communityId;
        this.compoundId = compoundId;
        this.onDone = onDone;
        from.set(monday);
        to.set(monday.plusDays(6));
        patternsMessage =
                Bindings.createStringBinding(
                        () -> {
                            try {
                                ShiftPattern.parseAll(patterns.get());
                                return "";
                            } catch (ValidationError e) {
                                return e.reason();
                            }
                        },
                        patterns);
        patternsNote =
                Bindings.createStringBinding(
                        () ->
                                patternsMessage.get().isEmpty()
                                        ? I18n.text(
                                                "roster.generate.willMake",
                                                String.join(
                                                        "、",
                                                        ShiftPattern.parseAll(patterns.get())
                                                                .stream()
                                                                .map(ShiftPattern::toString)
                                                                .toList()))
                                        : "",
                        patterns,
                        patternsMessage);
        toMessage = Bindings.createStringBinding(() -> spanMessage(from.get(), to.get()), from, to);
        missing =
                Bindings.createStringBinding(
                        () ->
                                from.get() == null || to.get() == null
                                        ? I18n.text("roster.generate.missing")
                                        : "",
                        from,
                        to);
        canGenerate =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && toMessage.get().isEmpty()
                                        && patternsMessage.get().isEmpty()
                                        && !working.get(),
                        missing,
                        toMessage,
                        patternsMessage,
                        working);
    }

    /** Reads the posts to choose from (the open posts of the community or compound). */
    public void load() {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadPosts"),
                                p -> roster.posts(communityId, compoundId, false))
                        .onSuccess(posts::setAll)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Makes the shifts; a refusal is put in the notice and nothing changes. */
    public void generate() {
        if (!canGenerate.get()) {
            return;
        }
        List<ShiftPattern> hours = ShiftPattern.parseAll(patterns.get());
        LocalDate a = from.get();
        LocalDate b = to.get();
        UUID postId = post.get() == null ? null : post.get().post().id();
        working.set(true);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.generateShifts"),
                                p -> roster.generate(communityId, compoundId, postId, a, b, hours))
                        .onSuccess(
                                g -> {
                                    working.set(false);
                                    done.set(g);
                                    onDone.accept(g);
                                })
                        .onFailure(
                                e -> {
                                    working.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /**
     * What is wrong with a span of days as the clerk gives it (the end before the start, or too
     * long), or empty; empty too while an end is missing.
     */
    static String spanMessage(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return "";
        }
        if (to.isBefore(from)) {
            return I18n.text("rule.roster.toBeforeFrom");
        }
        return from.plusDays(RosterService.MAX_DAYS).isBefore(to)
                ? I18n.text("rule.roster.spanTooLong", RosterService.MAX_DAYS)
                : "";
    }

    /** A post as the form's choice shows it: its name and headcount, or 全部岗位. */
    public static String postText(PostLine l) {
        return l == null
                ? I18n.text("roster.generate.allPosts")
                : I18n.text(
                        "roster.generate.post",
                        l.compound().isEmpty() ? l.community() : l.compound(),
                        l.post().name(),
                        l.post().headcount());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /**
     * The hours as the clerk types them: {@code 07:00-12:00,22:00-07:00}; empty for the default.
     */
    public StringProperty patternsProperty() {
        return patterns;
    }

    /** The open posts of the community or compound. */
    public ObservableList<PostLine> posts() {
        return posts;
    }

    /** One post only, or {@code null} for every post. */
    public ObjectProperty<PostLine> postProperty() {
        return post;
    }

    /** What is wrong with the patterns as typed, or empty. */
    public StringBinding patternsMessageProperty() {
        return patternsMessage;
    }

    /** The shifts each day will get, once the patterns read well. */
    public StringBinding patternsNoteProperty() {
        return patternsNote;
    }

    /** What is wrong with the last day (before the first, too far), or empty. */
    public StringBinding toMessageProperty() {
        return toMessage;
    }

    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canGenerateProperty() {
        return canGenerate;
    }

    /** What generating did; set once it went through. */
    public ReadOnlyObjectProperty<RosterService.Generated> doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
