package org.branchdesk.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.DevelopmentMaterial;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.service.care.DevelopmentService.Line;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development board without a toolkit: the demo's cases by stage, a stage chosen, the next step
 * recorded through the form with its checklist, a day too early refused by a binding before the
 * service is asked, and a supervisor reading without the button.
 */
class DevelopmentViewModelTest {
    @TempDir Path dir;

    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    DevelopmentViewModel board(org.branchdesk.service.Services s) {
        DevelopmentViewModel vm =
                new DevelopmentViewModel(s.development(), tasks, s.actor().may(Permission.EDIT));
        vm.reload();
        return vm;
    }

    static Line named(DevelopmentViewModel vm, String name) {
        return vm.rows().stream().filter(l -> l.applicant().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theBoardShowsTheCasesByStageAndRecordsTheNextStepWithItsChecklist() {
        try (var s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            DevelopmentViewModel vm = board(s);
            assertThat(vm.rows()).hasSize(13);
            assertThat(vm.rows().get(0).stage()).isEqualTo(DevelopmentStep.APPLICATION);
            assertThat(vm.rows().get(12).stage()).isEqualTo(DevelopmentStep.FULL_MEMBERSHIP);
            assertThat(vm.summaryProperty().get()).startsWith("共 13 人");

            vm.stageProperty().set(DevelopmentStep.ACTIVIST);
            assertThat(vm.rows()).singleElement().extracting(Line::applicant).isEqualTo("侯兰珍");
            vm.stageProperty().set(null);

            Line talk = named(vm, "朱晓彤");
            vm.selectedProperty().set(talk);
            assertThat(vm.mayStepSelectedProperty().get()).isTrue();
            assertThat(DevelopmentViewModel.nextText(talk)).contains("党组织派人谈话");
            DevelopmentStepFormViewModel form = vm.stepForm(talk);
            assertThat(form.step()).isEqualTo(DevelopmentStep.APPLICATION_TALK);
            assertThat(form.needsPeople()).isFalse();
            assertThat(form.checklist())
                    .extracting(DevelopmentStepFormViewModel.Item::material)
                    .containsExactly(DevelopmentMaterial.APPLICATION_TALK_RECORD);

            // a day before the application: the binding says so, nothing is asked of the service
            form.onProperty().set(talk.stageOn().minusDays(1));
            assertThat(form.onMessageProperty().get()).contains(talk.stageOn().toString());
            assertThat(form.canSaveProperty().get()).isFalse();

            form.onProperty().set(form.today());
            form.documentNumberProperty().set("松柏支谈〔2026〕1号");
            form.checklist().get(0).ticked().set(true);
            form.save();
            assertThat(form.form().savedProperty().get()).isNotNull();
            Line after = named(vm, "朱晓彤");
            assertThat(after.stage()).isEqualTo(DevelopmentStep.APPLICATION_TALK);
            assertThat(after.missing()).containsExactly(DevelopmentMaterial.APPLICATION_LETTER);
            assertThat(vm.selectedProperty().get().id()).isEqualTo(talk.id());
            assertThat(vm.noticeProperty().get().text()).contains("朱晓彤").contains("第 2 步");
        }
    }

    @Test
    void aRefusedStepStaysInTheFormAndChangesNothing() {
        try (var s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            DevelopmentViewModel vm = board(s);
            Line candidate = named(vm, "苏梅明");
            DevelopmentStepFormViewModel form =
                    vm.stepForm(
                            vm.rows().stream()
                                    .filter(l -> l.stage() == DevelopmentStep.ACTIVIST)
                                    .findFirst()
                                    .orElseThrow());
            assertThat(form.needsPeople()).isTrue();
            assertThat(form.canSaveProperty().get()).as("sponsors needed").isFalse();
            form.peopleProperty().set("梁超、赵娟静");
            form.onProperty().set(form.today().plusDays(40));
            assertThat(form.canSaveProperty().get()).as("a day to come").isFalse();
            assertThat(candidate.stage()).isEqualTo(DevelopmentStep.CANDIDATE);
        }
    }

    @Test
    void aSupervisorReadsTheBoardMaskedWithoutRecording() {
        try (var s = TestOffice.open(dir)) {
            s.demo().load(0, false);
        }
        try (var s = TestOffice.open(dir, Role.SUPERVISOR)) {
            DevelopmentViewModel vm = board(s);
            assertThat(vm.mayEdit()).isFalse();
            vm.selectedProperty().set(vm.rows().get(0));
            assertThat(vm.mayStepSelectedProperty().get()).isFalse();
            assertThat(vm.rows()).allSatisfy(l -> assertThat(l.maskedId()).contains("*"));
        }
    }
}
