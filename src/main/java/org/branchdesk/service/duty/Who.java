package org.branchdesk.service.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.StoreSession;

/**
 * Who serves, as a clerk names them: a member on the members register or a person on the people
 * register. A person who is also a member (linked) is the member, so nobody is on a roster twice
 * under two records; members are candidates without being copied to the people register.
 */
final class Who {
    private Who() {}

    /**
     * The member or person a clerk names: by name, with the last four digits of the ID number when
     * the name is not unique, or by the code an earlier refusal listed (M… a member, R… a person on
     * the people register). An ambiguous name is refused listing the candidates, masked.
     */
    static Team.Someone named(StoreSession s, String nameOrCode, String idTail) {
        String name = Text.emptyToNull(nameOrCode);
        if (name == null) {
            throw new UserError("error.roster.noName");
        }
        String tail = Text.emptyToNull(idTail);
        if (tail != null && !tail.matches("[0-9]{3}[0-9Xx]")) {
            // four characters, never the whole number: a command line is kept in shell history
            throw new UserError("error.roster.badIdTail");
        }
        String upperTail = tail == null ? null : tail.toUpperCase(Locale.ROOT);
        List<Member> members =
                s.members().active(null).stream()
                        .filter(
                                m ->
                                        m.name().equals(name)
                                                || ShortCodes.of('M', m.id())
                                                        .equalsIgnoreCase(name))
                        .filter(m -> upperTail == null || m.citizenId().value().endsWith(upperTail))
                        .toList();
        List<Person> people =
                s.people().list().stream()
                        .filter(Person::isActive)
                        .filter(p -> memberOf(s, p).isEmpty())
                        .filter(
                                p ->
                                        p.name().equals(name)
                                                || ShortCodes.of('R', p.id())
                                                        .equalsIgnoreCase(name))
                        .filter(
                                p ->
                                        upperTail == null
                                                || p.citizenId() != null
                                                        && p.citizenId()
                                                                .value()
                                                                .endsWith(upperTail))
                        .toList();
        if (members.size() + people.size() == 1) {
            return members.isEmpty()
                    ? Team.Someone.person(people.get(0).id())
                    : Team.Someone.member(members.get(0).id());
        }
        if (members.isEmpty() && people.isEmpty()) {
            throw new UserError("error.roster.noSuchPerson", name);
        }
        Masking masking = s.office().masking();
        List<String> lines = new ArrayList<>();
        for (Member m : members) {
            lines.add(
                    Messages.format(
                            "roster.candidate.member",
                            ShortCodes.of('M', m.id()),
                            m.name(),
                            masking.id(m.citizenId().value())));
        }
        for (Person p : people) {
            lines.add(
                    Messages.format(
                            "roster.candidate.person",
                            ShortCodes.of('R', p.id()),
                            p.name(),
                            p.citizenId() == null
                                    ? Messages.format("roster.candidate.noId")
                                    : masking.id(p.citizenId().value())));
        }
        throw new UserError("error.roster.ambiguousPerson", name, String.join("\n", lines));
    }

    /**
     * Whom a roster knows someone as: a person linked to a member on the register is the member.
     * Refused when they are on neither register now.
     */
    static Team.Someone onRegister(StoreSession s, Team.Someone who) {
        if (who.isMember()) {
            if (s.members().find(who.memberId()).filter(Member::isActive).isEmpty()) {
                throw new UserError("error.roster.notOnRegister");
            }
            return who;
        }
        Person p =
                s.people()
                        .find(who.personId())
                        .filter(Person::isActive)
                        .orElseThrow(() -> new UserError("error.roster.notOnRegister"));
        return memberOf(s, p).map(Team.Someone::member).orElse(who);
    }

    /** Whether someone is on their register now (a team's members are checked one by one). */
    static boolean isOnRegister(StoreSession s, Team.Someone who) {
        try {
            onRegister(s, who);
            return true;
        } catch (UserError e) {
            return false;
        }
    }

    /** The member on the register a person is linked to, if any. */
    private static Optional<java.util.UUID> memberOf(StoreSession s, Person p) {
        if (p.memberId() == null) {
            return Optional.empty();
        }
        return s.members().find(p.memberId()).filter(Member::isActive).map(Member::id);
    }
}
