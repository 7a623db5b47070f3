/**
 * Use cases, one transaction each, behind {@code access.Access}: a package per capability, plus the
 * shared {@code access}, {@code importing} (the one import pipeline), {@code sheets} (reading and
 * writing spreadsheets) and {@code registers} (the in-memory read model). {@code Services} wires
 * them for one open office.
 */
package org.branchdesk.service;
