package org.branchdesk.service.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.places.PlaceTree;
import org.branchdesk.service.Services;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesServiceTest {
    @TempDir Path dir;
    Services services;
    PlacesService places;

    @BeforeEach
    void open() {
        services = TestOffice.initialized(dir);
        places = services.places();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void createsCommunitiesInOrderAndCompoundsUnderThem() {
        Community a = places.createCommunity("柳岸社区");
        Community b = places.createCommunity(" 石桥社区 ");
        places.createCompound(b.id(), "石桥新村");
        places.createCompound(b.id(), "红砖楼院");

        PlaceTree tree = places.tree();
        assertThat(tree.office().name()).isEqualTo("青槐街道");
        assertThat(tree.communities())
                .extracting(n -> n.community().name())
                .containsExactly("柳岸社区", "石桥社区");
        assertThat(tree.communities().get(1).compounds())
                .extracting(Compound::name)
                .as("compounds in pinyin order: hong before shi")
                .containsExactly("红砖楼院", "石桥新村");
        assertThat(tree.compoundCount()).isEqualTo(2);
        assertThat(a.sortOrder()).isLessThan(b.sortOrder());
    }

    @Test
    void refusesADuplicateNameAndChangesNothing() {
        places.createCommunity("柳岸社区");
        assertThatThrownBy(() -> places.createCommunity("柳岸社区"))
                .isInstanceOf(UserError.class)
                .hasMessage("已有名为“柳岸社区”的社区。");
        assertThat(places.communities()).hasSize(1);
    }

    @Test
    void refusesAnInvalidNameBeforeTouchingTheDatabase() {
        assertThatThrownBy(() -> places.createCommunity(""))
                .isInstanceOf(ValidationError.class)
                .hasMessage("社区名称：不能为空");
        assertThat(places.communities()).isEmpty();
    }

    @Test
    void renamesAndAuditsWhoDidIt() {
        Community c = places.createCommunity("柳岸社区");
        places.renameCommunity(c.id(), "柳岸新社区");
        assertThat(places.communities()).extracting(Community::name).containsExactly("柳岸新社区");

        var audit =
                services.closer() instanceof Store store
                        ? store.read(s -> s.audit().latest(10))
                        : List.<AuditLog.Entry>of();
        assertThat(audit).isNotEmpty();
        var rename = audit.get(0);
        assertThat(rename.user()).isEqualTo("测试员");
        assertThat(rename.action()).isEqualTo(AuditLog.Action.RENAME);
        assertThat(rename.beforeJson()).contains("\"name\":\"柳岸社区\"");
        assertThat(rename.afterJson()).contains("\"name\":\"柳岸新社区\"");
    }

    @Test
    void aRenameToTheSameNameChangesNothing() {
        Community c = places.createCommunity("柳岸社区");
        places.renameCommunity(c.id(), "柳岸社区");
        var store = (Store) services.closer();
        int entries = store.read(s -> s.audit().countFor(c.id()));
        long revision = store.read(s -> s.communities().revision(c.id()));
        assertThat(entries).isEqualTo(1);
        assertThat(revision).isEqualTo(1);
    }

    @Test
    void movesACompoundToAnotherCommunityButNotOntoASameNamedOne() {
        Community a = places.createCommunity("柳岸社区");
        Community b = places.createCommunity("石桥社区");
        Compound x = places.createCompound(a.id(), "滨河家园");
        places.createCompound(b.id(), "河畔新村");
        Compound moved = places.moveCompound(x.id(), b.id());
        assertThat(moved.communityId()).isEqualTo(b.id());
        assertThat(places.compounds(a.id())).isEmpty();
        assertThat(places.compounds(b.id())).extracting(Compound::name).contains("滨河家园");

        Compound y = places.createCompound(a.id(), "河畔新村");
        assertThatThrownBy(() -> places.moveCompound(y.id(), b.id()))
                .hasMessage("石桥社区已有名为“河畔新村”的小区。");
        assertThat(places.compounds(a.id())).extracting(Compound::id).containsExactly(y.id());
    }

    @Test
    void movesACommunityWithinTheStreetsOrder() {
        Community a = places.createCommunity("甲社区");
        Community b = places.createCommunity("乙社区");
        Community c = places.createCommunity("丙社区");
        places.moveCommunity(c.id(), 0);
        assertThat(places.communities())
                .extracting(Community::name)
                .containsExactly("丙社区", "甲社区", "乙社区");
        places.moveCommunity(c.id(), 99);
        assertThat(places.communities())
                .extracting(Community::id)
                .containsExactly(a.id(), b.id(), c.id());
    }

    @Test
    void placesNeedAnOffice(@TempDir Path other) {
        try (Services fresh = TestOffice.open(other)) {
            assertThatThrownBy(() -> fresh.places().createCommunity("柳岸社区"))
                    .hasMessageContaining("尚未建立办公室");
            assertThat(fresh.office().current()).isEmpty();
        }
    }

    @Test
    void theOfficeIsSetUpOnce() {
        assertThatThrownBy(() -> services.office().initialize("别的街道", null, null))
                .hasMessage("本办公室已经建立，不能重复建立。");
        assertThat(services.office().current().orElseThrow().name()).isEqualTo("青槐街道");
        services.office().update("青槐街道办事处", "明川区", "青槐街党工");
        assertThat(services.office().current().orElseThrow().name()).isEqualTo("青槐街道办事处");
    }
}
