package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document as an outline for unit extraction: headings with their nesting depth, and the lines below each,
 * list items with their indentation. Depth comes from Markdown heading marks where the text has them, and
 * otherwise from the heading paths the structure parser found; the title is depth 0.
 */
final class Outline {

    /** A heading and what stands below it before the next heading. */
    static final class Block {
        final String heading;
        final int depth;
        final Block parent;
        final List<Line> lines = new ArrayList<>();
        final List<Block> children = new ArrayList<>();

        Block(String heading, int depth, Block parent) {
            this.heading = heading;
            this.depth = depth;
            this.parent = parent;
        }

        /** The headings from the outermost below the title to this one. */
        List<String> path() {
            List<String> p = new ArrayList<>();
            for (Block b = this; b != null && b.depth > 0; b = b.parent) {
                p.add(0, b.heading);
            }
            return p;
        }
    }

    /** A line of text: a paragraph, or a list item with its indentation (0 = outermost). */
    record Line(String text, boolean item, int indent) {
    }

    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    private static final Pattern BOLD_LEAD_IN = Pattern.compile("^\\*\\*([^*?!.:]{2,60})\\*\\*\\s+[–—-]\\s+(\\S.*)$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*([^*](?:(?!\\*\\*).)*)\\*\\*[:.]?$");
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("og", "for", "i", "af", "til", "med", "på", "ved", "-", "–", "&");
    private static final Pattern DECIMAL_NUMBERING = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+\\p{L}");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)- (.*)$");
    /** "Teamleder: Sanne Lind", "Kontakt: …": a label line stands on its own. */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\p{Lu}[\\p{L} ?-]{0,25}:\\s");
    /** "Den ringende spørger om: …; Stil om til: …": a table's row as TextTables writes it, a line of its own however long its labels. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\p{Lu}[^;:]{0,60}:\\s[^;]+;\\s\\p{Lu}[^;:]{0,60}:\\s");

    private Outline() {
    }

    /** The root block (the title) with the document's blocks below it. */
    static Block of(Document document, String text) {
        Map<String, Integer> plainDepth = new HashMap<>();
        for (Section s : document.sections()) {
            for (int i = 0; i < s.headings().size(); i++) {
                plainDepth.putIfAbsent(s.headings().get(i), i + 1);
            }
        }
        Block root = new Block(document.title(), 0, null);
        Block current = root;
        boolean titleSeen = false;
        boolean markdown = false;
        int lastMarkdownDepth = 0;
        boolean afterBlank = true;
        for (String raw : text.split("\n")) {
            if (raw.isBlank()) {
                afterBlank = true;
                continue;
            }
            boolean continuation = !afterBlank;
            afterBlank = false;
            String line = raw.strip();
            int rawIndent = indent(raw.substring(0, raw.length() - raw.stripLeading().length()));
            Matcher md = MD_HEADING.matcher(line);
            Matcher bold = BOLD_LINE.matcher(line);
            Matcher item = ITEM.matcher(raw.stripTrailing());
            Matcher leadIn = BOLD_LEAD_IN.matcher(line);
            String heading = null;
            String rest = null;
            int depth = 0;
            if (!continuation && !item.matches() && leadIn.matches() && titleLike(plain(leadIn.group(1)))) {
                // "**Lønafregning Tjørnelund** – HR-Fællesskabet, Regionshuset": a record's name in bold, then what it belongs to
                heading = plain(leadIn.group(1));
                rest = plain(leadIn.group(2));
                depth = markdown ? lastMarkdownDepth + 1 : 1;
            } else if (md.matches()) {
                heading = plain(md.group(2));
                depth = md.group(1).length();
                markdown = true;
                lastMarkdownDepth = depth;
            } else if (bold.matches() && !bold.group(1).contains("@")) {
                heading = plain(bold.group(1));
                depth = markdown ? lastMarkdownDepth + 1 : plainDepth.getOrDefault(heading, 1);
            } else if (!item.matches() && ((plainDepth.containsKey(plain(line)) && !labelOrContact(plain(line)))
                    || (!markdown && (!continuation || subSectionNumber(plain(line))) && titleLike(plain(line))))) {
                heading = plain(line);
                depth = plainDepth.getOrDefault(heading, 1) + rawIndent / 2;
            }
            if (heading != null && !titleSeen && heading.equals(document.title()) && root.lines.isEmpty() && root.children.isEmpty()) {
                titleSeen = true;
                continue;
            }
            if (!titleSeen && plain(line).equals(document.title()) && root.lines.isEmpty() && root.children.isEmpty()) {
                titleSeen = true;
                continue;
            }
            if (heading != null && !md.matches()) {
                Matcher numbered = DECIMAL_NUMBERING.matcher(heading);
                if (numbered.find()) {
                    depth = Math.max(depth, numbered.group(1).split("\\.").length); // "1.1 Lønkontoret" stands below "1. Personale"
                }
            }
            if (heading != null && !heading.isEmpty()) {
                int d = Math.max(1, depth);
                Block parent = current;
                while (parent.depth >= d) {
                    parent = parent.parent;
                }
                Block b = new Block(heading, d, parent);
                parent.children.add(b);
                current = b;
                if (rest != null) {
                    b.lines.add(new Line(rest, false, 0));
                }
                continue;
            }
            if (item.matches()) {
                current.lines.add(new Line(plain(item.group(2)), true, indent(item.group(1))));
            } else if (continuation && !current.lines.isEmpty() && (joins(current.lines.get(current.lines.size() - 1), line, rawIndent)
                    || continuesItem(current.lines.get(current.lines.size() - 1), line, rawIndent))) {
                // A paragraph wrapped over several lines (text from PDF) is one line of text.
                Line last = current.lines.remove(current.lines.size() - 1);
                current.lines.add(new Line(last.text() + " " + plain(line), last.item(), last.indent()));
            } else {
                current.lines.add(new Line(plain(line), false, 0));
            }
        }
        return root;
    }

    /**
     * Whether a line continues the one before it rather than starting a line of its own: not a label line, a table
     * row, a contact line ("Telefon 78 41 61 50 · …"), a line introducing a list ("Kontakt os om"), nor a line that
     * stands less indented than the item before it.
     */
    private static boolean joins(Line previous, String line, int indent) {
        String before = previous.text();
        // "Leder: … · tlf. … · loen@…" ends where it ends; "Udbetaler løn …" below it is a line of its own
        boolean factLine = labelOrContact(before) && !Character.isLowerCase(line.codePointAt(0));
        // "… Mikkel Hald Ravn. Leder:" wrapped onto "personalechef Charlotte Brix. …": a label inside a paragraph, its value below
        boolean labelWrapped = before.endsWith(":") && before.contains(". ") && Character.isLowerCase(line.codePointAt(0));
        return before.length() >= 50 && !factLine && (!before.endsWith(":") || labelWrapped) && !before.contains("\t") && !line.contains("\t")
                && !LABEL_LINE.matcher(line).find() && !TABLE_ROW.matcher(line).find() && !TABLE_ROW.matcher(before).find() && !labelOrContact(line) && UnitCues.shipped().atStart("CONTACT_TOPICS", line).isEmpty()
                && (!previous.item() || indent > previous.indent());
    }

    /**
     * "- afregning af tjenesterejser, time- og dagpenge" wrapped onto "og kørselsgodtgørelse": a line in lower case
     * right below a list item, at least as indented as its dash, goes on with the item (a new item has a dash).
     */
    private static boolean continuesItem(Line previous, String line, int indent) {
        return previous.item() && indent >= previous.indent() && Character.isLowerCase(line.codePointAt(0))
                && !previous.text().endsWith(".") && !previous.text().endsWith(":");
    }

    /**
     * "4.1.1 Team Løn og Rejser": a heading numbered below another starts a section of its own even right below a line
     * of the section above ("Leder: …"), as outlines are written without blank lines; "2. Ring til din leder" in a list
     * of steps is numbered on one level only.
     */
    private static boolean subSectionNumber(String line) {
        return SUB_SECTION_NUMBER.matcher(line).find() && titleLike(NUMBER_PREFIX.matcher(line).replaceFirst(""));
    }

    private static final Pattern SUB_SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+\\p{Lu}");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^[\\d.]+\\s+");

    /**
     * A short line standing first in its paragraph that reads like a name, not a sentence or a label: in plain text a
     * heading even where the structure parser, seeing a label line right below it ("Afdelingschef: …"), did not make it one.
     */
    private static boolean titleLike(String heading) {
        // "LØN OG TILLÆG (tidligere Lønkontoret og …)": a former name in parentheses makes the heading no longer
        String line = heading.endsWith(")") ? heading.replaceFirst("\\s*\\([^()]*\\)$", "") : heading;
        if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
            line = NUMBER_PREFIX.matcher(line).replaceFirst("");
        }
        if (!line.isEmpty() && Character.isDigit(line.charAt(line.length() - 1))) {
            line = DATE_TAIL.matcher(line).replaceFirst(""); // "Ændringer pr. 1. september 2026": the date says when
        }
        if (line.isEmpty() || line.length() > 70 || line.split("\\s+").length > 8 || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        int lowerWords = 0;
        for (String w : line.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !CONNECTORS.contains(w)) {
                lowerWords++;
            }
        }
        UnitCues cues = UnitCues.shipped();
        if (lowerWords > 1 || cues.contains("LEADER", line) || cues.contains("REPORTS", line) || cues.contains("LOCATION", line)
                || cues.contains("TASK", line) || cues.contains("PART_OF", line)) {
            return false; // a clause ("Ledes af kontorchef med reference til …"), not a name
        }
        char last = line.charAt(line.length() - 1);
        return ".,;:!?".indexOf(last) < 0 && !line.contains(":") && !line.contains("@") && !line.contains("://") && !line.matches(".*\\d{3,}.*")
                && !line.contains(" · ") && !line.contains("|") && !line.contains(">") && !line.contains("[");
    }

    /** "… pr. 1. september 2026" closing a line: when, not what. */
    static final Pattern DATE_TAIL = Pattern.compile(
            "\\s+(?:pr\\.|per|fra|fra og med|den)?\\s*\\d{1,2}\\.\\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\\s+\\d{4}$");

    /** "Afdelingschef: Mikkel Dahl", "Telefon 78 40 14 00": a label or contact line is a fact of the heading above, not a heading. */
    private static boolean labelOrContact(String line) {
        return LABEL_LINE.matcher(line).find() || line.contains("@") || line.matches(".*\\d{2}\\s?\\d{2}\\s?\\d{2}.*");
    }

    private static int indent(String spaces) {
        int n = 0;
        for (char c : spaces.toCharArray()) {
            n += c == '\t' ? 4 : 1;
        }
        return n;
    }

    static String plain(String s) {
        return s.replace("**", "").replace("__", "").strip();
    }

    /** Every block below the root, depth first. */
    static List<Block> blocks(Block root) {
        List<Block> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Block b, List<Block> all) {
        all.add(b);
        b.children.forEach(c -> collect(c, all));
    }
}
