/**
 * What every capability's rules share: the messages of the bundle ({@code Messages}), refusals that
 * name a field ({@code ValidationError}), names, free-text fields, masking of ID numbers and
 * phones.
 */
package org.branchdesk.domain.common;
