package org.branchdesk.domain.accounts;

/**
 * What an account may do beyond reading. Reading the registers, verifying a printed document and
 * the personal-data inventory need no permission: every signed-in account may.
 */
public enum Permission {
    /** Enter, change, import and take off the registers' records. */
    EDIT,
    /** Issue numbered notices (they are recorded and carry the office's number). */
    ISSUE_NOTICES,
    /** Print ledgers (recorded in the register of issued documents). */
    PRINT_LEDGERS,
    /** Export full ID numbers and phones, with a stated reason. */
    EXPORT_FULL,
    /** The office's settings: name, issuing mark, ownerless reading, masking, retention. */
    SETTINGS,
    /** Add accounts, reset passwords, change roles, unlock. */
    ACCOUNTS,
    /** Put a backup back in place of the office's data. */
    RESTORE,
    /** Purge personal data past its retention period. */
    PURGE,
    /**
     * Mark a payment approved or paid, and reverse a paid one (the account that recorded a payment
     * still cannot approve it).
     */
    APPROVE_PAYMENTS
}
