package dk.hrassistenten.knowledge.source.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * The few Microsoft Graph calls a SharePoint source makes: GET a JSON resource (all its pages), and download a
 * file's content. Every call carries the app's token; throttling (429, 503) is waited out as Graph's Retry-After
 * says, a bounded number of times. Used from one thread at a time.
 */
final class GraphClient {

    /** One answer of a paged collection: its items, and the delta link its last page ends with (else null). */
    record Pages(List<JsonNode> items, String deltaLink) {
        Pages {
            items = List.copyOf(items);
        }
    }

    /** A Graph call that has to wait, and for how long at most; a longer Retry-After fails the fetch instead. */
    static final int MAX_RETRIES = 4;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI graph;
    private final GraphTokens tokens;
    private final Map<String, String> extraHeaders;

    /**
     * @param extraHeaders sent with every JSON request (Graph's {@code Prefer} options for delta)
     */
    GraphClient(URI graph, GraphTokens tokens, SSLContext tls, Map<String, String> extraHeaders) {
        this.graph = graph;
        this.tokens = tokens;
        this.extraHeaders = Map.copyOf(extraHeaders);
        // Redirects are followed by hand: a download's redirect leads to a pre-authenticated URL that must not get the token.
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One JSON resource, by its path below Graph's base ("/sites/…") or an absolute link Graph gave. */
    JsonNode get(String pathOrLink) throws IOException {
        HttpResponse<byte[]> response = send(pathOrLink, true);
        requireOk(response, pathOrLink, true);
        return JSON.readTree(response.body());
    }

    /** Every item of a collection, following {@code @odata.nextLink} to its last page. */
    Pages all(String pathOrLink) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        String next = pathOrLink;
        while (true) {
            JsonNode page = get(next);
            page.path("value").forEach(items::add);
            if (page.hasNonNull("@odata.nextLink")) {
                next = page.get("@odata.nextLink").asText();
            } else {
                return new Pages(items, page.hasNonNull("@odata.deltaLink") ? page.get("@odata.deltaLink").asText() : null);
            }
        }
    }

    /**
     * A file's bytes: Graph answers {@code /content} with a redirect to a short-lived pre-authenticated URL, which is
     * fetched without the token (it may be on another host).
     */
    byte[] download(String path) throws IOException {
        HttpResponse<byte[]> response = send(path, true);
        boolean redirected = response.statusCode() == 302 || response.statusCode() == 301 || response.statusCode() == 307;
        if (redirected) {
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new IOException("Graph redirected " + path + " without a Location"));
            response = send(response.request().uri().resolve(location).toString(), false);
        }
        requireOk(response, path, !redirected);
        return response.body();
    }

    private HttpResponse<byte[]> send(String pathOrLink, boolean withToken) throws IOException {
        URI uri = pathOrLink.startsWith("https://") || pathOrLink.startsWith("http://") ? URI.create(pathOrLink) : URI.create(graph + pathOrLink);
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
            if (withToken) {
                request.header("Authorization", "Bearer " + tokens.accessToken()).header("Accept", "application/json");
                extraHeaders.forEach(request::header);
            }
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while calling Microsoft Graph", e);
            } catch (IOException e) {
                throw new IOException("Microsoft Graph unreachable at " + uri.getHost() + ": " + describe(e), e);
            }
            int status = response.statusCode();
            if ((status == 429 || status == 503) && attempt < MAX_RETRIES) {
                Duration wait = retryAfter(response);
                if (wait.compareTo(LONGEST_WAIT) <= 0) {
                    pause(wait);
                    continue;
                }
            }
            return response;
        }
    }

    /** Graph's Retry-After in seconds; without one (or with a date instead), a short pause. */
    private static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        return value.matches("\\d{1,9}") ? Duration.ofSeconds(Long.parseLong(value)) : DEFAULT_WAIT;
    }

    private static void pause(Duration wait) throws IOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Microsoft Graph asked to wait", e);
        }
    }

    /** @param withToken whether the call carried the app's token (a refusal then concerns the app, not one file) */
    private static void requireOk(HttpResponse<byte[]> response, String what, boolean withToken) throws GraphStatusException {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        String shown = what.startsWith("http") ? URI.create(what).getPath() : what; // links carry tokens in their query
        boolean refused = withToken && (status == 401 || status == 403);
        String reason = !refused ? failure(status, shown)
                : status == 401 ? "Microsoft Graph refused the app's token (401) for " + shown
                : "the app may not read " + shown + " (403): grant it Sites.Read.All or Sites.Selected for the site";
        throw new GraphStatusException(status, refused, reason + errorCode(response));
    }

    private static String failure(int status, String shown) {
        return switch (status) {
            case 404 -> "not found in Microsoft Graph (404): " + shown;
            case 429, 503 -> "Microsoft Graph kept asking to wait (" + status + ") for " + shown;
            default -> "Microsoft Graph answered " + status + " for " + shown;
        };
    }

    /** Graph's own error code ("itemNotFound", "resyncRequired"), which says more than the status. */
    private static String errorCode(HttpResponse<byte[]> response) {
        try {
            JsonNode code = JSON.readTree(response.body()).path("error").path("code");
            return code.isTextual() ? " [" + code.asText() + "]" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
