/**
 * Party organizations: their types, the branch regulations' rules (regular, joint and temporary
 * branches, committees), the shape of the organization tree, party groups and central households.
 */
package org.branchdesk.domain.orgs;
