package dk.hrassistenten.knowledge.source.web;

/**
 * What a server said identifies the version of a page it sent (its {@code ETag} and {@code Last-Modified}), sent back
 * on the next request so that an unchanged page is answered "304 Not Modified" without its body. Either may be null.
 */
record Validators(String etag, String lastModified) {

    static final Validators NONE = new Validators(null, null);
}
