package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.branchdesk.store.jooq.Tables.PERSON;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.store.accounts.DataKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonEditTest {
    static final String ID = PeopleServiceTest.VOLUNTEER_ID;
    static final String OTHER_ID = "99010119850202123X";
    static final String NEW_ID = "990101197003034568";

    @TempDir Path dir;
    Store store;
    Services s;
    List<Member> members;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.systemUTC(), FxThreadGuard.NONE, DataKey.random());
        s = Services.of(store, new Actor("测试员", Role.ADMIN));
        s.demo().load(0, false);
        members =
                s.members().search(MemberFilter.text(""), 2).rows().stream()
                        .map(r -> s.members().get(r.id()))
                        .toList();
    }

    @AfterEach
    void close() {
        s.close();
    }

    Person add(String name, String id, String phone) {
        return s.people()
                .add(new PeopleService.NewPerson(name, id, phone, PersonKind.VOLUNTEER, null));
    }

    long revision(UUID id) {
        return store.read(
                x ->
                        x.dsl()
                                .select(PERSON.REVISION)
                                .from(PERSON)
                                .where(PERSON.ID.eq(id))
                                .fetchOne(PERSON.REVISION));
    }

    Person stored(UUID id) {
        return store.read(x -> x.people().find(id)).orElseThrow();
    }

    @Test
    void aClerkCorrectsEveryFieldAndTheChangeIsAuditedMasked() {
        Person p = add("柳青", ID, "13912345678");
        Person after =
                s.people()
                        .update(
                                p.id(),
                                new PeopleService.NewPerson(
                                        "柳清",
                                        NEW_ID,
                                        "13800001111",
                                        PersonKind.COMMUNITY_WORKER,
                                        "夜班可排",
                                        "医护背景"));
        assertThat(stored(p.id())).isEqualTo(after);
        assertThat(after.name()).isEqualTo("柳清");
        assertThat(after.citizenId().value()).isEqualTo(NEW_ID);
        assertThat(after.phone()).isEqualTo("13800001111");
        assertThat(after.kind()).isEqualTo(PersonKind.COMMUNITY_WORKER);
        assertThat(after.tags()).isEqualTo("医护背景");
        assertThat(after.note()).isEqualTo("夜班可排");
        assertThat(revision(p.id())).isEqualTo(2L);
        AuditLog.Entry logged =
                store.read(x -> x.audit().latest(5)).stream()
                        .filter(e -> e.entityId().equals(p.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(logged.action()).isEqualTo(AuditLog.Action.UPDATE);
        assertThat(logged.beforeJson()).contains("柳青").doesNotContain(ID, "13912345678");
        assertThat(logged.afterJson()).contains("柳清", "医护背景").doesNotContain(NEW_ID, "13800001111");
    }

    @Test
    void anEmptyIdNumberOrPhoneKeepsTheRecordedOne() {
        Person p = add("柳青", ID, "13912345678");
        Person after =
                s.people()
                        .update(
                                p.id(),
                                new PeopleService.NewPerson(
                                        "柳青", "", null, PersonKind.VOLUNTEER, "改了备注"));
        assertThat(after.citizenId()).isEqualTo(p.citizenId());
        assertThat(after.phone()).isEqualTo("13912345678");
        assertThat(after.note()).isEqualTo("改了备注");
    }

    @Test
    void anUnchangedPersonIsNotWrittenNorAudited() {
        Person p = add("柳青", ID, "13912345678");
        int audited = store.read(x -> x.audit().countFor(p.id()));
        s.people()
                .update(
                        p.id(),
                        new PeopleService.NewPerson("柳青", null, null, PersonKind.VOLUNTEER, null));
        assertThat(revision(p.id())).isEqualTo(1L);
        assertThat(store.<Integer>read(x -> x.audit().countFor(p.id()))).isEqualTo(audited);
    }

    @Test
    void typingAMembersIdNumberLinksThePersonToTheMember() {
        Member m = members.get(0);
        Person p = add(m.name(), null, null);
        Person after =
                s.people()
                        .update(
                                p.id(),
                                new PeopleService.NewPerson(
                                        m.name(),
                                        m.citizenId().value(),
                                        null,
                                        PersonKind.VOLUNTEER,
                                        null));
        assertThat(after.memberId()).isEqualTo(m.id());
    }

    @Test
    void everyRefusalNamesTheFieldAndChangesNothing() {
        Member m = members.get(0);
        Member other = members.get(1);
        Person linked =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        m.name(),
                                        m.citizenId().value(),
                                        null,
                                        PersonKind.VOLUNTEER,
                                        null));
        Person p = add("柳青", ID, "13912345678");
        add("王五", OTHER_ID, null);
        long revision = revision(p.id());
        int audited = store.read(x -> x.audit().count());

        List<Map.Entry<String, Runnable>> refused = new ArrayList<>();
        refused.add(
                Map.entry(
                        "公民身份号码：此人已在人员名册中，不能重复登记",
                        () -> edit(p.id(), "柳青", OTHER_ID, PersonKind.VOLUNTEER)));
        refused.add(
                Map.entry(
                        "公民身份号码：此人已在人员名册中，不能重复登记",
                        () -> edit(p.id(), m.name(), m.citizenId().value(), PersonKind.VOLUNTEER)));
        refused.add(
                Map.entry(
                        "姓名：这个公民身份号码是党员“" + other.name() + "”的，姓名不符",
                        () -> edit(p.id(), "柳青", other.citizenId().value(), PersonKind.VOLUNTEER)));
        refused.add(
                Map.entry(
                        "姓名：这个公民身份号码是党员“" + m.name() + "”的，姓名不符",
                        () -> edit(linked.id(), "别人", null, PersonKind.VOLUNTEER)));
        refused.add(Map.entry("人员类别：不能为空", () -> edit(p.id(), "柳青", null, null)));
        refused.add(
                Map.entry(
                        Messages.format("error.person.notFound"),
                        () -> edit(UUID.randomUUID(), "柳青", null, PersonKind.VOLUNTEER)));
        refused.forEach(
                r ->
                        assertThatThrownBy(r.getValue()::run)
                                .as(r.getKey())
                                .isInstanceOf(UserError.class)
                                .hasMessage(r.getKey()));
        assertThatThrownBy(() -> edit(p.id(), "柳青", "990101199001011231", PersonKind.VOLUNTEER))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("公民身份号码：");
        assertThatThrownBy(
                        () ->
                                Services.of(store, new Actor("督导", Role.SUPERVISOR))
                                        .people()
                                        .update(
                                                p.id(),
                                                new PeopleService.NewPerson(
                                                        "柳清", null, null, PersonKind.OTHER, null)))
                .isInstanceOf(UserError.class);
        assertThat(stored(p.id())).isEqualTo(p);
        assertThat(revision(p.id())).isEqualTo(revision);
        assertThat(store.<Integer>read(x -> x.audit().count()))
                .as("nothing refused is audited")
                .isEqualTo(audited);
    }

    void edit(UUID id, String name, String idNumber, PersonKind kind) {
        s.people().update(id, new PeopleService.NewPerson(name, idNumber, null, kind, null));
    }
}
