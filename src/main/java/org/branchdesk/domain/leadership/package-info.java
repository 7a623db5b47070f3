/**
 * Leadership (to come): committees and their terms (届), positions (secretary, deputy, committee
 * members) and how they were filled, elections and their checks, renewals (换届). The rules of the
 * election regulations (2020) live here, one method each.
 */
package org.branchdesk.domain.leadership;
