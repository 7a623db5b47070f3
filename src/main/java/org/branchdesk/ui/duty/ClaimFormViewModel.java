package org.branchdesk.ui.duty;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.duty.ReportingClaim;
import org.branchdesk.service.duty.ReportingService;
import org.branchdesk.service.duty.ReportingService.Line;
import org.branchdesk.service.duty.ReportingService.PostChoice;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form by which a reporting member claims a post (认领岗位): one of the posts of the community they
 * reported to, open today and not claimed yet, from a day within the reporting that has come.
 */
public final class ClaimFormViewModel {
    private final ReportingService reportings;
    private final Line line;
    private final Consumer<String> onSaved;
    private final ObservableList<PostChoice> posts = FXCollections.observableArrayList();
    private final ObjectProperty<PostChoice> post = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> claimedOn = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final FormSaving<ReportingClaim> saving;
    private final StringBinding postsNote;
    private final StringBinding dayMessage;
    private final BooleanBinding canSave;

    public ClaimFormViewModel(
            ReportingService reportings,
            TaskExecutor tasks,
            LocalDate today,
            Line line,
            Consumer<String> onSaved) {
        this.reportings = reportings;
        this.line = line;
        this.onSaved = onSaved;
        saving = new FormSaving<>(tasks);
        claimedOn.set(today);
        postsNote =
                Bindings.createStringBinding(
                        () ->
                                loading.get()
                                        ? I18n.text("duty.loading")
                                        : posts.isEmpty()
                                                ? I18n.text(
                                                        "reporting.claim.noPosts", line.community())
                                                : "",
                        loading,
                        posts);
        dayMessage =
                Bindings.createStringBinding(
                        () -> ReportingViewModel.dayMessage(claimedOn.get(), today, line),
                        claimedOn);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                post.get() != null
                                        && claimedOn.get() != null
                                        && dayMessage.get().isEmpty()
                                        && !saving.saving().get(),
                        post,
                        claimedOn,
                        dayMessage,
                        saving.saving());
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadPosts"), p -> reportings.claimable(line.id()))
                        .onSuccess(
                                list -> {
                                    posts.setAll(list);
                                    loading.set(false);
                                })
                        .onFailure(
                                e -> {
                                    loading.set(false);
                                    saving.failed(e);
                                }));
    }

    /** Claims the post; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        PostChoice p = post.get();
        LocalDate on = claimedOn.get();
        saving.run(
                I18n.text("task.claimPost"),
                x -> reportings.claim(line.id(), p.id(), on),
                c -> onSaved.accept(I18n.text("reporting.claimed", line.member(), p.name(), on)));
    }

    /** A post as the list shows it: its name and where it is. */
    public static String postText(PostChoice p) {
        return p == null ? "" : I18n.text("reporting.claim.post", p.name(), p.place());
    }

    /** Who claims, in the dialog's header. */
    public String who() {
        return I18n.text(
                "reporting.claim.header", line.member(), ReportingViewModel.placeText(line));
    }

    /** The posts that may be claimed. */
    public ObservableList<PostChoice> posts() {
        return posts;
    }

    public ObjectProperty<PostChoice> postProperty() {
        return post;
    }

    public ObjectProperty<LocalDate> claimedOnProperty() {
        return claimedOn;
    }

    /** Says there is no post to claim (or that they are being read), or empty. */
    public StringBinding postsNoteProperty() {
        return postsNote;
    }

    public StringBinding dayMessageProperty() {
        return dayMessage;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<ReportingClaim> savedProperty() {
        return saving.saved();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return saving.notice();
    }

    public void clearNotice() {
        saving.clearNotice();
    }
}
