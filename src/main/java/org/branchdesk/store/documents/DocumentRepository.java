package org.branchdesk.store.documents;

import static org.branchdesk.store.jooq.Tables.ISSUED_DOCUMENT;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.branchdesk.store.StoreSession;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The dispatch register of notices and the register of printed ledgers. */
public final class DocumentRepository {
    private final StoreSession s;

    public DocumentRepository(StoreSession s) {
        this.s = s;
    }

    /** An issued notice or printed ledger, as the register keeps it. */
    public record Issued(
            UUID id,
            String category,
            String kind,
            String series,
            int year,
            int seq,
            String number,
            String code,
            String title,
            String parameters,
            UUID subjectId,
            LocalDate signedOn,
            Instant issuedAt,
            String issuedBy,
            int pages,
            int rows,
            int printings) {}

    /** One printed data row: its stable key, how to name it, and the hash of what was printed. */
    public record RowHash(String key, String label, String hash) {}

    /**
     * The next number of a series in a year: one more than the highest taken (numbers are never
     * reused).
     */
    public int nextSeq(String category, String series, int year) {
        Integer max =
                s.dsl()
                        .select(DSL.max(ISSUED_DOCUMENT.SEQ))
                        .from(ISSUED_DOCUMENT)
                        .where(
                                ISSUED_DOCUMENT
                                        .CATEGORY
                                        .eq(category)
                                        .and(ISSUED_DOCUMENT.SERIES.eq(series))
                                        .and(ISSUED_DOCUMENT.ISSUED_YEAR.eq(year)))
                        .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public boolean codeTaken(String code) {
        return s.dsl().fetchExists(ISSUED_DOCUMENT, ISSUED_DOCUMENT.CODE.eq(code));
    }

    public void insert(Issued d, List<RowHash> rows) {
        insert(d, rows, null);
    }

    /** Records a document; a notice keeps its PDF so that a reprint is the very same document. */
    public void insert(Issued d, List<RowHash> rows, byte[] pdf) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(ISSUED_DOCUMENT)
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
                .set(ISSUED_DOCUMENT.ROW_HASHES, pack(rows))
                .set(ISSUED_DOCUMENT.PDF, pdf)
                .set(ISSUED_DOCUMENT.CREATED_AT, now)
                .set(ISSUED_DOCUMENT.UPDATED_AT, now)
                .set(ISSUED_DOCUMENT.REVISION, 1L)
                .set(ISSUED_DOCUMENT.REVISED_BY, s.officeId())
                .execute();
    }

    /** A reprint of a notice: same number, one more printing. */
    public void reprinted(UUID id) {
        s.dsl()
                .update(ISSUED_DOCUMENT)
                .set(ISSUED_DOCUMENT.PRINTINGS, ISSUED_DOCUMENT.PRINTINGS.plus(1))
                .set(ISSUED_DOCUMENT.LAST_PRINTED_AT, s.now())
                .set(ISSUED_DOCUMENT.UPDATED_AT, s.now())
                .set(ISSUED_DOCUMENT.REVISION, ISSUED_DOCUMENT.REVISION.plus(1))
                .set(ISSUED_DOCUMENT.REVISED_BY, s.officeId())
                .where(ISSUED_DOCUMENT.ID.eq(id))
                .execute();
    }

    /** The PDF kept for a notice, if any. */
    public Optional<byte[]> pdf(UUID id) {
        return Optional.ofNullable(
                s.dsl()
                        .select(ISSUED_DOCUMENT.PDF)
                        .from(ISSUED_DOCUMENT)
                        .where(ISSUED_DOCUMENT.ID.eq(id))
                        .fetchOne(ISSUED_DOCUMENT.PDF));
    }

    public Optional<Issued> byCode(String code) {
        return s.dsl()
                .selectFrom(ISSUED_DOCUMENT)
                .where(ISSUED_DOCUMENT.CODE.eq(code))
                .fetchOptional(this::toIssued);
    }

    public Optional<Issued> byNumber(String number) {
        return s.dsl()
                .selectFrom(ISSUED_DOCUMENT)
                .where(ISSUED_DOCUMENT.DOC_NUMBER.eq(number))
                .orderBy(ISSUED_DOCUMENT.ISSUED_AT.desc())
                .limit(1)
                .fetchOptional(this::toIssued);
    }

    /** The notice of a kind already issued about a subject (a reprint keeps its number). */
    public Optional<Issued> noticeAbout(String kind, UUID subject) {
        return s.dsl()
                .selectFrom(ISSUED_DOCUMENT)
                .where(
                        ISSUED_DOCUMENT
                                .CATEGORY
                                .eq("NOTICE")
                                .and(ISSUED_DOCUMENT.KIND.eq(kind))
                                .and(ISSUED_DOCUMENT.SUBJECT_ID.eq(subject)))
                .orderBy(ISSUED_DOCUMENT.ISSUED_AT.desc())
                .limit(1)
                .fetchOptional(this::toIssued);
    }

    public Map<String, RowHash> rows(UUID document) {
        byte[] packed =
                s.dsl()
                        .select(ISSUED_DOCUMENT.ROW_HASHES)
                        .from(ISSUED_DOCUMENT)
                        .where(ISSUED_DOCUMENT.ID.eq(document))
                        .fetchOne(ISSUED_DOCUMENT.ROW_HASHES);
        Map<String, RowHash> out = new LinkedHashMap<>();
        if (packed == null) {
            return out;
        }
        try (var in =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(new ByteArrayInputStream(packed)),
                                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", 3);
                if (f.length == 3) {
                    out.put(f[0], new RowHash(f[0], f[2], f[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Row hashes as gzipped lines {@code key TAB hash TAB label}; labels hold no tab or line feed.
     */
    static byte[] pack(List<RowHash> rows) {
        var bytes = new ByteArrayOutputStream(rows.size() * 40 + 64);
        try (var out =
                new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            for (RowHash r : rows) {
                out.write(r.key());
                out.write('\t');
                out.write(r.hash());
                out.write('\t');
                out.write(r.label().replace('\t', ' ').replace('\n', ' '));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The newest entries first, of one category or ({@code null}) both. */
    public List<Issued> latest(String category, int limit) {
        var where =
                category == null
                        ? ISSUED_DOCUMENT.DELETED.isFalse()
                        : ISSUED_DOCUMENT
                                .CATEGORY
                                .eq(category)
                                .and(ISSUED_DOCUMENT.DELETED.isFalse());
        return s.dsl()
                .selectFrom(ISSUED_DOCUMENT)
                .where(where)
                .orderBy(ISSUED_DOCUMENT.ISSUED_AT.desc())
                .limit(limit)
                .fetch(this::toIssued);
    }

    public int count() {
        return s.dsl().fetchCount(ISSUED_DOCUMENT, ISSUED_DOCUMENT.DELETED.isFalse());
    }

    private Issued toIssued(Record r0) {
        var r = r0.into(ISSUED_DOCUMENT);
        return new Issued(
                r.getId(),
                r.getCategory(),
                r.getKind(),
                r.getSeries(),
                r.getIssuedYear(),
                r.getSeq(),
                r.getDocNumber(),
                r.getCode(),
                r.getTitle(),
                r.getParameters(),
                r.getSubjectId(),
                r.getSignedOn(),
                r.getIssuedAt().toInstant(),
                r.getIssuedBy(),
                r.getPages(),
                r.getRowCount(),
                r.getPrintings());
    }
}
