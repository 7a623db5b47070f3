/**
 * Repositories of party organizations, party groups and central households, and temporary branches'
 * participants.
 */
package org.branchdesk.store.orgs;
