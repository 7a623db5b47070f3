/**
 * Accounts and the door of the office folder ({@code OfficeAccess}): sign-in, set-up, conversion,
 * recovery.
 */
package org.branchdesk.service.accounts;
