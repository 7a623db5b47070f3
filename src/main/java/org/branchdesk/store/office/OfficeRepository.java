package org.branchdesk.store.office;

import static org.branchdesk.store.jooq.Tables.OFFICE;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.office.OfficeClock;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.places.OwnerlessRule;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.OfficeRecord;
import org.jooq.Field;

/** The one office row of this database. */
public final class OfficeRepository {
    private final StoreSession s;

    public OfficeRepository(StoreSession s) {
        this.s = s;
    }

    public Optional<Office> find() {
        return s.dsl()
                .selectFrom(OFFICE)
                .where(OFFICE.DELETED.isFalse())
                .orderBy(OFFICE.CREATED_AT)
                .limit(1)
                .fetchOptional(OfficeRepository::toOffice);
    }

    public void insert(Office office) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(OFFICE)
                .set(OFFICE.ID, office.id())
                .set(OFFICE.NAME, office.name())
                .set(OFFICE.DISTRICT, office.district())
                .set(OFFICE.DOC_PREFIX, office.docPrefix())
                .set(OFFICE.CREATED_AT, now)
                .set(OFFICE.UPDATED_AT, now)
                .set(OFFICE.REVISION, 1L)
                .set(OFFICE.REVISED_BY, office.id())
                .execute();
        s.officeCreated(office.id());
    }

    public void update(Office office) {
        s.dsl()
                .update(OFFICE)
                .set(OFFICE.NAME, office.name())
                .set(OFFICE.DISTRICT, office.district())
                .set(OFFICE.DOC_PREFIX, office.docPrefix())
                .set(
                        OFFICE.LAST_BACKUP_AT,
                        office.lastBackupAt() == null
                                ? null
                                : office.lastBackupAt().atOffset(ZoneOffset.UTC))
                .set(OFFICE.UPDATED_AT, s.now())
                .set(OFFICE.REVISION, OFFICE.REVISION.plus(1))
                .set(OFFICE.REVISED_BY, s.officeId())
                .where(OFFICE.ID.eq(office.id()))
                .execute();
    }

    public OwnerlessRule ownerlessRule() {
        String rule = setting(OFFICE.OWNERLESS_RULE);
        return rule == null ? OwnerlessRule.ALL_THREE_MISSING : OwnerlessRule.valueOf(rule);
    }

    /** The issuing-authority mark printed on notices, or {@code null} for the default. */
    public String issuingMark() {
        return setting(OFFICE.ISSUING_MARK);
    }

    public void setIssuingMark(String mark) {
        set(OFFICE.ISSUING_MARK, mark);
    }

    public void setOwnerlessRule(OwnerlessRule rule) {
        set(OFFICE.OWNERLESS_RULE, rule.name());
    }

    private static Office toOffice(OfficeRecord r) {
        return new Office(
                r.getId(),
                r.getName(),
                r.getDistrict(),
                r.getDocPrefix(),
                r.getLastBackupAt() == null ? null : r.getLastBackupAt().toInstant());
    }

    public Masking masking() {
        String m = setting(OFFICE.MASKING);
        return m == null ? Masking.STANDARD : Masking.valueOf(m);
    }

    public void setMasking(Masking masking) {
        set(OFFICE.MASKING, masking.name());
    }

    /** Months a health detail is kept once its household has left the register. */
    public int healthRetentionMonths() {
        Integer m = setting(OFFICE.HEALTH_RETENTION_MONTHS);
        return m == null ? 24 : m;
    }

    public void setHealthRetentionMonths(int months) {
        set(OFFICE.HEALTH_RETENTION_MONTHS, months);
    }

    /** The office's time zone ({@code Asia/Shanghai} unless chosen otherwise). */
    public ZoneId timeZone() {
        String z = setting(OFFICE.TIME_ZONE);
        return OfficeClock.zone(z);
    }

    public void setTimeZone(ZoneId zone) {
        set(OFFICE.TIME_ZONE, zone.getId());
    }

    /** The committee term lengths the office has set, by organization type (empty: defaults). */
    public Map<OrgType, Integer> termYears() {
        String v = setting(OFFICE.TERM_YEARS);
        Map<OrgType, Integer> out = new EnumMap<>(OrgType.class);
        if (v != null) {
            for (String pair : v.split(";")) {
                String[] kv = pair.split("=");
                if (kv.length == 2) {
                    try {
                        out.put(OrgType.valueOf(kv[0].trim()), Integer.parseInt(kv[1].trim()));
                    } catch (IllegalArgumentException e) {
                        // a type this version does not know: its default applies
                    }
                }
            }
        }
        return out;
    }

    public void setTermYears(Map<OrgType, Integer> years) {
        StringBuilder v = new StringBuilder();
        years.forEach(
                (t, n) ->
                        v.append(v.length() == 0 ? "" : ";")
                                .append(t.name())
                                .append('=')
                                .append(n));
        set(OFFICE.TERM_YEARS, v.length() == 0 ? null : v.toString());
    }

    /** One setting of the office, read from its row. */
    private <T> T setting(Field<T> field) {
        return s.dsl()
                .select(field)
                .from(OFFICE)
                .where(OFFICE.DELETED.isFalse())
                .limit(1)
                .fetchOne(field);
    }

    /** Changes one setting of the office, counting the revision. */
    private <T> void set(Field<T> field, T value) {
        s.dsl()
                .update(OFFICE)
                .set(field, value)
                .set(OFFICE.UPDATED_AT, s.now())
                .set(OFFICE.REVISION, OFFICE.REVISION.plus(1))
                .set(OFFICE.REVISED_BY, s.officeId())
                .where(OFFICE.DELETED.isFalse())
                .execute();
    }
}
