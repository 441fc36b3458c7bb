package dk.hrassistenten.knowledge.source.web;

import java.net.URI;

/**
 * The part of a site a web source reads: the URLs that start with its prefix (normalised, so on the same scheme,
 * host and port). Nothing outside it is ever requested, whatever links or sitemaps point to.
 */
record UrlScope(String prefix) {

    static UrlScope of(String prefix) {
        return new UrlScope(prefix);
    }

    /** Whether the (normalised) URL lies within the prefix. */
    boolean contains(URI url) {
        return url.toString().startsWith(prefix);
    }
}
