package org.branchdesk.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.care.DevelopmentCase;
import org.branchdesk.domain.care.DevelopmentMaterial;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.care.DevelopmentService;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.store.StoreSession;

/**
 * Loads the development part of the demo street ({@code seeds/demo/care/development.csv}) inside
 * the demo's transaction, through the development service's own rules: thirteen cases, one at each
 * step, dated in days before the office's today so that every case keeps to the rules and the board
 * always has something due (an application whose talk is due, an activist whose year ends soon, an
 * admission waiting for the approval). Four approved cases make their member records, one of them
 * full. Front-line applicants carry a priority. A case already there (same ID number) is left as it
 * is, so loading the demo again changes nothing.
 */
final class CareDevelopmentDemo {
    static final String FILE = "care/development.csv";

    /** The member records the approved cases made (at the approval, the oath, probation, full). */
    static final int MEMBERS_MADE = 4;

    private final Actor actor;

    CareDevelopmentDemo(Actor actor) {
        this.actor = actor;
    }

    /** The cases and steps added. */
    int load(StoreSession s, LocalDate today) {
        List<SheetRow> rows = CsvFile.parse(CsvFile.decode(DemoService.resource(FILE)));
        Set<String> known = new java.util.HashSet<>();
        s.development().list().forEach(c -> known.add(c.citizenId().value()));
        int added = 0;
        for (SheetRow r : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (r.isBlank()) {
                continue;
            }
            UUID person = null;
            String idNumber = r.cell(1).isBlank() ? null : r.cell(1).trim();
            if (idNumber == null) {
                Person p = person(s, r.cell(0));
                person = p.id();
                idNumber = p.citizenId().value();
            }
            if (known.contains(idNumber)) {
                continue;
            }
            String[] days = r.cell(5).split("；");
            List<LocalDate> on = new ArrayList<>();
            for (String d : days) {
                on.add(today.minusDays(Integer.parseInt(d.trim())));
            }
            UUID branch = branch(s, r.cell(2));
            DevelopmentCase c =
                    DevelopmentService.add(
                            s,
                            actor.name(),
                            today,
                            new DevelopmentService.NewCase(
                                    person,
                                    r.cell(0),
                                    person == null ? idNumber : null,
                                    branch,
                                    "是".equals(r.cell(3).trim()),
                                    Integer.parseInt(r.cell(4).trim()),
                                    on.get(0),
                                    document(r.cell(2), on.get(0))));
            added++;
            for (int i = 1; i < on.size(); i++) {
                DevelopmentStep step = DevelopmentStep.values()[i];
                DevelopmentService.step(
                        s,
                        actor.name(),
                        today,
                        c.id(),
                        step,
                        on.get(i),
                        document(r.cell(2), on.get(i)),
                        details(s, r, step));
                added++;
            }
        }
        return added;
    }

    /**
     * A step's people and training as the row gives them, and the materials of the step before it
     * ticked: the current step's are still being filed.
     */
    private static DevelopmentService.Details details(
            StoreSession s, SheetRow r, DevelopmentStep step) {
        List<UUID> people = new ArrayList<>();
        String names =
                step == DevelopmentStep.ACTIVIST
                        ? r.cell(6)
                        : step == DevelopmentStep.CANDIDATE ? r.cell(7) : "";
        for (String n : names.split("；")) {
            if (!n.isBlank()) {
                people.add(member(s, n.trim()));
            }
        }
        Integer days = null;
        Integer hours = null;
        if (step == DevelopmentStep.TRAINING) {
            String[] t = r.cell(8).split("/");
            days = Integer.valueOf(t[0].trim());
            hours = Integer.valueOf(t[1].trim());
        }
        // the step before this one is fully filed by now
        Set<DevelopmentMaterial> materials = EnumSet.copyOf(step.previous().materials());
        return new DevelopmentService.Details(people, days, hours, null, materials);
    }

    /** The branch's meeting records are numbered by branch and year, as offices number them. */
    private static String document(String branch, LocalDate on) {
        return branch.replace("党支部", "") + "支〔" + on.getYear() + "〕" + on.getDayOfYear() + "号";
    }

    private static Person person(StoreSession s, String name) {
        return s.people().list().stream()
                .filter(p -> p.name().equals(name) && p.isActive() && p.citizenId() != null)
                .findFirst()
                .orElseThrow(() -> new UserError("error.demo.invalidSeeds", FILE + ": " + name));
    }

    private static UUID member(StoreSession s, String name) {
        return s.members().active(null).stream()
                .filter(m -> m.name().equals(name))
                .map(Member::id)
                .findFirst()
                .orElseThrow(() -> new UserError("error.demo.invalidSeeds", FILE + ": " + name));
    }

    private static UUID branch(StoreSession s, String name) {
        return s.orgs().findByName(name.trim()).stream()
                .filter(PartyOrg::isActive)
                .map(PartyOrg::id)
                .findFirst()
                .orElseThrow(() -> new UserError("error.demo.invalidSeeds", FILE + ": " + name));
    }
}
