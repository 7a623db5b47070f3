package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleRulesTest {
    @ParameterizedTest(name = "{0}, member {1}, listed {2}: {3}")
    @CsvSource({
        "柳青,,false,",
        "柳青,柳青,false,", // the member, linked
        "柳青,柳青,true,ALREADY_LISTED",
        "柳青,,true,ALREADY_LISTED",
        "别人,柳青,false,NOT_THE_MEMBERS_NAME"
    })
    void aPersonIsTheMemberWithTheirIdNumberAndIsNeverListedTwice(
            String name, String memberName, boolean listed, PeopleRules.Refusal refusal) {
        assertThat(PeopleRules.check(name, memberName, listed)).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "name {0}, ID {1}, phone {2}: refused on {3}")
    @CsvSource({
        "柳青,,,",
        "柳青,990101199001011230,13912345678,",
        "'',,,field.person.name",
        "柳青,990101199001011231,,field.person.idNumber", // wrong check character
        "柳青,12345,,field.person.idNumber",
        "柳青,,12345678901234567890123456789012345678901,field.person.phone" // 41 characters
    })
    void aPersonsFieldsAreCheckedAsAMembersAre(
            String name, String id, String phone, String refusedField) {
        if (refusedField == null) {
            Person p =
                    Person.of(UUID.randomUUID(), name, id, phone, PersonKind.VOLUNTEER, null, null);
            assertThat(p.isActive()).isTrue();
            assertThat(p.citizenId() == null).isEqualTo(id == null);
        } else {
            assertThatThrownBy(
                            () ->
                                    Person.of(
                                            UUID.randomUUID(),
                                            name,
                                            id,
                                            phone,
                                            PersonKind.VOLUNTEER,
                                            null,
                                            null))
                    .isInstanceOf(ValidationError.class)
                    .satisfies(
                            e -> assertThat(((ValidationError) e).field()).isEqualTo(refusedField));
        }
    }
}
