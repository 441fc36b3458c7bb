package dk.hrassistenten.knowledge.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HostPacerTest {

    @Test
    void requestsToOneHostFromSeveralThreadsTakeTurnsWithThePauseBetween() throws Exception {
        HostPacer pacer = new HostPacer();
        List<long[]> spans = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                done.add(threads.submit(() -> pacer.paced("intra.example.dk", Duration.ofMillis(30), () -> {
                    long begin = System.nanoTime();
                    busy(Duration.ofMillis(10));
                    spans.add(new long[] {begin, System.nanoTime()});
                    return null;
                })));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        List<long[]> ordered = spans.stream().sorted((a, b) -> Long.compare(a[0], b[0])).toList();
        for (int i = 1; i < ordered.size(); i++) {
            assertThat(ordered.get(i)[0] - ordered.get(i - 1)[1]).isGreaterThanOrEqualTo(Duration.ofMillis(30).toNanos());
        }
    }

    /** Takes the time a request would, without sleeping (the pacer's requests throw only IOException). */
    private static void busy(Duration time) {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void anotherHostDoesNotWait() throws Exception {
        HostPacer pacer = new HostPacer();
        pacer.paced("a.example.dk", Duration.ofSeconds(5), () -> null);
        long begin = System.nanoTime();

        pacer.paced("b.example.dk", Duration.ofSeconds(5), () -> null);

        assertThat(System.nanoTime() - begin).isLessThan(Duration.ofSeconds(1).toNanos());
    }
}
