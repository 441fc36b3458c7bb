package dk.hrassistenten.adapters.teams;

import com.microsoft.bot.restclient.retry.RetryStrategy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Response;

/**
 * Retries the connector's answers that mean "try again": 429 (throttled; Teams sends Retry-After), 412 (the
 * conversation was being changed), 502 and 504, with exponential backoff and jitter. The SDK's own strategy
 * retries other 5xx codes at once, ten times, and never 429. The SDK's retry handler does not wait itself, so
 * the wait happens here, on the sending thread.
 */
final class ConnectorRetry extends RetryStrategy {

    static final Set<Integer> RETRIED = Set.of(429, 412, 502, 504);

    private final int retries;
    private final Duration first;
    private final Duration longest;

    ConnectorRetry(int retries, Duration first, Duration longest) {
        super("hr-assistant-connector", false);
        this.retries = retries;
        this.first = first;
        this.longest = longest;
    }

    static ConnectorRetry standard() {
        return new ConnectorRetry(4, Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    @Override
    public boolean shouldRetry(int retryCount, Response response) {
        if (retryCount >= retries || !RETRIED.contains(response.code())) {
            return false;
        }
        try {
            Thread.sleep(delay(retryCount, response.header("Retry-After")).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Retry-After in seconds when the connector says so (capped), else first × 2^n with up to 20 % jitter. */
    Duration delay(int retryCount, String retryAfter) {
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,6}")) {
            Duration asked = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
            return asked.compareTo(longest) > 0 ? longest : asked;
        }
        long millis = Math.min(longest.toMillis(), first.toMillis() << Math.min(retryCount, 20));
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 5 + 1));
    }
}
