package org.branchdesk.ui.documents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.places.Community;
import org.branchdesk.print.PdfPages;
import org.branchdesk.service.documents.DispatchRegister;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.service.office.OfficeService;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.Desk;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.PdfOutput;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The documents screen: what can be printed (ledgers with their filters, notices about a branch), a
 * preview that pages and zooms, printing, saving as PDF, opening in the system's viewer; the
 * registers of issued documents; and verification of a code from paper. Printing, saving or opening
 * a ledger records it (serial and code); a preview records nothing.
 */
public final class DocumentsViewModel {
    /** What the screen can print. */
    public enum Item {
        LEDGER_ORG,
        LEDGER_COMPOUNDS,
        LEDGER_OWNERLESS,
        LEDGER_DISTRIBUTION,
        LEDGER_MEMBERS,
        LEDGER_SECRETARIES,
        LEDGER_APPOINTMENTS,
        LEDGER_ROSTER,
        LEDGER_HOURS,
        LEDGER_REPORTING,
        LEDGER_ASSISTANCE,
        LEDGER_AREAS,
        LEDGER_PAYMENTS,
        LEDGER_SOLICITUDE,
        LEDGER_SUPPLIES,
        LEDGER_COMMENDATIONS,
        LEDGER_DEVELOPMENT,
        NOTICE_BRANCH_APPROVAL,
        NOTICE_BRANCH_SETUP;

        public boolean isNotice() {
            return name().startsWith("NOTICE_");
        }

        LedgerKind ledger() {
            return LedgerKind.valueOf(name().substring("LEDGER_".length()));
        }

        /** Whether a ledger of this item is printed with {@code f} (never a notice). */
        public boolean takes(LedgerKind.Filter f) {
            return !isNotice() && ledger().filters().contains(f);
        }

        NoticeKind notice() {
            return NoticeKind.valueOf(name().substring("NOTICE_".length()));
        }
    }

    static final float PREVIEW_DPI = 110f;
    private final DocumentService documents;
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final PdfOutput output;
    private final Path scratch;

    private final ObjectProperty<Item> item = new SimpleObjectProperty<>(Item.LEDGER_ORG);
    private final StringProperty community = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final StringProperty compound = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> week = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<String> compounds = FXCollections.observableArrayList();
    private final java.util.Map<String, java.util.UUID> communityIds = new java.util.HashMap<>();
    private final BooleanProperty internal = new SimpleBooleanProperty(false);
    private final ObjectProperty<DocumentService.Subject> subject = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    private final ObservableList<String> communities = FXCollections.observableArrayList();
    private final ObservableList<DocumentService.Subject> subjects =
            FXCollections.observableArrayList();

    private final ObjectProperty<Path> current = new SimpleObjectProperty<>();

    /** Whether the current file is what was recorded (a printed ledger, an issued notice). */
    private final BooleanProperty recorded = new SimpleBooleanProperty(false);

    private final StringProperty currentLabel = new SimpleStringProperty("");
    private final IntegerProperty pages = new SimpleIntegerProperty(0);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<PdfPages.Image> pageImage = new SimpleObjectProperty<>();

    private final ObservableList<DispatchRegister.Entry> register =
            FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<Verification> verification = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private int renderNumber;
    private boolean refreshing;

    private final OfficeService office;
    private final StringProperty issuingMark = new SimpleStringProperty("");
    private String savedMark = "";

    /** The office's time zone, for the times a screen shows. */
    public ZoneId zone() {
        return office.clock().getZone();
    }

