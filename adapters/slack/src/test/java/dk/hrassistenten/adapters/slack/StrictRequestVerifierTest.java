package dk.hrassistenten.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StrictRequestVerifierTest {

    private static final long NOW = 1_800_000_000L;
    private final StrictRequestVerifier verifier = new StrictRequestVerifier("8f742231b10e8888abcd99yyyzzz85a5",
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    private static final String BODY = "token=x&team_id=T1&command=%2Fhr&text=ferie\n";
    private static final String SIGNATURE = "v0=" + hmac("v0:" + NOW + ":" + BODY);

    private static String hmac(String data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("8f742231b10e8888abcd99yyyzzz85a5".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSignedRequestPassesByItsRawBytesTrailingNewlineIncluded() {
        assertThat(verifier.refusal(Long.toString(NOW), SIGNATURE, bytes(BODY))).isEmpty();
        assertThat(verifier.refusal(Long.toString(NOW - 299), "v0=" + hmac("v0:" + (NOW - 299) + ":" + BODY), bytes(BODY))).isEmpty();
    }

    @Test
    void eachWayOfBeingUnsignedIsRefusedWithItsReason() {
        assertThat(verifier.refusal(null, null, bytes("{not json"))).contains("no signature");
        assertThat(verifier.refusal(Long.toString(NOW), null, bytes(BODY))).contains("no signature");
        assertThat(verifier.refusal("soon", SIGNATURE, bytes(BODY))).contains("timestamp is not a number");
        assertThat(verifier.refusal(Long.toString(NOW - 301), "v0=" + hmac("v0:" + (NOW - 301) + ":" + BODY), bytes(BODY)))
                .hasValueSatisfying(r -> assertThat(r).contains("5 minutes"));
        assertThat(verifier.refusal(Long.toString(NOW + 301), "v0=" + hmac("v0:" + (NOW + 301) + ":" + BODY), bytes(BODY)))
                .hasValueSatisfying(r -> assertThat(r).contains("5 minutes"));
        assertThat(verifier.refusal(Long.toString(NOW), SIGNATURE, bytes(BODY.strip()))).contains("signature does not match");
        assertThat(verifier.refusal(Long.toString(NOW), SIGNATURE.toUpperCase(), bytes(BODY))).contains("signature does not match");
        assertThat(verifier.refusal(Long.toString(NOW), "v0=", bytes(BODY))).contains("signature does not match");
    }
}
