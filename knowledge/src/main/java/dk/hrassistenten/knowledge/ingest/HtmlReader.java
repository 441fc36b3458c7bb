package dk.hrassistenten.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads .html and .htm pages (a folder's or a web source's): the page's title and its main content only, as the
 * text shapes the structure parser reads (Markdown headings, "- " items, pipe tables). The title comes first as a
 * heading when the content has no heading of its own, so that the document's title is the page's, not its first
 * paragraph. The charset is the page's own ({@code <meta charset>}, a byte order mark), UTF-8 when it names none.
 */
final class HtmlReader implements FormatReader {

    /** "Ferieregler | Region Nordvang": the part after the last bar names the site, not the page. */
    private static final java.util.regex.Pattern SITE_SUFFIX = java.util.regex.Pattern.compile("\\s+[|–—]\\s+([^|–—]+)$");

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public String read(byte[] content) throws IOException {
        Document page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        Element main = HtmlMainContent.of(page);
        String text = HtmlText.of(main);
        String title = title(page);
        boolean hasOwnTitle = !main.select("h1").isEmpty();
        String withTitle = hasOwnTitle || title.isEmpty() ? text : "# " + title + "\n\n" + text;
        return withSiteName(withTitle, siteName(page));
    }

    /**
     * The site's name ("Kildemark Forsyning intranet") on the line below the title: the main content often names
     * no organisation, while the site's name, left out with the page's header, says whose page it is.
     */
    private static String withSiteName(String text, String site) {
        if (site.isEmpty() || text.contains(site)) {
            return text;
        }
        int endOfTitle = text.startsWith("#") && text.indexOf('\n') > 0 ? text.indexOf('\n') : -1;
        return endOfTitle < 0 ? site + "\n\n" + text : text.substring(0, endOfTitle) + "\n\n" + site + "\n" + text.substring(endOfTitle);
    }

    /** The site's name: Open Graph's, else the part of {@code <title>} after the page's own title. */
    private static String siteName(Document page) {
        String og = page.select("meta[property=og:site_name]").attr("content").strip();
        if (!og.isEmpty()) {
            return og;
        }
        java.util.regex.Matcher site = SITE_SUFFIX.matcher(page.title().strip());
        return site.find() ? site.group(1).strip() : "";
    }

    /** The page's own title: Open Graph's when given (it names the page alone), else {@code <title>} without the site's name. */
    private static String title(Document page) {
        String og = page.select("meta[property=og:title]").attr("content").strip();
        if (!og.isEmpty()) {
            return og;
        }
        String title = page.title().strip();
        String withoutSite = SITE_SUFFIX.matcher(title).replaceFirst("").strip();
        return withoutSite.isEmpty() ? title : withoutSite;
    }
}
