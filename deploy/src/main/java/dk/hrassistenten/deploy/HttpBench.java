package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.reply.ReplyJson;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The HTTP part of {@code bench}: the whole service on a loopback port, and a number of clients each posting
 * questions to {@code POST /api/chat} one after another (a closed loop), for latency percentiles and throughput.
 */
final class HttpBench {

    private HttpBench() {
    }

    static void run(Settings settings, List<String> asked, int clients, int requests, PrintStream out) throws Exception {
        try (Services services = new Services(settings);
             HttpServer server = HttpServer.start(services, 0, null, null)) {
            services.knowledge.reload(p -> { });
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/chat");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            int perClient = Math.max(1, requests / clients);
            ask(http, uri, asked, Math.min(300, perClient), clients); // warm-up
            long start = System.nanoTime();
            long[] nanos = ask(http, uri, asked, perClient, clients);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            out.printf("  POST /api/chat, %d clients x %d questions: p50 %.2f ms, p99 %.2f ms, max %.2f ms; %.0f questions/s%n",
                    clients, perClient, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                    nanos[nanos.length - 1] / 1e6, nanos.length / seconds);
        }
    }

    private static long[] ask(HttpClient http, URI uri, List<String> asked, int perClient, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    long[] nanos = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        String body = ReplyJson.mapper().writeValueAsString(Map.of("user", "bench-" + client,
                                "text", asked.get((i * clients + client) % asked.size())));
                        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long t = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - t;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("POST /api/chat answered " + response.statusCode());
                        }
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                for (long n : f.get()) {
                    all.add(n);
                }
            }
            return all.stream().mapToLong(Long::longValue).toArray();
        } finally {
            pool.shutdownNow();
        }
    }
}
