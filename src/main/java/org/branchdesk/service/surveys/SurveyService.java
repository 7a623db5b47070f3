package org.branchdesk.service.surveys;

import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.surveys.CompoundSurvey;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.Registers;
import org.branchdesk.service.sheets.Spreadsheets;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/** Compound surveys (排查摸底, 四清) and the gaps and hazards followed until closed. Audited. */
public final class SurveyService {
    static final String SURVEY = "compound_survey";
    static final String ITEM = "survey_item";
    private final Store store;
    private final Actor actor;
    private final Clock clock;
    private final Registers.Holder registers;

    public SurveyService(Store store, Actor actor, Clock clock, Registers.Holder registers) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
        this.registers = registers;
    }

    /** A compound as the compounds list shows it, with how far its survey has come. */
    public record CompoundRow(
            UUID compoundId,
            String community,
            String compound,
            Integer households,
            Integer residents,
            Integer buildings,
            String propertyCompany,
            boolean ownerless,
            LocalDate surveyedOn,
            int pointsRecorded,
            int openItems) {
        public boolean fourClear() {
            return pointsRecorded == 4;
        }
    }

    /** Every compound, in the street's order of communities and pinyin order of names. */
    /**
     * Writes compounds as the list shows them (after the clerk's filters) to {@code .xlsx}; there
     * is no personal data in it. Returns the number of rows.
     */
    public int export(List<CompoundRow> rows, Path out) {
        List<List<String>> lines = new ArrayList<>();
        for (CompoundRow r : rows) {
            lines.add(
                    List.of(
                            r.community(),
                            r.compound(),
                            count(r.households()),
                            count(r.residents()),
                            count(r.buildings()),
                            r.propertyCompany() == null ? "" : r.propertyCompany(),
                            Messages.format(r.ownerless() ? "value.yes" : "value.no"),
                            r.surveyedOn() == null ? "" : r.surveyedOn().toString(),
                            r.fourClear()
                                    ? Messages.format("value.yes")
                                    : Messages.format("compounds.points", r.pointsRecorded()),
                            Integer.toString(r.openItems())));
        }
        Spreadsheets.writeXlsx(
                out,
                Messages.format("nav.compounds"),
                Arrays.asList(Messages.format("export.compounds.header").split(",")),
                lines);
        return lines.size();
    }

    private static String count(Integer n) {
        return n == null ? "" : n.toString();
    }

    public List<CompoundRow> compounds() {
        Registers s = registers.get();
        Map<UUID, Integer> order = new HashMap<>();
        s.communities().forEach(c -> order.put(c.id(), order.size()));
        Collator chinese = Collator.getInstance(Locale.CHINA);
        return s.compounds().stream()
                .sorted(
                        Comparator.<Compound>comparingInt(
                                        c -> order.getOrDefault(c.communityId(), Integer.MAX_VALUE))
                                .thenComparing(Compound::name, chinese))
                .map(
                        c -> {
                            CompoundSurvey survey = s.surveys().get(c.id());
                            return new CompoundRow(
                                    c.id(),
                                    s.communityNames().getOrDefault(c.communityId(), ""),
                                    c.name(),
                                    c.households(),
                                    c.residents(),
                                    c.buildings(),
                                    c.propertyCompany(),
                                    s.rule().isOwnerless(c),
                                    survey == null ? null : survey.surveyedOn(),
                                    survey == null ? 0 : survey.pointsRecorded(),
                                    s.openItemsByCompound().getOrDefault(c.id(), 0));
                        })
                .toList();
    }

    public Optional<CompoundSurvey> survey(UUID compoundId) {
        return store.read(s -> s.surveys().find(compoundId));
    }

    public List<SurveyItem> items(UUID compoundId) {
        return store.read(s -> s.surveys().itemsOf(compoundId));
    }

    /** Records what the survey found; the four texts replace what was recorded. */
    public CompoundSurvey record(
            UUID compoundId,
            LocalDate surveyedOn,
            String basicFacts,
            String residents,
            String gaps,
            String hazards) {
        CompoundSurvey survey =
                CompoundSurvey.of(
                        compoundId,
                        surveyedOn,
                        basicFacts,
                        residents,
                        gaps,
                        hazards,
                        LocalDate.now(clock));
        return Access.write(store, actor, Permission.EDIT, s -> save(s, survey));
    }

    public CompoundSurvey save(StoreSession s, CompoundSurvey survey) {
        if (s.compounds().find(survey.compoundId()).isEmpty()) {
            throw new UserError("error.compound.notFound");
        }
        CompoundSurvey before = s.surveys().find(survey.compoundId()).orElse(null);
        if (survey.equals(before)) {
            return before;
        }
        s.surveys().save(survey);
        s.audit()
                .record(
                        actor.name(),
                        SURVEY,
                        survey.compoundId(),
                        before == null ? Action.CREATE : Action.UPDATE,
                        before,
                        survey);
        return survey;
    }

    public SurveyItem addItem(
            UUID compoundId,
            SurveyItem.Kind kind,
            String description,
            String responsible,
            LocalDate deadline) {
        SurveyItem item =
                SurveyItem.of(
                        UUID.randomUUID(),
                        compoundId,
                        kind,
                        description,
                        responsible,
                        deadline,
                        SurveyItem.Status.OPEN,
                        null,
                        LocalDate.now(clock));
        return Access.write(store, actor, Permission.EDIT, s -> addItem(s, item));
    }

    SurveyItem addItem(StoreSession s, SurveyItem item) {
        if (s.compounds().find(item.compoundId()).isEmpty()) {
            throw new UserError("error.compound.notFound");
        }
        s.surveys().insertItem(item);
        s.audit().record(actor.name(), ITEM, item.id(), Action.CREATE, null, item);
        return item;
    }

    SurveyItem updateItem(StoreSession s, SurveyItem before, SurveyItem after) {
        if (before.equals(after)) {
            return before;
        }
        s.surveys().updateItem(after);
        s.audit().record(actor.name(), ITEM, after.id(), Action.UPDATE, before, after);
        return after;
    }

    /** Marks a gap or hazard as dealt with (销号) on a date. */
    public SurveyItem close(UUID itemId, LocalDate on) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    SurveyItem before =
                            s.surveys()
                                    .findItem(itemId)
                                    .orElseThrow(() -> new UserError("error.item.notFound"));
                    return updateItem(s, before, before.closed(on, LocalDate.now(clock)));
                });
    }

    /**
     * Changes an item's description, responsible person, deadline and status (整改中, reopened, or
     * closed on a date); checked by the same rules as a new item. Audited.
     */
    public SurveyItem editItem(
            UUID itemId,
            String description,
            String responsible,
            LocalDate deadline,
            SurveyItem.Status status,
            LocalDate closedOn) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    SurveyItem before =
                            s.surveys()
                                    .findItem(itemId)
                                    .orElseThrow(() -> new UserError("error.item.notFound"));
                    SurveyItem after =
                            SurveyItem.of(
                                    before.id(),
                                    before.compoundId(),
                                    before.kind(),
                                    description,
                                    responsible,
                                    deadline,
                                    status,
                                    status == SurveyItem.Status.CLOSED ? closedOn : null,
                                    LocalDate.now(clock));
                    if (after.equals(before)) {
                        return before;
                    }
                    return updateItem(s, before, after);
                });
    }
}
