/**
 * The rules a clerk would recognise, one named place each, with no I/O: a package per capability
 * ({@code places}, {@code orgs}, {@code members}, …) and {@code common} for what every capability
 * shares (messages, names, masking).
 */
package org.branchdesk.domain;
