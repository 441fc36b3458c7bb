package dk.hrassistenten.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code healthcheck}: exits 0 when the service answers 200 at a URL; the container image's health check (it has no curl). */
@Command(name = "healthcheck", mixinStandardHelpOptions = true, description = "Exit 0 when the service's /healthz (or --url) answers 200.")
final class HealthCheckCommand implements Callable<Integer> {

    @Option(names = "--url", description = "What to check (default ${DEFAULT-VALUE}).", defaultValue = "http://127.0.0.1:8080/healthz")
    String url;

    @Override
    public Integer call() {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (Exception e) {
            return 1;
        }
    }
}
