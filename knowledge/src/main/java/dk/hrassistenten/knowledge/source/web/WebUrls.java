package dk.hrassistenten.knowledge.source.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * One spelling per web page, so that a page is fetched once and cited the same way however it is linked: http or
 * https only, scheme and host in lower case, no default port, no user info, no fragment, "." and ".." segments
 * resolved, an empty path written "/". Percent-encoding is kept as the site wrote it.
 */
final class WebUrls {

    private WebUrls() {
    }

    /** An absolute URL, normalised; empty when it is not an http(s) URL with a host. */
    static Optional<URI> normalise(String url) {
        return resolve(null, url);
    }

    /**
     * A link's target, normalised: {@code href} resolved against the page it is on; empty for links that lead to no
     * web page (mailto:, javascript:, tel:, broken ones).
     */
    static Optional<URI> resolve(URI page, String href) {
        try {
            URI uri = URI.create(href.strip().replace(" ", "%20"));
            URI absolute = page == null ? uri : page.resolve(uri);
            String scheme = absolute.getScheme() == null ? "" : absolute.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || absolute.getHost() == null) {
                return Optional.empty();
            }
            absolute = absolute.normalize();
            int port = absolute.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = absolute.getRawPath() == null || absolute.getRawPath().isEmpty() ? "/" : absolute.getRawPath();
            if (path.startsWith("/..")) {
                return Optional.empty(); // above the root: a broken link
            }
            String query = absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery();
            return Optional.of(URI.create(scheme + "://" + absolute.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path + query));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    /** The directory a page is in, as the default prefix of a crawl: "https://x.dk/hr/ferie.html" → "https://x.dk/hr/". */
    static String directory(URI page) {
        String url = page.toString();
        int query = url.indexOf('?');
        String withoutQuery = query < 0 ? url : url.substring(0, query);
        return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
    }

    /** The site's root, where robots.txt and sitemap.xml are: "https://x.dk/hr/ferie.html" → "https://x.dk/". */
    static URI root(URI page) {
        return page.resolve("/");
    }

    /** The lower-cased ending of the URL's last path segment ("pdf"), or "" when it has none. */
    static String extension(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
