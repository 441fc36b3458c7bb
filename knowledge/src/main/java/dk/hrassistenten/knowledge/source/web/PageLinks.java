package dk.hrassistenten.knowledge.source.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What an HTML page says about crawling it: the pages it links to (normalised, each once, {@code rel="nofollow"}
 * links left out, {@code <base href>} honoured), and whether its robots meta tag lets it be indexed
 * ({@code noindex}) and its links be followed ({@code nofollow}).
 */
record PageLinks(List<URI> links, boolean indexable) {

    static PageLinks of(byte[] html, URI page) throws IOException {
        Document document = Jsoup.parse(new ByteArrayInputStream(html), null, page.toString());
        Set<String> robots = Arrays.stream(document.select("meta[name=robots]").attr("content").toLowerCase(Locale.ROOT).split(","))
                .map(String::strip).collect(Collectors.toSet());
        boolean follow = !robots.contains("nofollow") && !robots.contains("none");
        boolean index = !robots.contains("noindex") && !robots.contains("none");
        if (!follow) {
            return new PageLinks(List.of(), index);
        }
        Set<URI> links = new LinkedHashSet<>();
        document.select("a[href], area[href]").stream()
                .filter(a -> !a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow"))
                .map(a -> a.absUrl("href")).filter(href -> !href.isEmpty())
                .map(WebUrls::normalise).flatMap(Optional::stream).forEach(links::add);
        return new PageLinks(List.copyOf(links), index);
    }
}
