package org.branchdesk.service.documents;

import org.branchdesk.domain.accounts.Permission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.print.FontLibrary;
import org.branchdesk.print.Ledger;
import org.branchdesk.print.LedgerRenderer;
import org.branchdesk.print.Notice;
import org.branchdesk.print.NoticeRenderer;
import org.branchdesk.print.Rendered;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.documents.DocumentRepository;
import org.branchdesk.store.documents.DocumentRepository.RowHash;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.Registers;

/**
 * Notices and ledgers: printed from the registers, numbered from the dispatch register (notices,
 * when issued) or given a serial (every printed ledger), each with a verification code and a
 * hash per data row, so that {@link #verify} can later say whether the data behind a paper is
 * unchanged, and if not, which rows were added, removed or altered. Each use case is one
 * transaction: a document that fails to print takes no number.
 */
public final class DocumentService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentService.class);
    static final String NOTICE = "NOTICE";
    static final String LEDGER = "LEDGER";
    private static final String CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Store store;
    private final Actor actor;
    private final Clock clock;
    private final Registers.Holder registers;
    private final LedgerRows ledgers;
    private final PrintFonts fonts;
    private final SecureRandom random = new SecureRandom();

    public DocumentService(Store store, Actor actor, Clock clock, Registers.Holder registers, LedgerRows ledgers,
                    PrintFonts fonts) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
        this.registers = registers;
        this.ledgers = ledgers;
        this.fonts = fonts;
    }

    /**
     * Reads the fonts and lays out a throwaway page on another thread (once per office), so that
     * the first document starts with its fonts read: the documents screen calls it as it opens.
     */
    public void prepare() {
        fonts.prepareInBackground();
    }

    /** What was printed: its number (or serial), code, pages and rows, and the file. */
    public record Printed(String number, String code, int pages, int rows, Path file, boolean draft) {
    }

    // ------------------------------------------------------------------ ledgers

    /** A ledger's filters: one community or ({@code null}) the whole office, and the as-of date. */
    public record LedgerRequest(LedgerKind kind, String community, LocalDate asOf, boolean internal) {
        /** Without the 内部资料 mark. */
        public LedgerRequest(LedgerKind kind, String community, LocalDate asOf) {
            this(kind, community, asOf, false);
        }

        String parameters() {
            return community == null ? "" : "community=" + community;
        }
    }

    /**
     * Prints a ledger: takes its serial and code, writes the PDF and records it with a hash per
     * row. A preview takes neither and records nothing.
     */
    public Printed printLedger(LedgerRequest req, Path out, boolean preview) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = req.asOf() == null ? today : req.asOf();
        if (asOf.isAfter(today)) {
            throw new org.branchdesk.domain.common.ValidationError("documents.asOf", "rule.dateInFuture");
        }
        if (preview) {
            LedgerRows.Table table = ledgers.table(req.kind(), req.community());
            Rendered r = new LedgerRenderer(fonts.get()).render(ledger(table, req, asOf, today,
                    UserError.format("document.preview"), null), now());
            write(out, r.pdf());
            return new Printed(null, null, r.pages(), table.rows().size(), out, true);
        }
        Issuing issued = Access.write(store, actor, Permission.PRINT_LEDGERS, s -> {
            long t0 = System.nanoTime();
            LedgerRows.Table table = ledgers.table(req.kind(), req.community());
            long t1 = System.nanoTime();
            int year = today.getYear();
            int seq = s.documents().nextSeq(LEDGER, req.kind().name(), year);
            String serial = UserError.format("document.ledgerSerial", office(s).docPrefix(), year,
                    UserError.format("ledger.short." + req.kind().name()), seq);
            String code = newCode(s);
            FontLibrary library = fonts.get();
            long t2 = System.nanoTime();
            Rendered r = new LedgerRenderer(library).render(ledger(table, req, asOf, today, serial, code), now());
            long t3 = System.nanoTime();
            DocumentRepository.Issued doc = new DocumentRepository.Issued(UUID.randomUUID(), LEDGER,
                    req.kind().name(), req.kind().name(), year, seq, serial, code, table.title(), req.parameters(),
                    null, asOf, clock.instant(), actor.name(), r.pages(), table.rows().size(), 1);
            s.documents().insert(doc, hashes(table.rows()));
            s.audit().record(actor.name(), "issued_document", doc.id(), Action.CREATE, null,
                    new Audited(doc.number(), doc.code(), doc.title(), doc.pages(), doc.rows()));
            LOG.info("ledger {}: {} rows; data {} ms, fonts {} ms, render {} ms, register {} ms",
                    req.kind(), table.rows().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
            return new Issuing(new Printed(serial, code, r.pages(), table.rows().size(), out, false), r.pdf());
        });
        // written once the serial is on the register: a file never carries a serial given out again
        write(out, issued.pdf());
        return issued.printed();
    }

    /** How long a ledger's parts take (for {@code bench print}): reading its rows, and laying out the PDF. */
    public record Timing(long dataMicros, long renderMicros, int pages, int bytes) {
    }

    /** Builds a ledger's rows and renders it, recording nothing, and says how long each part took. */
    public Timing timeLedger(LedgerRequest req) {
        LocalDate today = LocalDate.now(clock);
        long t0 = System.nanoTime();
        LedgerRows.Table table = ledgers.table(req.kind(), req.community());
        long t1 = System.nanoTime();
        Rendered r = new LedgerRenderer(fonts.get()).render(ledger(table, req, today, today,
                UserError.format("document.preview"), "TEST-0000"), now());
        long t2 = System.nanoTime();
        return new Timing((t1 - t0) / 1000, (t2 - t1) / 1000, r.pages(), r.pdf().length);
    }

    private Ledger ledger(LedgerRows.Table table, LedgerRequest req, LocalDate asOf, LocalDate printedOn,
                          String serial, String code) {
        List<Ledger.Row> rows = new ArrayList<>(table.rows().size());
        int index = 1;
        for (LedgerRows.DataRow r : table.rows()) {
            List<String> cells = new ArrayList<>(r.cells().size() + 1);
            cells.add(Integer.toString(index++)); // 序号 is printed, not hashed: it shifts when rows are added
            cells.addAll(r.cells());
            rows.add(new Ledger.Row(r.label(), cells));
        }
        // 内部资料 only when the clerk asks for it; no secrecy level is ever set automatically
        return new Ledger(table.title(), table.unit(), asOf, printedOn, req.kind().landscape(), table.columns(), rows,
                table.totals(), serial, code, req.internal() ? UserError.format("print.internal") : null,
                table.title());
    }

    /** What the audit log keeps of a printed document. */
    public record Audited(String number, String code, String title, int pages, int rows) {
    }

    // ------------------------------------------------------------------ notices

    /**
     * Prints a notice about a party organization. A draft shows {@code 〔2020〕  号} and takes no
     * number; issuing (签发) takes the next number of the dispatch register, once: issuing the
     * same notice again reprints it with its number.
     */
    public Printed notice(NoticeKind kind, UUID orgId, LocalDate signedOn, boolean issue, Path out) {
        if (!issue) {
            return store.read(s -> {
                NoticeContent c = content(s, kind, orgId, signedOn);
                String number = UserError.format("document.noticeDraftNumber", c.prefix(), c.signedOn().getYear());
                Rendered r = new NoticeRenderer(fonts.get()).render(c.notice(number), now());
                write(out, r.pdf());
                return new Printed(number, null, r.pages(), 1, out, true);
            });
        }
        Issuing done = Access.write(store, actor, Permission.ISSUE_NOTICES, s -> {
            var earlier = s.documents().noticeAbout(kind.name(), orgId);
            if (earlier.isPresent()) {
                // a reprint is the document as issued: same number, same text, same date
                DocumentRepository.Issued d = earlier.get();
                byte[] pdf = s.documents().pdf(d.id()).orElseGet(() -> new NoticeRenderer(fonts.get())
                        .render(content(s, kind, orgId, d.signedOn()).notice(d.number()), now()).pdf());
                s.documents().reprinted(d.id());
                s.audit().record(actor.name(), "issued_document", d.id(), Action.UPDATE, null,
                        new Audited(d.number(), d.code(), d.title(), d.pages(), 1));
                return new Issuing(new Printed(d.number(), d.code(), d.pages(), 1, out, false), pdf);
            }
            NoticeContent c = content(s, kind, orgId, signedOn);
            int year = c.signedOn().getYear();
            int seq = s.documents().nextSeq(NOTICE, c.prefix(), year);
            String number = UserError.format("document.noticeNumber", c.prefix(), year, seq);
            String code = newCode(s);
            Rendered r = new NoticeRenderer(fonts.get()).render(c.notice(number), now());
            DocumentRepository.Issued doc = new DocumentRepository.Issued(UUID.randomUUID(), NOTICE, kind.name(),
                    c.prefix(), year, seq, number, code, c.title(), "org=" + orgId, orgId, c.signedOn(),
                    clock.instant(), actor.name(), r.pages(), 1, 1);
            s.documents().insert(doc, hashes(List.of(c.data())), r.pdf());
            s.audit().record(actor.name(), "issued_document", doc.id(), Action.CREATE, null,
                    new Audited(number, code, c.title(), r.pages(), 1));
            return new Issuing(new Printed(number, code, r.pages(), 1, out, false), r.pdf());
        });
        // written once the number is on the register: a file never carries a number given out again
        write(out, done.pdf());
        return done.printed();
    }

    private record Issuing(Printed printed, byte[] pdf) {
    }

    private record NoticeContent(String prefix, String title, LocalDate signedOn, LedgerRows.DataRow data,
                                 java.util.function.Function<String, Notice> maker) {
        Notice notice(String number) {
            return maker.apply(number);
        }
    }

    private NoticeContent content(StoreSession s, NoticeKind kind, UUID orgId, LocalDate signedOn) {
        Office office = office(s);
        PartyOrg org = s.orgs().find(orgId).orElseThrow(() -> new UserError("error.org.notFound"));
        if (!org.type().isBranchLevel()) {
            throw new UserError("error.notice.notABranch", org.name());
        }
        PartyOrg parent = org.parentId() == null ? null : s.orgs().find(org.parentId()).orElse(null);
        LocalDate signed = signedOn != null ? signedOn : org.establishedOn();
        if (signed == null) {
            throw new UserError("error.notice.noSignedOn", org.name());
        }
        String mark = issuingMark(s, office);
        Registers snap = registers.get();
        Registers.Headcount counts = snap.headcount(org.id());
        List<String> places = org.compoundIds().stream().map(id -> snap.compoundNames().getOrDefault(id, ""))
                .sorted(java.text.Collator.getInstance(java.util.Locale.CHINA)).toList();
        String placeText = String.join(UserError.format("list.separator"), places);
        String parentName = parent == null ? mark : parent.fullName();
        String title = UserError.format("notice.title." + kind.name(), org.fullName());
        List<Notice.Paragraph> body = new ArrayList<>();
        if (kind == NoticeKind.BRANCH_APPROVAL) {
            if (org.requestTitle() == null) {
                throw new UserError("error.notice.noRequest", org.name());
            }
            body.add(Notice.Paragraph.body(UserError.format("notice.approval.opening", stripBookQuotes(org.requestTitle()),
                    org.requestNo() == null ? "" : UserError.format("notice.approval.requestNo", org.requestNo()),
                    org.fullName(), parentName)));
        } else {
            body.add(Notice.Paragraph.body(UserError.format("notice.setup.opening",
                    places.isEmpty() ? org.name() : placeText, org.fullName(), parentName)));
        }
        if (!places.isEmpty()) {
            body.add(Notice.Paragraph.body(UserError.format("notice.places", org.name(), placeText, counts.all(),
                    counts.full())));
        }
        body.add(Notice.Paragraph.body(UserError.format(
                BranchRules.leadershipFor(counts.full()) == BranchRules.Leadership.COMMITTEE
                        ? "notice.leadership.committee" : "notice.leadership.secretary",
                BranchRules.COMMITTEE_THRESHOLD)));
        body.add(Notice.Paragraph.body(UserError.format("notice.closing." + kind.name())));
        String parentLabel = parent == null ? "" : parent.fullName();
        String addressee = kind == NoticeKind.BRANCH_APPROVAL ? parentName : UserError.format("notice.setup.addressee");
        LedgerRows.DataRow data = new LedgerRows.DataRow(org.id().toString(), org.name(), List.of(org.fullName(),
                parentLabel, placeText, String.valueOf(org.establishedOn()), String.valueOf(org.requestTitle()),
                String.valueOf(org.requestNo()), Integer.toString(counts.all()), Integer.toString(counts.full())));
        String printedBy = UserError.format("notice.printedBy", mark);
        LocalDate printedOn = LocalDate.now(clock).isBefore(signed) ? signed : LocalDate.now(clock);
        return new NoticeContent(office.docPrefix(), title, signed, data, number -> new Notice(mark, true, number,
                title, addressee, body, List.of(), mark, signed, List.of(), printedBy, printedOn, org.name()));
    }

    private static String stripBookQuotes(String title) {
        return title.replaceAll("^《|》$", "");
    }

    /** The red mark of the office's notices: as set, or 中共<office>工作委员会. */
    private static String issuingMark(StoreSession s, Office office) {
        String mark = s.office().issuingMark();
        return mark != null && !mark.isBlank() ? mark : UserError.format("notice.defaultMark", office.name());
    }

    /** The organizations notices can be issued about, by name as ledgers print it. */
    public record Subject(UUID id, String name, String type, String issuedNumber) {
    }

    public List<Subject> noticeSubjects() {
        return store.read(s -> {
            List<Subject> out = new ArrayList<>();
            for (PartyOrg o : s.orgs().list()) {
                if (o.isActive() && o.type().isBranchLevel()) {
                    String issued = s.documents().noticeAbout(NoticeKind.BRANCH_APPROVAL.name(), o.id())
                            .or(() -> s.documents().noticeAbout(NoticeKind.BRANCH_SETUP.name(), o.id()))
                            .map(DocumentRepository.Issued::number).orElse(null);
                    out.add(new Subject(o.id(), o.name(), UserError.format("orgType." + o.type().name()), issued));
                }
            }
            out.sort(java.util.Comparator.comparing(Subject::name, java.text.Collator.getInstance(java.util.Locale.CHINA)));
            return out;
        });
    }

    /** The organization of a name, as ledgers print it; refused when none or several have it. */
    public UUID organizationNamed(String name) {
        return store.read(s -> {
            // dissolved organizations count: a successor of the same name makes the name ambiguous
            List<PartyOrg> hits = s.orgs().list().stream()
                    .filter(o -> o.name().equals(name) || o.fullName().equals(name)).toList();
            if (hits.isEmpty()) {
                throw new UserError("error.notice.noSuchOrg", name);
            }
            if (hits.size() > 1) {
                throw new UserError("error.notice.ambiguousOrg", name, hits.size());
            }
            return hits.get(0).id();
        });
    }

    // ------------------------------------------------------------------ verification

    /** Whether the data behind a printed document is unchanged, changed (and how), or unknown. */
    public record Verification(Status status, String number, String title, Instant printedAt, String printedBy,
                               List<String> added, List<String> removed, List<String> altered) {
        public enum Status { UNCHANGED, CHANGED, UNKNOWN }
    }

    /** Checks a verification code ({@code XXXX-XXXX}) or a notice's number as printed. */
    public Verification verify(String codeOrNumber) {
        String q = codeOrNumber == null ? "" : codeOrNumber.trim().toUpperCase(java.util.Locale.ROOT);
        if (q.matches("[A-Z0-9]{8}")) {
            q = q.substring(0, 4) + "-" + q.substring(4);
        }
        String key = q;
        return store.read(s -> {
            var found = key.matches("[A-Z0-9]{4}-[A-Z0-9]{4}") ? s.documents().byCode(key)
                    : s.documents().byNumber(codeOrNumber.trim());
            if (found.isEmpty()) {
                return new Verification(Verification.Status.UNKNOWN, null, null, null, null, List.of(), List.of(),
                        List.of());
            }
            DocumentRepository.Issued d = found.get();
            Map<String, RowHash> then = s.documents().rows(d.id());
            List<LedgerRows.DataRow> current;
            try {
                current = currentRows(s, d);
            } catch (UserError e) {
                current = List.of(); // what was printed can no longer be built (a community renamed, ...)
            }
            List<String> added = new ArrayList<>();
            List<String> altered = new ArrayList<>();
            Map<String, RowHash> remaining = new LinkedHashMap<>(then);
            for (RowHash now : hashes(current)) {
                RowHash before = remaining.remove(now.key());
                if (before == null) {
                    added.add(now.label());
                } else if (!before.hash().equals(now.hash())) {
                    altered.add(now.label());
                }
            }
            List<String> removed = remaining.values().stream().map(RowHash::label).toList();
            boolean same = added.isEmpty() && altered.isEmpty() && removed.isEmpty();
            return new Verification(same ? Verification.Status.UNCHANGED : Verification.Status.CHANGED, d.number(),
                    d.title(), d.issuedAt(), d.issuedBy(), added, removed, altered);
        });
    }

    private List<LedgerRows.DataRow> currentRows(StoreSession s, DocumentRepository.Issued d) {
        if (NOTICE.equals(d.category())) {
            if (s.orgs().find(d.subjectId()).isEmpty()) {
                return List.of();
            }
            return List.of(content(s, NoticeKind.valueOf(d.kind()), d.subjectId(), d.signedOn()).data());
        }
        String community = d.parameters() != null && d.parameters().startsWith("community=")
                ? d.parameters().substring("community=".length()) : null;
        return ledgers.table(LedgerKind.valueOf(d.kind()), community).rows();
    }

    // ------------------------------------------------------------------ registers

    /** A line of the registers of issued documents. */
    public record Entry(String category, String kind, String number, String code, String title, Instant issuedAt,
                        String issuedBy, int pages, int rows, int printings) {
    }

    /** The newest issued notices and printed ledgers, of one category ({@code NOTICE}, {@code LEDGER}) or both. */
    public List<Entry> register(String category, int limit) {
        return store.read(s -> s.documents().latest(category, limit).stream()
                .map(d -> new Entry(d.category(), d.kind(), d.number(), d.code(), d.title(), d.issuedAt(),
                        d.issuedBy(), d.pages(), d.rows(), d.printings())).toList());
    }

    // ------------------------------------------------------------------ helpers

    private static Office office(StoreSession s) {
        return s.office().find().orElseThrow(() -> new UserError("error.office.notInitialized"));
    }

    private String newCode(StoreSession s) {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder b = new StringBuilder(9);
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    b.append('-');
                }
                b.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
            }
            if (!s.documents().codeTaken(b.toString())) {
                return b.toString();
            }
        }
        throw new IllegalStateException("no free verification code after 20 attempts");
    }

    static List<RowHash> hashes(List<LedgerRows.DataRow> rows) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        HexFormat hex = HexFormat.of();
        List<RowHash> out = new ArrayList<>(rows.size());
        for (LedgerRows.DataRow r : rows) {
            sha.reset();
            for (String c : r.hashed()) {
                sha.update((c == null ? "" : c).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1F);
            }
            String label = r.label().length() > 200 ? r.label().substring(0, 200) : r.label();
            // 128 bits of the digest are plenty to notice a change, and keep the register small
            out.add(new RowHash(r.key(), label, hex.formatHex(sha.digest(), 0, 16)));
        }
        return out;
    }

    private Calendar now() {
        GregorianCalendar c = new GregorianCalendar();
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
