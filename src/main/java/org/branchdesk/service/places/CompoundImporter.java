package org.branchdesk.service.places;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.surveys.CompoundMerge;
import org.branchdesk.domain.surveys.CompoundSurvey;
import org.branchdesk.domain.units.Unit;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportPlan.RowOutcome;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.importing.Importer;
import org.branchdesk.service.importing.Parsed;
import org.branchdesk.service.importing.Planned;
import org.branchdesk.service.importing.RowReader;
import org.branchdesk.service.sheets.Cells;
import org.branchdesk.service.sheets.Columns;
import org.branchdesk.service.sheets.Dates;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.service.sheets.Vocabulary;
import org.branchdesk.service.surveys.SurveyService;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.store.StoreSession;

/**
 * Imports compounds from the clerk's CSV file (the app's template, or a sheet with the same columns
 * under other common names). Rows are matched by community and compound name: a new pair is
 * created, a known one updated where a cell is filled (an empty cell keeps what the office has).
 * Communities that the file names but the office lacks are created with it.
 *
 * <p>An import with refused rows changes nothing unless the clerk chooses to import only the valid
 * rows; either way it runs in one transaction.
 */
public final class CompoundImporter implements Importer<CompoundImporter.Values, Void> {
    /** The columns of the compounds template, in template order. */
    public enum Column implements ImportColumn {
        COMMUNITY("field.compound.community"),
        NAME("field.compound.name"),
        ADDRESS("field.compound.address"),
        HOUSEHOLDS("field.compound.households"),
        RESIDENTS("field.compound.residents"),
        BUILDINGS("field.compound.buildings"),
        PROPERTY_COMPANY("field.compound.propertyCompany"),
        COMPETENT_UNIT("field.compound.hasCompetentUnit"),
        PROPERTY_SERVICE("field.compound.hasPropertyService"),
        SECURITY("field.compound.hasSecurity"),
        SURVEYED_ON("field.survey.surveyedOn"),
        BASIC_FACTS("field.survey.basicFacts"),
        RESIDENTS_AND_MEMBERS("field.survey.residentsAndMembers"),
        GAPS("field.survey.gaps"),
        HAZARDS("field.survey.hazards");

        final String fieldKey;

        Column(String fieldKey) {
            this.fieldKey = fieldKey;
        }

        /** The header the template writes. */
        @Override
        public String fieldKey() {
            return fieldKey;
        }

        @Override
        public List<String> headers() {
            return Vocabulary.words("compounds." + name());
        }
    }

    public record Values(
            int row,
            String community,
            Compound values,
            CompoundSurvey survey,
            Set<Column> filled) {}

    private static final Set<Column> SURVEY_COLUMNS =
            EnumSet.of(
                    Column.SURVEYED_ON,
                    Column.BASIC_FACTS,
                    Column.RESIDENTS_AND_MEMBERS,
                    Column.GAPS,
                    Column.HAZARDS);

    private final PlacesService places;
    private final SurveyService surveys;
    private final UnitService units;
    private final Clock clock;

