package org.branchdesk.service.importing;

import java.util.UUID;

/** A compound as a sheet names it: by its community and its name, unique within the community. */
public record CompoundKey(UUID community, String name) {}
