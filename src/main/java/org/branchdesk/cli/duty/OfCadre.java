package org.branchdesk.cli.duty;

import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.service.Services;
import picocli.CommandLine.Option;

/**
 * A verb about one cadre, a member or a person on the people register: {@code --cadre NAME
 * [--id-tail NNNN]}.
 */
abstract class OfCadre extends DutyVerb {
    @Option(
            names = "--cadre",
            required = true,
            paramLabel = "NAME",
            descriptionKey = "option.cadre")
    String cadre;

    @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
    String idTail;

    OfCadre(OfficeOpener opener) {
        super(opener);
    }

    Team.Someone who(Services s) {
        return s.dutyNames().someone(cadre, idTail);
    }
}
