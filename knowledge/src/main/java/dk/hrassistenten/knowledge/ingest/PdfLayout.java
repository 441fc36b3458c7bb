package dk.hrassistenten.knowledge.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the laid-out lines of a PDF into text with the structure the layout shows, in the form the
 * structure parser reads for every format:
 *
 * <ul>
 *   <li>running headers and footers (the same text, page numbers aside, at the same place at the top or
 *       bottom of most pages) and page numbers ("3", "Side 3", "3/7", "Side 3 af 7") are dropped;</li>
 *   <li>short lines in a larger font than the body's, or short bold lines, are headings, written as
 *       Markdown heading lines ("#" for a title of its own size, then "##", "###" … by size) between
 *       blank lines; a heading that asks a question stays a plain line, which the parser reads as a
 *       question;</li>
 *   <li>a vertical gap larger than the line spacing starts a paragraph (a blank line); a paragraph
 *       that runs on to the next page stays one;</li>
 *   <li>a word hyphenated at the end of a line is joined ("medar-" "bejder" → "medarbejder").</li>
 * </ul>
 *
 * Nothing here knows a particular document: the sizes, the spacing and the furniture are measured on
 * the document itself.
 */
final class PdfLayout {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)(?:side|page|s\\.)?\\s*\\d{1,4}(?:\\s*(?:af|of|/|\\|)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");
    /** A footer that ends with its page: "Region Vestland – Politik – Side 2", "Personalehåndbog | side 2 af 9". */
    private static final Pattern PAGE_LABEL_END = Pattern.compile(
            "(?iu).*\\S\\s+[-–—|·•]\\s*(?:side|page|s\\.)\\s*\\d{1,4}(?:\\s*(?:af|of|/)\\s*\\d{1,4})?");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(?u).*\\p{L}.*\\s(\\d{1,4})");
    /** A bulleted line is a list item, never a heading. */
    private static final Pattern BULLET = Pattern.compile("^[-–—•·▪■□●◦➢✓*\\uF0B7\\uF0A7\\uF0D8\\uF076\\uF0FC](\\s.*|$)");
    private static final Pattern HYPHENATED = Pattern.compile(".*\\p{L}[-\\u00AD\\u2010]$");
    /** "løn- og personaleafdeling": the hyphen of a shared word part stays when a conjunction follows. */
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "and", "or");
    /** Lines of a running header or footer seen on this share of the pages (and at least two) are furniture. */
    private static final double RUNNING_SHARE = 0.5;
    /** How far (points) a running header or footer may move from page to page. */
    private static final float SAME_PLACE = 6f;
    private static final int EDGE_LINES = 2;

    private PdfLayout() {
    }

    /** One line in reading order, with the gap from the line above it on the same page (NaN at a page top). */
    private record Placed(PdfLine line, float gapBefore) {
        boolean pageTop() {
            return Float.isNaN(gapBefore);
        }
    }

    /** A run of lines: a heading (perhaps wrapped over lines) or one line of body text. */
    private static final class Group {
        final List<Placed> lines = new ArrayList<>();
        final boolean candidate;
        boolean heading;
        int level;

        Group(boolean candidate) {
            this.candidate = candidate;
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (Placed p : lines) {
                append(b, p.line().text());
            }
            return b.toString();
        }

        PdfLine first() {
            return lines.get(0).line();
        }
    }

    static String toText(List<List<PdfLine>> pages) {
        List<List<PdfLine>> content = withoutFurniture(pages);
        List<PdfLine> all = content.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return "";
        }
        float body = bodySize(all);
        float paragraphGap = lineSpacing(content, body) * 1.25f;
        List<Placed> placed = new ArrayList<>();
        for (List<PdfLine> page : content) {
            for (int i = 0; i < page.size(); i++) {
                placed.add(new Placed(page.get(i), i == 0 ? Float.NaN : page.get(i).y() - page.get(i - 1).y()));
            }
        }
        List<Group> groups = group(placed, body);
        markHeadings(groups, body, paragraphGap);
        assignLevels(groups, body);
        return write(groups, paragraphGap);
    }

    // ---- page furniture -------------------------------------------------------------------------------

    static List<List<PdfLine>> withoutFurniture(List<List<PdfLine>> pages) {
        List<PdfLine> all = pages.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return pages;
        }
        float body = bodySize(all);
        Map<String, List<float[]>> seenAt = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PdfLine edge : edges(pages.get(p))) {
                seenAt.computeIfAbsent(furnitureKey(edge, body), k -> new ArrayList<>()).add(new float[] {p, edge.y()});
            }
        }
        int threshold = Math.max(2, (int) Math.ceil(pages.size() * RUNNING_SHARE));
        Set<String> running = new HashSet<>();
        seenAt.forEach((key, places) -> {
            for (float[] anchor : places) {
                long pagesThere = places.stream().filter(q -> Math.abs(q[1] - anchor[1]) <= SAME_PLACE).map(q -> q[0]).distinct().count();
                if (pagesThere >= threshold) {
                    running.add(key);
                    return;
                }
            }
        });
        Set<String> numbered = pageNumberedLines(pages, body);
        List<List<PdfLine>> kept = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLine> page = pages.get(p);
            List<PdfLine> edges = edges(page);
            int pageIndex = p;
            kept.add(page.stream().filter(l -> !(edges.contains(l) && (running.contains(furnitureKey(l, body))
                    || PAGE_NUMBER.matcher(l.text().strip()).matches() || PAGE_LABEL_END.matcher(l.text().strip()).matches()
                    || numbered.contains(pageNumberKey(page, l, pageIndex, body))))).toList());
        }
        return kept;
    }

    /**
     * Running headers whose text changes (the chapter's name: "Kapitel 3: Ferie 7") but which end with
     * the page number: the top or bottom line of many pages ends with a number that goes up with the
     * page. The keys are "top:offset" or "bottom:offset".
     */
    private static Set<String> pageNumberedLines(List<List<PdfLine>> pages, float body) {
        Map<String, Integer> counts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLine> page = pages.get(p);
            if (page.isEmpty()) {
                continue;
            }
            for (PdfLine line : page.size() == 1 ? List.of(page.get(0)) : List.of(page.get(0), page.get(page.size() - 1))) {
                String key = pageNumberKey(page, line, p, body);
                if (key != null) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        int threshold = pages.size() <= 3 ? Math.max(2, pages.size()) : Math.max(3, (int) Math.ceil(pages.size() * 0.3));
        Set<String> keys = new HashSet<>();
        counts.forEach((key, n) -> {
            if (n >= threshold) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static String pageNumberKey(List<PdfLine> page, PdfLine line, int pageIndex, float body) {
        boolean top = line == page.get(0);
        boolean bottom = line == page.get(page.size() - 1);
        var m = TRAILING_NUMBER.matcher(line.text().strip());
        if (!(top || bottom) || larger(line, body) || !m.matches()) {
            return null;
        }
        return (top ? "top:" : "bottom:") + (Integer.parseInt(m.group(1)) - pageIndex);
    }

    /**
     * What a running header or footer repeats: its text, with numbers masked since page numbers differ
     * from page to page; but a heading in a larger type at the top of every page ("Kapitel 1",
     * "Kapitel 2" …) is content, so larger lines must repeat word for word.
     */
    private static String furnitureKey(PdfLine line, float body) {
        String text = line.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return larger(line, body) ? "=" + text : "#" + text.replaceAll("\\d+", "#");
    }

    /** The first and last lines of a page, where headers, footers and page numbers stand. */
    private static List<PdfLine> edges(List<PdfLine> page) {
        List<PdfLine> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < EDGE_LINES || i >= page.size() - EDGE_LINES) {
                edges.add(page.get(i));
            }
        }
        return edges;
    }

    // ---- measures -------------------------------------------------------------------------------------

    /** The font size most of the text is set in. */
    private static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PdfLine l : lines) {
            chars.merge(l.size(), l.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * The distance between the baselines of two lines of one paragraph: a low quantile of the gaps
     * between body lines, so that paragraph gaps (however many single-line paragraphs) do not count.
     */
    private static float lineSpacing(List<List<PdfLine>> pages, float body) {
        List<Float> gaps = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float gap = page.get(i).y() - page.get(i - 1).y();
                if (sameSize(page.get(i).size(), body) && sameSize(page.get(i - 1).size(), body) && gap > body * 0.8f && gap < body * 3) {
                    gaps.add(gap);
                }
            }
        }
        if (gaps.isEmpty()) {
            return body * 1.2f;
        }
        gaps.sort(Comparator.naturalOrder());
        return gaps.get(gaps.size() / 4);
    }

    private static boolean sameSize(float a, float b) {
        return Math.abs(a - b) <= 0.3f;
    }

    private static boolean larger(PdfLine line, float body) {
        return line.size() >= body * 1.08f && line.size() - body >= 0.75f;
    }

    // ---- headings -------------------------------------------------------------------------------------

    private static boolean headingCandidate(PdfLine line, float body) {
        String t = line.text().strip();
        return t.codePoints().anyMatch(Character::isLetter) && !BULLET.matcher(t).matches()
                && (larger(line, body) || line.bold() && line.size() >= body - 0.3f);
    }

    /** Consecutive heading-like lines of one style, close together, are one heading wrapped over lines. */
    private static List<Group> group(List<Placed> placed, float body) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        for (Placed p : placed) {
            boolean candidate = headingCandidate(p.line(), body);
            boolean continues = candidate && current != null && current.candidate && !p.pageTop()
                    && sameSize(current.first().size(), p.line().size()) && current.first().bold() == p.line().bold()
                    && p.gapBefore() <= p.line().size() * 1.6f;
            if (!continues) {
                current = new Group(candidate);
                groups.add(current);
            }
            current.lines.add(p);
        }
        return groups;
    }

    /**
     * A heading is short, does not run on into the next line, and (when it is only bold, not larger)
     * starts a block of its own: a bold line inside a paragraph is emphasis.
     */
    private static void markHeadings(List<Group> groups, float body, float paragraphGap) {
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (!group.candidate) {
                continue;
            }
            boolean large = larger(group.first(), body);
            String text = group.text();
            int words = text.split("\\s+").length;
            boolean shortEnough = group.lines.size() <= (large ? 3 : 2) && words <= (large ? 20 : 12) && text.length() <= 160;
            boolean complete = !text.matches("(?s).*[,;\\-\\u00AD]$") && !(text.endsWith(".") && words > 6);
            Group next = g + 1 < groups.size() ? groups.get(g + 1) : null;
            boolean runsOn = next != null && !next.lines.get(0).pageTop() && startsLowercase(next.text());
            Group previous = g > 0 ? groups.get(g - 1) : null;
            Placed top = group.lines.get(0);
            boolean startsBlock = large || previous == null || top.pageTop() || top.gapBefore() > paragraphGap
                    || previous.heading || previous.text().matches("(?s).*[.!?:]$");
            group.heading = shortEnough && complete && !runsOn && startsBlock;
        }
    }

    /**
     * Heading levels by size: the largest size first. A title in a size of its own at the top of the
     * first page is "#"; the other sizes follow as "##", "###" …, bold body-sized headings last.
     */
    private static void assignLevels(List<Group> groups, float body) {
        Map<String, Integer> styleCount = new LinkedHashMap<>();
        Map<String, Float> styleSize = new HashMap<>();
        for (Group g : groups) {
            if (g.heading) {
                String key = style(g, body);
                styleCount.merge(key, 1, Integer::sum);
                styleSize.put(key, larger(g.first(), body) ? g.first().size() : body);
            }
        }
        List<String> ranked = new ArrayList<>(styleCount.keySet());
        ranked.sort(Comparator.comparing((String k) -> -styleSize.get(k)).thenComparing(k -> !k.endsWith("b")));
        Group firstHeading = groups.stream().filter(g -> g.heading).findFirst().orElse(null);
        boolean title = firstHeading != null && ranked.get(0).equals(style(firstHeading, body)) && styleCount.get(ranked.get(0)) == 1
                && groups.stream().takeWhile(g -> g != firstHeading).mapToInt(g -> g.lines.size()).sum() <= 2;
        for (Group g : groups) {
            if (g.heading) {
                int rank = ranked.indexOf(style(g, body));
                g.level = Math.min(6, title ? rank + 1 : rank + 2);
            }
        }
    }

    private static String style(Group g, float body) {
        float size = larger(g.first(), body) ? Math.round(g.first().size() * 2) / 2f : body;
        return size + (g.first().bold() ? "b" : "r");
    }

    // ---- writing --------------------------------------------------------------------------------------

    private static String write(List<Group> groups, float paragraphGap) {
        List<String> out = new ArrayList<>();
        boolean inBody = false;
        float previousSize = 0;
        float bulletX = Float.NaN;
        for (Group g : groups) {
            if (g.heading) {
                String text = g.text().strip();
                blank(out);
                out.add(text.endsWith("?") ? text : "#".repeat(g.level) + " " + text);
                out.add("");
                inBody = false;
                continue;
            }
            for (Placed p : g.lines) {
                String text = p.line().text().strip();
                String previous = inBody ? out.get(out.size() - 1) : null;
                boolean newParagraph;
                if (previous == null) {
                    newParagraph = true;
                } else if (p.pageTop()) {
                    newParagraph = !(startsLowercase(text) || previous.endsWith(",") || HYPHENATED.matcher(previous).matches());
                } else {
                    newParagraph = p.gapBefore() > paragraphGap || Math.abs(p.line().size() - previousSize) > 1f
                            || backFromList(p.line(), bulletX);
                }
                boolean bullet = BULLET.matcher(text).matches();
                bulletX = bullet ? p.line().x() : newParagraph ? Float.NaN : bulletX;
                if (!newParagraph && hyphenated(previous, text)) {
                    out.set(out.size() - 1, joinHyphenated(previous, text));
                } else {
                    if (newParagraph) {
                        blank(out);
                    }
                    out.add(text);
                }
                inBody = true;
                previousSize = p.line().size();
            }
        }
        return String.join("\n", out).strip() + "\n";
    }

    /**
     * A list ends where a capitalised line starts at or left of the bullets (a wrapped item goes on
     * indented, under the item's text), even without a gap.
     */
    private static boolean backFromList(PdfLine line, float bulletX) {
        String t = line.text().strip();
        return !Float.isNaN(bulletX) && !BULLET.matcher(t).matches() && line.x() <= bulletX + 1f
                && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    private static void blank(List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
            out.add("");
        }
    }

    private static boolean hyphenated(String previous, String next) {
        if (!HYPHENATED.matcher(previous).matches() || !startsLowercase(next)) {
            return false;
        }
        String firstWord = next.split("[\\s,.;:]+", 2)[0].toLowerCase(Locale.ROOT);
        return !CONJUNCTIONS.contains(firstWord);
    }

    /** "medar-" + "bejder" → "medarbejder"; after a capital or digit the hyphen is part of the word: "HR-afdelingen". */
    private static String joinHyphenated(String previous, String next) {
        char beforeHyphen = previous.charAt(previous.length() - 2);
        String head = Character.isUpperCase(beforeHyphen) || Character.isDigit(beforeHyphen)
                ? previous.substring(0, previous.length() - 1) + "-" : previous.substring(0, previous.length() - 1);
        return head + next;
    }

    private static void append(StringBuilder b, String line) {
        String t = line.strip();
        if (b.length() == 0) {
            b.append(t);
        } else if (hyphenated(b.toString(), t)) {
            String joined = joinHyphenated(b.toString(), t);
            b.setLength(0);
            b.append(joined);
        } else {
            b.append(' ').append(t);
        }
    }

    private static boolean startsLowercase(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }
}
