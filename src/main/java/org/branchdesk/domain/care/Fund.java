package org.branchdesk.domain.care;

import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/** A fund payments are made from: its name (e.g. 2020年上级下拨党费专项) and where its money comes from. */
public record Fund(UUID id, String name, FundSource source) {
    /** The longest name a fund may have. */
    public static final int NAME_MAX = 60;

    public Fund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /** A fund as a form or a command gives it; refused naming the field. */
    public static Fund of(UUID id, String name, FundSource source) {
        String n = Text.emptyToNull(name);
        if (n == null) {
            throw new ValidationError("field.fund.name", "rule.required");
        }
        if (Text.length(n) > NAME_MAX) {
            throw new ValidationError("field.fund.name", "rule.tooLong", NAME_MAX);
        }
        if (source == null) {
            throw new ValidationError("field.fund.source", "rule.required");
        }
        return new Fund(id, n, source);
    }
}
