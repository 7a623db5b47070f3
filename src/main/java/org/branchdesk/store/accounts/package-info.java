/**
 * The keyring beside the database ({@code office.keys}): accounts, the data key wrapped under each
 * password and the recovery code, and its file format.
 */
package org.branchdesk.store.accounts;
