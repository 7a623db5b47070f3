package org.branchdesk.service.registers;

import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.store.StoreSession;

/**
 * The one way a clerk names a party organization on the command line: by its name or full name, or
 * by the short code an earlier refusal listed. Dissolved organizations count, so that a temporary
 * branch and its successor of the same name make the name ambiguous; an ambiguous name is refused
 * listing each candidate with its code, type and (if dissolved) the date.
 */
public final class OrgNames {
    private OrgNames() {}

    /** The organization named; refused when none or several have the name. */
    public static UUID resolve(StoreSession s, String nameOrCode) {
        String wanted = nameOrCode.trim();
        List<PartyOrg> hits =
                s.orgs().list().stream()
                        .filter(
                                o ->
                                        o.name().equals(wanted)
                                                || o.fullName().equals(wanted)
                                                || code(o.id()).equalsIgnoreCase(wanted))
                        .toList();
        if (hits.size() == 1) {
            return hits.get(0).id();
        }
        if (hits.isEmpty()) {
            throw new UserError("error.leader.noSuchOrg", wanted);
        }
        StringBuilder list = new StringBuilder();
        for (PartyOrg o : hits) {
            list.append(list.length() == 0 ? "" : "\n")
                    .append(
                            Messages.format(
                                    "leader.candidateOrg",
                                    code(o.id()),
                                    o.name(),
                                    Messages.format("orgType." + o.type().name()),
                                    o.isActive()
                                            ? ""
                                            : Messages.format(
                                                    "leader.dissolved", o.dissolvedOn())));
        }
        throw new UserError("error.leader.ambiguousOrg", wanted, list.toString());
    }

    /** An organization's short code: O and the first eight hex digits of its id. */
    public static String code(UUID id) {
        return ShortCodes.of('O', id);
    }
}
