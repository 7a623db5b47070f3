package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.branchdesk.domain.common.Messages;
import org.junit.jupiter.api.Test;

/** Every text the care rules show a clerk is in the bundle, in Chinese. */
class CareMessagesTest {
    @Test
    void everyKeyTheCareDomainUsesIsInTheBundle() throws IOException {
        Pattern key = Pattern.compile("\"((?:rule|field)\\.[A-Za-z.]+)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/branchdesk/domain/care"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                    if (Messages.format(m.group(1)).equals(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyChoiceHasAChineseName() {
        List<String> keys = new ArrayList<>();
        Stream.of(FundSource.values()).map(FundSource::key).forEach(keys::add);
        Stream.of(PaymentKind.values()).map(PaymentKind::key).forEach(keys::add);
        Stream.of(RecipientKind.values()).map(RecipientKind::key).forEach(keys::add);
        Stream.of(PaymentState.values()).map(PaymentState::key).forEach(keys::add);
        Stream.of(PaymentMethod.values()).map(PaymentMethod::key).forEach(keys::add);
        Stream.of(SupplyCategory.values()).map(SupplyCategory::key).forEach(keys::add);
        Stream.of(SupplySource.values()).map(SupplySource::key).forEach(keys::add);
        Stream.of(DevelopmentStep.values()).map(DevelopmentStep::key).forEach(keys::add);
        Stream.of(DevelopmentMaterial.values()).map(DevelopmentMaterial::key).forEach(keys::add);
        for (String k : keys) {
            assertThat(Messages.format(k)).as(k).isNotEqualTo(k).doesNotContainPattern("[A-Za-z]");
        }
    }
}
