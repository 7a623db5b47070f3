package org.branchdesk.service.sheets;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as clerks' programs save it: UTF-8 with or without a byte-order mark, or GBK (read as
 * its superset GB18030) from Excel and WPS on Chinese Windows, detected from the bytes. Quoted
 * fields may hold commas, quotes and line breaks (RFC 4180).
 */
public final class CsvFile {
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvFile() {}

    /** Decodes the bytes: a valid UTF-8 text is UTF-8, anything else is GB18030. */
    public static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3
                                && (bytes[0] & 0xFF) == 0xEF
                                && (bytes[1] & 0xFF) == 0xBB
                                && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    /** Parses CSV text into rows numbered by the line on which each record starts. */
    public static List<SheetRow> parse(String text) {
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new SheetRow(recordLine, cells));
                cells = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (cellStarted || cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new SheetRow(recordLine, cells));
        }
        return rows;
    }

    /** Quotes a value for writing when it needs it. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
