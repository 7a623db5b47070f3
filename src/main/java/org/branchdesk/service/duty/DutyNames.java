package org.branchdesk.service.duty;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.Store;
import org.branchdesk.store.duty.CandidateRepository.Candidate;
import org.branchdesk.store.duty.ReportingRepository.PostFact;

/**
 * How a command line names what reporting, cadres sent down, areas and teams are about. Someone is
 * a member or a person on the people register, named by name, with the last four digits of the ID
 * number when the name is not unique; an ambiguous name is refused listing the candidates, masked,
 * each with a code (M… a member, R… a person, as the roster's commands list them) accepted instead
 * of the name. A compound is named within its community, since compound names repeat across
 * communities; a post within the community, or by its code (G…).
 */
public final class DutyNames {
    private final Store store;

    public DutyNames(Store store) {
        this.store = store;
    }

    /**
     * A member or a person on the registers now, named as the roster names them (a person linked to
     * a member is the member; codes M… and R…).
     */
    public Team.Someone someone(String nameOrCode, String idTail) {
        return store.read(s -> Who.named(s, nameOrCode, idTail));
    }

    /** A member on the register now, named as leadership's commands name members. */
    public UUID member(String nameOrCode, String idTail) {
        String tail = idTail == null ? null : idTail.trim().toUpperCase(Locale.ROOT);
        if (tail != null && !tail.matches("[0-9]{3}[0-9X]")) {
            // four characters, never the whole number: a command line is kept in shell history
            throw new UserError("error.leader.badIdTail");
        }
        String name = nameOrCode.trim();
        String hex = name.matches("[Mm][0-9A-Fa-f]{8}") ? name.substring(1) : null;
        return store.read(
                s -> {
                    List<Candidate> hits =
                            s.candidates().members(name, hex).stream()
                                    .filter(c -> tail == null || c.idNumber().endsWith(tail))
                                    .toList();
                    if (hits.size() == 1) {
                        return hits.get(0).id();
                    }
                    if (hits.isEmpty()) {
                        throw new UserError("error.leader.noSuchMember", name);
                    }
                    Masking masking = s.office().masking();
                    List<String> lines =
                            hits.stream()
                                    .map(
                                            c ->
                                                    Messages.format(
                                                            "leader.candidateMember",
                                                            ShortCodes.of('M', c.id()),
                                                            c.name(),
                                                            masking.id(c.idNumber())))
                                    .toList();
                    throw new UserError(
                            "error.leader.ambiguousMember", name, String.join("\n", lines));
                });
    }

    /** A community by its name. */
    public UUID community(String name) {
        return store.read(
                s ->
                        s.communities()
                                .findByName(name.trim())
                                .map(Community::id)
                                .orElseThrow(
                                        () -> new UserError("error.ledger.noSuchCommunity", name)));
    }

    /** A compound by its name within a community; {@code null} for none named. */
    public UUID compound(UUID communityId, String name) {
        if (name == null) {
            return null;
        }
        return store.read(
                s ->
                        s.compounds()
                                .findByName(communityId, name.trim())
                                .map(Compound::id)
                                .orElseThrow(
                                        () ->
                                                new UserError(
                                                        "error.duty.noSuchCompound",
                                                        s.communities()
                                                                .find(communityId)
                                                                .map(Community::name)
                                                                .orElse(""),
                                                        name)));
    }

    /** A post of a community (or of one of its compounds) by its name or its code. */
    public UUID post(UUID communityId, String nameOrCode) {
        String name = nameOrCode.trim();
        return store.read(
                s -> {
                    List<PostFact> hits =
                            s.reportings().posts(communityId).stream()
                                    .filter(
                                            p ->
                                                    p.name().equals(name)
                                                            || ShortCodes.of('G', p.id())
                                                                    .equalsIgnoreCase(name))
                                    .toList();
                    if (hits.size() == 1) {
                        return hits.get(0).id();
                    }
                    if (hits.isEmpty()) {
                        throw new UserError("error.duty.noSuchPost", name);
                    }
                    DutyRecords.Names names = new DutyRecords.Names(s, List.of());
                    List<String> lines =
                            hits.stream()
                                    .map(
                                            p ->
                                                    Messages.format(
                                                            "duty.candidatePost",
                                                            ShortCodes.of('G', p.id()),
                                                            p.name(),
                                                            names.place(
                                                                    p.communityId(),
                                                                    p.compoundId())))
                                    .toList();
                    throw new UserError("error.duty.ambiguousPost", name, String.join("\n", lines));
                });
    }

    /**
     * A team not stood down, by its name (within a community when {@code communityId} is given,
     * since team names may repeat across communities).
     */
    public UUID team(String name, UUID communityId) {
        return store.read(
                s -> {
                    List<Team> hits =
                            s.teams().list().stream()
                                    .filter(Team::isActive)
                                    .filter(t -> t.name().equals(name.trim()))
                                    .filter(
                                            t ->
                                                    communityId == null
                                                            || t.communityId().equals(communityId))
                                    .toList();
                    if (hits.isEmpty()) {
                        throw new UserError("error.duty.noSuchTeam", name);
                    }
                    if (hits.size() > 1) {
                        throw new UserError("error.duty.ambiguousTeam", name);
                    }
                    return hits.get(0).id();
                });
    }
}
