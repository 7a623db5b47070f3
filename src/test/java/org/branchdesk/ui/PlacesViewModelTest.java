package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.branchdesk.service.Services;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.places.PlaceNode;
import org.branchdesk.ui.places.PlacesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organization tree's ViewModel on a real office, without a JavaFX toolkit. */
class PlacesViewModelTest {
    @TempDir Path dir;
    Services services;
    PlacesViewModel vm;

    @BeforeEach
    void open() {
        services = TestOffice.open(dir);
        services.demo().load(0, false);
        vm = new PlacesViewModel(services.places(), new CurrentThreadTaskExecutor());
        vm.reload();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsTheStreetWithItsCommunitiesAndSelectsTheStreet() {
        PlaceNode root = vm.rootProperty().get();
        assertThat(root.kind()).isEqualTo(PlaceNode.Kind.STREET);
        assertThat(root.name()).isEqualTo("青槐街道");
        assertThat(root.children()).hasSize(8);
        assertThat(root.compoundCount()).isEqualTo(60);
        assertThat(vm.selectedProperty().get()).isEqualTo(root);
        assertThat(vm.summaryProperty().get()).isEqualTo("共 8 个社区、60 个小区");
        assertThat(vm.facts())
                .extracting(PlacesViewModel.Fact::value)
                .contains("青槐街道", "明川区", "60");
    }

    @Test
    void theSearchBoxKeepsMatchingCompoundsAndTheirCommunities() {
        vm.filterProperty().set("家属院");
        PlaceNode root = vm.rootProperty().get();
        assertThat(root.children()).isNotEmpty();
        assertThat(root.children())
                .allSatisfy(
                        c ->
                                assertThat(c.children())
                                        .allSatisfy(x -> assertThat(x.name()).contains("家属院")));
        assertThat(vm.summaryProperty().get()).startsWith("找到");

        vm.filterProperty().set("石桥社区");
        assertThat(vm.rootProperty().get().children())
                .singleElement()
                .satisfies(c -> assertThat(c.children()).hasSize(8));

        vm.filterProperty().set("没有这个名字");
        assertThat(vm.rootProperty().get().children()).isEmpty();
    }

    @Test
    void anAddedCommunityAppearsSelectedInTheTree() {
        vm.addCommunity("新华社区");
        PlaceNode selected = vm.selectedProperty().get();
        assertThat(selected.kind()).isEqualTo(PlaceNode.Kind.COMMUNITY);
        assertThat(selected.name()).isEqualTo("新华社区");
        assertThat(vm.rootProperty().get().children()).hasSize(9);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void aCompoundIsAddedUnderTheSelectedCommunityAndCanBeRenamedAndMoved() {
        PlaceNode liuan = vm.rootProperty().get().children().get(1);
        vm.selectedProperty().set(liuan);
        vm.addCompound("柳絮苑");
        PlaceNode added = vm.selectedProperty().get();
        assertThat(added.kind()).isEqualTo(PlaceNode.Kind.COMPOUND);
        assertThat(vm.facts()).extracting(PlacesViewModel.Fact::value).contains("柳絮苑", "未排查");

        vm.renameSelected("柳絮花园");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("柳絮花园");

        PlaceNode target = vm.rootProperty().get().children().get(2);
        vm.moveSelectedCompound(target.id());
        assertThat(vm.rootProperty().get().find(target.id()).children())
                .extracting(PlaceNode::name)
                .contains("柳絮花园");
    }

    @Test
    void aRefusedChangeShowsTheMessageAndChangesNothing() {
        vm.addCommunity("柳岸社区");
        assertThat(vm.errorProperty().get()).isEqualTo("已有名为“柳岸社区”的社区。");
        assertThat(vm.rootProperty().get().children()).hasSize(8);

        vm.selectedProperty().set(vm.rootProperty().get());
        vm.addCompound("无处安放");
        assertThat(vm.errorProperty().get()).contains("请先选择");
    }

    @Test
    void communitiesMoveUpAndDown() {
        PlaceNode second = vm.rootProperty().get().children().get(1);
        vm.selectedProperty().set(second);
        vm.moveSelectedCommunity(-1);
        assertThat(vm.rootProperty().get().children().get(0).id()).isEqualTo(second.id());
        assertThat(vm.selectedProperty().get().id()).isEqualTo(second.id());
    }

    @Test
    void aMovedCompoundCanBePutBack() {
        PlaceNode first = vm.rootProperty().get().children().get(0);
        PlaceNode second = vm.rootProperty().get().children().get(1);
        PlaceNode compound = first.children().get(0);
        assertThat(vm.lastMoveProperty().get()).isNull();
        vm.moveCompound(compound.id(), second.id());
        assertThat(vm.rootProperty().get().find(second.id()).children())
                .extracting(PlaceNode::id)
                .contains(compound.id());
        assertThat(vm.lastMoveProperty().get()).isNotNull();
        vm.undoLastMove();
        assertThat(vm.rootProperty().get().find(first.id()).children())
                .extracting(PlaceNode::id)
                .contains(compound.id());
        assertThat(vm.lastMoveProperty().get()).isNull();
    }
}
