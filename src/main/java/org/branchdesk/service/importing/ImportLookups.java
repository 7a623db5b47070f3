package org.branchdesk.service.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.store.StoreSession;

/** Lookups the importers share: a compound named in a row, a value of a list the bundle spells. */
public final class ImportLookups {
    /**
     * Stands for a record the plan has not found yet (a row parsed before its compound is known).
     */
    public static final UUID NOT_YET = new UUID(0, 0);

    private ImportLookups() {}

    /**
     * The office's communities and compounds, read once per import, to find the compound a row
     * names.
     */
    public static final class Places {
        private final Map<String, UUID> communities = new HashMap<>();
        private final Map<CompoundKey, UUID> compounds = new HashMap<>();
        private final Map<String, List<UUID>> byName = new HashMap<>();
        private final Map<UUID, String> names = new HashMap<>();

        public Places(StoreSession s) {
            for (Community c : s.communities().list()) {
                communities.put(c.name(), c.id());
            }
            for (Compound c : s.compounds().list()) {
                compounds.put(new CompoundKey(c.communityId(), c.name()), c.id());
                byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.id());
                names.put(c.id(), c.name());
            }
        }

        /**
         * The compound a row names: by community and name, or by name alone when only one compound
         * of the office has it. Refused naming {@code compoundField} or {@code communityField}.
         */
        public UUID compound(
                String community, String name, String communityField, String compoundField) {
            if (name == null) {
                throw new ValidationError(compoundField, "rule.required");
            }
            if (community != null) {
                UUID c = communities.get(community);
                UUID id = c == null ? null : compounds.get(new CompoundKey(c, name));
                if (id == null) {
                    throw new ValidationError(
                            compoundField, "rule.org.unknownCompound", name, community);
                }
                return id;
            }
            List<UUID> hits = byName.getOrDefault(name, List.of());
            if (hits.size() != 1) {
                throw new ValidationError(
                        communityField,
                        hits.isEmpty()
                                ? "rule.item.unknownCompound"
                                : "rule.item.ambiguousCompound",
                        name);
            }
            return hits.get(0);
        }

        public String nameOf(UUID compound) {
            return names.get(compound);
        }
    }

    /**
     * The constant whose bundle text ({@code prefix + name}) a cell holds; {@code empty} for an
     * empty cell; refused listing the allowed texts.
     */
    public static <E extends Enum<E>> E choice(
            String field, String value, String prefix, E[] values, E empty) {
        if (value == null) {
            if (empty == null) {
                throw new ValidationError(field, "rule.required");
            }
            return empty;
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : values) {
            String text = Messages.format(prefix + e.name());
            if (text.equals(value)) {
                return e;
            }
            allowed.append(allowed.length() == 0 ? "" : Messages.format("list.separator"))
                    .append(text);
        }
        throw new ValidationError(field, "rule.notOneOf", value, allowed.toString());
    }

    /** The office's communities by name. */
    public static Map<String, Community> communitiesByName(StoreSession s) {
        Map<String, Community> communities = new HashMap<>();
        for (Community c : s.communities().list()) {
            communities.put(c.name(), c);
        }
        return communities;
    }

    /** The office's compounds by community and name. */
    public static Map<CompoundKey, UUID> compoundsByKey(StoreSession s) {
        Map<CompoundKey, UUID> compounds = new HashMap<>();
        for (Compound c : s.compounds().list()) {
            compounds.put(new CompoundKey(c.communityId(), c.name()), c.id());
        }
        return compounds;
    }
}
