package org.branchdesk.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Roles, account names, passwords, lock-out, recovery codes and masking: the rules, one by one. */
class AccountRulesTest {
    @ParameterizedTest
    @CsvSource({
        "ADMIN, EDIT, true",
        "ADMIN, ISSUE_NOTICES, true",
        "ADMIN, PRINT_LEDGERS, true",
        "ADMIN, EXPORT_FULL, true",
        "ADMIN, SETTINGS, true",
        "ADMIN, ACCOUNTS, true",
        "ADMIN, RESTORE, true",
        "ADMIN, PURGE, true",
        "ADMIN, APPROVE_PAYMENTS, true",
        "CLERK, EDIT, true",
        "CLERK, ISSUE_NOTICES, true",
        "CLERK, PRINT_LEDGERS, true",
        "CLERK, EXPORT_FULL, false",
        "CLERK, SETTINGS, false",
        "CLERK, ACCOUNTS, false",
        "CLERK, RESTORE, false",
        "CLERK, PURGE, false",
        "CLERK, APPROVE_PAYMENTS, false",
        "SUPERVISOR, EDIT, false",
        "SUPERVISOR, ISSUE_NOTICES, false",
        "SUPERVISOR, PRINT_LEDGERS, true",
        "SUPERVISOR, EXPORT_FULL, false",
        "SUPERVISOR, SETTINGS, false",
        "SUPERVISOR, ACCOUNTS, false",
        "SUPERVISOR, RESTORE, false",
        "SUPERVISOR, PURGE, false",
        "SUPERVISOR, APPROVE_PAYMENTS, false"
    })
    void eachRoleMayExactlyWhatItsDescriptionSays(
            Role role, Permission permission, boolean allowed) {
        assertThat(role.allows(permission)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void rolesReadAsWrittenOnACommandLineOrInChinese(Role role) {
        assertThat(Role.parse(role.name().toLowerCase(Locale.ROOT))).isEqualTo(role);
        assertThat(Role.parse(" " + role.name() + " ")).isEqualTo(role);
        assertThat(Role.parse(role.label())).isEqualTo(role);
    }

    @Test
    void anUnknownRoleNamesTheChoices() {
        assertThatThrownBy(() -> Role.parse("boss"))
                .hasMessageContaining("没有“boss”这种角色")
                .hasMessageContaining("supervisor");
        assertThat(Role.ADMIN.label()).isEqualTo("管理员");
        assertThat(Role.CLERK.label()).isEqualTo("录入员");
        assertThat(Role.SUPERVISOR.label()).isEqualTo("监督员");
    }

    @ParameterizedTest
    @CsvSource({
        "王芳, 王芳",
        "' admin ', admin",
        "ｗａｎｇ_fang-2, wang_fang-2",
        "李, ",
        "'', ",
        "王 芳, ",
        "abc.def, ",
        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', "
    })
    void accountNamesAreShortWordsKeptAsWritten(String input, String expected) {
        if (expected == null) {
            assertThatThrownBy(() -> Accounts.name(input))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith("账户名：");
        } else {
            assertThat(Accounts.name(input)).isEqualTo(expected);
        }
    }

    @Test
    void namesCompareWithoutRegardToCase() {
        assertThat(Accounts.sameName("Admin", "admin")).isTrue();
        assertThat(Accounts.sameName("王芳", "王芳")).isTrue();
        assertThat(Accounts.sameName("王芳", "王芬")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "Qinghuai-2026, ",
        "abcd1234, ",
        "密码是青槐2026, ",
        "'', 密码：不能为空。",
        "Ab1, 密码：至少 8 位。",
        "abcdefgh, 密码：须混用字母、数字、符号中的至少两类。",
        "12345678, 密码：须混用字母、数字、符号中的至少两类。",
        "xwangfang1, 密码：不能包含账户名。",
    })
    void passwordsAreLongEnoughMixedAndNotTheName(String password, String refusal) {
        if (refusal == null) {
            Accounts.checkPassword("wangfang", password.toCharArray());
        } else {
            assertThatThrownBy(() -> Accounts.checkPassword("wangfang", password.toCharArray()))
                    .hasMessage(refusal);
        }
    }

    @Test
    void aPasswordWithALineBreakOrOfABookIsRefused() {
        assertThatThrownBy(() -> Accounts.checkPassword("a", "abcd\n1234".toCharArray()))
                .hasMessage("密码：不能含换行。");
        assertThatThrownBy(
                        () -> Accounts.checkPassword("a", ("a1" + "x".repeat(127)).toCharArray()))
                .hasMessage("密码：不能超过 128 位。");
        assertThatThrownBy(() -> Accounts.checkPassword("a", null)).hasMessage("密码：不能为空。");
    }

    @Test
    void fiveFailuresInARowLockForFifteenMinutes() {
        Instant t = Instant.parse("2026-11-29T08:00:00Z");
        assertThat(Accounts.lockedUntil(4, t, t)).isNull();
        assertThat(Accounts.lockedUntil(5, t, t)).isEqualTo(t.plusSeconds(900));
        assertThat(Accounts.lockedUntil(5, t, t.plusSeconds(899))).isEqualTo(t.plusSeconds(900));
        assertThat(Accounts.lockedUntil(5, t, t.plusSeconds(900))).isNull();
        assertThat(Accounts.lockedUntil(7, t, t.plusSeconds(60))).isNotNull();
        assertThat(Accounts.lockedUntil(5, null, t)).isNull();
    }

    @Test
    void recoveryCodesAreFiveGroupsAndReadBackAsAPersonTypesThem() {
        int[] symbols = new int[25];
        for (int i = 0; i < 25; i++) {
            symbols[i] = i;
        }
        String code = Accounts.recoveryCode(symbols);
        assertThat(code).isEqualTo("01234-56789-ABCDE-FGHJK-MNPQR");
        assertThat(Accounts.readRecoveryCode(code)).isEqualTo("0123456789ABCDEFGHJKMNPQR");
        assertThat(Accounts.readRecoveryCode(" o1234 56789 abcde fghjk mnpqr "))
                .isEqualTo("0123456789ABCDEFGHJKMNPQR");
        assertThat(Accounts.readRecoveryCode("Ol234-56789-ABCDE-FGHJK-MNPQR"))
                .as("O and l read as 0 and 1")
                .isEqualTo("0123456789ABCDEFGHJKMNPQR");
        assertThat(Accounts.readRecoveryCode("０１２３４-56789-ABCDE-FGHJK-MNPQR"))
                .as("full-width digits")
                .isEqualTo("0123456789ABCDEFGHJKMNPQR");
        assertThatThrownBy(() -> Accounts.readRecoveryCode("01234-56789-ABCDE-FGHJK-MNPQ"))
                .hasMessage("恢复码：应为 25 个字符（不计连字符），现为 24 个。");
        assertThatThrownBy(() -> Accounts.readRecoveryCode("01234-56789-ABCDE-FGHJK-MNPQU"))
                .hasMessage("恢复码：含有不会出现在恢复码中的字符“U”，请核对。");
    }

    @Test
    void maskingKeepsWhatTheOfficeChose() {
        assertThat(Masking.STANDARD.id("410302199001011234")).isEqualTo("410302********1234");
        assertThat(Masking.STRICT.id("410302199001011234")).isEqualTo("**************1234");
        assertThat(Masking.STANDARD.phone("19912341234")).isEqualTo("199****1234");
        assertThat(Masking.STRICT.phone("199-1234-1234")).isEqualTo("*******1234");
        assertThat(Masking.STRICT.phone("123")).isEqualTo("***");
        assertThat(Masking.STRICT.id(null)).isNull();
        assertThat(Masking.STANDARD.phone(null)).isNull();
    }

    static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    static Account account(String name, Role role, boolean disabled, int failures, Instant last) {
        return new Account(UUID.randomUUID(), name, role, disabled, false, failures, last, T0);
    }

    @ParameterizedTest(name = "{0} failures before: {1} after, locked {2}")
    @CsvSource({"0,1,false", "3,4,false", "4,5,true", "5,1,false"})
    void aWrongPasswordCountsAndARunStartsAgainAfterALockOut(
            int before, int after, boolean locked) {
        Instant now = T0.plus(Duration.ofHours(1)); // any earlier lock is over
        Account a = account("王芳", Role.CLERK, false, before, before == 0 ? null : T0);
        Account next = Accounts.afterWrongPassword(a, now);
        Assertions.assertThat(next.failures()).isEqualTo(after);
        Assertions.assertThat(next.lockedUntil(now) != null).isEqualTo(locked);
    }

    @Test
    void aRightPasswordEndsTheRunOfFailures() {
        Account a = account("王芳", Role.CLERK, false, 3, T0);
        Assertions.assertThat(Accounts.afterRightPassword(a).failures()).isZero();
        Account clean = account("李明", Role.CLERK, false, 0, null);
        Assertions.assertThat(Accounts.afterRightPassword(clean)).isSameAs(clean);
    }

    @Test
    void theOfficeKeepsOneActiveAdministrator() {
        Account admin = account("管理员", Role.ADMIN, false, 0, null);
        Account other = account("副管理员", Role.ADMIN, false, 0, null);
        Account stopped = account("旧管理员", Role.ADMIN, true, 0, null);
        Account clerk = account("录入员", Role.CLERK, false, 0, null);
        Assertions.assertThatThrownBy(
                        () ->
                                Accounts.requireAnotherAdministrator(
                                        admin, List.of(admin, stopped, clerk)))
                .hasMessageContaining("管理员");
        Accounts.requireAnotherAdministrator(
                admin, List.of(admin, other, clerk)); // refuses nothing
    }
}
