package dk.hrassistenten.adapters.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Our own check of Slack's request signature, after Bolt's: it also rejects timestamps more than five
 * minutes in the future (Bolt only rejects old ones), and compares in constant time (Bolt uses equals).
 * Socket Mode requests arrive over the authenticated WebSocket and carry no signature.
 */
final class StrictRequestVerifier implements Middleware {

    static final long TOLERANCE_SECONDS = 5 * 60;
    private final byte[] secret;
    private final Clock clock;

    StrictRequestVerifier(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.isSocketMode()) {
            return chain.next(req);
        }
        String timestamp = req.getHeaders().getFirstValue("X-Slack-Request-Timestamp");
        String signature = req.getHeaders().getFirstValue("X-Slack-Signature");
        if (!valid(timestamp, signature, req.getRequestBodyAsString())) {
            return Response.builder().statusCode(401).contentType("application/json").body("{\"error\":\"invalid request\"}").build();
        }
        return chain.next(req);
    }

    boolean valid(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null || body == null) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - ts) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = ("v0=" + sign(timestamp.strip() + "", body)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
    }

    String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
