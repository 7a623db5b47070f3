package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.branchdesk.app.logging.MaskingLayout;
import org.junit.jupiter.api.Test;

class MaskingLayoutTest {
    @Test
    void idNumbersInMessagesAndStackTracesReachTheLogMasked() {
        LoggerContext context = new LoggerContext();
        MaskingLayout layout = new MaskingLayout();
        layout.setContext(context);
        layout.start();
        LoggingEvent event =
                new LoggingEvent(
                        "x",
                        context.getLogger("test"),
                        Level.WARN,
                        "row for {} refused",
                        new IllegalStateException("duplicate 41030219800101123X"),
                        new Object[] {"410302198001011234"});
        String line = layout.doLayout(event);
        assertThat(line)
                .contains("410302********1234")
                .contains("410302********123X")
                .doesNotContain("19800101")
                .contains("IllegalStateException");
    }
}
