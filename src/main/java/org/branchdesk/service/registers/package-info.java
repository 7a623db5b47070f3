/**
 * The registers as the screens read them: an in-memory read model rebuilt when the office changes,
 * and the member search over it.
 */
package org.branchdesk.service.registers;
