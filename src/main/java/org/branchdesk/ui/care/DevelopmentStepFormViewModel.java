package org.branchdesk.ui.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.branchdesk.domain.care.DevelopmentMaterial;
import org.branchdesk.domain.care.DevelopmentRecord;
import org.branchdesk.domain.care.DevelopmentRules;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.service.care.DevelopmentService;
import org.branchdesk.service.care.DevelopmentService.Line;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that records a case's next step (记录发展步骤): its day, document number, the people it needs
 * (contact persons at the activist step, two sponsors at the candidate step, named as on the
 * members register), the training's days and hours, the reason for a late approval, and the step's
 * checklist of materials. The day's rules are bindings ({@link DevelopmentRules}, as the service
 * checks them again).
 */
public final class DevelopmentStepFormViewModel {
    /** A material of the step's checklist and whether it is ticked. */
    public record Item(DevelopmentMaterial material, BooleanProperty ticked) {
        public String text() {
            return I18n.text(material.key());
        }
    }

    private final DevelopmentService development;
    private final Line line;
    private final DevelopmentStep step;
    private final LocalDate today;
    private final Consumer<DevelopmentRecord> onSaved;
    private final CareForm<DevelopmentRecord> form;

    private final ObjectProperty<LocalDate> on;
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringProperty people = new SimpleStringProperty("");
    private final StringProperty trainingDays = new SimpleStringProperty("");
    private final StringProperty trainingHours = new SimpleStringProperty("");
    private final StringProperty specialReason = new SimpleStringProperty("");
    private final List<Item> checklist = new ArrayList<>();
    private final StringBinding onMessage;
    private final BooleanBinding canSave;

    public DevelopmentStepFormViewModel(
            DevelopmentService development,
            TaskExecutor tasks,
            Line line,
            LocalDate today,
            Consumer<DevelopmentRecord> onSaved) {
        this.development = development;
        this.line = line;
        this.step = line.due().step();
        this.today = today;
        this.onSaved = onSaved;
        this.form = new CareForm<>(tasks);
        this.on = new SimpleObjectProperty<>(today);
        step.materials().forEach(m -> checklist.add(new Item(m, new SimpleBooleanProperty())));
        onMessage =
                Bindings.createStringBinding(
                        () -> {
                            LocalDate d = on.get();
                            if (d == null) {
                                return "";
                            }
                            if (d.isAfter(today)) {
                                return I18n.text("rule.development.future", d);
                            }
                            LocalDate earliest = line.due().earliest();
                            if (earliest != null && d.isBefore(earliest)) {
                                return I18n.text("care.development.tooEarly", earliest);
                            }
                            return "";
                        },
                        on);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                on.get() != null
                                        && onMessage.get().isEmpty()
                                        && (!needsPeople() || !people.get().isBlank())
                                        && !form.savingProperty().get(),
                        on,
                        onMessage,
                        people,
                        form.savingProperty());
    }

    /** Whether the step names people: contact persons (activist) or sponsors (candidate). */
    public boolean needsPeople() {
        return step == DevelopmentStep.ACTIVIST || step == DevelopmentStep.CANDIDATE;
    }

    /** Whether the step is the concentrated training (days, class hours). */
    public boolean isTraining() {
        return step == DevelopmentStep.TRAINING;
    }

    /** Whether the step is the approval (a reason when later than three months). */
    public boolean isApproval() {
        return step == DevelopmentStep.APPROVAL;
    }

    /** The bundle key of the people field's label. */
    public String peopleLabelKey() {
        return step == DevelopmentStep.ACTIVIST
                ? "field.development.contactPersons"
                : "field.development.sponsors";
    }

    /** What the dialog says above the fields: the case, the step, its earliest day and deadline. */
    public String header() {
        return I18n.text(
                "care.development.stepHeader",
                line.applicant(),
                step.number(),
                I18n.text(step.key()),
                DevelopmentService.next(line));
    }

    /** Records the step; the dialog closes once saved, a refusal shows over it. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        LocalDate day = on.get();
        String doc = documentNumber.get();
        String names = people.get();
        Integer days = number(trainingDays.get());
        Integer hours = number(trainingHours.get());
        String reason = specialReason.get();
        Set<DevelopmentMaterial> ticked = EnumSet.noneOf(DevelopmentMaterial.class);
        checklist.stream().filter(i -> i.ticked().get()).forEach(i -> ticked.add(i.material()));
        UUID id = line.id();
        form.run(
                "task.care.recordStep",
                p -> {
                    List<UUID> members = new ArrayList<>();
                    if (needsPeople()) {
                        for (String n : names.split("[、，,\\s]+")) {
                            if (!n.isBlank()) {
                                members.add(development.memberNamed(n));
                            }
                        }
                    }
                    return development.step(
                            id,
                            step,
                            day,
                            doc,
                            new DevelopmentService.Details(members, days, hours, reason, ticked));
                },
                onSaved);
    }

    private static Integer number(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("[0-9]{1,4}") ? Integer.valueOf(t) : null;
    }

    // --- properties ------------------------------------------------------------------------------

    public DevelopmentStep step() {
        return step;
    }

    public LocalDate today() {
        return today;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    /** The people's names, separated by 、 (名字:身份号码后四位 when a name is not unique). */
    public StringProperty peopleProperty() {
        return people;
    }

    public StringProperty trainingDaysProperty() {
        return trainingDays;
    }

    public StringProperty trainingHoursProperty() {
        return trainingHours;
    }

    public StringProperty specialReasonProperty() {
        return specialReason;
    }

    public List<Item> checklist() {
        return checklist;
    }

    /** What is wrong with the day chosen, empty when nothing. */
    public StringBinding onMessageProperty() {
        return onMessage;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public CareForm<DevelopmentRecord> form() {
        return form;
    }
}
