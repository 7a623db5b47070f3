package org.branchdesk.domain.common;

import java.util.UUID;

/** One entry of a pick list: the record's id and the label a clerk reads. */
public record Choice(UUID id, String label) {}
