package org.branchdesk.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What clerks write in their sheets — header names and the words for yes, no, standing,
 * registration and so on — kept in {@code vocabulary.properties} beside this class, so that
 * adding a synonym is a data change, not a code change.
 */
public final class Vocabulary {
    private static final Properties WORDS = load();

    private Vocabulary() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.properties")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.properties is missing from the application");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The alternatives of a key, in order; the first is the preferred form. */
    public static List<String> words(String key) {
        String value = WORDS.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("vocabulary.properties has no " + key);
        }
        return Arrays.asList(value.split("\\|"));
    }

    public static String text(String key) {
        return words(key).get(0);
    }

    /** Whether {@code value} is one of the key's words (ignoring case). */
    public static boolean is(String key, String value) {
        return words(key).stream().anyMatch(w -> w.equalsIgnoreCase(value));
    }

    /** Whether {@code value} contains one of the key's words. */
    public static boolean mentions(String key, String value) {
        return words(key).stream().anyMatch(value::contains);
    }
}
