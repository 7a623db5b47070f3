package org.branchdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;

import static org.branchdesk.store.jooq.Tables.ISSUED_DOCUMENT;
import static org.branchdesk.store.jooq.Tables.ISSUED_DOCUMENT_ROW;

/** The dispatch register of notices and the register of printed ledgers. */
public final class DocumentRepository {
    private final StoreSession s;

    DocumentRepository(StoreSession s) {
        this.s = s;
    }

    /** An issued notice or printed ledger, as the register keeps it. */
    public record Issued(UUID id, String category, String kind, String series, int year, int seq, String number,
                         String code, String title, String parameters, UUID subjectId, LocalDate signedOn,
                         Instant issuedAt, String issuedBy, int pages, int rows, int printings) {
    }

    /** One printed data row: its stable key, how to name it, and the hash of what was printed. */
    public record RowHash(String key, String label, String hash) {
    }

    /** The next number of a series in a year: one more than the highest taken (numbers are never reused). */
    public int nextSeq(String category, String series, int year) {
        Integer max = s.dsl().select(org.jooq.impl.DSL.max(ISSUED_DOCUMENT.SEQ)).from(ISSUED_DOCUMENT)
                .where(ISSUED_DOCUMENT.CATEGORY.eq(category).and(ISSUED_DOCUMENT.SERIES.eq(series))
                        .and(ISSUED_DOCUMENT.ISSUED_YEAR.eq(year)))
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public boolean codeTaken(String code) {
        return s.dsl().fetchExists(ISSUED_DOCUMENT, ISSUED_DOCUMENT.CODE.eq(code));
    }

    public void insert(Issued d, List<RowHash> rows) {
        OffsetDateTime now = s.now();
        s.dsl().insertInto(ISSUED_DOCUMENT)
                .set(ISSUED_DOCUMENT.ID, d.id())
                .set(ISSUED_DOCUMENT.CATEGORY, d.category())
                .set(ISSUED_DOCUMENT.KIND, d.kind())
                .set(ISSUED_DOCUMENT.SERIES, d.series())
                .set(ISSUED_DOCUMENT.ISSUED_YEAR, d.year())
                .set(ISSUED_DOCUMENT.SEQ, d.seq())
                .set(ISSUED_DOCUMENT.DOC_NUMBER, d.number())
                .set(ISSUED_DOCUMENT.CODE, d.code())
                .set(ISSUED_DOCUMENT.TITLE, d.title())
                .set(ISSUED_DOCUMENT.PARAMETERS, d.parameters())
                .set(ISSUED_DOCUMENT.SUBJECT_ID, d.subjectId())
                .set(ISSUED_DOCUMENT.SIGNED_ON, d.signedOn())
                .set(ISSUED_DOCUMENT.ISSUED_AT, d.issuedAt().atOffset(ZoneOffset.UTC))
                .set(ISSUED_DOCUMENT.ISSUED_BY, d.issuedBy())
                .set(ISSUED_DOCUMENT.PAGES, d.pages())
                .set(ISSUED_DOCUMENT.ROW_COUNT, d.rows())
                .set(ISSUED_DOCUMENT.PRINTINGS, d.printings())
                .set(ISSUED_DOCUMENT.LAST_PRINTED_AT, d.issuedAt().atOffset(ZoneOffset.UTC))
                .set(ISSUED_DOCUMENT.CREATED_AT, now)
                .set(ISSUED_DOCUMENT.UPDATED_AT, now)
                .set(ISSUED_DOCUMENT.REVISION, 1L)
                .set(ISSUED_DOCUMENT.REVISED_BY, s.officeId())
                .execute();
        UUID office = s.officeId();
        for (int from = 0; from < rows.size(); from += 2000) {
            var batch = s.dsl().batch(s.dsl().insertInto(ISSUED_DOCUMENT_ROW, List.of(ISSUED_DOCUMENT_ROW.ID,
                    ISSUED_DOCUMENT_ROW.DOCUMENT_ID, ISSUED_DOCUMENT_ROW.ROW_KEY, ISSUED_DOCUMENT_ROW.LABEL,
                    ISSUED_DOCUMENT_ROW.HASH, ISSUED_DOCUMENT_ROW.CREATED_AT, ISSUED_DOCUMENT_ROW.UPDATED_AT,
                    ISSUED_DOCUMENT_ROW.REVISION, ISSUED_DOCUMENT_ROW.REVISED_BY)).values(new Object[9]));
            for (RowHash r : rows.subList(from, Math.min(rows.size(), from + 2000))) {
                batch.bind(UUID.randomUUID(), d.id(), r.key(), r.label(), r.hash(), now, now, 1L, office);
            }
            batch.execute();
        }
    }

    /** A reprint of a notice: same number, one more printing. */
    public void reprinted(UUID id) {
        s.dsl().update(ISSUED_DOCUMENT)
                .set(ISSUED_DOCUMENT.PRINTINGS, ISSUED_DOCUMENT.PRINTINGS.plus(1))
                .set(ISSUED_DOCUMENT.LAST_PRINTED_AT, s.now())
                .set(ISSUED_DOCUMENT.UPDATED_AT, s.now())
                .set(ISSUED_DOCUMENT.REVISION, ISSUED_DOCUMENT.REVISION.plus(1))
                .set(ISSUED_DOCUMENT.REVISED_BY, s.officeId())
                .where(ISSUED_DOCUMENT.ID.eq(id))
                .execute();
    }

    public Optional<Issued> byCode(String code) {
        return s.dsl().selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.CODE.eq(code)).fetchOptional(this::toIssued);
    }

