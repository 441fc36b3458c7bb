package dk.hrassistenten.knowledge.source.web;

import dk.hrassistenten.knowledge.ingest.CorpusReader;
import dk.hrassistenten.knowledge.source.FetchedDocument;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One crawl of a web source: robots.txt first, then the start page, then the sitemaps' pages and the links, breadth
 * first, within the scope, the depth and the page count. Each URL is requested once, conditionally when the previous
 * crawl read it. A page that answers 304 is the previous crawl's; one that is gone (404, 410) drops out; one that fails
 * otherwise (5xx, 429, no answer) keeps its previous version with a warning. Only a failing robots.txt or start page
 * fails the crawl. Not thread-safe: one crawl, one thread.
 */
final class Crawl {

    /** Links to files of these kinds are not requested: they hold no document this source reads. */
    private static final Set<String> NOT_DOCUMENTS = Set.of("jpg", "jpeg", "png", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff",
            "css", "js", "json", "xml", "rss", "zip", "gz", "rar", "7z", "mp3", "mp4", "m4a", "avi", "mov", "wmv", "webm", "xls", "xlsx",
            "ppt", "pptx", "doc", "odt", "ods", "odp", "ics", "vcf", "woff", "woff2", "ttf", "eot", "exe", "msi", "dmg");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int PROGRESS_EVERY = 100;

    private record Visit(URI url, int depth) {
    }

    private final WebSourceSettings settings;
    private final UrlScope scope;
    private final WebClient client;
    private final CorpusReader reader;
    private final Map<URI, CrawledPage> previous;
    private final Consumer<String> progress;

    private final Deque<Visit> queue = new ArrayDeque<>();
    private final Set<URI> seen = new HashSet<>();
    private final Map<URI, CrawledPage> pages = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private RobotsTxt robots;
    private Duration pace;

    Crawl(WebSourceSettings settings, WebClient client, CorpusReader reader, Map<URI, CrawledPage> previous, Consumer<String> progress) {
        this.settings = settings;
        this.scope = UrlScope.of(settings.prefix());
        this.client = client;
        this.reader = reader;
        this.previous = previous;
        this.progress = progress;
    }

    /**
     * Crawls the site.
     *
     * @return what was found at each URL the crawl reached, in crawl order
     * @throws IOException when robots.txt or the start page cannot be had: the source as a whole cannot be read
     */
    Map<URI, CrawledPage> run() throws IOException {
        URI start = settings.start();
        robots = RobotsTxt.fetch(client, start, settings.delay());
        pace = robots.crawlDelay().compareTo(settings.delay()) > 0 ? robots.crawlDelay() : settings.delay();
        if (!robots.allows(start)) {
            throw new IOException(start + " is disallowed by the site's robots.txt for " + WebClient.ROBOT_NAME);
        }
        seen.add(start);
        visitStart(start);
        Sitemaps.pages(client, start, robots, scope, pace, warnings).forEach(page -> enqueue(page, 1));
        int requests = 1;
        while (!queue.isEmpty()) {
            if (requests >= settings.maxPages()) {
                warnings.add("stopped after " + settings.maxPages() + " pages (max-pages); " + queue.size() + " more within the prefix were not read");
                break;
            }
            visit(queue.poll());
            if (++requests % PROGRESS_EVERY == 0) {
                progress.accept("read " + requests + " pages of " + settings.name() + ", " + queue.size() + " more found so far");
            }
        }
        return pages;
    }

    List<String> warnings() {
        return warnings;
    }

    private void visitStart(URI start) throws IOException {
        WebResponse response;
        try {
            response = request(start);
        } catch (IOException e) {
            throw new IOException("the start page " + start + " cannot be reached: " + Describe.of(e), e);
        }
        if (response.redirect()) {
            Optional<URI> target = WebUrls.resolve(start, response.location().orElseThrow()).filter(scope::contains);
            if (target.isEmpty()) {
                throw new IOException("the start page " + start + " redirects outside the prefix " + scope.prefix() + ": set web or prefix to where it leads");
            }
            enqueue(target.get(), 0);
        } else if (!response.ok() && !(response.notModified() && previous.containsKey(start))) {
            throw new IOException("the start page " + start + " answered " + response.status());
        } else {
            answered(new Visit(start, 0), response);
        }
    }

