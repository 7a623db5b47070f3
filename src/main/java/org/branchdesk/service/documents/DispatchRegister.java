package org.branchdesk.service.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.documents.DocumentRepository.RowHash;

/**
 * The registers of issued notices and printed ledgers: the verification codes a printed page
 * carries, the hashes of the rows behind it, and the lines the registers list. The numbers
 * themselves come from the register's sequences, inside the issuing transaction.
 */
public final class DispatchRegister {
    static final String NOTICE = "NOTICE";
    static final String LEDGER = "LEDGER";
    private static final String CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Store store;
    private final SecureRandom random = new SecureRandom();

    DispatchRegister(Store store) {
        this.store = store;
    }

    /** A line of the registers of issued documents. */
    public record Entry(
            String category,
            String kind,
            String number,
            String code,
            String title,
            Instant issuedAt,
            String issuedBy,
            int pages,
            int rows,
            int printings) {}

    /**
     * The newest issued notices and printed ledgers, of one category ({@code NOTICE}, {@code
     * LEDGER}) or both.
     */
    List<Entry> register(String category, int limit) {
        return store.read(
                s ->
                        s.documents().latest(category, limit).stream()
                                .map(
                                        d ->
                                                new Entry(
                                                        d.category(),
                                                        d.kind(),
                                                        d.number(),
                                                        d.code(),
                                                        d.title(),
                                                        d.issuedAt(),
                                                        d.issuedBy(),
                                                        d.pages(),
                                                        d.rows(),
                                                        d.printings()))
                                .toList());
    }

    /** A verification code ({@code XXXX-XXXX}) that no document of the office has yet. */
    String newCode(StoreSession s) {
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

    /** Each row's key, label and a digest of its printed cells: what verification compares. */
    static List<RowHash> hashes(List<LedgerTable.Row> rows) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        HexFormat hex = HexFormat.of();
        List<RowHash> out = new ArrayList<>(rows.size());
        for (LedgerTable.Row r : rows) {
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
}
