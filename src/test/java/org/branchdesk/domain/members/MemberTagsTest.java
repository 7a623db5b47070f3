package org.branchdesk.domain.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.api.Test;

class MemberTagsTest {
    @Test
    void tagsAreSplitOnAnySeparatorKeptOnceAndJoinedWithDunhao() {
        assertThat(Member.normalizeTags("退役军人，志愿者 志愿者;困难党员")).isEqualTo("退役军人、志愿者、困难党员");
        assertThat(Member.normalizeTags(" 、 ")).isNull();
        assertThat(Member.normalizeTags(null)).isNull();
    }

    @Test
    void tooManyTagsAreRefusedNamingTheField() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            many.append("标签").append(i).append('、');
        }
        assertThatThrownBy(() -> Member.normalizeTags(many.toString()))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("标签");
    }
}
