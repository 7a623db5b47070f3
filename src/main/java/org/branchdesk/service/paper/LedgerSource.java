package org.branchdesk.service.paper;

import java.time.LocalDate;
import org.branchdesk.store.StoreSession;

/**
 * A ledger that a capability builds in its own package (duty's roster, care's payments), printed,
 * numbered, registered and verified by the documents service like the registers' own ledgers. The
 * composition root hands each source to the documents service under its ledger kind, so the
 * documents package knows no capability, and no capability knows the documents package.
 *
 * <p>The same source builds the rows when the ledger is printed and when {@code verify} reads them
 * again from today's register: what is hashed is what is printed.
 */
public interface LedgerSource {

    /**
     * What a ledger is printed for.
     *
     * @param community a community's name, or {@code null} for the whole office
     * @param compound a compound's name within {@code community}, or {@code null}
     * @param week any day of a week, for ledgers by week ({@code null} otherwise)
     * @param from first day of a period, for ledgers over a period ({@code null} otherwise)
     * @param to last day of that period ({@code null} otherwise)
     * @param fund a fund's name, for ledgers of money ({@code null}: every fund)
     */
    record Filter(
            String community,
            String compound,
            LocalDate week,
            LocalDate from,
            LocalDate to,
            String fund) {
        public static final Filter NONE = new Filter(null, null, null, null, null);

        /** A filter of no fund: every ledger but the money ledgers. */
        public Filter(
                String community, String compound, LocalDate week, LocalDate from, LocalDate to) {
            this(community, compound, week, from, to, null);
        }

        public static Filter community(String community) {
            return new Filter(community, null, null, null, null);
        }
    }

    /**
     * Who prints: the office's name (a ledger of the whole office is titled with it), the reporting
     * unit as ledgers print it, and the office's today.
     */
    record Scope(String officeName, String unit, LocalDate today) {}

    /** The ledger's content; refused ({@code UserError}) when the filter names nothing. */
    LedgerTable table(StoreSession s, Filter filter, Scope scope);
}
