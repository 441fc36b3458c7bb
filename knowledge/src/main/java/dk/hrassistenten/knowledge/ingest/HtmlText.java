package dk.hrassistenten.knowledge.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes an HTML element's content as the text shapes the structure parser reads, as {@link DocxReader} does for
 * Word: headings h1–h6 as Markdown headings, list items as "- " lines (nested ones indented), tables as pipe tables
 * ({@link TextTables} turns their rows into "Header: cell" sentences), a description list's terms as "Term: value"
 * lines, a paragraph that is only bold text as a bold line. Links keep their text; no markup is left. A paragraph made
 * only of links ("Abonnér Del Print", a menu) is written with bars between them, as a menu reads, so that
 * {@link Boilerplate} knows it; so is a list whose items are all navigation dropped here.
 */
final class HtmlText {

    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
            "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label", "del", "ins");
    private static final Set<String> SKIPPED = Set.of("img", "picture", "video", "audio", "map", "area", "head", "link", "meta");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    /** What may stand between the links of a menu: bars, dots, slashes, dashes. */
    private static final Pattern LINK_SEPARATORS = Pattern.compile("[\\s\\u00A0|·•/–-]*");

    private final List<String> blocks = new ArrayList<>();
    private final List<Node> run = new ArrayList<>();

    private HtmlText() {
    }

    static String of(Element root) {
        HtmlText text = new HtmlText();
        text.container(root);
        return String.join("\n\n", text.blocks);
    }

    /** Walks an element whose children are blocks and runs of inline content. */
    private void container(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && isTitle(e)) {
                // A card's or web part's title written as a styled span ("<span class=card-title>"): a heading below the last
                flush();
                add("#".repeat(Math.min(6, headingLevel + 1)) + " " + line(e));
            } else if (child instanceof TextNode || child instanceof Element e && INLINE.contains(e.normalName())) {
                run.add(child);
            } else if (child instanceof Element e && e.normalName().equals("br")) {
                run.add(child);
            } else if (child instanceof Element e) {
                flush();
                block(e);
            }
        }
        flush();
    }

    private void block(Element e) {
        String name = e.normalName();
        if (SKIPPED.contains(name)) {
            return;
        }
        if (HEADING.matcher(name).matches()) {
            headingLevel = name.charAt(1) - '0';
            add("#".repeat(headingLevel) + " " + line(e));
        } else if (name.equals("ul") || name.equals("ol")) {
            List<String> items = new ArrayList<>();
            list(e, 0, items);
            if (!items.stream().allMatch(i -> Boilerplate.isNavigation(i.strip().substring(2)))) {
                blocks.add(String.join("\n", items));
            }
        } else if (name.equals("table") && e.select("table table").isEmpty() && !isLayout(e)) {
            table(e);
        } else if (name.equals("summary") && e.parent() != null && e.parent().normalName().equals("details")) {
            // An accordion's "<details><summary>Omsorgsdage</summary>…": each fold is a section below the last heading
            add("#".repeat(Math.min(6, headingLevel + 1)) + " " + line(e));
        } else if (name.equals("dl")) {
            descriptions(e);
        } else if (name.equals("pre")) {
            add(e.wholeText().strip());
        } else if (name.equals("hr")) {
            flush();
        } else {
            container(e);
        }
    }

    /** A list's items, "- " lines indented two spaces a level, each holding its item's text without its sub-lists. */
    private static void list(Element list, int depth, List<String> items) {
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            Element own = item.clone();
            own.select("ul, ol").remove();
            String text = line(own);
            if (!text.isEmpty()) {
                items.add("  ".repeat(depth) + "- " + text);
            }
            for (Element sub : item.select("> ul, > ol, > * > ul, > * > ol")) {
                list(sub, depth + 1, items);
            }
        }
    }

    /**
     * A table that lays out a page, not data: a cell holds paragraphs, lists or headings. E-mailed newsletters are
     * built so, a column of cells each holding a story; their blocks are read as the page's own, not as one cell line.
     */
    private static boolean isLayout(Element table) {
        return !table.select("td > p, td > ul, td > ol, td > h1, td > h2, td > h3, td > h4, td > div, th > p, th > ul").isEmpty();
    }

    /** A table as a pipe table with its first row as header; a table of one row or one column is only its cells' text. */
    private void table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            rows.add(row.select("> th, > td").stream().map(c -> line(c).replace("|", "\\|")).toList());
        }
        TextTables.pipeTable(rows).ifPresentOrElse(blocks::add,
                () -> rows.forEach(r -> r.stream().filter(c -> !c.isEmpty()).forEach(this::add)));
    }

    /**
     * "Telefon: 70 11 22 33": each term with its values, as a labelled line the parser keeps with its section. Terms
     * described in prose ("Løn og Honorarer" with a paragraph of what the unit does) or in lines of their own (a unit's
     * "Hører under: …", "Leder: …") are sub-sections instead: each term a heading below the last one, its description
     * the section's text.
     */
    private void descriptions(Element dl) {
        Map<Element, List<Element>> described = new LinkedHashMap<>();
        for (Element term : dl.select("> dt, > div > dt")) {
            described.put(term, term.nextElementSiblings().stream().takeWhile(next -> next.normalName().equals("dd")).toList());
        }
        // running text, or lines of their own ("Hører under: …<br>Leder: …"): each term a sub-section
        boolean prose = described.values().stream().flatMap(List::stream).anyMatch(v -> PROSE.matcher(line(v)).find() || lines(v).contains("\n"));
        if (prose) {
            String marks = "#".repeat(Math.min(6, headingLevel + 1));
            described.forEach((term, values) -> {
                add(marks + " " + line(term));
                // a description's own line breaks are its lines ("Hører under: …<br>Leder: …"): labelled lines stay apart
                values.forEach(dd -> add(lines(dd)));
            });
            return;
        }
        List<String> lines = new ArrayList<>();
        described.forEach((term, values) -> lines.add(line(term)
                + (values.isEmpty() ? "" : ": " + values.stream().map(HtmlText::line).collect(java.util.stream.Collectors.joining("; ")))));
        if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines));
        }
    }

    /** A description that is running text: two sentences, not a value ("70 11 22 33") or a short note. */
    private static final Pattern PROSE = Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Lu}");
    /** The level of the last heading written, below which a description list's terms stand. */
    private int headingLevel = 1;

    /** Writes the pending inline run as a paragraph: line breaks kept, a menu of links barred, a bold-only line in bold. */
    private void flush() {
        if (run.isEmpty()) {
            return;
        }
        List<Element> links = new ArrayList<>();
        boolean onlyLinks = onlyLinks(run, links);
        List<Element> tags = tags(run);
        String paragraph;
        if (!tags.isEmpty()) {
            paragraph = String.join("\n", tags.stream().map(t -> "- " + line(t)).toList());
        } else if (onlyLinks && links.size() >= 2) {
            paragraph = String.join(" | ", links.stream().map(HtmlText::line).filter(l -> !l.isEmpty()).toList());
        } else {
            StringBuilder text = new StringBuilder();
            run.forEach(node -> inline(node, text));
            paragraph = text.toString().lines().map(l -> SPACES.matcher(l).replaceAll(" ").strip())
                    .filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
            if (isBoldOnly(run) && !paragraph.contains("\n")) {
                paragraph = "**" + paragraph + "**";
            }
        }
        run.clear();
        add(paragraph);
    }

    private void add(String block) {
        if (!block.isBlank() && !block.strip().equals("#".repeat(block.strip().length()))) {
            blocks.add(block);
        }
    }

    /** One element's text, a line for each of its line breaks, whitespace collapsed within each. */
    private static String lines(Element e) {
        StringBuilder text = new StringBuilder();
        inline(e, text);
        return java.util.Arrays.stream(text.toString().split("\n")).map(l -> SPACES.matcher(l).replaceAll(" ").strip())
                .filter(l -> !l.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** One element's text on one line, whitespace collapsed. */
    private static String line(Element e) {
        StringBuilder text = new StringBuilder();
        inline(e, text);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static void inline(Node node, StringBuilder text) {
        if (node instanceof TextNode t) {
            text.append(SPACES.matcher(t.getWholeText()).replaceAll(" ")); // the source's line breaks are no breaks
        } else if (node instanceof Element e) {
            if (e.normalName().equals("br")) {
                text.append('\n');
            } else if (INLINE.contains(e.normalName())) {
                e.childNodes().forEach(child -> inline(child, text));
            } else if (!SKIPPED.contains(e.normalName())) {
                // A block inside a line (paragraphs in a list item or a table cell) is set off by spaces.
                text.append(' ');
                e.childNodes().forEach(child -> inline(child, text));
                text.append(' ');
            }
        }
    }

    /** Class names that say an element is the title of what holds it: "card-title", "tile_heading", "cardHeader". */
    private static final Pattern TITLE_CLASS = Pattern.compile("(?:^|[-_])(?:title|heading|header)$|[a-z](?:Title|Heading|Header)$");

    /**
     * An inline element that is its container's title: marked so by ARIA (role="heading") or by a class name
     * ending in title, heading or header, holding a short line of text. Pages built of cards and web parts
     * (SharePoint, Bootstrap) title their boxes this way instead of with h1–h6.
     */
    private static boolean isTitle(Element e) {
        if (!INLINE.contains(e.normalName()) || e.normalName().equals("a")) {
            return false;
        }
        boolean marked = e.attr("role").equals("heading") || e.classNames().stream().anyMatch(c -> TITLE_CLASS.matcher(c).find());
        String text = marked ? line(e) : "";
        return !text.isEmpty() && text.length() <= 80 && !text.contains("\n");
    }

    /**
     * A run made of two or more elements of one tag and one class, nothing but white space between them: keyword
     * chips or tags ("<span class=chip>refusion af sygedagpenge</span>"), each its own item, not one run-on line.
     */
    private static List<Element> tags(List<Node> nodes) {
        List<Element> tags = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof TextNode t && t.isBlank()) {
                continue;
            }
            if (!(node instanceof Element e) || e.normalName().equals("a") || e.className().isBlank()
                    || !tags.isEmpty() && !(tags.get(0).normalName().equals(e.normalName()) && tags.get(0).className().equals(e.className()))
                    || line(e).isEmpty()) {
                return List.of();
            }
            tags.add(e);
        }
        return tags.size() >= 2 ? tags : List.of();
    }

    /** Whether the nodes hold nothing but links and what separates them; the links are collected. */
    private static boolean onlyLinks(List<Node> nodes, List<Element> links) {
        for (Node node : nodes) {
            if (node instanceof Element e && e.normalName().equals("a")) {
                links.add(e);
            } else if (node instanceof TextNode t) {
                if (!LINK_SEPARATORS.matcher(t.getWholeText()).matches()) {
                    return false;
                }
            } else if (node instanceof Element e && !onlyLinks(e.childNodes(), links)) {
                return false;
            }
        }
        return true;
    }

    /** A paragraph that is one bold element, whitespace around it aside: a heading written in bold. */
    private static boolean isBoldOnly(List<Node> nodes) {
        List<Node> content = nodes.stream().filter(n -> !(n instanceof TextNode t && t.isBlank())).toList();
        return content.size() == 1 && content.get(0) instanceof Element e && (e.normalName().equals("strong") || e.normalName().equals("b"));
    }
}
