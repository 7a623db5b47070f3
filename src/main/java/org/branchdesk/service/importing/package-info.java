/**
 * The import pipeline every sheet goes through: an {@code Importer} parses rows without a database,
 * plans them against the store and applies the plan in one transaction; {@code ImportPipeline} runs
 * it with preview, progress, cancel, dry run and skip-invalid.
 */
package org.branchdesk.service.importing;
