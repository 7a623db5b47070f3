package org.branchdesk.print;

/** A finished PDF: its bytes and number of pages. */
public record Rendered(byte[] pdf, int pages) {}
