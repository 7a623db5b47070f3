package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.ui.accounts.AccountsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 账户与隐私 screen without a toolkit, on a real office with accounts. */
class AccountsViewModelTest {
    @TempDir Path dir;

    private OfficeAccess door() {
        return new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {});
    }

    private AccountsViewModel model(Services s, List<Object> backedUp, List<Path> restored) {
        return new AccountsViewModel(
                s.accounts(),
                s.privacy(),
                s.backups(),
                new CurrentThreadTaskExecutor(),
                backedUp::add,
                (file, password) -> restored.add(file));
    }

    @Test
    void anAdministratorAddsAnAccountChangesSettingsAndBacksUp() {
        List<Object> backedUp = new ArrayList<>();
        List<Path> restored = new ArrayList<>();
        try (Services s = door().setUp("管理员", "Qinghuai-2026".toCharArray()).services()) {
            s.demo().load(0, false);
            AccountsViewModel vm = model(s, backedUp, restored);
            vm.reload();
            assertThat(vm.administrator()).isTrue();
            assertThat(vm.accounts()).extracting(a -> a.name()).containsExactly("管理员");
            assertThat(vm.inventory()).anySatisfy(i -> assertThat(i.what()).isEqualTo("公民身份号码"));

            vm.add("王芳", Role.CLERK, "Wangfang-2026", "Wangfang-2027");
            assertThat(vm.noticeProperty().get().text()).isEqualTo("两次输入的密码不一致。");
            assertThat(vm.accounts()).hasSize(1);
            vm.clearNotice();
            vm.add("王芳", Role.CLERK, "Wangfang-2026", "Wangfang-2026");
            assertThat(vm.noticeProperty().get().text()).isEqualTo("已建立账户“王芳”。");
            assertThat(vm.accounts())
                    .extracting(a -> a.name() + "/" + a.role())
                    .containsExactly("管理员/ADMIN", "王芳/CLERK");

            vm.maskingProperty().set(Masking.STRICT);
            vm.retentionMonthsProperty().set(6);
            vm.saveSettings();
            assertThat(s.privacy().settings())
                    .isEqualTo(new PrivacyService.Settings(Masking.STRICT, 6));
            assertThat(s.members().search(MemberFilter.text(""), 1).rows().get(0).maskedId())
                    .as("lists follow the setting")
                    .startsWith("**************");

            vm.backUpNow();
            assertThat(backedUp).hasSize(1);
            assertThat(vm.backups()).hasSize(1);
            vm.restore(vm.backups().get(0).file(), "Qinghuai-2026");
            assertThat(restored).containsExactly(vm.backups().get(0).file());
        }
    }

    @Test
    void aClerkSeesNoAccountsAndMayNotRestore() {
        try (Services admin = door().setUp("管理员", "Qinghuai-2026".toCharArray()).services()) {
            admin.office().initialize("青槐街道", null, null);
            admin.accounts().add("王芳", Role.CLERK, "Wangfang-2026".toCharArray());
        }
        List<Path> restored = new ArrayList<>();
        try (Services clerk = door().signIn("王芳", "Wangfang-2026".toCharArray())) {
            AccountsViewModel vm = model(clerk, new ArrayList<>(), restored);
            vm.reload();
            assertThat(vm.administrator()).isFalse();
            assertThat(vm.accounts()).isEmpty();
            assertThat(vm.mustChangePasswordProperty().get()).isTrue();
            assertThat(vm.mayRestore()).isFalse();
            vm.restore(dir.resolve("x.zip"), "Wangfang-2026");
            assertThat(restored).isEmpty();
            vm.changeOwnPassword("Wangfang-2026", "Wangfang-2027", "Wangfang-2027", null);
            assertThat(vm.noticeProperty().get().text()).isEqualTo("密码已修改。");
            assertThat(vm.mustChangePasswordProperty().get()).isFalse();
            vm.clearNotice();
            vm.saveSettings();
            assertThat(vm.noticeProperty().get().text()).contains("无权更改办公室设置");
        }
    }
}
