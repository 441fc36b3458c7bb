package dk.hrassistenten.adapters.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature ({@code X-Slack-Signature: v0=HMAC-SHA256("v0:" + timestamp + ":" + body)} with the
 * signing secret), checked on the raw bytes of the body. Stricter than Bolt's own check: it rejects timestamps
 * more than five minutes in the future as well as in the past (Bolt only rejects old ones), and compares in
 * constant time (Bolt uses equals). Thread-safe.
 */
final class StrictRequestVerifier {

    static final long TOLERANCE_SECONDS = 5 * 60;
    private final byte[] secret;
    private final Clock clock;

    StrictRequestVerifier(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /**
     * Why a request is refused, or empty when it is signed by Slack within the last (or next) five minutes.
     * The reason names what is wrong, never the expected signature.
     */
    Optional<String> refusal(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return Optional.of("no signature");
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Optional.of("timestamp is not a number");
        }
        if (Math.abs(clock.instant().getEpochSecond() - ts) > TOLERANCE_SECONDS) {
            return Optional.of("timestamp more than " + TOLERANCE_SECONDS / 60 + " minutes from now");
        }
        byte[] expected = ("v0=" + sign(timestamp.strip(), body)).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("signature does not match");
        }
        return Optional.empty();
    }

    private String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
