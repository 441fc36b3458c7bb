package dk.hrassistenten.knowledge.source.web;

import dk.hrassistenten.knowledge.source.FetchedDocument;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What one crawl learnt of a URL, kept for the next: the validators for a conditional GET, the document it holds (none
 * for a page without text, a noindex page or a file of another format) and the links to follow from it, so that a page
 * answered "304 Not Modified" is neither re-read nor a dead end.
 */
record CrawledPage(Validators validators, Optional<FetchedDocument> document, List<URI> links) {
    CrawledPage {
        links = List.copyOf(links);
    }
}
