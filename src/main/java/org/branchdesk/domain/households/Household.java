package org.branchdesk.domain.households;

import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.Personal;
import org.branchdesk.domain.common.ValidationError;

/**
 * A household the office records: a central household's contact household (联系户), or a resident
 * under assistance (帮扶对象, with what they need: an elderly person living alone, a disability, a
 * chronic illness). Only these are recorded, not every household of the compound.
 *
 * @param groupId the central household it is a contact of; only for {@link Kind#CONTACT}
 * @param needs what assistance is needed; personal, masked like health details
 */
public record Household(
        UUID id,
        Kind kind,
        UUID compoundId,
        UUID buildingId,
        String unitNo,
        String room,
        String headName,
        @Personal(Personal.Kind.PHONE) String phone,
        UUID groupId,
        @Personal(Personal.Kind.HEALTH) String needs) {
    /** Why the household is on the register. */
    public enum Kind {
        /** 联系户 of a central household. */
        CONTACT,
        /** 帮扶对象. */
        ASSISTED
    }

    public static final int MAX_NEEDS = 300;

    public Household {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(compoundId, "compoundId");
        Objects.requireNonNull(headName, "headName");
    }

    /**
     * A household as a clerk enters it. A contact household belongs to a central household; a
     * resident under assistance says what help is needed.
     */
    public static Household of(
            UUID id,
            Kind kind,
            UUID compoundId,
            UUID buildingId,
            String unitNo,
            String room,
            String headName,
            String phone,
            UUID groupId,
            String needs) {
        Objects.requireNonNull(kind, "kind");
        if (compoundId == null) {
            throw new ValidationError("field.household.compound", "rule.required");
        }
        String head = Names.requireName("field.household.head", headName);
        String n = Fields.optional("field.household.needs", needs, MAX_NEEDS);
        if (kind == Kind.CONTACT && groupId == null) {
            throw new ValidationError("field.household.group", "rule.household.groupRequired");
        }
        if (kind == Kind.ASSISTED && n == null) {
            throw new ValidationError("field.household.needs", "rule.household.needsRequired");
        }
        return new Household(
                id,
                kind,
                compoundId,
                buildingId,
                Fields.optional("field.member.unit", unitNo, 20),
                Fields.optional("field.member.room", room, 20),
                head,
                Fields.optional("field.household.phone", phone, 40),
                kind == Kind.CONTACT ? groupId : null,
                n);
    }

    /** Where the household lives within its compound, e.g. {@code 3号楼 2单元 301}. */
    public String address(String buildingName) {
        StringBuilder b = new StringBuilder();
        for (String part :
                new String[] {
                    buildingName, unitNo == null ? null : unitNo + unitSuffix(unitNo), room
                }) {
            if (part != null) {
                b.append(b.length() == 0 ? "" : " ").append(part);
            }
        }
        return b.toString();
    }

    private static String unitSuffix(String unit) {
        return unit.endsWith("单元") ? "" : "单元";
    }

    /**
     * What an imported row makes of a household the office already has (same place, head and kind):
     * the phone, central household and needs that the row fills; an empty cell keeps what the
     * office has.
     */
    public static Household mergeImported(Household old, Household row) {
        return new Household(
                old.id(),
                old.kind(),
                old.compoundId(),
                old.buildingId(),
                old.unitNo(),
                old.room(),
                old.headName(),
                row.phone() != null ? row.phone() : old.phone(),
                row.groupId() != null ? row.groupId() : old.groupId(),
                row.needs() != null ? row.needs() : old.needs());
    }
}
