package org.branchdesk.service.importing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of sheet the office imports: the word the command line takes ({@code import members
 * FILE}) and the name of its template in the bundle ({@code template.sheet.MEMBERS}). A new
 * capability with an importer adds its kind here.
 */
public enum ImportKind {
    COMPOUNDS("compounds"),
    ORGANIZATIONS("organizations"),
    MEMBERS("members"),
    SURVEY_ITEMS("items"),
    HOUSEHOLDS("households");

    private final String word;

    ImportKind(String word) {
        this.word = word;
    }

    /** The word on the command line. */
    public String word() {
        return word;
    }

    public static Optional<ImportKind> ofWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
