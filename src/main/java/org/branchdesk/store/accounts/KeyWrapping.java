package org.branchdesk.store.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.branchdesk.domain.common.UserError;

/**
 * How the data key is kept under a password or the recovery code: AES-GCM under a key derived with
 * PBKDF2-HMAC-SHA256 from the secret and a random salt. A wrong secret fails the GCM tag.
 */
final class KeyWrapping {
    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
    static final int ITERATIONS = 600_000;

    /** More than this is an edited file (a sign-in would hang), not a stronger setting. */
    private static final int MAX_ITERATIONS = 10_000_000;

    static final SecureRandom RANDOM = new SecureRandom();

    /** What the recovery code's wrapping is bound to. */
    static final byte[] RECOVERY = "branchdesk recovery".getBytes(StandardCharsets.UTF_8);

    private KeyWrapping() {}

    /**
     * A wrapped key: the salt and iterations of the derivation, the GCM nonce and the ciphertext.
     */
    record Wrapped(byte[] salt, int iterations, byte[] iv, byte[] data) {}

    /** As slow as checking a password, so that timing does not tell which account names exist. */
    static void spendADerivation(char[] secret) {
        try {
            derive(secret, new byte[16], ITERATIONS);
        } catch (GeneralSecurityException ignored) {
            // the answer is the same either way
        }
    }

    static byte[] aad(UUID account) {
        return ("branchdesk account " + account).getBytes(StandardCharsets.UTF_8);
    }

    static Wrapped wrap(DataKey key, char[] secret, byte[] aad) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        byte[] raw = key.bytes();
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(
                    Cipher.ENCRYPT_MODE,
                    derive(secret, salt, ITERATIONS),
                    new GCMParameterSpec(128, iv));
            c.updateAAD(aad);
            return new Wrapped(salt, ITERATIONS, iv, c.doFinal(raw));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    static byte[] unwrap(Wrapped w, char[] secret, byte[] aad) throws AEADBadTagException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(
                    Cipher.DECRYPT_MODE,
                    derive(secret, w.salt(), w.iterations()),
                    new GCMParameterSpec(128, w.iv()));
            c.updateAAD(aad);
            return c.doFinal(w.data());
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    static SecretKeySpec derive(char[] secret, byte[] salt, int iterations)
            throws GeneralSecurityException {
        if (iterations < ITERATIONS || iterations > MAX_ITERATIONS) {
            // A keyring edited to make guessing cheaper is not accepted.
            throw new UserError("error.keyring.weak");
        }
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            byte[] k =
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(spec)
                            .getEncoded();
            SecretKeySpec s = new SecretKeySpec(k, "AES");
            Arrays.fill(k, (byte) 0);
            return s;
        } finally {
            spec.clearPassword();
        }
    }
}
