package org.branchdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.Office;
import org.branchdesk.domain.UserError;
import org.branchdesk.service.imports.CsvFile;
import org.branchdesk.service.imports.SheetRow;
import org.branchdesk.store.Store;

/**
 * Loads the fictional demo street: the office from {@code seeds/demo/office.csv} (only when
 * the office has not been set up) and the registers through the same importers a clerk uses,
 * all in one transaction. Loading it again changes nothing.
 */
public final class DemoService {
    static final String SEEDS = "/seeds/demo/";
    private final Store store;
    private final OfficeService office;
    private final CompoundImportService compounds;

    public DemoService(Store store, OfficeService office, CompoundImportService compounds) {
        this.store = store;
        this.office = office;
        this.compounds = compounds;
    }

    /** What loading the demo did. */
    public record Outcome(boolean officeCreated, Office office, CompoundImportService.Result compounds) {
        public boolean changedAnything() {
            return officeCreated || compounds.applied()
                    && (compounds.plan().count(CompoundImportService.Fate.NEW) > 0
                    || compounds.plan().count(CompoundImportService.Fate.UPDATE) > 0);
        }
    }

    /**
     * Loads the demo street; with {@code members > 0} a generated street of that size instead of
     * the bundled one. A dry run reports what would change and writes nothing.
     */
    public Outcome load(int members, boolean dryRun) {
        byte[] csv;
        String source;
        if (members > 0) {
            csv = DemoGenerator.compoundsCsv(members).getBytes(StandardCharsets.UTF_8);
            source = "demo-scale-" + members;
        } else {
            csv = resource("compounds.csv");
            source = "seeds/demo/compounds.csv";
        }
        List<String> seed = officeSeed();
        if (dryRun) {
            Office current = office.current().orElse(null);
            Office shown = current != null ? current : Office.of(UUID.randomUUID(), seed.get(0), seed.get(1),
                    seed.get(2), null);
            return new Outcome(current == null,
                    shown, compounds.importBytes(csv, source, false, true));
        }
        return store.write(s -> {
            Office current = s.office().find().orElse(null);
            boolean created = current == null;
            if (created) {
                current = office.initialize(s, Office.of(UUID.randomUUID(), seed.get(0), seed.get(1), seed.get(2),
                        null));
            }
            CompoundImportService.Result result = compounds.importInto(s, csv, source, false);
            if (!result.applied()) {
                throw new UserError("error.demo.invalidSeeds", result.plan().refused().get(0).describe());
            }
            return new Outcome(created, current, result);
        });
    }

    private static List<String> officeSeed() {
        List<SheetRow> rows = CsvFile.parse(CsvFile.decode(resource("office.csv")));
        if (rows.size() < 2 || rows.get(1).cells().size() < 3) {
            throw new UserError("error.demo.invalidSeeds", "office.csv");
        }
        return rows.get(1).cells().subList(0, 3);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoService.class.getResourceAsStream(SEEDS + name)) {
            if (in == null) {
                throw new UserError("error.demo.missingSeeds", SEEDS + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UserError(e, "error.demo.missingSeeds", SEEDS + name);
        }
    }
}
