package org.branchdesk.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.branchdesk.domain.common.CitizenIds;

/**
 * One log line per event, with every citizen ID number in the message or the stack trace masked: a
 * number that slips into an exception message never reaches the file in clear.
 */
public final class MaskingLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line =
                new StringBuilder(160)
                        .append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp())))
                        .append(' ')
                        .append(event.getLevel())
                        .append(" [")
                        .append(event.getThreadName())
                        .append("] ")
                        .append(shortName(event.getLoggerName()))
                        .append(" - ")
                        .append(event.getFormattedMessage())
                        .append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy != null) {
            line.append(ThrowableProxyUtil.asString(proxy)).append(CoreConstants.LINE_SEPARATOR);
        }
        return CitizenIds.maskAll(line.toString());
    }

    private static String shortName(String logger) {
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }
}
