package dk.hrassistenten.knowledge.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The part of a web page that is its content: the element the page marks as main ({@code <main>},
 * {@code role="main"}, its article), without what sits in it but is no content: scripts, navigation, side
 * boxes, forms, cookie banners, breadcrumbs and the "Del"/"Print" tools. A page that marks nothing is read from
 * its body, without its page header and footer. Lines that are still navigation after this ("Du er her: …",
 * "Abonnér | Del | Print") are left to {@link Boilerplate}, which knows them as text.
 */
final class HtmlMainContent {

    private static final String MAIN = "main, [role=main]";
    private static final String FALLBACK = "article, #content, #main-content, #maincontent, .main-content";
    /** What a reader never sees; a tab's panel is hidden only until its tab is chosen, and is content. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, footer, button, select, input, textarea, dialog, [hidden]:not([role=tabpanel]), [aria-hidden=true]:not([role=tabpanel]), "
            + "[role=navigation], [role=search], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog]";
    /**
     * Class, id or label words of debris that has no element of its own: "cookie-banner", "breadcrumbs", "share-tools",
     * a wiki's "[redigér]" beside each heading ("mw-editsection").
     */
    private static final String DEBRIS_WORDS = "(?i).*\\b(breadcrumbs?|cookies?|cookie\\w*|consent|gdpr|share|sharing|social|skip-?link|page-?tools|subscribe|editsection|edit-?links?)\\b.*";
    private static final String DEBRIS = "[class~=" + DEBRIS_WORDS + "], [id~=" + DEBRIS_WORDS + "], [aria-label~=" + DEBRIS_WORDS + "]";
    /** A form holding headings or paragraphs wraps the page (ASP.NET, SharePoint): only a form without them is debris. */
    private static final String FORM_CONTENT = "h1, h2, h3, h4, h5, h6, p, li, table";

    private HtmlMainContent() {
    }

    /** A cleaned copy of the page's main content; the page itself is left as it is. */
    static Element of(Document page) {
        Element marked = page.selectFirst(MAIN);
        Element root = marked != null ? marked : page.selectFirst(FALLBACK);
        boolean wholeBody = root == null;
        Element content = (wholeBody ? page.body() : root).clone();
        content.select(NEVER_CONTENT).remove();
        content.select(DEBRIS).stream().filter(e -> e != content).forEach(Element::remove);
        content.select("form").stream().filter(f -> f != content && f.select(FORM_CONTENT).isEmpty()).forEach(Element::remove);
        if (wholeBody) {
            // The body's header is the site's (logo, menu, search); an article's header holds its title and is kept.
            content.select("header, [role=banner]").remove();
        }
        return content;
    }
}
