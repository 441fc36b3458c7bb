package dk.hrassistenten.knowledge.source.web;

import dk.hrassistenten.knowledge.ingest.CorpusReader;
import dk.hrassistenten.knowledge.source.DocumentSource;
import dk.hrassistenten.knowledge.source.FetchedDocument;
import dk.hrassistenten.knowledge.source.FetchedDocuments;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A web site or a part of it as a document source: the pages and the PDF and Word files within a URL prefix, found
 * from a start page through links and the site's sitemaps, politely (robots.txt, one request at a time per host, a
 * delay, conditional GET). Each document is cited by its URL. A crawl remembers what it read, so the next one reads
 * only what changed; see {@link Crawl} for what happens to a page that is gone or fails.
 */
public final class WebSource implements DocumentSource {

    private static final Logger LOG = LoggerFactory.getLogger(WebSource.class);

    private final WebSourceSettings settings;
    private final WebClient client;
    private final CorpusReader reader = new CorpusReader();
    /** The last good crawl's pages, by URL; replaced whole by each good crawl. */
    private Map<URI, CrawledPage> previous = Map.of();

    public WebSource(WebSourceSettings settings) {
        this(settings, HostPacer.PROCESS);
    }

    WebSource(WebSourceSettings settings, HostPacer pacer) {
        this.settings = settings;
        this.client = new WebClient(pacer, settings.timeout());
    }

    /**
     * The source a {@code web:} entry of the sources file describes.
     *
     * @throws IllegalArgumentException naming the field of the entry that is missing or wrong
     */
    public static WebSource fromEntry(String name, Map<String, Object> entry) {
        return new WebSource(WebSourceSettings.fromEntry(name, entry));
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public Duration interval() {
        return settings.interval();
    }

    @Override
    public FetchedDocuments fetch(Consumer<String> progress) throws IOException {
        Crawl crawl = new Crawl(settings, client, reader, previous, progress);
        Map<URI, CrawledPage> pages = crawl.run();
        previous = Map.copyOf(pages);
        // One page under several URLs ("/hr/" and "/hr/index.html") is one document, cited by the URL found first.
        Map<String, FetchedDocument> byText = new LinkedHashMap<>();
        pages.values().stream().map(CrawledPage::document).flatMap(Optional::stream).forEach(d -> byText.putIfAbsent(d.text().text(), d));
        List<FetchedDocument> documents = List.copyOf(byText.values());
        crawl.warnings().forEach(w -> LOG.warn("web source {}: {}", settings.name(), w));
        LOG.info("web source {}: {} documents from {} URLs", settings.name(), documents.size(), pages.size());
        return new FetchedDocuments(documents, crawl.warnings());
    }
}
