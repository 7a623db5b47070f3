package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.branchdesk.domain.Office;
import org.branchdesk.domain.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.firstrun.FirstRunViewModel;
import org.branchdesk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunAndShellViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aNewOfficeGoesThroughFirstRunToReady() {
        AtomicReference<Services> opened = new AtomicReference<>();
        ShellViewModel shell = new ShellViewModel(dir, () -> {
            opened.set(TestOffice.open(dir));
            return opened.get();
        }, new CurrentThreadTaskExecutor());
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.OPENING);
        shell.open();
        try {
            assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.FIRST_RUN);
            assertThat(shell.officeTextProperty().get()).isEqualTo("尚未建立办公室");

            FirstRunViewModel first = new FirstRunViewModel(opened.get(), new CurrentThreadTaskExecutor(),
                    shell::officeCreated);
            assertThat(first.canCreateBinding().get()).isFalse();
            first.nameProperty().set("青槐街道");
            first.districtProperty().set("明川区");
            assertThat(first.canCreateBinding().get()).isTrue();
            first.createOffice();

            assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.READY);
            assertThat(shell.titleProperty().get()).isEqualTo("BranchDesk — 青槐街道");
            assertThat(shell.officeTextProperty().get()).isEqualTo("青槐街道（明川区）");
            assertThat(shell.lastBackupTextProperty().get()).isEqualTo("上次备份：从未备份");
            assertThat(shell.dataFileTextProperty().get()).contains("office.mv.db");
        } finally {
            opened.get().close();
        }
    }

    @Test
    void aRefusedFieldKeepsTheFormAndSaysWhy() {
        try (Services s = TestOffice.open(dir)) {
            AtomicReference<Office> done = new AtomicReference<>();
            FirstRunViewModel first = new FirstRunViewModel(s, new CurrentThreadTaskExecutor(), done::set);
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
    void anOfficeThatCannotBeOpenedShowsWhy() {
        ShellViewModel shell = new ShellViewModel(dir, () -> {
            throw new UserError("error.office.inUse", dir);
        }, new CurrentThreadTaskExecutor());
        shell.open();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.FAILED);
        assertThat(shell.failureProperty().get()).contains("正由另一个 BranchDesk");
    }
}
