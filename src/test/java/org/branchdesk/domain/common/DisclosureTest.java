package org.branchdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosureTest {
    /** A record as a capability marks its personal data. */
    record Visit(
            String name,
            @Personal(Personal.Kind.PHONE) String phone,
            @Personal(Personal.Kind.HEALTH) String health,
            String note) {}

    static final Visit VISIT = new Visit("赵大爷", "199-0000-1234", "体温38.6℃", "代购药品");

    @ParameterizedTest(name = "{0}: phone {1}, health {2}")
    @CsvSource({
        "AUDIT_LOG,199****1234,***",
        "LIST_STANDARD,199****1234,（已记录，无权查看）",
        "LIST_STRICT,*******1234,（已记录，无权查看）",
        "LIST_MAY_READ,199****1234,体温38.6℃",
        "EXPORT,199****1234,（已登记，导出时不含）",
        "FULL_EXPORT,199-0000-1234,（已登记，导出时不含）"
    })
    void eachPlaceShowsEachKindItsOwnWay(String place, String phone, String health) {
        Disclosure d =
                switch (place) {
                    case "AUDIT_LOG" -> Disclosure.AUDIT_LOG;
                    case "LIST_STANDARD" -> Disclosure.list(Masking.STANDARD, false);
                    case "LIST_STRICT" -> Disclosure.list(Masking.STRICT, false);
                    case "LIST_MAY_READ" -> Disclosure.list(Masking.STANDARD, true);
                    case "EXPORT" -> Disclosure.export(Masking.STANDARD);
                    default -> Disclosure.fullExport();
                };
        Visit shown = d.apply(VISIT);
        assertThat(shown).isEqualTo(new Visit("赵大爷", phone, health, "代购药品"));
        assertThat(d.show(Personal.Kind.PHONE, VISIT.phone())).isEqualTo(phone);
        assertThat(d.show(Personal.Kind.HEALTH, null)).isNull();
    }

    @Test
    void theMarkNotTheNameTellsPersonalData() {
        assertThat(Disclosure.marked(Visit.class, Personal.Kind.HEALTH)).containsExactly("health");
        assertThat(Disclosure.marked(Visit.class, Personal.Kind.PHONE)).containsExactly("phone");
        record Unmarked(String phone, String health) {}
        Unmarked u = new Unmarked("199-0000-1234", "咳嗽");
        assertThat(Disclosure.AUDIT_LOG.apply(u)).isSameAs(u);
        assertThat(Disclosure.marked(Unmarked.class, Personal.Kind.HEALTH)).isEmpty();
    }

    @Test
    void aRecordWithNothingToHideIsHandedOnAsItIs() {
        Visit none = new Visit("赵大爷", null, null, null);
        assertThat(Disclosure.export(Masking.STRICT).apply(none)).isSameAs(none);
        assertThat(
                        new Disclosure(Masking.STANDARD, EnumSet.allOf(Personal.Kind.class), "")
                                .apply(VISIT))
                .isSameAs(VISIT);
    }
}
