package org.branchdesk.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/ARCHITECTURE.md names every service and importer, and nothing that the code lacks. */
class ArchitectureDocTest {
    static final Path MAIN = Path.of("src/main/java/org/branchdesk");
    static final Pattern NAMED = Pattern.compile("\\b([A-Z]\\w*(?:Service|Importer))\\b");

    static Set<String> inCode() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("service"))) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith("Service.java") || n.endsWith("Importer.java"))
                    .filter(n -> !n.equals("Importer.java")) // the pipeline's interface itself
                    .forEach(n -> names.add(n.substring(0, n.length() - ".java".length())));
        }
        return names;
    }

    @Test
    void theArchitecturePageNamesEveryServiceAndNothingMissing() throws IOException {
        String doc = Files.readString(Path.of("docs/ARCHITECTURE.md"));
        Set<String> named = new TreeSet<>();
        Matcher m = NAMED.matcher(doc);
        while (m.find()) {
            named.add(m.group(1));
        }
        Set<String> code = inCode();
        assertThat(code).as("services and importers in the code").isNotEmpty();
        assertThat(named).as("every service and importer is on the page").containsAll(code);
        assertThat(code)
                .as("nothing named on the page is missing from the code")
                .containsAll(named);
    }

    @Test
    void theLayeringTestMentionsOnlyPackagesThatExist() throws IOException {
        String rules =
                Files.readString(Path.of("src/test/java/org/branchdesk/arch/LayeringTest.java"));
        Matcher m = Pattern.compile("\"org\\.branchdesk\\.([a-z.]+?)\\.{0,2}\"").matcher(rules);
        int seen = 0;
        while (m.find()) {
            String pkg = m.group(1).replaceAll("\\.$", "");
            Path dir = MAIN.resolve(pkg.replace('.', '/'));
            assertThat(Files.isDirectory(dir) || Files.isRegularFile(Path.of(dir + ".java")))
                    .as("org.branchdesk." + pkg + " exists")
                    .isTrue();
            seen++;
        }
        assertThat(seen).isGreaterThan(20);
    }
}
