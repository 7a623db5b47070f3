package org.branchdesk.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;

/**
 * Reads passwords and recovery codes from files or environment variables: the first line, as
 * written.
 */
public final class Secrets {
    private Secrets() {}

    /**
     * The file's first line (UTF-8, a byte-order mark and the line break dropped; nothing else
     * trimmed, since spaces may be part of a password).
     */
    public static char[] readFile(Path file, String optionKey) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw new UserError(
                    e, "cli.secret.unreadable", Messages.format(optionKey + ".name"), file);
        }
        try {
            CharBuffer decoded =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes));
            char[] all = new char[decoded.remaining()];
            decoded.get(all);
            if (decoded.hasArray()) {
                Arrays.fill(decoded.array(), '\0');
            }
            int start = all.length > 0 && all[0] == '\uFEFF' ? 1 : 0;
            int end = start;
            while (end < all.length && all[end] != '\n' && all[end] != '\r' && all[end] != '\0') {
                end++;
            }
            char[] line = Arrays.copyOfRange(all, start, end);
            Arrays.fill(all, '\0');
            return line;
        } catch (CharacterCodingException e) {
            throw new UserError(e, "cli.secret.notUtf8", file);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public static char[] fromVariable(String value) {
        return value == null ? null : value.toCharArray();
    }
}
