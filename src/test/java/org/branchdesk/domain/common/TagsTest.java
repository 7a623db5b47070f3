package org.branchdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The office's tags, as members and people on the people register carry them. */
class TagsTest {
    @ParameterizedTest(name = "[{0}] is kept as [{1}]")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "医护背景|医护背景",
                "医护背景、志愿者|医护背景、志愿者",
                "医护背景，志愿者|医护背景、志愿者",
                "医护背景,志愿者|医护背景、志愿者",
                "医护背景;志愿者；退役军人|医护背景、志愿者、退役军人",
                " 医护背景  志愿者 |医护背景、志愿者",
                "志愿者、志愿者 志愿者|志愿者",
                "、 ，|NULL",
                "''|NULL",
                "NULL|NULL"
            })
    void tagsAreSplitOnAnySeparatorKeptOnceAndJoinedWithDunhao(String typed, String kept) {
        assertThat(Tags.normalize("field.person.tags", typed)).isEqualTo(kept);
    }

    @Test
    void tagsLongerThanTheColumnAreRefusedNamingTheFieldGiven() {
        String exactly = "医".repeat(Tags.MAX);
        assertThat(Tags.normalize("field.person.tags", exactly)).isEqualTo(exactly);
        assertThatThrownBy(() -> Tags.normalize("field.person.tags", exactly + "护"))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("field.person.tags");
                            assertThat(e.getMessage()).startsWith("标签");
                        });
    }

    @ParameterizedTest(name = "[{0}] and [{1}] are {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "NULL|NULL|''",
                "医护背景|NULL|医护背景",
                "NULL|医护背景|医护背景",
                "退役军人、志愿者|医护背景、志愿者|退役军人 志愿者 医护背景",
            })
    void everyonesTagsTogetherAreEachTagOnce(String a, String b, String all) {
        Set<String> expected = all.isEmpty() ? Set.of() : Set.of(all.split(" "));
        assertThat(Tags.union(a, b)).isEqualTo(expected);
        assertThat(Tags.of(a)).isSubsetOf(expected);
    }
}
