package org.branchdesk.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A building (楼栋) of a compound, as the office records it: its name as residents say it
 * ({@code 3号楼}, {@code 3栋}), and, when known, how many entrance units and households it has.
 */
public record Building(UUID id, UUID compoundId, String name, Integer units, Integer households) {
    /** The longest building name: room for {@code 12号楼东单元} and the like. */
    public static final int MAX_NAME = 40;

    public Building {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(compoundId, "compoundId");
        Objects.requireNonNull(name, "name");
    }

    /** A building as a clerk enters it: a name, and counts that cannot be negative. */
    public static Building of(UUID id, UUID compoundId, String name, Integer units, Integer households) {
        String n = Names.requireName("field.building.name", name);
        if (Text.length(n) > MAX_NAME) {
            throw new ValidationError("field.building.name", "rule.tooLong", MAX_NAME);
        }
        return new Building(id, compoundId, n, Names.optionalCount("field.building.units", units),
                Names.optionalCount("field.building.households", households));
    }

    /**
     * Whether a member's residence names this building. Clerks write {@code 3}, {@code 3号楼},
     * {@code 3栋} and {@code 3号} for the same building, so those count as one.
     */
    public boolean isNamed(String residence) {
        return residence != null && key(residence).equals(key(name));
    }

    /** The name reduced to what tells buildings apart: full-width digits folded, suffixes dropped. */
    public static String key(String name) {
        String n = Text.normalize(name);
        if (n == null) {
            return "";
        }
        return n.replaceAll("(号楼|号|栋|幢|座|楼)$", "");
    }
}
