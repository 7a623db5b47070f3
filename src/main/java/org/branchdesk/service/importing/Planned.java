package org.branchdesk.service.importing;

/**
 * What {@link Importer#plan} found: the plan a clerk previews, the parsed rows, and what applying
 * needs ({@code work}: the importer's own, for example the records a row updates).
 */
public record Planned<R, W>(ImportPlan plan, Parsed<R> parsed, W work) {}
