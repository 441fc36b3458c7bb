package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Values this service hands a browser to keep (cookies) and later believes because it signed them: JSON claims with
 * an expiry, HMAC-SHA256 signed. Nothing is kept on the server, so every replica with the same secret accepts them.
 * Each purpose has its own key, so a value issued for one purpose is worthless for another. Thread-safe.
 */
final class SignedValue {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;

    /**
     * @param secret the secret the keys are derived from
     * @param purpose what the values are for ("session", "login")
     */
    SignedValue(String secret, String purpose) {
        this.key = mac(secret.getBytes(StandardCharsets.UTF_8), ("hr-assistant web " + purpose).getBytes(StandardCharsets.UTF_8));
    }

    /** The claims and their expiry, signed; the result is safe as a cookie value. */
    String sign(ObjectNode claims, Instant expires) {
        ObjectNode payload = claims.deepCopy();
        payload.put("exp", expires.getEpochSecond());
        String body = ENCODE.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODE.encodeToString(mac(key, body.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The claims of a value this signer issued and that has not expired; empty for anything else. */
    Optional<JsonNode> verify(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String body = value.substring(0, dot);
        try {
            byte[] signature = DECODE.decode(value.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(key, body.getBytes(StandardCharsets.US_ASCII)))) {
                return Optional.empty();
            }
            JsonNode claims = JSON.readTree(DECODE.decode(body));
            if (claims == null || !claims.path("exp").canConvertToLong() || now.getEpochSecond() >= claims.get("exp").asLong()) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
