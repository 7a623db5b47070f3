package org.branchdesk.service.importing;

/**
 * The kinds of sheet the office imports; the name of each is its template's in the bundle ({@code
 * template.sheet.MEMBERS}). A new capability with an importer adds its kind here, its importer in
 * {@code Services.importer} and {@code Services.templateColumns}, and its word in {@code
 * cli.importing.ImportCommand.Kind}.
 */
public enum ImportKind {
    COMPOUNDS,
    ORGANIZATIONS,
    MEMBERS,
    SURVEY_ITEMS,
    HOUSEHOLDS,
    LEADERS,
    ELECTIONS,
    PEOPLE
}
