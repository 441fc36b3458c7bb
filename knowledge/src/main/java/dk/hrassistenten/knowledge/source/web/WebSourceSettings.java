package dk.hrassistenten.knowledge.source.web;

import dk.hrassistenten.knowledge.source.Intervals;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one {@code web:} entry of the sources file is crawled.
 *
 * @param name     the source's name in reports, logs and metrics
 * @param start    the page the crawl starts from (normalised)
 * @param prefix   only URLs starting with this are read: by default the start page's directory
 * @param delay    the pause between two requests to the site (politeness)
 * @param maxPages at most this many requests for pages in one crawl
 * @param maxDepth at most this many links away from the start page (a sitemap's pages are one)
 * @param interval how long after a crawl the site is crawled again
 * @param timeout  how long one request may take to connect and to answer
 */
public record WebSourceSettings(String name, URI start, String prefix, Duration delay, int maxPages, int maxDepth,
                                Duration interval, Duration timeout) {

    static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    static final int DEFAULT_MAX_PAGES = 2000;
    static final int DEFAULT_MAX_DEPTH = 10;
    static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> KEYS = Set.of("name", "web", "prefix", "delay", "max-pages", "max-depth", "interval", "timeout");
    /** "1h", "15m", "30s", "500ms"; a bare number is seconds. */

    public WebSourceSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(prefix, "prefix");
        if (!UrlScope.of(prefix).contains(start)) {
            throw new IllegalArgumentException("web source " + name + ": prefix " + prefix + " does not contain the start page " + start);
        }
        if (delay.isNegative() || maxPages < 1 || maxDepth < 0 || interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("web source " + name + ": delay, max-pages, max-depth, interval and timeout must be positive");
        }
    }

    /**
     * Reads a {@code web:} entry of the sources file: {@code web} (the start URL) is required; {@code prefix},
     * {@code delay}, {@code max-pages}, {@code max-depth}, {@code interval} and {@code timeout} are optional.
     *
     * @throws IllegalArgumentException naming the field that is missing, unknown or wrong, and what it should be
     */
    public static WebSourceSettings fromEntry(String name, Map<String, Object> entry) {
        Set<String> unknown = new TreeSet<>(entry.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where(name, String.join(", ", unknown)) + "unknown field; a web source takes " + String.join(", ", new TreeSet<>(KEYS)));
        }
        Object web = entry.get("web");
        if (web == null || web.toString().isBlank()) {
            throw new IllegalArgumentException(where(name, "web") + "missing: the start page's http or https URL");
        }
        URI start = WebUrls.normalise(web.toString().strip())
                .orElseThrow(() -> new IllegalArgumentException(where(name, "web") + "\"" + web + "\" is not an http or https URL with a host"));
        String prefix = entry.containsKey("prefix") ? prefix(name, entry.get("prefix"), start) : WebUrls.directory(start);
        return new WebSourceSettings(name, start, prefix,
                duration(name, "delay", entry.get("delay"), DEFAULT_DELAY, true),
                count(name, "max-pages", entry.get("max-pages"), DEFAULT_MAX_PAGES, 1),
                count(name, "max-depth", entry.get("max-depth"), DEFAULT_MAX_DEPTH, 0),
                duration(name, "interval", entry.get("interval"), DEFAULT_INTERVAL, false),
                duration(name, "timeout", entry.get("timeout"), DEFAULT_TIMEOUT, false));
    }

    private static String prefix(String name, Object value, URI start) {
        URI prefix = WebUrls.normalise(String.valueOf(value).strip())
                .orElseThrow(() -> new IllegalArgumentException(where(name, "prefix") + "\"" + value + "\" is not an http or https URL with a host"));
        if (!UrlScope.of(prefix.toString()).contains(start)) {
            throw new IllegalArgumentException(where(name, "prefix") + prefix + " does not contain the start page " + start);
        }
        return prefix.toString();
    }

    /** A time of the entry ({@link Intervals}), or {@code fallback} when the entry does not set it. */
    static Duration duration(String name, String field, Object value, Duration fallback, boolean zeroAllowed) {
        if (value == null) {
            return fallback;
        }
        try {
            return Intervals.parse(field, value, zeroAllowed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sources file, web source " + name + ": " + e.getMessage(), e);
        }
    }

    private static int count(String name, String field, Object value, int fallback, int least) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.toString().strip());
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // told below, with the field's name
        }
        throw new IllegalArgumentException(where(name, field) + "\"" + value + "\" is not a whole number of at least " + least);
    }

    private static String where(String name, String field) {
        return "sources file, web source " + name + ", " + field + ": ";
    }
}
