package org.branchdesk.service.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.branchdesk.service.paper.LedgerSource;

/**
 * A ledger's filters as the register of printed ledgers keeps them ({@code
 * community=青槐社区;compound=槐荫里;week=2020-02-03}), so that {@code verify} builds the same ledger
 * again. A ledger of one community alone keeps the form the first ledgers were registered with.
 */
final class LedgerParameters {
    private static final String SEPARATOR = ";";

    private LedgerParameters() {}

    static String format(LedgerSource.Filter f) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "community", f.community());
        put(out, "compound", f.compound());
        put(out, "week", f.week());
        put(out, "from", f.from());
        put(out, "to", f.to());
        put(out, "fund", f.fund());
        StringBuilder b = new StringBuilder();
        out.forEach(
                (k, v) -> {
                    if (b.length() > 0) {
                        b.append(SEPARATOR);
                    }
                    b.append(k).append('=').append(v);
                });
        return b.toString();
    }

    static LedgerSource.Filter parse(String parameters) {
        Map<String, String> in = new LinkedHashMap<>();
        if (parameters != null && !parameters.isBlank()) {
            for (String part : parameters.split(SEPARATOR)) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    in.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        return new LedgerSource.Filter(
                in.get("community"),
                in.get("compound"),
                date(in.get("week")),
                date(in.get("from")),
                date(in.get("to")),
                in.get("fund"));
    }

    private static void put(Map<String, String> out, String key, Object value) {
        if (value != null) {
            out.put(key, value.toString());
        }
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
