package dk.hrassistenten.knowledge.source.web;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pages a site lists in its sitemaps, as crawl seeds: pages no link leads to are found too. The sitemaps are
 * those robots.txt names, or else the site's {@code /sitemap.xml}; a sitemap index is followed to its sitemaps. Only
 * sitemaps on the site's own host are read and only pages within the scope kept. A site without sitemaps has none;
 * one that cannot be read gives a warning, never a failed fetch.
 */
final class Sitemaps {

    /** A site with more sitemaps than this is read in part: each costs a request. */
    private static final int MAX_SITEMAPS = 20;

    private Sitemaps() {
    }

    /**
     * @param warnings told, for each sitemap that could not be read, which and why
     */
    static List<URI> pages(WebClient client, URI site, RobotsTxt robots, UrlScope scope, Duration delay, List<String> warnings) {
        Deque<URI> toRead = new ArrayDeque<>();
        robots.sitemaps().stream().map(WebUrls::normalise).flatMap(Optional::stream)
                .filter(s -> s.getAuthority().equals(site.getAuthority())).forEach(toRead::add);
        boolean named = !toRead.isEmpty();
        if (!named) {
            toRead.add(WebUrls.root(site).resolve("/sitemap.xml"));
        }
        Set<URI> read = new LinkedHashSet<>();
        Set<URI> pages = new LinkedHashSet<>();
        SiteMapParser parser = new SiteMapParser(false);
        while (!toRead.isEmpty() && read.size() < MAX_SITEMAPS) {
            URI sitemap = toRead.poll();
            if (!read.add(sitemap) || !robots.allows(sitemap)) {
                continue;
            }
            try {
                WebResponse response = client.get(sitemap, Validators.NONE, delay);
                if (!response.ok()) {
                    if (named || !response.gone()) {
                        warnings.add(sitemap + ": answered " + response.status() + ", its pages are found by links only");
                    }
                    continue;
                }
                AbstractSiteMap parsed = parser.parseSiteMap(response.contentType(), response.body(), sitemap.toURL());
                if (parsed instanceof SiteMapIndex index) {
                    for (AbstractSiteMap child : index.getSitemaps()) {
                        WebUrls.normalise(child.getUrl().toString()).filter(s -> s.getAuthority().equals(site.getAuthority())).ifPresent(toRead::add);
                    }
                } else if (parsed instanceof SiteMap map) {
                    for (SiteMapURL url : map.getSiteMapUrls()) {
                        WebUrls.normalise(url.getUrl().toString()).filter(scope::contains).ifPresent(pages::add);
                    }
                }
            } catch (IOException | UnknownFormatException | RuntimeException e) { // the parser signals broken XML unchecked too
                warnings.add(sitemap + ": not readable (" + Describe.of(e) + "), its pages are found by links only");
            }
        }
        return new ArrayList<>(pages);
    }
}
