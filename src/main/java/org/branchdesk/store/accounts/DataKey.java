package org.branchdesk.store.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random 256-bit key the office's database file is encrypted with. It never leaves the process
 * in clear: the keyring holds it only wrapped by each account's password and by the recovery code.
 */
public final class DataKey {
    static final int BYTES = 32;
    private final byte[] bytes;

    DataKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** A new random key, for a new office (and for tests' temporary offices). */
    public static DataKey random() {
        byte[] b = new byte[BYTES];
        new SecureRandom().nextBytes(b);
        return new DataKey(b);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /**
     * H2's password for {@code CIPHER=AES}: the file password, a space, the (empty) user password.
     */
    public char[] h2Password() {
        char[] hex = HexFormat.of().formatHex(bytes).toCharArray();
        char[] p = Arrays.copyOf(hex, hex.length + 1);
        p[hex.length] = ' ';
        Arrays.fill(hex, '\0');
        return p;
    }

    /** The file password alone, for H2's tools. */
    public char[] filePassword() {
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    /** HMAC-SHA256 under a key derived from this one, for the keyring's integrity. */
    byte[] mac(String purpose, byte[] data) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(bytes, "HmacSHA256"));
            byte[] macKey =
                    derive.doFinal(("branchdesk " + purpose).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "DataKey[hidden]"; // never in a log
    }
}