    public CompoundImporter(
            PlacesService places, SurveyService surveys, UnitService units, Clock clock) {
        this.places = places;
        this.surveys = surveys;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.COMPOUNDS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    // ------------------------------------------------------------------ parsing

    @Override
    public Parsed<Values> parse(byte[] content, String source, ImportProgress progress) {
        Set<String> seen = new HashSet<>();
        return RowReader.read(
                content,
                source,
                Column.class,
                2,
                Column.COMMUNITY,
                Column.NAME,
                progress,
                (columns, row) ->
                        label(columns.get(row, Column.COMMUNITY), columns.get(row, Column.NAME)),
                (columns, row) -> parseRow(columns, row, seen));
    }

    private Values parseRow(Columns<Column> columns, SheetRow row, Set<String> seen) {
        String community = columns.get(row, Column.COMMUNITY);
        String name = columns.get(row, Column.NAME);
        String communityName = Community.validName(community);
        String company = columns.get(row, Column.PROPERTY_COMPANY);
        if (company != null) {
            Names.requireName(Column.PROPERTY_COMPANY.fieldKey, company);
        }
        Compound values =
                Compound.of(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        name,
                        columns.get(row, Column.ADDRESS),
                        Cells.count(
                                Column.HOUSEHOLDS.fieldKey, columns.get(row, Column.HOUSEHOLDS)),
                        Cells.count(Column.RESIDENTS.fieldKey, columns.get(row, Column.RESIDENTS)),
                        Cells.count(Column.BUILDINGS.fieldKey, columns.get(row, Column.BUILDINGS)),
                        columns.get(row, Column.PROPERTY_COMPANY),
                        Cells.yesNo(
                                Column.COMPETENT_UNIT.fieldKey,
                                columns.get(row, Column.COMPETENT_UNIT)),
                        Cells.yesNo(
                                Column.PROPERTY_SERVICE.fieldKey,
                                columns.get(row, Column.PROPERTY_SERVICE)),
                        Cells.yesNo(Column.SECURITY.fieldKey, columns.get(row, Column.SECURITY)));
        if (!seen.add(communityName + '\u0000' + values.name())) {
            throw new ValidationError(Column.NAME.fieldKey, "rule.repeatedInFile");
        }
        Set<Column> filled = new HashSet<>();
        for (Column c : Column.values()) {
            if (columns.get(row, c) != null) {
                filled.add(c);
            }
        }
        CompoundSurvey survey = null;
        if (filled.stream().anyMatch(SURVEY_COLUMNS::contains)) {
            survey =
                    CompoundSurvey.of(
                            values.id(),
                            Dates.parse(
                                    Column.SURVEYED_ON.fieldKey,
                                    columns.get(row, Column.SURVEYED_ON)),
                            columns.get(row, Column.BASIC_FACTS),
                            columns.get(row, Column.RESIDENTS_AND_MEMBERS),
                            columns.get(row, Column.GAPS),
                            columns.get(row, Column.HAZARDS),
                            LocalDate.now(clock));
        }
        return new Values(row.number(), communityName, values, survey, filled);
    }

    // ------------------------------------------------------------------ planning and applying

    @Override
    public Planned<Values, Void> plan(
            StoreSession s, Parsed<Values> parsed, ImportProgress progress) {
        List<RowOutcome> outcomes = new ArrayList<>(parsed.refused());
        Set<String> newCommunities = new LinkedHashSet<>();
        List<String> newCompounds = new ArrayList<>();
        Map<String, Optional<Community>> communities = new HashMap<>();
        int index = 0;
        for (Values p : parsed.rows()) {
            progress.step(index++, parsed.rows().size());
            Optional<Community> community =
                    communities.computeIfAbsent(p.community(), n -> s.communities().findByName(n));
            Fate fate;
            if (community.isEmpty()) {
                newCommunities.add(p.community());
                fate = Fate.NEW;
                newCompounds.add(p.community() + "/" + p.values().name());
            } else {
                Optional<Compound> existing =
                        s.compounds().findByName(community.get().id(), p.values().name());
                fate =
                        existing.isEmpty()
                                ? Fate.NEW
                                : merged(existing.get(), p).equals(existing.get())
                                                && surveyUnchanged(s, existing.get().id(), p)
                                        ? Fate.UNCHANGED
                                        : Fate.UPDATE;
                if (existing.isEmpty()) {
                    newCompounds.add(p.community() + "/" + p.values().name());
                }
            }
            outcomes.add(
                    new RowOutcome(
                            p.row(), fate, p.community() + " " + p.values().name(), null, null));
        }
        outcomes.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new Planned<>(
                new ImportPlan(
                        parsed.source(),
                        outcomes,
                        List.copyOf(newCommunities),
                        newCompounds,
                        List.of()),
                parsed,
                null);
    }

    @Override
    public void apply(StoreSession s, Planned<Values, Void> planned, ImportProgress progress) {
        Parsed<Values> parsed = planned.parsed();
        Map<String, Community> communities = new HashMap<>();
        for (Values p : parsed.rows()) {
            Community community =
                    communities.computeIfAbsent(
                            p.community(),
                            n ->
                                    s.communities()
                                            .findByName(n)
                                            .orElseGet(() -> places.createCommunity(s, n)));
            Optional<Compound> existing =
                    s.compounds().findByName(community.id(), p.values().name());
            UUID compoundId;
            if (existing.isEmpty()) {
                Compound v = p.values();
                compoundId =
                        places.createCompound(
                                        s,
                                        new Compound(
                                                UUID.randomUUID(),
                                                community.id(),
                                                v.name(),
                                                v.address(),
                                                v.households(),
                                                v.residents(),
                                                v.buildings(),
                                                v.propertyCompany(),
                                                v.hasCompetentUnit(),
                                                v.hasPropertyService(),
                                                v.hasSecurity()))
                                .id();
            } else {
                compoundId =
                        places.updateCompound(s, existing.get(), merged(existing.get(), p)).id();
            }
            if (p.survey() != null) {
                surveys.save(
                        s, mergedSurvey(s.surveys().find(compoundId).orElse(null), compoundId, p));
            }
            if (p.values().propertyCompany() != null) {
                units.ensure(
                        s,
                        Unit.Kind.PROPERTY_COMPANY,
                        p.values().propertyCompany(),
                        community.id());
            }
        }
    }

    private static boolean surveyUnchanged(StoreSession s, UUID compoundId, Values p) {
        if (p.survey() == null) {
            return true;
        }
        CompoundSurvey old = s.surveys().find(compoundId).orElse(null);
        return mergedSurvey(old, compoundId, p).equals(old);
    }

    /**
     * How a row is named in the preview: its community and compound, as far as the row gives them.
     */
    private static String label(String community, String compound) {
        return String.join(" ", Stream.of(community, compound).filter(Objects::nonNull).toList());
    }

    /** The recorded survey with every survey cell that the row fills ({@link CompoundMerge}). */
    private static CompoundSurvey mergedSurvey(CompoundSurvey old, UUID compoundId, Values p) {
        return CompoundMerge.mergeSurvey(old, compoundId, p.survey(), given(p));
    }

    /** The existing compound with every cell that the row fills ({@link CompoundMerge}). */
    private static Compound merged(Compound old, Values p) {
        return CompoundMerge.merge(old, p.values(), given(p));
    }

    private static Set<CompoundMerge.Given> given(Values p) {
        Set<CompoundMerge.Given> given = RowReader.given(p.filled(), CompoundMerge.Given.class);
        return given;
    }
}
