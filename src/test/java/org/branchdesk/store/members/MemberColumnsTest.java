package org.branchdesk.store.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.store.jooq.Tables.MEMBER;

import org.branchdesk.domain.members.MemberField;
import org.jooq.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The form, the import and the database agree on how long a member's fields may be. */
class MemberColumnsTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(MemberField.class)
    void everyFieldTheRulesAllowFitsItsColumn(MemberField field) {
        Field<?> column = MEMBER.field(field.column());
        assertThat(column).as("the member table has " + field.column()).isNotNull();
        int length = column.getDataType().length();
        // an ethnic group is stored with its 族 added
        int stored = field == MemberField.ETHNIC_GROUP ? field.max() + 1 : field.max();
        assertThat(stored).as(field + " fits VARCHAR(" + length + ")").isLessThanOrEqualTo(length);
    }
}
