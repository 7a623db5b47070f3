package org.branchdesk.service.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.documents.DocumentRepository;
import org.branchdesk.store.documents.DocumentRepository.RowHash;

/**
 * Checks a printed page against the office: the rows behind the document are built again from
 * today's data and their hashes compared with those recorded when it was printed.
 */
final class Verifier {
    private final Store store;
    private final BiFunction<StoreSession, DocumentRepository.Issued, List<LedgerTable.Row>>
            currentRows;

    Verifier(
            Store store,
            BiFunction<StoreSession, DocumentRepository.Issued, List<LedgerTable.Row>>
                    currentRows) {
        this.store = store;
        this.currentRows = currentRows;
    }

    /** Checks a verification code ({@code XXXX-XXXX}) or a notice's number as printed. */
    Verification verify(String codeOrNumber) {
        String q = codeOrNumber == null ? "" : codeOrNumber.trim().toUpperCase(Locale.ROOT);
        if (q.matches("[A-Z0-9]{8}")) {
            q = q.substring(0, 4) + "-" + q.substring(4);
        }
        String key = q;
        return store.read(
                s -> {
                    var found =
                            key.matches("[A-Z0-9]{4}-[A-Z0-9]{4}")
                                    ? s.documents().byCode(key)
                                    : s.documents().byNumber(codeOrNumber.trim());
                    if (found.isEmpty()) {
                        return new Verification(
                                Verification.Status.UNKNOWN,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(),
                                List.of());
                    }
                    DocumentRepository.Issued d = found.get();
                    Map<String, RowHash> then = s.documents().rows(d.id());
                    List<LedgerTable.Row> current;
                    try {
                        current = currentRows.apply(s, d);
                    } catch (UserError e) {
                        current = List.of(); // what was printed can no longer be built (a
                        // community renamed, ...)
                    }
                    List<String> added = new ArrayList<>();
                    List<String> altered = new ArrayList<>();
                    Map<String, RowHash> remaining = new LinkedHashMap<>(then);
                    for (RowHash now : DispatchRegister.hashes(current)) {
                        RowHash before = remaining.remove(now.key());
                        if (before == null) {
                            added.add(now.label());
                        } else if (!before.hash().equals(now.hash())) {
                            altered.add(now.label());
                        }
                    }
                    List<String> removed = remaining.values().stream().map(RowHash::label).toList();
                    boolean same = added.isEmpty() && altered.isEmpty() && removed.isEmpty();
                    return new Verification(
                            same ? Verification.Status.UNCHANGED : Verification.Status.CHANGED,
                            d.number(),
                            d.title(),
                            d.issuedAt(),
                            d.issuedBy(),
                            added,
                            removed,
                            altered);
                });
    }
}
