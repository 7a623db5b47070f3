package org.branchdesk.service.sheets;

import java.util.List;

/** A column of an import sheet: the field it fills and the header names clerks give it. */
public interface ImportColumn {
    /** Bundle key of the field, for messages that name it. */
    String fieldKey();

    /** Accepted header names; the first is the one the template writes. */
    List<String> headers();

    default String templateHeader() {
        return headers().get(0);
    }
}
