package org.branchdesk.ui.common;

import org.branchdesk.service.ImportPlan.Fate;

/** How an import plan reads to a clerk. */
public final class ImportTexts {
    private static final int MAX_LISTED = 20;

    private ImportTexts() {
    }

    /** The plan as the preview shows it, before anything is written. */
    public static String summary(org.branchdesk.service.ImportPlan plan) {
        return summary(plan, false);
    }

    /** @param done whether the import has been applied (refused rows were then skipped) */
    public static String summary(org.branchdesk.service.ImportPlan plan, boolean done) {
        StringBuilder text = new StringBuilder(I18n.text("import.summary", plan.newCommunities().size(),
                plan.count(Fate.NEW), plan.count(Fate.UPDATE), plan.count(Fate.UNCHANGED), plan.count(Fate.REFUSED)));
        plan.notes().forEach(n -> text.append('\n').append(n));
        var refused = plan.refused();
        if (!refused.isEmpty()) {
            text.append("\n\n").append(I18n.text(done ? "import.refusedSkipped" : "import.refusedNothingImported"));
            refused.stream().limit(MAX_LISTED).forEach(r -> text.append('\n').append(r.describe()));
            if (refused.size() > MAX_LISTED) {
                text.append('\n').append(I18n.text("import.moreRefused", refused.size() - MAX_LISTED));
            }
        }
        return text.toString();
    }
}
