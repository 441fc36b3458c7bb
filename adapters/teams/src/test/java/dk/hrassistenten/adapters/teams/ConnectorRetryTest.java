package dk.hrassistenten.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorRetryTest {

    private final ConnectorRetry retry = new ConnectorRetry(3, Duration.ofMillis(1), Duration.ofMillis(40));

    private static Response response(int code) {
        return new Response.Builder().request(new Request.Builder().url("http://127.0.0.1/").build()).protocol(Protocol.HTTP_1_1)
                .code(code).message("x").build();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 412, 502, 504})
    void throttlingAndGatewayErrorsAreRetriedAFewTimes(int code) {
        assertThat(retry.shouldRetry(0, response(code))).isTrue();
        assertThat(retry.shouldRetry(2, response(code))).isTrue();
        assertThat(retry.shouldRetry(3, response(code))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 400, 401, 403, 404, 500, 503})
    void otherAnswersAreNot(int code) {
        assertThat(retry.shouldRetry(0, response(code))).isFalse();
    }

    @Test
    void theWaitDoublesWithJitterUpToTheLongestAndRetryAfterIsHonouredWithinIt() {
        ConnectorRetry standard = ConnectorRetry.standard();
        assertThat(standard.delay(0, null)).isBetween(Duration.ofMillis(500), Duration.ofMillis(600));
        assertThat(standard.delay(2, null)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(2400));
        assertThat(standard.delay(10, null)).isBetween(Duration.ofSeconds(8), Duration.ofMillis(9600));
        assertThat(standard.delay(0, "3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(standard.delay(0, "3600")).isEqualTo(Duration.ofSeconds(8));
        assertThat(standard.delay(0, "Wed, 21 Oct 2026 07:28:00 GMT")).isBetween(Duration.ofMillis(500), Duration.ofMillis(600));
    }
}
