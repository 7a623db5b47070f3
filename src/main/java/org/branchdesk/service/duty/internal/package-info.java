/**
 * The auto-fill's model for Timefold Solver: the annotated planning classes, the constraints and
 * the solver's configuration. Only {@code service.duty.AutoFill} uses it; its public API takes and
 * returns plain records.
 */
package org.branchdesk.service.duty.internal;
