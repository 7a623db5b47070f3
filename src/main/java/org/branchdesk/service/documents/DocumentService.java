package org.branchdesk.service.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.print.FontLibrary;
import org.branchdesk.print.Ledger;
import org.branchdesk.print.LedgerRenderer;
import org.branchdesk.print.Notice;
import org.branchdesk.print.NoticeRenderer;
import org.branchdesk.print.Rendered;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.service.paper.NoticeSource;
import org.branchdesk.service.paper.NoticeText;
import org.branchdesk.service.registers.OrgNames;
import org.branchdesk.service.registers.Registers;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.documents.DocumentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices and ledgers: printed from the registers, numbered from the dispatch register (notices,
 * when issued) or given a serial (every printed ledger), each with a verification code and a hash
 * per data row, so that {@link #verify} can later say whether the data behind a paper is unchanged,
 * and if not, which rows were added, removed or altered. Each use case is one transaction: a
 * document that fails to print takes no number.
 */
public final class DocumentService {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);
    private static final String NOTICE = DispatchRegister.NOTICE;
    private static final String LEDGER = DispatchRegister.LEDGER;

    private final Store store;
    private final Actor actor;
    private final Clock clock;
    private final Registers.Holder registers;
    private final LedgerRows ledgers;
    private final PrintFonts fonts;
    private final DispatchRegister dispatch;
    private final Map<LedgerKind, LedgerSource> ledgerSources;
    private final Map<NoticeKind, NoticeSource> noticeSources;

    /** With no capability's documents (the registers' own ledgers and notices only). */
    public DocumentService(
            Store store,
            Actor actor,
            Clock clock,
            Registers.Holder registers,
            LedgerRows ledgers,
            PrintFonts fonts) {
        this(store, actor, clock, registers, ledgers, fonts, Map.of(), Map.of());
    }

    /**
     * @param ledgerSources the ledgers that capabilities build in their own packages
     * @param noticeSources the notices that capabilities word about their own subjects
     */
    public DocumentService(
            Store store,
            Actor actor,
            Clock clock,
            Registers.Holder registers,
            LedgerRows ledgers,
            PrintFonts fonts,
            Map<LedgerKind, LedgerSource> ledgerSources,
            Map<NoticeKind, NoticeSource> noticeSources) {
        this.store = store;
        this.dispatch = new DispatchRegister(store);
        this.actor = actor;
        this.clock = clock;
        this.registers = registers;
        this.ledgers = ledgers;
        this.fonts = fonts;
        this.ledgerSources = Map.copyOf(ledgerSources);
        this.noticeSources = Map.copyOf(noticeSources);
    }

    /**
     * Reads the fonts and lays out a throwaway page on another thread (once per office), so that
     * the first document starts with its fonts read: the documents screen calls it as it opens.
     */
    public void prepare() {
        fonts.prepareInBackground();
    }

    /** What was printed: its number (or serial), code, pages and rows, and the file. */
    public record Printed(
            String number, String code, int pages, int rows, Path file, boolean draft) {}

    // ------------------------------------------------------------------ ledgers

    /**
     * A ledger's filters (one community or ({@code null}) the whole office, a compound, a week, a
     * period), the as-of date, and whether it is marked 内部资料.
     */
    public record LedgerRequest(
            LedgerKind kind, LedgerSource.Filter filter, LocalDate asOf, boolean internal) {
        public LedgerRequest {
            Objects.requireNonNull(kind, "kind");
            filter = filter == null ? LedgerSource.Filter.NONE : filter;
        }

        public LedgerRequest(LedgerKind kind, String community, LocalDate asOf, boolean internal) {
            this(kind, LedgerSource.Filter.community(community), asOf, internal);
        }

        /** Without the 内部资料 mark. */
        public LedgerRequest(LedgerKind kind, String community, LocalDate asOf) {
            this(kind, community, asOf, false);
        }

        public String community() {
            return filter.community();
        }

        /** The filters as the register of printed ledgers keeps them, for verification. */
        String parameters() {
            return LedgerParameters.format(filter);
        }
    }

    /** A ledger's rows: from the registers' own ledgers, or from the capability that builds it. */
    private LedgerTable table(StoreSession s, LedgerKind kind, LedgerSource.Filter filter) {
        LedgerSource source = ledgerSources.get(kind);
        if (source == null) {
            return ledgers.table(kind, filter.community());
        }
        Office office = office(s);
        return source.table(
                s,
                filter,
                new LedgerSource.Scope(
                        office.name(),
                        Messages.format("notice.defaultMark", office.name()),
                        LocalDate.now(clock)));
    }

    private LedgerTable table(LedgerKind kind, LedgerSource.Filter filter) {
        return ledgerSources.containsKey(kind)
                ? store.read(s -> table(s, kind, filter))
                : ledgers.table(kind, filter.community());
    }

    /**
     * Prints a ledger: takes its serial and code, writes the PDF and records it with a hash per
     * row. A preview takes neither and records nothing.
     */
    public Printed printLedger(LedgerRequest req, Path out, boolean preview) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = req.asOf() == null ? today : req.asOf();
        if (asOf.isAfter(today)) {
            throw new ValidationError("documents.asOf", "rule.dateInFuture");
        }
        if (preview) {
            LedgerTable table = table(req.kind(), req.filter());
            Rendered r =
                    new LedgerRenderer(fonts.get())
                            .render(
                                    ledger(
                                            table,
                                            req,
                                            asOf,
                                            today,
                                            Messages.format("document.preview"),
                                            null),
                                    now());
            write(out, r.pdf());
            return new Printed(null, null, r.pages(), table.rows().size(), out, true);
        }
        Issuing issued =
                Access.write(
                        store,
                        actor,
                        Permission.PRINT_LEDGERS,
                        s -> {
                            long t0 = System.nanoTime();
                            LedgerTable table = table(s, req.kind(), req.filter());
                            long t1 = System.nanoTime();
                            int year = today.getYear();
                            int seq = s.documents().nextSeq(LEDGER, req.kind().name(), year);
                            String serial =
                                    Messages.format(
                                            "document.ledgerSerial",
                                            office(s).docPrefix(),
                                            year,
                                            Messages.format("ledger.short." + req.kind().name()),
                                            seq);
                            String code = dispatch.newCode(s);
                            FontLibrary library = fonts.get();
                            long t2 = System.nanoTime();
                            Rendered r =
                                    new LedgerRenderer(library)
                                            .render(
                                                    ledger(table, req, asOf, today, serial, code),
                                                    now());
                            long t3 = System.nanoTime();
                            DocumentRepository.Issued doc =
                                    new DocumentRepository.Issued(
                                            UUID.randomUUID(),
                                            LEDGER,
                                            req.kind().name(),
                                            req.kind().name(),
                                            year,
                                            seq,
                                            serial,
                                            code,
                                            table.title(),
                                            req.parameters(),
                                            null,
                                            asOf,
                                            clock.instant(),
                                            actor.name(),
                                            r.pages(),
                                            table.rows().size(),
                                            1);
                            s.documents().insert(doc, DispatchRegister.hashes(table.rows()));
                            s.audit()
                                    .record(
                                            actor.name(),
                                            "issued_document",
                                            doc.id(),
                                            Action.CREATE,
                                            null,
                                            new Audited(
                                                    doc.number(),
                                                    doc.code(),
                                                    doc.title(),
                                                    doc.pages(),
                                                    doc.rows()));
                            LOG.info(
                                    "ledger {}: {} rows; data {} ms, fonts {} ms, render {} ms, register {} ms",
                                    req.kind(),
                                    table.rows().size(),
                                    (t1 - t0) / 1_000_000,
                                    (t2 - t1) / 1_000_000,
                                    (t3 - t2) / 1_000_000,
                                    (System.nanoTime() - t3) / 1_000_000);
                            return new Issuing(
                                    new Printed(
                                            serial,
                                            code,
                                            r.pages(),
                                            table.rows().size(),
                                            out,
                                            false),
                                    r.pdf());
                        });
        // written once the serial is on the register: a file never carries a serial given out again
        write(out, issued.pdf());
        return issued.printed();
    }

    /**
     * How long a ledger's parts take (for {@code bench print}): reading its rows, and laying out
     * the PDF.
     */
    public record Timing(long dataMicros, long renderMicros, int pages, int bytes) {}

    /**
     * Builds a ledger's rows and renders it, recording nothing, and says how long each part took.
     */
    public Timing timeLedger(LedgerRequest req) {
        LocalDate today = LocalDate.now(clock);
        long t0 = System.nanoTime();
        LedgerTable table = table(req.kind(), req.filter());
        long t1 = System.nanoTime();
        Rendered r =
                new LedgerRenderer(fonts.get())
                        .render(
                                ledger(
                                        table,
                                        req,
                                        today,
                                        today,
                                        Messages.format("document.preview"),
                                        "TEST-0000"),
                                now());
        long t2 = System.nanoTime();
        return new Timing((t1 - t0) / 1000, (t2 - t1) / 1000, r.pages(), r.pdf().length);
    }

    private Ledger ledger(
            LedgerTable table,
            LedgerRequest req,
            LocalDate asOf,
            LocalDate printedOn,
            String serial,
            String code) {
        List<Ledger.Row> rows = new ArrayList<>(table.rows().size());
        int index = 1;
        for (LedgerTable.Row r : table.rows()) {
            List<String> cells = new ArrayList<>(r.cells().size() + 1);
            cells.add(
                    Integer.toString(
                            index++)); // 序号 is printed, not hashed: it shifts when rows are added
            cells.addAll(r.cells());
            rows.add(new Ledger.Row(r.label(), cells));
        }
        // 内部资料 only when the clerk asks for it; no secrecy level is ever set automatically
        return new Ledger(
                table.title(),
                table.unit(),
                asOf,
                printedOn,
                req.kind().landscape(),
                table.columns(),
                rows,
                table.totals(),
                serial,
                code,
                req.internal() ? Messages.format("print.internal") : null,
                table.title());
    }

    /** What the audit log keeps of a printed document. */
    public record Audited(String number, String code, String title, int pages, int rows) {}

    // ------------------------------------------------------------------ notices

    /**
     * Prints a notice about its subject (an organization, a holding of a position, a renewal). A
     * draft shows {@code 〔2020〕 号} and takes no number; issuing (签发) takes the next number of the
     * dispatch register, once: issuing the same notice again reprints it with its number.
     */
    public Printed notice(
            NoticeKind kind, UUID subjectId, LocalDate signedOn, boolean issue, Path out) {
        if (!issue) {
            return store.read(
                    s -> {
                        NoticeWording.Content c = content(s, kind, subjectId, signedOn);
                        String number =
                                Messages.format(
                                        "document.noticeDraftNumber",
                                        c.prefix(),
                                        c.signedOn().getYear());
                        Rendered r =
                                new NoticeRenderer(fonts.get()).render(c.notice(number), now());
                        write(out, r.pdf());
                        return new Printed(number, null, r.pages(), 1, out, true);
                    });
        }
        Issuing done =
                Access.write(
                        store,
                        actor,
                        Permission.ISSUE_NOTICES,
                        s -> {
                            NoticeSource source = noticeSources.get(kind);
                            if (source != null) {
                                source.requireIssuable(s, subjectId);
                            }
                            var earlier = s.documents().noticeAbout(kind.name(), subjectId);
                            if (earlier.isPresent()) {
                                // a reprint is the document as issued: same number, same text, same
                                // date
                                DocumentRepository.Issued d = earlier.get();
                                byte[] pdf =
                                        s.documents()
                                                .pdf(d.id())
                                                .orElseGet(
                                                        () ->
                                                                new NoticeRenderer(fonts.get())
                                                                        .render(
                                                                                content(
                                                                                                s,
                                                                                                kind,
                                                                                                subjectId,
                                                                                                d
                                                                                                        .signedOn())
                                                                                        .notice(
                                                                                                d
                                                                                                        .number()),
                                                                                now())
                                                                        .pdf());
                                s.documents().reprinted(d.id());
                                s.audit()
                                        .record(
                                                actor.name(),
                                                "issued_document",
                                                d.id(),
                                                Action.UPDATE,
                                                null,
                                                new Audited(
                                                        d.number(),
                                                        d.code(),
                                                        d.title(),
                                                        d.pages(),
                                                        1));
                                return new Issuing(
                                        new Printed(d.number(), d.code(), d.pages(), 1, out, false),
                                        pdf);
                            }
                            NoticeWording.Content c = content(s, kind, subjectId, signedOn);
                            int year = c.signedOn().getYear();
                            int seq = s.documents().nextSeq(NOTICE, c.prefix(), year);
                            String number =
                                    Messages.format("document.noticeNumber", c.prefix(), year, seq);
                            String code = dispatch.newCode(s);
                            Rendered r =
                                    new NoticeRenderer(fonts.get()).render(c.notice(number), now());
                            DocumentRepository.Issued doc =
                                    new DocumentRepository.Issued(
                                            UUID.randomUUID(),
                                            NOTICE,
                                            kind.name(),
                                            c.prefix(),
                                            year,
                                            seq,
                                            number,
                                            code,
                                            c.title(),
                                            (kind.subject() == NoticeKind.Subject.ORGANIZATION
                                                            ? "org="
                                                            : kind.subject()
                                                                            .name()
                                                                            .toLowerCase(
                                                                                    Locale.ROOT)
                                                                    + "=")
                                                    + subjectId,
                                            subjectId,
                                            c.signedOn(),
                                            clock.instant(),
                                            actor.name(),
                                            r.pages(),
                                            1,
                                            1);
                            s.documents()
                                    .insert(
                                            doc,
                                            DispatchRegister.hashes(List.of(c.data())),
                                            r.pdf());
                            s.audit()
                                    .record(
                                            actor.name(),
                                            "issued_document",
                                            doc.id(),
                                            Action.CREATE,
                                            null,
                                            new Audited(number, code, c.title(), r.pages(), 1));
                            return new Issuing(
                                    new Printed(number, code, r.pages(), 1, out, false), r.pdf());
                        });
        // written once the number is on the register: a file never carries a number given out again
        write(out, done.pdf());
        return done.printed();
    }

    private record Issuing(Printed printed, byte[] pdf) {}

    private NoticeWording.Content content(
            StoreSession s, NoticeKind kind, UUID subjectId, LocalDate signedOn) {
        Office office = office(s);
        NoticeSource source = noticeSources.get(kind);
        if (source != null) {
            return capability(s, office, source.wording(s, subjectId, signedOn), subjectId);
        }
        PartyOrg org =
                s.orgs().find(subjectId).orElseThrow(() -> new UserError("error.org.notFound"));
        PartyOrg parent =
                org.parentId() == null ? null : s.orgs().find(org.parentId()).orElse(null);
        Registers snap = registers.get();
        List<String> places =
                org.compoundIds().stream()
                        .map(id -> snap.compoundNames().getOrDefault(id, ""))
                        .sorted(Collator.getInstance(Locale.CHINA))
                        .toList();
        return NoticeWording.of(
                kind,
                new NoticeWording.Facts(
                        office.docPrefix(),
                        issuingMark(s, office),
                        org,
                        parent,
                        places,
                        snap.headcount(org.id()),
                        signedOn,
                        LocalDate.now(clock)));
    }

    /** A capability's notice: worded by its capability, laid out like the others. */
    private NoticeWording.Content capability(
            StoreSession s, Office office, NoticeText w, UUID subjectId) {
        String mark = issuingMark(s, office);
        LocalDate today = LocalDate.now(clock);
        LocalDate printedOn = today.isBefore(w.signedOn()) ? w.signedOn() : today;
        String printedBy = Messages.format("notice.printedBy", mark);
        return new NoticeWording.Content(
                office.docPrefix(),
                w.title(),
                w.signedOn(),
                new LedgerTable.Row(subjectId.toString(), w.label(), w.facts()),
                number ->
                        new Notice(
                                mark,
                                true,
                                number,
                                w.title(),
                                w.addressee(),
                                w.body(),
                                List.of(),
                                mark,
                                w.signedOn(),
                                List.of(),
                                printedBy,
                                printedOn,
                                w.context()));
    }

    /** The red mark of the office's notices: as set, or 中共<office>工作委员会. */
    private static String issuingMark(StoreSession s, Office office) {
        String mark = s.office().issuingMark();
        return mark != null && !mark.isBlank()
                ? mark
                : Messages.format("notice.defaultMark", office.name());
    }

    /** The organizations notices can be issued about, by name as ledgers print it. */
    public record Subject(UUID id, String name, String type, String issuedNumber) {}

    public List<Subject> noticeSubjects() {
        return store.read(
                s -> {
                    List<Subject> out = new ArrayList<>();
                    for (PartyOrg o : s.orgs().list()) {
                        if (o.isActive() && o.type().isBranchLevel()) {
                            String issued =
                                    s.documents()
                                            .noticeAbout(NoticeKind.BRANCH_APPROVAL.name(), o.id())
                                            .or(
                                                    () ->
                                                            s.documents()
                                                                    .noticeAbout(
                                                                            NoticeKind.BRANCH_SETUP
                                                                                    .name(),
                                                                            o.id()))
                                            .map(DocumentRepository.Issued::number)
                                            .orElse(null);
                            out.add(
                                    new Subject(
                                            o.id(),
                                            o.name(),
                                            Messages.format("orgType." + o.type().name()),
                                            issued));
                        }
                    }
                    out.sort(
                            Comparator.comparing(
                                    Subject::name, Collator.getInstance(Locale.CHINA)));
                    return out;
                });
    }

    /**
     * The organization a clerk names, as ledgers print it or by its short code; refused, listing
     * the candidates, when none or several have it ({@link OrgNames}).
     */
    public UUID organizationNamed(String name) {
        return store.read(s -> OrgNames.resolve(s, name));
    }

    // ------------------------------------------------------------------ verification

    /** Checks a verification code ({@code XXXX-XXXX}) or a notice's number as printed. */
    public Verification verify(String codeOrNumber) {
        return new Verifier(store, this::currentRows).verify(codeOrNumber);
    }

    private List<LedgerTable.Row> currentRows(StoreSession s, DocumentRepository.Issued d) {
        if (NOTICE.equals(d.category())) {
            NoticeKind kind = NoticeKind.valueOf(d.kind());
            NoticeSource source = noticeSources.get(kind);
            boolean exists =
                    source == null
                            ? s.orgs().find(d.subjectId()).isPresent()
                            : source.exists(s, d.subjectId());
            if (!exists) {
                return List.of();
            }
            return List.of(
                    content(s, NoticeKind.valueOf(d.kind()), d.subjectId(), d.signedOn()).data());
        }
        return table(s, LedgerKind.valueOf(d.kind()), LedgerParameters.parse(d.parameters()))
                .rows();
    }

    // ------------------------------------------------------------------ registers

    /**
     * The newest issued notices and printed ledgers, of one category ({@code NOTICE}, {@code
     * LEDGER}) or both.
     */
    public List<DispatchRegister.Entry> register(String category, int limit) {
        return dispatch.register(category, limit);
    }

    // ------------------------------------------------------------------ helpers

    private static Office office(StoreSession s) {
        return s.office().find().orElseThrow(() -> new UserError("error.office.notInitialized"));
    }

    private Calendar now() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
        c.setTimeInMillis(clock.millis());
        return c;
    }

    private static void write(Path out, byte[] pdf) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, pdf);
        } catch (IOException e) {
            throw new UserError(e, "error.file.cannotWrite", out);
        }
    }
}
