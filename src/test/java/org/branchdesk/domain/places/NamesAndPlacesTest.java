package org.branchdesk.domain.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.office.Office;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesAndPlacesTest {
    private static final UUID ID = UUID.randomUUID();

    @Test
    void anEmptyNameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Community.validName("  "))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("field.community.name");
                            assertThat(e.getMessage()).isEqualTo("社区名称：不能为空");
                        });
    }

    @Test
    void aNameOverSixtyCharactersIsRefused() {
        assertThatThrownBy(() -> Compound.validName("小".repeat(61))).hasMessage("小区名称：不能超过 60 个字");
        assertThat(Compound.validName("小".repeat(60))).hasSize(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"青槐/小区", "青槐\\小区", "青槐\u0007小区"})
    void slashesAndControlCharactersAreRefused(String name) {
        assertThat(Compound.validName("青槐\n小区"))
                .as("a line break pasted from Excel")
                .isEqualTo("青槐 小区");
        assertThatThrownBy(() -> Compound.validName(name)).isInstanceOf(ValidationError.class);
    }

    @Test
    void officeNormalisesAndChecksTheDocumentPrefix() {
        Office o = Office.of(ID, " 青槐街道 ", "明川区", "青槐街党工", null);
        assertThat(o.name()).isEqualTo("青槐街道");
        assertThat(o.effectiveDocPrefix()).isEqualTo("青槐街党工");
        assertThat(Office.of(ID, "青槐街道", null, "", null).effectiveDocPrefix()).isEqualTo("青槐街道");
        assertThatThrownBy(() -> Office.of(ID, "青槐街道", null, "青槐街党工〔2020〕", null))
                .hasMessageContaining("发文字号前缀");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(
                        () ->
                                Compound.of(
                                        ID, ID, "青槐小区", null, -1, null, null, null, null, null,
                                        null))
                .hasMessage("户数：不能是负数");
    }

    @Test
    void aPropertyCompanyWithoutPropertyServiceContradictsItself() {
        assertThatThrownBy(
                        () ->
                                Compound.of(
                                        ID, ID, "青槐小区", null, null, null, null, "某物业公司", null,
                                        false, null))
                .isInstanceOf(ValidationError.class);
    }

    @Test
    void ownerlessByDefaultOnlyWhenAllThreeAreMissing() {
        Compound allMissing = compound(false, false, false);
        Compound twoMissing = compound(true, false, false);
        Compound unsurveyed = compound(null, null, null);
        assertThat(OwnerlessRule.ALL_THREE_MISSING.isOwnerless(allMissing)).isTrue();
        assertThat(OwnerlessRule.ALL_THREE_MISSING.isOwnerless(twoMissing)).isFalse();
        assertThat(OwnerlessRule.ALL_THREE_MISSING.isOwnerless(unsurveyed)).isFalse();
        assertThat(OwnerlessRule.ANY_ONE_MISSING.isOwnerless(twoMissing)).isTrue();
        assertThat(OwnerlessRule.ANY_ONE_MISSING.isOwnerless(compound(true, true, false))).isTrue();
        assertThat(OwnerlessRule.ANY_ONE_MISSING.isOwnerless(compound(true, true, true))).isFalse();
        assertThat(OwnerlessRule.ANY_ONE_MISSING.isOwnerless(unsurveyed)).isFalse();
    }

    private static Compound compound(Boolean unit, Boolean service, Boolean security) {
        return Compound.of(ID, ID, "纺机厂家属院", null, null, null, null, null, unit, service, security);
    }
}