    public DocumentsViewModel(
            DocumentService documents,
            PlacesService places,
            OfficeService office,
            TaskExecutor tasks,
            Desk desk,
            Path scratch) {
        this.office = office;
        issuingMark.addListener((o, a, b) -> clearCurrent());
        this.documents = documents;
        this.places = places;
        this.tasks = tasks;
        this.output = new PdfOutput(tasks, desk);
        this.scratch = scratch;
        item.addListener((o, a, b) -> clearCurrent());
        community.addListener((o, a, b) -> clearCurrent());
        asOf.addListener((o, a, b) -> clearCurrent());
        compound.addListener((o, a, b) -> clearCurrent());
        week.addListener((o, a, b) -> clearCurrent());
        from.addListener((o, a, b) -> clearCurrent());
        to.addListener((o, a, b) -> clearCurrent());
        week.set(LocalDate.now(office.clock())); // a roster ledger proposes the office's week
        community.addListener((o, a, b) -> loadCompounds(b));
        internal.addListener((o, a, b) -> clearCurrent());
        subject.addListener((o, a, b) -> clearCurrent());
        signedOn.addListener((o, a, b) -> clearCurrent());
        page.addListener((o, a, b) -> renderPage());
    }

    /** Loads the choices (communities, branches) and the registers. */
    public void reload() {
        documents.prepare(); // the fonts are read while the clerk chooses what to print
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadDocuments"),
                                p ->
                                        new Object[] {
                                            places.communities(),
                                            documents.noticeSubjects(),
                                            documents.register(null, 500),
                                            office.issuingMark()
                                        })
                        .onSuccess(
                                r -> {
                                    refreshing = true;
                                    savedMark = (String) r[3];
                                    issuingMark.set(savedMark);
                                    refreshing = false;
                                    @SuppressWarnings("unchecked")
                                    List<Community> all = (List<Community>) r[0];
                                    all.forEach(x -> communityIds.put(x.name(), x.id()));
                                    List<String> c = all.stream().map(Community::name).toList();
                                    @SuppressWarnings("unchecked")
                                    List<DocumentService.Subject> s =
                                            (List<DocumentService.Subject>) r[1];
                                    @SuppressWarnings("unchecked")
                                    List<DispatchRegister.Entry> e =
                                            (List<DispatchRegister.Entry>) r[2];
                                    communities.setAll(c);
                                    DocumentService.Subject keep = subject.get();
                                    refreshing =
                                            true; // the same branch, now showing its number: what
                                    // is shown stays
                                    subjects.setAll(s);
                                    subject.set(
                                            keep == null
                                                    ? null
                                                    : s.stream()
                                                            .filter(x -> x.id().equals(keep.id()))
                                                            .findFirst()
                                                            .orElse(null));
                                    refreshing = false;
                                    register.setAll(e);
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The compounds of the community chosen, for the ledgers printed per compound. */
    private void loadCompounds(String communityName) {
        compound.set(null);
        java.util.UUID id = communityName == null ? null : communityIds.get(communityName);
        if (id == null) {
            compounds.clear();
            return;
        }
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadDocuments"), p -> places.compounds(id))
                        .onSuccess(
                                list -> {
                                    if (communityName.equals(community.get())) {
                                        compounds.setAll(
                                                list.stream()
                                                        .map(
                                                                org.branchdesk.domain.places
                                                                                .Compound
                                                                        ::name)
                                                        .toList());
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void clearCurrent() {
        if (refreshing) {
            return;
        }
        current.set(null);
        recorded.set(false);
        currentLabel.set("");
        pages.set(0);
        pageImage.set(null);
    }

    /**
     * Renders what is chosen without recording anything: a ledger unnumbered, a notice as a draft.
     */
    public void preview() {
        generate(false, path -> {});
    }

    /**
     * Issues (签发) the chosen notice: the next number of the dispatch register, or its own on a
     * reprint.
     */
    public void issue() {
        if (!item.get().isNotice()) {
            return;
        }
        generate(
                true,
                path ->
                        notice.set(
                                Notice.success(I18n.text("documents.issued", currentLabel.get()))));
    }

    /**
     * Prints: the clerk chooses a printer first; only then is a ledger recorded (serial, code), so
     * a cancelled print leaves nothing in the register. A notice prints as shown.
     */
    public void print() {
        if (item.get().isNotice() && subject.get() == null) {
            notice.set(
                    Notice.failure(
                            I18n.text(
                                    "documents.chooseOrg"))); // before the print dialog, not after
            // it
            return;
        }
        String job = I18n.text("documents.item." + item.get().name());
        output.choosePrinter(job, this::printOn, e -> notice.set(Notice.failure(e)));
    }

    private void printOn(Object printer) {
        withFinal(
                path ->
                        output.print(
                                printer,
                                path,
                                () ->
                                        notice.set(
                                                Notice.success(
                                                        I18n.text(
                                                                "documents.printed",
                                                                currentLabel.get()))),
                                e -> notice.set(Notice.failure(e))));
    }

    /** Saves the document as a PDF where the clerk chose. */
    public void saveAs(Path target) {
        withFinal(
                path ->
                        output.save(
                                path,
                                target,
                                t ->
                                        notice.set(
                                                Notice.success(
                                                        I18n.text(
                                                                "documents.saved",
                                                                currentLabel.get(),
                                                                t))),
                                e -> notice.set(Notice.failure(e))));
    }

    /** Opens the document in the system's PDF viewer. */
    public void openExternally() {
        withFinal(path -> output.open(path, e -> notice.set(Notice.failure(e))));
    }

    private void withFinal(Consumer<Path> action) {
        boolean ledger = !item.get().isNotice();
        if (current.get() != null && (recorded.get() || !ledger)) {
            action.accept(current.get());
            return;
        }
        generate(ledger, action);
    }

    private void generate(boolean record, Consumer<Path> then) {
        Item what = item.get();
        if (what.isNotice() && subject.get() == null) {
            notice.set(Notice.failure(I18n.text("documents.chooseOrg")));
            return;
        }
        String c = community.get();
        LocalDate date = what.takes(LedgerKind.Filter.AS_OF) ? asOf.get() : null;
        LedgerSource.Filter filter =
                new LedgerSource.Filter(
                        c,
                        c != null && what.takes(LedgerKind.Filter.COMPOUND) ? compound.get() : null,
                        what.takes(LedgerKind.Filter.WEEK) ? week.get() : null,
                        what.takes(LedgerKind.Filter.PERIOD) ? from.get() : null,
                        what.takes(LedgerKind.Filter.PERIOD) ? to.get() : null);
        boolean internalMark = internal.get();
        DocumentService.Subject s = subject.get();
        LocalDate signed = signedOn.get();
        Path file = scratch.resolve("document-" + System.nanoTime() + ".pdf");
        String mark = issuingMark.get();
        boolean markChanged = what.isNotice() && mark != null && !mark.equals(savedMark);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text(record ? "task.printDocument" : "task.previewDocument"),
                                p -> {
                                    p.update(-1, 1);
                                    if (markChanged) {
                                        office.setIssuingMark(
                                                mark); // the office's mark, kept for every later
                                        // notice
                                    }
                                    DocumentService.Printed printed =
                                            what.isNotice()
                                                    ? documents.notice(
                                                            what.notice(),
                                                            s.id(),
                                                            signed,
                                                            record,
                                                            file)
                                                    : documents.printLedger(
                                                            new DocumentService.LedgerRequest(
                                                                    what.ledger(),
                                                                    filter,
                                                                    date,
                                                                    internalMark),
                                                            file,
                                                            !record);
                                    return new Object[] {printed, PdfPages.count(file)};
                                })
                        .onSuccess(
                                r -> {
                                    if (markChanged) {
                                        savedMark = mark; // on the JavaFX thread, like every other
                                        // field of the ViewModel
                                    }
                                    DocumentService.Printed printed =
                                            (DocumentService.Printed) r[0];
                                    current.set(printed.file());
                                    recorded.set(!printed.draft());
                                    currentLabel.set(
                                            printed.draft()
                                                    ? I18n.text(
                                                            "documents.draftLabel", printed.pages())
                                                    : printed.code() == null || what.isNotice()
                                                            ? printed.number()
                                                            : I18n.text(
                                                                    "documents.recordedLabel",
                                                                    printed.number(),
                                                                    printed.code()));
                                    pages.set((Integer) r[1]);
                                    if (page.get() == 0) {
                                        renderPage();
                                    } else {
                                        page.set(0);
                                    }
                                    if (!printed.draft()) {
                                        reload(); // the registers have a new line
                                    }
                                    then.accept(printed.file());
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void renderPage() {
        Path file = current.get();
        int index = page.get();
        if (file == null || index < 0 || index >= pages.get()) {
            return;
        }
        int number = ++renderNumber;
        float dpi = (float) (PREVIEW_DPI * zoom.get());
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.renderPage"),
                                p -> PdfPages.render(file, index, dpi))
                        .onSuccess(
                                img -> {
                                    if (number == renderNumber) {
                                        pageImage.set(img);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public void nextPage() {
        if (page.get() + 1 < pages.get()) {
            page.set(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    public void zoomIn() {
        zoom.set(Math.min(3.0, zoom.get() * 1.25));
        renderPage();
    }

    public void zoomOut() {
        zoom.set(Math.max(0.4, zoom.get() / 1.25));
        renderPage();
    }

    /** Checks the code typed from paper (or a notice's number). */
    public void verify() {
        String typed = code.get();
        if (typed == null || typed.isBlank()) {
            return;
        }
        tasks.execute(
                BackgroundTask.of(I18n.text("task.verify"), p -> documents.verify(typed))
                        .onSuccess(verification::set)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The verification as a clerk reads it. */
    public String describe(Verification v) {
        if (v == null) {
            return "";
        }
        if (v.status() == Verification.Status.UNKNOWN) {
            return I18n.text("documents.verify.unknown");
        }
        StringBuilder b =
                new StringBuilder(
                        I18n.text(
                                "documents.verify.document",
                                v.number(),
                                v.title(),
                                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                        .format(v.printedAt().atZone(office.clock().getZone())),
                                v.printedBy()));
        b.append('\n');
        if (v.status() == Verification.Status.UNCHANGED) {
            return b.append(I18n.text("verify.unchanged")).toString();
        }
        b.append(
                I18n.text(
                        "verify.changed",
                        v.added().size(),
                        v.removed().size(),
                        v.altered().size()));
        v.added().stream()
                .limit(50)
                .forEach(l -> b.append('\n').append(I18n.text("verify.added", l)));
        v.removed().stream()
                .limit(50)
                .forEach(l -> b.append('\n').append(I18n.text("verify.removed", l)));
        v.altered().stream()
                .limit(50)
                .forEach(l -> b.append('\n').append(I18n.text("verify.altered", l)));
        return b.toString();
    }

    /** The red issuing-authority mark of notices (a setting of the office). */
    public StringProperty issuingMarkProperty() {
        return issuingMark;
    }

    public ObjectProperty<Item> itemProperty() {
        return item;
    }

    public StringProperty communityProperty() {
        return community;
    }

    /** A compound of the community chosen, for the ledgers that take one ({@code null}: all). */
    public StringProperty compoundProperty() {
        return compound;
    }

    /** The compounds of the community chosen. */
    public ObservableList<String> compounds() {
        return compounds;
    }

    /** Any day of the week a roster ledger is printed for (the office's today at first). */
    public ObjectProperty<LocalDate> weekProperty() {
        return week;
    }

    /** The first day of the period an hours ledger covers ({@code null}: from the first shift). */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day of that period ({@code null}: to the last shift). */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Whether ledgers carry the 内部资料 mark (only when the clerk asks for it). */
    public BooleanProperty internalProperty() {
        return internal;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<DocumentService.Subject> subjectProperty() {
        return subject;
    }

    public ObjectProperty<LocalDate> signedOnProperty() {
        return signedOn;
    }

    public ObservableList<String> communities() {
        return communities;
    }

    public ObservableList<DocumentService.Subject> subjects() {
        return subjects;
    }

    public ObjectProperty<Path> currentProperty() {
        return current;
    }

    public BooleanProperty recordedProperty() {
        return recorded;
    }

    public StringProperty currentLabelProperty() {
        return currentLabel;
    }

    public IntegerProperty pagesProperty() {
        return pages;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<PdfPages.Image> pageImageProperty() {
        return pageImage;
    }

    public ObservableList<DispatchRegister.Entry> register() {
        return register;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<Verification> verificationProperty() {
        return verification;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
