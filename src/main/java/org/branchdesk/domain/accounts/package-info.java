/**
 * Accounts and roles: permissions, password rules, lock-out after wrong passwords, one active
 * administrator, recovery codes.
 */
package org.branchdesk.domain.accounts;
