package org.branchdesk.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.common.Disclosure;
import org.junit.jupiter.api.Test;

/**
 * Personal data is told by its mark ({@code @Personal}), not by a component's name: the audit log,
 * exports, lists and the purge read the mark only. So a domain record's component that is named
 * like a phone or health details and carries no mark would go to the audit log in clear; this test
 * finds one before it does.
 */
class PersonalDataMarkTest {
    @Test
    void everyDomainComponentNamedLikePersonalDataCarriesTheMark() {
        List<String> unmarked = new ArrayList<>();
        int records = 0;
        for (JavaClass c :
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.branchdesk.domain")) {
            Class<?> type = c.reflect();
            if (!type.isRecord()) {
                continue;
            }
            records++;
            for (RecordComponent rc : type.getRecordComponents()) {
                String name = rc.getName();
                boolean looksPersonal = name.matches("phone|needs|health|.*Phone|.*Health|.*Needs");
                if (looksPersonal
                        && rc.getType() == String.class
                        && Disclosure.kindOf(rc) == null) {
                    unmarked.add(type.getName() + "." + name);
                }
            }
        }
        assertThat(records).as("domain records found").isGreaterThan(20);
        assertThat(unmarked).as("components that look personal and carry no mark").isEmpty();
    }
}
