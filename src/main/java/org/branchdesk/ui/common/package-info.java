/**
 * What every screen shares: the task executor and background tasks with progress and cancel,
 * dialogs, typed notices, tables, the bundle.
 */
package org.branchdesk.ui.common;
