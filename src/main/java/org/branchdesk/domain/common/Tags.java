package org.branchdesk.domain.common;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The office's own tags on a record (退役军人、志愿者、医护背景 …), as members and people on the people register
 * carry them: one text, the tags joined by 、, searched like a name and required by posts.
 */
public final class Tags {
    /**
     * The longest tags text a record keeps (the columns {@code member.tags}, {@code person.tags}).
     */
    public static final int MAX = 200;

    private Tags() {}

    /**
     * Tags as a clerk types them (、，, ; or spaces between): trimmed, each once, joined by 、; {@code
     * null} for none. Refused, naming {@code field}, when longer than {@link #MAX}.
     */
    public static String normalize(String field, String raw) {
        String t = Text.emptyToNull(raw);
        if (t == null) {
            return null;
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String part : t.split("[、,，;；\\s]+")) {
            if (!part.isBlank()) {
                tags.add(part.trim());
            }
        }
        String joined = String.join("、", tags);
        if (Text.length(joined) > MAX) {
            throw new ValidationError(field, "rule.tooLong", MAX);
        }
        return joined.isEmpty() ? null : joined;
    }

    /** The tags of a record's tags text (as {@link #normalize} keeps it), one by one. */
    public static Set<String> of(String tags) {
        if (tags == null || tags.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.asList(tags.split("、")));
    }

    /** Everyone's tags together: a person linked to a member brings the member's tags too. */
    public static Set<String> union(String... tags) {
        Set<String> all = new LinkedHashSet<>();
        for (String t : tags) {
            all.addAll(of(t));
        }
        return Set.copyOf(all);
    }
}
