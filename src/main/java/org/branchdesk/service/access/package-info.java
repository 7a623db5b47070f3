/**
 * The one door of every change: {@code Access} checks the account's role before a transaction
 * opens; an architecture test keeps {@code Store.write} out of every other class.
 */
package org.branchdesk.service.access;