    private void visit(Visit visit) {
        WebResponse response;
        try {
            response = request(visit.url());
        } catch (IOException e) {
            keepPrevious(visit, Describe.of(e));
            return;
        }
        if (response.redirect()) {
            WebUrls.resolve(visit.url(), response.location().orElseThrow()).ifPresent(target -> enqueue(target, visit.depth()));
        } else if (response.gone()) {
            return; // drops out of the source
        } else if (response.status() >= 500 || response.status() == 429) {
            keepPrevious(visit, "answered " + response.status());
        } else if (response.ok() || response.notModified() && previous.containsKey(visit.url())) {
            answered(visit, response);
        } else {
            warnings.add(visit.url() + ": answered " + response.status() + ", skipped");
        }
    }

    private WebResponse request(URI url) throws IOException {
        CrawledPage before = previous.get(url);
        return client.get(url, before == null ? Validators.NONE : before.validators(), pace);
    }

    /** A 2xx or a 304 for a page read before: the page as it is now, and its links to follow. */
    private void answered(Visit visit, WebResponse response) {
        CrawledPage page = response.notModified() ? previous.get(visit.url()) : read(visit.url(), response);
        pages.put(visit.url(), page);
        page.links().forEach(link -> enqueue(link, visit.depth() + 1));
    }

    private void keepPrevious(Visit visit, String reason) {
        CrawledPage before = previous.get(visit.url());
        if (before == null) {
            warnings.add(visit.url() + ": " + reason + ", skipped");
            return;
        }
        warnings.add(visit.url() + ": " + reason + ", the version read before is kept");
        pages.put(visit.url(), before);
        before.links().forEach(link -> enqueue(link, visit.depth() + 1));
    }

    private void enqueue(URI url, int depth) {
        if (depth <= settings.maxDepth() && scope.contains(url) && !NOT_DOCUMENTS.contains(WebUrls.extension(url)) && robots.allows(url)
                && seen.add(url)) {
            queue.add(new Visit(url, depth));
        }
    }

    /** A page or file as it came, read by its format; another format is no document and has no links. */
    private CrawledPage read(URI url, WebResponse response) {
        String type = response.contentType();
        String extension = WebUrls.extension(url);
        if (type.equals("text/html") || type.equals("application/xhtml+xml")
                || type.isEmpty() && (extension.isEmpty() || extension.equals("html") || extension.equals("htm"))) {
            try {
                PageLinks links = PageLinks.of(response.body(), url);
                Optional<FetchedDocument> document = links.indexable() ? document("page.html", url, response, false) : Optional.empty();
                return new CrawledPage(response.validators(), document, links.links());
            } catch (IOException e) {
                warnings.add(url + ": " + Describe.of(e) + ", skipped");
                return new CrawledPage(response.validators(), Optional.empty(), List.of());
            }
        }
        String file = type.equals("application/pdf") || extension.equals("pdf") ? "document.pdf"
                : type.equals(DOCX) || extension.equals("docx") ? "document.docx" : null;
        return new CrawledPage(response.validators(), file == null ? Optional.empty() : document(file, url, response, true), List.of());
    }

    /** The document in a response, cited by its URL; none, with a warning, when it cannot be read. */
    private Optional<FetchedDocument> document(String fileName, URI url, WebResponse response, boolean warnWhenEmpty) {
        try {
            Optional<FetchedDocument> document = reader.readContent(fileName, response.body(), url.toString(), response.lastModified())
                    .map(text -> new FetchedDocument(text, Map.of()));
            if (document.isEmpty() && warnWhenEmpty) {
                warnings.add(url + ": no text, skipped");
            }
            return document;
        } catch (IOException | RuntimeException e) {
            warnings.add(url + ": " + Describe.of(e) + ", skipped");
            return Optional.empty();
        }
    }
}
