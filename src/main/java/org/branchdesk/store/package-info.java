/**
 * The office's H2 database: {@code Store} and {@code StoreSession} open transactions, the audit log
 * and migrations live here; one package per capability holds its repositories (SQL through jOOQ,
 * generated at build time).
 */
package org.branchdesk.store;
