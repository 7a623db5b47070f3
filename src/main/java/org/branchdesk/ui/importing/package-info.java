/**
 * Importing a sheet from a screen: preview of every row's fate, then all, the valid rows, or
 * nothing; templates.
 */
package org.branchdesk.ui.importing;
