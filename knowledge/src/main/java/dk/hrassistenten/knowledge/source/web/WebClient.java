package dk.hrassistenten.knowledge.source.web;

import dk.hrassistenten.knowledge.ingest.CorpusReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Sends a web source's requests: GET only, paced per host ({@link HostPacer}), with the product's User-Agent, a
 * connect and answer timeout, the previous version's validators for a conditional GET, and no redirects followed
 * (the crawl judges where one leads). A body larger than {@link CorpusReader#MAX_FILE_BYTES} is refused unread.
 * Used from one thread at a time.
 */
final class WebClient {

    /** How the crawler names itself to web sites, and the name robots.txt rules for it are looked up by. */
    static final String ROBOT_NAME = "hr-assistenten";
    static final String USER_AGENT = "HR-assistenten/1.0 (document crawler; robots.txt name: " + ROBOT_NAME + ")";

    private final HttpClient http;
    private final HostPacer pacer;
    private final Duration timeout;

    WebClient(HostPacer pacer, Duration timeout) {
        this.pacer = pacer;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * GETs the URL, conditionally when {@code previous} has validators.
     *
     * @param delay the pause since the last request to the same host
     */
    WebResponse get(URI url, Validators previous, Duration delay) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(timeout).header("User-Agent", USER_AGENT);
        if (previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        return pacer.paced(url.getAuthority(), delay, () -> send(request.build()));
    }

    private WebResponse send(HttpRequest request) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while requesting " + request.uri());
        }
        int status = response.statusCode();
        byte[] body;
        try (InputStream in = response.body()) {
            body = status >= 200 && status < 300 ? in.readNBytes((int) CorpusReader.MAX_FILE_BYTES + 1) : new byte[0];
        }
        if (body.length > CorpusReader.MAX_FILE_BYTES) {
            throw new IOException("larger than " + (CorpusReader.MAX_FILE_BYTES >> 20) + " MiB");
        }
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        return new WebResponse(status, body, WebResponse.mediaType(response.headers().firstValue("Content-Type").orElse("")),
                new Validators(response.headers().firstValue("ETag").orElse(null), lastModified),
                response.headers().firstValue("Location"), epochMillis(lastModified));
    }

    private static long epochMillis(String httpDate) {
        if (httpDate == null) {
            return 0;
        }
        try {
            return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException unreadable) {
            return 0;
        }
    }
}
