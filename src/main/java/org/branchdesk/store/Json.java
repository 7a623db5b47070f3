package org.branchdesk.store;

import java.lang.reflect.RecordComponent;
import org.branchdesk.domain.common.Disclosure;
import org.branchdesk.domain.common.Personal;

/** A small JSON writer for the audit log's before/after snapshots of domain records. */
final class Json {
    private Json() {}

    static String of(Record record) {
        if (record == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(128).append('{');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, components[i].getName());
            out.append(':');
            Object value = Disclosure.read(components[i], record);
            // personal data in the audit log, told by its mark (never by a component's name):
            // phones masked, health details not at all; ID numbers print masked (CitizenId)
            Personal.Kind kind = Disclosure.kindOf(components[i]);
            if (kind != null && value instanceof String text) {
                value = Disclosure.AUDIT_LOG.show(kind, text);
            }
            value(out, value);
        }
        return out.append('}').toString();
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Enum<?> e) {
            string(out, e.name());
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
