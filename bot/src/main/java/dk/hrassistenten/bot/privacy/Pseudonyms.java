package dk.hrassistenten.bot.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms for user ids in stored records: an HMAC-SHA-256 keyed with the operator's secret
 * ({@code HR_ASSISTANT_PSEUDONYM_KEY}), so that a stored pseudonym cannot be turned back into an id by
 * trying all ids, while a person's own records can still be found for export and deletion. Thread-safe.
 */
public final class Pseudonyms {

    private final byte[] key;

    /** @param key the operator's secret; a fixed default without one (then pseudonyms are only unlinkable by others) */
    public Pseudonyms(String key) {
        this.key = (key == null || key.isBlank() ? "hr-assistant" : key).getBytes(StandardCharsets.UTF_8);
    }

    public String of(String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(userId.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
