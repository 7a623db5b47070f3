package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.branchdesk.domain.office.Office;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.firstrun.FirstRunViewModel;
import org.branchdesk.ui.shell.ShellViewModel;
import org.branchdesk.ui.signin.SignInViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunAndShellViewModelTest {
    @TempDir Path dir;

    private OfficeAccess door() {
        return new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {});
    }

    @Test
    void aNewOfficeGoesThroughTheAdministratorAndFirstRunToReady() {
        ShellViewModel shell = new ShellViewModel(dir, door(), new CurrentThreadTaskExecutor());
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.OPENING);
        shell.open();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.SET_UP);
        SignInViewModel setUp =
                new SignInViewModel(
                        shell.access(),
                        shell.accessStateProperty().get(),
                        new CurrentThreadTaskExecutor(),
                        shell::opened);
        assertThat(setUp.modeProperty().get()).isEqualTo(SignInViewModel.Mode.SET_UP);
        setUp.nameProperty().set("管理员");
        setUp.passwordProperty().set("Qinghuai-2026");
        setUp.confirmProperty().set("Qinghuai-2027");
        setUp.submit();
        assertThat(setUp.errorProperty().get()).isEqualTo("两次输入的密码不一致。");
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.SET_UP);
        setUp.passwordProperty().set("short");
        setUp.confirmProperty().set("short");
        setUp.submit();
        assertThat(setUp.errorProperty().get()).isEqualTo("密码：至少 8 位。");
        assertThat(dir.resolve("office.keys")).as("a refused set-up writes nothing").doesNotExist();
        setUp.passwordProperty().set("Qinghuai-2026");
        setUp.confirmProperty().set("Qinghuai-2026");
        setUp.submit();

        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.RECOVERY_CODE);
        assertThat(shell.recoveryCodeProperty().get()).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}");
        assertThat(setUp.passwordProperty().get()).as("the password leaves the form").isEmpty();
        shell.recoveryCodeNoted();
        assertThat(shell.recoveryCodeProperty().get()).isEmpty();
        Services opened = shell.servicesProperty().get();
        try {
            assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.FIRST_RUN);
            assertThat(shell.officeTextProperty().get()).isEqualTo("尚未建立办公室");
            assertThat(shell.accountTextProperty().get()).isEqualTo("账户：管理员（管理员）");

            FirstRunViewModel first =
                    new FirstRunViewModel(
                            opened, new CurrentThreadTaskExecutor(), shell::officeCreated);
            assertThat(first.canCreateBinding().get()).isFalse();
            first.nameProperty().set("青槐街道");
            first.districtProperty().set("明川区");
            assertThat(first.canCreateBinding().get()).isTrue();
            first.createOffice();

            assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.READY);
            assertThat(shell.titleProperty().get()).isEqualTo("BranchDesk — 青槐街道");
            assertThat(shell.officeTextProperty().get()).isEqualTo("青槐街道（明川区）");
            assertThat(shell.lastBackupTextProperty().get())
                    .as("the day's automatic backup")
                    .matches("上次备份：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(shell.dataFileTextProperty().get()).contains("office.mv.db");
        } finally {
            opened.close();
        }
    }

    @Test
    void signingInTakesTheAccountsPasswordAndAWrongOneOpensNothing() {
        door().setUp("王芳", "Qinghuai-2026".toCharArray()).services().close();
        ShellViewModel shell = new ShellViewModel(dir, door(), new CurrentThreadTaskExecutor());
        shell.open();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.SIGN_IN);
        assertThat(shell.titleProperty().get()).isEqualTo("BranchDesk — 登录");
        SignInViewModel signIn =
                new SignInViewModel(
                        shell.access(),
                        shell.accessStateProperty().get(),
                        new CurrentThreadTaskExecutor(),
                        shell::opened);
        signIn.nameProperty().set("王芳");
        signIn.passwordProperty().set("Qinghuai-2025");
        signIn.submit();
        assertThat(signIn.errorProperty().get()).isEqualTo("账户名或密码不正确。再错 4 次，此账户将被暂时锁定。");
        assertThat(shell.servicesProperty().get()).isNull();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.SIGN_IN);
        signIn.passwordProperty().set("Qinghuai-2026");
        signIn.submit();
        assertThat(shell.phaseProperty().get())
                .as("no recovery code after a sign-in")
                .isEqualTo(ShellViewModel.Phase.FIRST_RUN);
        shell.servicesProperty().get().close();
    }

    @Test
    void theRecoveryCodeSetsANewAdministratorPasswordAndIsReplaced() {
        OfficeAccess.SetUp made = door().setUp("王芳", "Qinghuai-2026".toCharArray());
        made.services().close();
        ShellViewModel shell = new ShellViewModel(dir, door(), new CurrentThreadTaskExecutor());
        shell.open();
        SignInViewModel form =
                new SignInViewModel(
                        shell.access(),
                        shell.accessStateProperty().get(),
                        new CurrentThreadTaskExecutor(),
                        shell::opened);
        form.forgotPassword();
        form.recoveryCodeProperty()
                .set(made.recoveryCode().toLowerCase(Locale.ROOT).replace("-", " "));
        form.nameProperty().set("王芳");
        form.passwordProperty().set("Xinhua-2027");
        form.confirmProperty().set("Xinhua-2027");
        form.submit();
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.RECOVERY_CODE);
        String next = shell.recoveryCodeProperty().get();
        assertThat(next).isNotEqualTo(made.recoveryCode());
        shell.servicesProperty().get().close();
        assertThatThrownBy(
                        () ->
                                door().recover(
                                                made.recoveryCode(),
                                                "王芳",
                                                "Other-pass-1".toCharArray()))
                .hasMessage("恢复码不正确，请对照建立管理员时抄下的恢复码核对。");
        door().signIn("王芳", "Xinhua-2027".toCharArray()).close();
    }

    @Test
    void aRefusedFieldKeepsTheFormAndSaysWhy() {
        try (Services s = TestOffice.open(dir)) {
            AtomicReference<Office> done = new AtomicReference<>();
            FirstRunViewModel first =
                    new FirstRunViewModel(s, new CurrentThreadTaskExecutor(), done::set);
            first.nameProperty().set("青槐街道");
            first.docPrefixProperty().set("青槐〔2020〕");
            first.createOffice();
            assertThat(done.get()).isNull();
            assertThat(first.errorProperty().get()).startsWith("发文字号前缀：");
            assertThat(first.busyProperty().get()).isFalse();
            assertThat(s.office().current()).isEmpty();
        }
    }

    @Test
    void theDemoCanBeLoadedFromFirstRun() {
        try (Services s = TestOffice.open(dir)) {
            AtomicReference<Office> done = new AtomicReference<>();
            new FirstRunViewModel(s, new CurrentThreadTaskExecutor(), done::set).loadDemo();
            assertThat(done.get().name()).isEqualTo("青槐街道");
        }
    }

    @Test
    void aDamagedKeyringSaysWhatToDo() throws Exception {
        Files.writeString(dir.resolve("office.keys"), "format=1\naccount.1.name=x\n");
        ShellViewModel shell = new ShellViewModel(dir, door(), new CurrentThreadTaskExecutor());
        shell.open();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.FAILED);
        assertThat(shell.failureProperty().get())
                .contains("账户文件")
                .contains("已损坏")
                .contains("backups");
        assertThat(shell.servicesProperty().get()).isNull();
    }

    @Test
    void aRestoreIsCheckedWhileTheOfficeStaysOpenThenReplacesIt() throws Exception {
        Path backup;
        try (Services s = door().setUp("王芳", "Qinghuai-2026".toCharArray()).services()) {
            s.demo().load(0, false);
            backup = s.backups().backupNow();
            s.places().createCommunity("新华社区");
        }
        ShellViewModel shell = new ShellViewModel(dir, door(), new CurrentThreadTaskExecutor());
        shell.open();
        SignInViewModel signIn =
                new SignInViewModel(
                        shell.access(),
                        shell.accessStateProperty().get(),
                        new CurrentThreadTaskExecutor(),
                        shell::opened);
        signIn.nameProperty().set("王芳");
        signIn.passwordProperty().set("Qinghuai-2026");
        signIn.submit();
        Services before = shell.servicesProperty().get();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.READY);

        shell.restore(backup, "Qinghuai-2025".toCharArray());
        assertThat(shell.noticeProperty().get().kind()).isEqualTo(Notice.Kind.FAILURE);
        assertThat(shell.noticeProperty().get().text()).contains("账户名或密码不正确");
        assertThat(shell.phaseProperty().get())
                .as("a mistyped password closes nothing")
                .isEqualTo(ShellViewModel.Phase.READY);
        assertThat(shell.servicesProperty().get()).isSameAs(before);
        assertThat(before.stats().counts()).containsEntry("communities", 9);
        shell.clearNotice();

        shell.restore(backup, "Qinghuai-2026".toCharArray());
        assertThat(shell.noticeProperty().get()).isEqualTo(Notice.success("已从备份恢复，窗口中显示的是恢复后的数据。"));
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.READY);
        Services after = shell.servicesProperty().get();
        assertThat(after).isNotSameAs(before);
        assertThat(after.stats().counts()).containsEntry("communities", 8);
        after.close();
    }
}
