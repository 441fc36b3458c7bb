package dk.hrassistenten.knowledge.source.web;

import java.util.Locale;
import java.util.Optional;

/**
 * A server's answer to one request.
 *
 * @param body         the body of a 2xx answer (empty for any other)
 * @param contentType  the media type in lower case without parameters ("text/html"), "" when not given
 * @param location     where a redirect leads, as the server wrote it
 * @param lastModified the {@code Last-Modified} time in epoch milliseconds, 0 when not given or unreadable
 */
record WebResponse(int status, byte[] body, String contentType, Validators validators, Optional<String> location, long lastModified) {

    boolean ok() {
        return status >= 200 && status < 300;
    }

    boolean notModified() {
        return status == 304;
    }

    boolean redirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && location.isPresent();
    }

    /** 404 and 410: the page is gone, and drops out of the source. */
    boolean gone() {
        return status == 404 || status == 410;
    }

    static String mediaType(String contentTypeHeader) {
        int semicolon = contentTypeHeader.indexOf(';');
        return (semicolon < 0 ? contentTypeHeader : contentTypeHeader.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
