package org.branchdesk.service.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Words kept in a UTF-8 properties file instead of code. The static methods read {@code
 * vocabulary.properties} beside this class: what clerks write in their sheets — header names and
 * the words for yes, no, standing, registration and so on — so that adding a synonym is a data
 * change, not a code change. Alternatives are separated by {@code |}.
 */
public final class Vocabulary {
    private static final Vocabulary IMPORTS =
            new Vocabulary(Vocabulary.class, "vocabulary.properties");

    private final Properties words = new Properties();
    private final String resource;

    /** Reads {@code resource} beside {@code owner}. */
    public Vocabulary(Class<?> owner, String resource) {
        this.resource = resource;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The alternatives of a key, in order; the first is the preferred form. */
    public List<String> list(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(resource + " has no " + key);
        }
        return Arrays.asList(value.split("\\|"));
    }

    public String get(String key) {
        return list(key).get(0);
    }

    /**
     * The key's text with {@code {0}}, {@code {1}}... filled in (arguments as given, no number
     * formatting).
     */
    public String format(String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(get(key), Locale.SIMPLIFIED_CHINESE).format(texts);
    }

    /** The import vocabulary's alternatives of a key. */
    public static List<String> words(String key) {
        return IMPORTS.list(key);
    }

    public static String text(String key) {
        return IMPORTS.get(key);
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
