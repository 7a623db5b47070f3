package org.branchdesk.ui.importing;

import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.ui.common.I18n;

/** How an import plan reads to a clerk. */
public final class ImportTexts {
    private static final int MAX_LISTED = 20;

    private ImportTexts() {}

    /** The counts of a plan on one line. */
    public static String counts(ImportPlan plan) {
        return I18n.text(
                "import.summary",
                plan.newCommunities().size(),
                plan.count(Fate.NEW),
                plan.count(Fate.UPDATE),
                plan.count(Fate.UNCHANGED),
                plan.count(Fate.REFUSED));
    }

    /** The communities and compounds an import creates, by name. */
    public static String places(ImportPlan plan) {
        StringBuilder text = new StringBuilder();
        if (!plan.newCommunities().isEmpty()) {
            text.append(
                    I18n.text(
                            "import.newCommunities",
                            String.join(I18n.text("list.separator"), plan.newCommunities())));
        }
        if (!plan.newCompounds().isEmpty()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(
                    I18n.text(
                            "import.newCompounds",
                            String.join(I18n.text("list.separator"), plan.newCompounds())));
        }
        return text.toString();
    }

    /** The plan as the preview shows it, before anything is written. */
    public static String summary(ImportPlan plan) {
        return summary(plan, false);
    }

    /**
     * @param done whether the import has been applied (refused rows were then skipped)
     */
    public static String summary(ImportPlan plan, boolean done) {
        StringBuilder text =
                new StringBuilder(
                        I18n.text(
                                "import.summary",
                                plan.newCommunities().size(),
                                plan.count(Fate.NEW),
                                plan.count(Fate.UPDATE),
                                plan.count(Fate.UNCHANGED),
                                plan.count(Fate.REFUSED)));
        plan.notes().forEach(n -> text.append('\n').append(n));
        var refused = plan.refused();
        if (!refused.isEmpty()) {
            text.append("\n\n")
                    .append(
                            I18n.text(
                                    done
                                            ? "import.refusedSkipped"
                                            : "import.refusedNothingImported"));
            refused.stream().limit(MAX_LISTED).forEach(r -> text.append('\n').append(r.describe()));
            if (refused.size() > MAX_LISTED) {
                text.append('\n')
                        .append(I18n.text("import.moreRefused", refused.size() - MAX_LISTED));
            }
        }
        return text.toString();
    }
}
