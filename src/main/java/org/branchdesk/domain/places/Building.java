package org.branchdesk.domain.places;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * A building (楼栋) of a compound, as the office records it: its name as residents say it ({@code
 * 3号楼}, {@code 3栋}), and, when known, how many entrance units and households it has.
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
    public static Building of(
            UUID id, UUID compoundId, String name, Integer units, Integer households) {
        String n = Names.requireName("field.building.name", name);
        if (Text.length(n) > MAX_NAME) {
            throw new ValidationError("field.building.name", "rule.tooLong", MAX_NAME);
        }
        return new Building(
                id,
                compoundId,
                n,
                Fields.optionalCount("field.building.units", units),
                Fields.optionalCount("field.building.households", households));
    }

    /**
     * Whether a member's residence names this building. Clerks write {@code 3}, {@code 3号楼}, {@code
     * 3栋} and {@code 3号} for the same building, so those count as one.
     */
    public boolean isNamed(String residence) {
        return residence != null && key(residence).equals(key(name));
    }

    /**
     * The name reduced to what tells buildings apart: full-width digits folded, suffixes dropped.
     */
    public static String key(String name) {
        String n = Text.normalize(name);
        if (n == null) {
            return "";
        }
        return n.replaceAll("(号楼|号|栋|幢|座|楼)$", "");
    }

    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    /** 2号楼 before 10号楼: numbers compared as numbers, the rest in pinyin order. */
    public static final Comparator<Building> NATURAL =
            (a, b) -> {
                String ka = Building.key(a.name());
                String kb = Building.key(b.name());
                boolean na = ka.matches("\\d{1,9}");
                boolean nb = kb.matches("\\d{1,9}");
                if (na && nb) {
                    return Integer.compare(Integer.parseInt(ka), Integer.parseInt(kb));
                }
                if (na != nb) {
                    return na ? -1 : 1;
                }
                return CHINESE.compare(a.name(), b.name());
            };
}