    public Optional<Issued> byNumber(String number) {
        return s.dsl().selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.DOC_NUMBER.eq(number))
                .orderBy(ISSUED_DOCUMENT.ISSUED_AT.desc()).limit(1).fetchOptional(this::toIssued);
    }

    /** The notice of a kind already issued about a subject (a reprint keeps its number). */
    public Optional<Issued> noticeAbout(String kind, UUID subject) {
        return s.dsl().selectFrom(ISSUED_DOCUMENT)
                .where(ISSUED_DOCUMENT.CATEGORY.eq("NOTICE").and(ISSUED_DOCUMENT.KIND.eq(kind))
                        .and(ISSUED_DOCUMENT.SUBJECT_ID.eq(subject)))
                .orderBy(ISSUED_DOCUMENT.ISSUED_AT.desc()).limit(1).fetchOptional(this::toIssued);
    }

    public Map<String, RowHash> rows(UUID document) {
        Map<String, RowHash> out = new java.util.LinkedHashMap<>();
        s.dsl().selectFrom(ISSUED_DOCUMENT_ROW).where(ISSUED_DOCUMENT_ROW.DOCUMENT_ID.eq(document))
                .forEach(r -> out.put(r.getRowKey(), new RowHash(r.getRowKey(), r.getLabel(), r.getHash())));
        return out;
    }

    /** The newest entries first, of one category or ({@code null}) both. */
    public List<Issued> latest(String category, int limit) {
        var where = category == null ? ISSUED_DOCUMENT.DELETED.isFalse()
                : ISSUED_DOCUMENT.CATEGORY.eq(category).and(ISSUED_DOCUMENT.DELETED.isFalse());
        return s.dsl().selectFrom(ISSUED_DOCUMENT).where(where).orderBy(ISSUED_DOCUMENT.ISSUED_AT.desc())
                .limit(limit).fetch(this::toIssued);
    }

    public int count() {
        return s.dsl().fetchCount(ISSUED_DOCUMENT, ISSUED_DOCUMENT.DELETED.isFalse());
    }

    private Issued toIssued(Record r0) {
        var r = r0.into(ISSUED_DOCUMENT);
        return new Issued(r.getId(), r.getCategory(), r.getKind(), r.getSeries(), r.getIssuedYear(), r.getSeq(),
                r.getDocNumber(), r.getCode(), r.getTitle(), r.getParameters(), r.getSubjectId(), r.getSignedOn(),
                r.getIssuedAt().toInstant(), r.getIssuedBy(), r.getPages(), r.getRowCount(), r.getPrintings());
    }
}
