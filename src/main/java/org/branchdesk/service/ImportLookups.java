package org.branchdesk.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.UserError;
import org.branchdesk.domain.ValidationError;

/** Lookups the importers share: a compound named in a row, a value of a list the bundle spells. */
final class ImportLookups {
    private ImportLookups() {
    }

    /**
     * The compound a row names: by community and name, or by name alone when only one compound
     * of the office has it. Refused naming {@code compoundField} or {@code communityField}.
     */
    static UUID compound(String community, String name, Map<String, UUID> communities, Map<String, UUID> compounds,
                         Map<String, List<UUID>> byName, String communityField, String compoundField) {
        if (name == null) {
            throw new ValidationError(compoundField, "rule.required");
        }
        if (community != null) {
            UUID c = communities.get(community);
            UUID id = c == null ? null : compounds.get(c + "/" + name);
            if (id == null) {
                throw new ValidationError(compoundField, "rule.org.unknownCompound", name, community);
            }
            return id;
        }
        List<UUID> hits = byName.getOrDefault(name, List.of());
        if (hits.size() != 1) {
            throw new ValidationError(communityField, hits.isEmpty() ? "rule.item.unknownCompound"
                    : "rule.item.ambiguousCompound", name);
        }
        return hits.get(0);
    }

    /**
     * The constant whose bundle text ({@code prefix + name}) a cell holds; {@code empty} for an
     * empty cell; refused listing the allowed texts.
     */
    static <E extends Enum<E>> E choice(String field, String value, String prefix, E[] values, E empty) {
        if (value == null) {
            if (empty == null) {
                throw new ValidationError(field, "rule.required");
            }
            return empty;
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : values) {
            String text = UserError.format(prefix + e.name());
            if (text.equals(value)) {
                return e;
            }
            allowed.append(allowed.length() == 0 ? "" : UserError.format("list.separator")).append(text);
        }
        throw new ValidationError(field, "rule.notOneOf", value, allowed.toString());
    }
}
