package dk.hrassistenten.deploy;

import dk.hrassistenten.adapters.slack.SlackSettings;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test: Slack's acknowledgement latency at 50 signed event requests a second for a
 * minute, through real HTTP into the running service, each event answered by the assistant. Prints
 * p50, p99 and max; asserts nothing. Run it with
 * {@code ./mvnw -pl deploy -am verify -Dbench=true -Dit.test=SlackAckBenchmarkIT -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SlackAckBenchmarkIT {

    @Test
    void ackLatencyAtFiftyRequestsASecondForAMinute() throws Exception {
        int rate = Integer.getInteger("bench.rate", 50);
        int seconds = Integer.getInteger("bench.seconds", 60);
        try (FakeSlackApi api = new FakeSlackApi()) {
            Settings settings = new Settings(TestServer.sampleCorpus(), Files.createTempDirectory("hr-data"), null, null, null,
                    new SlackSettings("xoxb-test", SlackIT.SECRET, null, api.apiUrl(), null), null);
            try (TestServer server = new TestServer(settings, true, null)) {
                send(server, rate, 5, "warm"); // JIT, pools and caches; not counted
                api.await("chat.postMessage", rate * 5);
                int total = rate * seconds;
                long[] nanos = send(server, rate, seconds, "run");
                long failed = Arrays.stream(nanos).filter(n -> n < 0).count();
                long[] ok = Arrays.stream(nanos).filter(n -> n >= 0).sorted().toArray();
                api.await("chat.postMessage", rate * 5 + total);
                System.out.printf("Slack ack latency: %d requests at %d/s over %d s, %d failed; p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                                + "answers posted: %d%n", total, rate, seconds, failed, ok[ok.length / 2] / 1e6, ok[(int) (ok.length * 0.99)] / 1e6,
                        ok[ok.length - 1] / 1e6, api.calls("chat.postMessage").size() - rate * 5);
            }
        }
    }

    /** Sends signed events at a steady rate; the ack time of each, or -1 for a non-200 answer. */
    private static long[] send(TestServer server, int rate, int seconds, String prefix) throws Exception {
        List<CompletableFuture<Long>> results = new ArrayList<>();
        long start = System.nanoTime();
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            long due = start + (long) i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String body = SlackIT.mention("Ev" + prefix + i, "Hvem håndterer HR-rådgivning i whistleblower-sager?");
            long now = Instant.now().getEpochSecond();
            var request = java.net.http.HttpRequest.newBuilder(server.uri("/slack/events")).header("Content-Type", "application/json")
                    .header("X-Slack-Request-Timestamp", Long.toString(now)).header("X-Slack-Signature", SlackIT.sign(Long.toString(now), body))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            long sent = System.nanoTime();
            results.add(server.http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(r -> r.statusCode() == 200 ? System.nanoTime() - sent : -1L));
        }
        return results.stream().map(CompletableFuture::join).mapToLong(Long::longValue).toArray();
    }
}
