package dk.hrassistenten.adapters.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a request may come from where it says it comes from: a browser's request from a page of another site
 * (a cross-site form or fetch, which a person's browser makes without their knowing) is refused. Browsers say so
 * in {@code Sec-Fetch-Site} and {@code Origin}; programs such as curl send neither and are let through, since
 * they cannot carry a person's browser session.
 */
final class SameOrigin {

    private final String publicOrigin;

    /**
     * @param publicUrl the service's public base URL, accepted as its origin when a proxy in front changes the
     *     {@code Host} header; null when the {@code Host} a browser sends is the service's own
     */
    SameOrigin(URI publicUrl) {
        this.publicOrigin = publicUrl == null ? null : origin(publicUrl);
    }

    /** True unless the browser says the request comes from another origin. */
    boolean allows(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        // "same-site" is a sibling host (another subdomain): still another origin, whose pages this service does not vouch for.
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        URI uri;
        try {
            uri = URI.create(origin.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false; // "null" (a sandboxed frame, a file) is no origin of ours
        }
        String claimed = origin(uri);
        if (claimed.equals(publicOrigin)) {
            return true;
        }
        return isHost(uri, request.getHeader("Host"));
    }

    /**
     * Whether the origin names the host the browser sent the request to. The scheme is not compared, since a proxy
     * in front may end TLS; a Host without a port has the default port of the origin's scheme for the same reason.
     */
    private static boolean isHost(URI origin, String host) {
        if (host == null) {
            return false;
        }
        URI target;
        try {
            target = URI.create(origin.getScheme() + "://" + host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return target.getHost() != null && target.getHost().equalsIgnoreCase(origin.getHost()) && port(target) == port(origin);
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
