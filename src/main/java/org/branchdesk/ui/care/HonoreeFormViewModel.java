package org.branchdesk.ui.care;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.branchdesk.domain.care.CommendationRules;
import org.branchdesk.domain.care.HonorForm;
import org.branchdesk.domain.care.Honoree;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.service.care.CommendationService;
import org.branchdesk.service.care.CommendationService.Candidate;
import org.branchdesk.service.care.CommendationService.Reward;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that lists an honoree on a decision (添加受表彰对象): whom, picked from the members, people and
 * organizations the title may go to; a certificate, or a reward linked to a commendation-reward
 * payment made to that honoree; the deeds. The rules are bindings from {@link CommendationRules}:
 * whom the title goes to, a full member for a party member's title, once per decision, the deeds'
 * length, the reward's payment; the service checks again.
 */
public final class HonoreeFormViewModel {
    private final CommendationService commendations;
    private final CommendationService.Line decision;
    private final Consumer<Honoree> onSaved;
    private final CareForm<Honoree> form;

    private final ObservableList<RecipientKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<RecipientKind> kind = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final FilteredList<Candidate> shown = new FilteredList<>(candidates);
    private final ObjectProperty<Candidate> who = new SimpleObjectProperty<>();
    private final ObjectProperty<HonorForm> honorForm =
            new SimpleObjectProperty<>(HonorForm.CERTIFICATE);
    private final ObservableList<Reward> rewards = FXCollections.observableArrayList();
    private final ObservableList<Reward> payments = FXCollections.observableArrayList();
    private final ObjectProperty<Reward> payment = new SimpleObjectProperty<>();
    private final StringProperty deeds = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final StringBinding whoMessage;
    private final StringBinding paymentMessage;
    private final StringBinding deedsMessage;
    private final StringBinding deedsCount;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    public HonoreeFormViewModel(
            CommendationService commendations,
            TaskExecutor tasks,
            CommendationService.Line decision,
            Consumer<Honoree> onSaved) {
        this.commendations = commendations;
        this.decision = decision;
        this.onSaved = onSaved;
        this.form = new CareForm<>(tasks);
        List<RecipientKind> may =
                List.of(RecipientKind.values()).stream()
                        .filter(
                                CommendationRules.holders(decision.commendation().title())
                                        ::contains)
                        .toList();
        kinds.setAll(may);
        kind.set(may.get(0));
        kind.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        who.addListener((o, a, b) -> offerPayments());
        rewards.addListener((javafx.collections.ListChangeListener<Reward>) c -> offerPayments());
        whoMessage =
                Bindings.createStringBinding(
                        () ->
                                who.get() == null
                                        ? ""
                                        : CareControls.reason(
                                                () ->
                                                        check(
                                                                "事"
                                                                        .repeat(
                                                                                CommendationRules
                                                                                        .DEEDS_MIN),
                                                                HonorForm.CERTIFICATE,
                                                                null)),
                        who);
        paymentMessage =
                Bindings.createStringBinding(
                        () ->
                                honorForm.get() == HonorForm.REWARD
                                                && who.get() != null
                                                && payments.isEmpty()
                                                && !loading.get()
                                        ? I18n.text("care.honoree.form.noReward", who.get().name())
                                        : "",
                        honorForm,
                        who,
                        payments,
                        loading);
        deedsMessage =
                Bindings.createStringBinding(
                        () ->
                                deeds.get() == null
                                                || deeds.get().isBlank()
                                                || CommendationRules.deedsFit(deeds.get())
                                        ? ""
                                        : I18n.text(
                                                "rule.commendation.deeds",
                                                CommendationRules.DEEDS_MIN,
                                                CommendationRules.DEEDS_MAX),
                        deeds);
        deedsCount =
                Bindings.createStringBinding(
                        () ->
                                I18n.text(
                                        "care.honoree.form.deedsCount",
                                        deeds.get() == null ? 0 : Text.length(deeds.get().strip()),
                                        CommendationRules.DEEDS_MIN,
                                        CommendationRules.DEEDS_MAX),
                        deeds);
        missing =
                Bindings.createStringBinding(
                        () ->
                                who.get() == null
                                                || deeds.get() == null
                                                || deeds.get().isBlank()
                                                || (honorForm.get() == HonorForm.REWARD
                                                        && payment.get() == null)
                                        ? I18n.text("care.honoree.form.missing")
                                        : "",
                        who,
                        deeds,
                        honorForm,
                        payment);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                whoMessage.get().isEmpty()
                                        && paymentMessage.get().isEmpty()
                                        && deedsMessage.get().isEmpty()
                                        && missing.get().isEmpty()
                                        && !form.savingProperty().get(),
                        whoMessage,
                        paymentMessage,
                        deedsMessage,
                        missing,
                        form.savingProperty());
        refilter();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.care.loadHonoreeChoices"),
                                p ->
                                        new Choices(
                                                commendations.candidates(),
                                                commendations.freeRewards()))
                        .onSuccess(
                                c -> {
                                    candidates.setAll(c.candidates());
                                    rewards.setAll(c.rewards());
                                    loading.set(false);
                                })
                        .onFailure(e -> loading.set(false)));
    }

    private record Choices(List<Candidate> candidates, List<Reward> rewards) {}

    /** The domain's check of the honoree, with the given deeds, form and payment. */
    private void check(String told, HonorForm f, Reward r) {
        Candidate c = who.get();
        CommendationRules.checkHonoree(
                decision.commendation(),
                new Honoree(
                        UUID.randomUUID(),
                        decision.commendation().id(),
                        c.recipient(),
                        f,
                        r == null ? null : r.payment().id(),
                        told),
                c.kind() == RecipientKind.MEMBER
                        ? (c.fullMember() ? Standing.FULL : Standing.PROBATIONARY)
                        : null,
                null,
                r == null ? null : r.payment(),
                decision.honorees().stream().map(CommendationService.HonoreeLine::honoree).toList(),
                List.of());
    }

    private void refilter() {
        String s = search.get() == null ? "" : search.get().strip();
        RecipientKind k = kind.get();
        shown.setPredicate(c -> c.kind() == k && (s.isEmpty() || c.name().contains(s)));
        if (who.get() != null && !shown.contains(who.get())) {
            who.set(null);
        }
    }

    /** The reward payments made to the honoree picked (the rule: to that honoree itself). */
    private void offerPayments() {
        Candidate c = who.get();
        payments.setAll(
                c == null
                        ? List.of()
                        : rewards.stream()
                                .filter(
                                        r ->
                                                CommendationRules.rewardFits(
                                                        r.payment(), c.recipient()))
                                .toList());
        if (payment.get() != null && !payments.contains(payment.get())) {
            payment.set(null);
        }
        if (payment.get() == null && payments.size() == 1) {
            payment.set(payments.get(0));
        }
    }

    /** Lists the honoree; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Candidate c = who.get();
        Reward r = honorForm.get() == HonorForm.REWARD ? payment.get() : null;
        CommendationService.NewHonoree f =
                new CommendationService.NewHonoree(
                        decision.commendation().id(),
                        c.kind(),
                        c.id(),
                        r == null ? null : r.payment().id(),
                        deeds.get());
        form.run("task.care.addHonoree", p -> commendations.honor(f), onSaved);
    }

    // --- as the form shows it --------------------------------------------------------------------

    public static String candidateText(Candidate c) {
        if (c == null) {
            return "";
        }
        return c.affiliation().isEmpty()
                ? c.name()
                : I18n.text("care.honoree.form.candidate", c.name(), c.affiliation());
    }

    public static String rewardText(Reward r) {
        return r == null
                ? ""
                : I18n.text(
                        "care.honoree.form.reward",
                        r.code(),
                        r.payment().amount().withSign(),
                        r.payment().reason() == null ? "" : r.payment().reason());
    }

    // --- properties ------------------------------------------------------------------------------

    public CommendationService.Line decision() {
        return decision;
    }

    /** The registers the title may go to (组织 only, 党员 only, or 党员 and 人员). */
    public ObservableList<RecipientKind> kinds() {
        return kinds;
    }

    public ObjectProperty<RecipientKind> kindProperty() {
        return kind;
    }

    /** Part of a name, to narrow the list. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Those of the register chosen whose name holds the search. */
    public ObservableList<Candidate> shown() {
        return shown;
    }

    public ObjectProperty<Candidate> whoProperty() {
        return who;
    }

    public ObjectProperty<HonorForm> honorFormProperty() {
        return honorForm;
    }

    /** The commendation-reward payments to the honoree picked, not yet linked. */
    public ObservableList<Reward> payments() {
        return payments;
    }

    public ObjectProperty<Reward> paymentProperty() {
        return payment;
    }

    public StringProperty deedsProperty() {
        return deeds;
    }

    /** Whether the registers are still being read. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The title not for this register, a probationary member, listed twice; or empty. */
    public StringBinding whoMessageProperty() {
        return whoMessage;
    }

    /** A reward with no payment to link, or empty. */
    public StringBinding paymentMessageProperty() {
        return paymentMessage;
    }

    public StringBinding deedsMessageProperty() {
        return deedsMessage;
    }

    /** How many characters the deeds have, of how many allowed. */
    public StringBinding deedsCountProperty() {
        return deedsCount;
    }

    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public CareForm<Honoree> form() {
        return form;
    }
}
