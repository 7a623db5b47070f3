package org.branchdesk.domain.places;

import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Names;

/** An urban community (社区) or village under the street office. */
public record Community(UUID id, String name, int sortOrder) {
    public Community {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static String validName(String raw) {
        return Names.requireName("field.community.name", raw);
    }

    public Community withName(String newName) {
        return new Community(id, validName(newName), sortOrder);
    }
}
