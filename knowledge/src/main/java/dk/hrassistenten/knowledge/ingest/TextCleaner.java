package dk.hrassistenten.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what document conversion leaves behind: bullet glyphs from Word's symbol fonts, HTML tags,
 * Markdown link syntax, table-of-contents dot leaders, image captions written by converters, and
 * runs of blank lines. Markdown emphasis and headings are kept: the structure parser reads them.
 */
public final class TextCleaner {

    /** Bullet glyphs seen in converted Office documents, including private-use Symbol-font code points. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[\\u2022\\u25CF\\u25E6\\u25AA\\u25A0\\u2023\\u2043\\u22A0\\u2610\\u2611\\u2612\\u27A2\\u2713\\u2714\\uF0B7\\uF0A7\\uF0D8\\uF076\\uF0FC\\u00B7\\u2219]\\s*");
    private static final Pattern SUB_BULLET_O = Pattern.compile("^\\s*o\\s+(?=\\p{Ll})");
    private static final Pattern MD_BULLET = Pattern.compile("^(\\s*)[-+*\u2013]\\s+");
    private static final Pattern HTML_TAG = Pattern.compile("</?(b|i|u|strong|em|br|span|p|div|sup|sub)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern TOC_LEADER = Pattern.compile("^.{2,}?(\\.{4,}|…{2,})\\s*\\d+\\s*$");
    /** Dots (or ellipses) leading from a label to its value inside a line: "Mødedag ........ 8. december". */
    private static final Pattern INNER_LEADER = Pattern.compile("(?<=[^\\s.])[ \\t]*(?:\\.[ \\t]?){4,}[ \\t]*(?=[^\\s.])|(?<=\\S)[ \\t]*…{2,}[ \\t]*(?=\\S)");
    /** "=== 4 · Sygefravær ====": a title set between rules on its own line. */
    private static final Pattern DECORATED_TITLE = Pattern.compile("^\\s*([=~*#_-])\\1{2,}\\s+(\\S.*?)\\s+\\1{3,}\\s*$");
    /** "4 · Sygefravær", "4 - Sygefravær": a number set off from its title by a dot or a dash. */
    private static final Pattern SET_OFF_NUMBER = Pattern.compile("^(\\d{1,2})\\s*[·•:–-]\\s+");
    private static final Pattern RULE = Pattern.compile("^\\s*([-_*=~]\\s*){3,}$");
    private static final Pattern CONVERTER_CAPTION = Pattern.compile("^(The|This) (screenshot|image|figure|picture|photo|diagram|chart) (shows|depicts|displays|contains)\\b.*");
    private static final Pattern PRIVATE_USE = Pattern.compile("[\\uE000-\\uF8FF\\u200B-\\u200D\\uFEFF]");

    private TextCleaner() {
    }

    public static String clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .replace("\\_", "_").replace("\\*", "*").replace("\\-", "-");
        List<String> out = new ArrayList<>();
        String[] lines = TextTables.asRows(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // "» Fortæl din leder om orloven samme dag, som du søger om" wrapped onto "    plejevederlag.": a list item
            // is judged with the line it goes on in, or it reads as a link ("» Læs om …") and its words are lost.
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            boolean goesOn = !next.isBlank() && Character.isWhitespace(next.charAt(0)) && Character.isLowerCase(next.strip().codePointAt(0));
            String cleaned = cleanLine(line, goesOn ? line.stripTrailing() + " " + next.strip() : line);
            if (cleaned == null) {
                continue;
            }
            for (String part : cleaned.split("\n", -1)) { // a heading set off from its neighbours comes with its blank lines
                boolean blank = part.isBlank();
                if (blank && (out.isEmpty() || out.get(out.size() - 1).isBlank())) {
                    continue;
                }
                out.add(blank ? "" : part);
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return TextCharts.asLists(String.join("\n", out));
    }

    /**
     * The cleaned line, "" for a line that separates paragraphs, or null for a line to drop.
     *
     * @param judged the line with the line it goes on in, which decides whether it is navigation
     */
    private static String cleanLine(String line, String judged) {
        if (TOC_LEADER.matcher(line).matches() || CONVERTER_CAPTION.matcher(line.strip()).matches() || Boilerplate.isNavigation(judged)) {
            return null;
        }
        if (RULE.matcher(line).matches()) {
            return "";
        }
        java.util.regex.Matcher decorated = DECORATED_TITLE.matcher(line);
        if (decorated.matches()) {
            // A title between rules is a heading of its own, numbered as numbered headings are ("4. Sygefravær")
            return "\n" + SET_OFF_NUMBER.matcher(decorated.group(2)).replaceFirst("$1. ") + "\n";
        }
        String l = HTML_TAG.matcher(line).replaceAll("");
        l = MD_LINK.matcher(l).replaceAll(m -> {
            String label = m.group(1).strip();
            String target = m.group(2);
            boolean realTarget = target.startsWith("http") && !target.equals(label);
            return java.util.regex.Matcher.quoteReplacement(realTarget && !label.contains("@") ? label + " (" + target + ")" : label);
        });
        l = AUTOLINK.matcher(l).replaceAll("$1");
        boolean bullet = BULLET.matcher(l).find() || SUB_BULLET_O.matcher(l).find() || MD_BULLET.matcher(l).find();
        if (bullet && BULLET.matcher(l).find() && isShouted(BULLET.matcher(l).replaceFirst(""))) {
            // "■ HVIS DU STIKKER DIG PÅ BRUGT UDSTYR": a heading in capitals marked like a list item is a heading
            return BULLET.matcher(l).replaceFirst("").strip();
        }
        if (bullet) {
            // Nesting is kept as indentation ("  - sub item"): organisation charts written as lists need it.
            int indent = indentation(l);
            if (indent == 0 && SUB_BULLET_O.matcher(l).find()) {
                indent = 2;
            }
            l = BULLET.matcher(l).replaceFirst("");
            l = SUB_BULLET_O.matcher(l).replaceFirst("");
            l = MD_BULLET.matcher(l).replaceFirst("");
            l = PRIVATE_USE.matcher(l).replaceAll("").strip();
            return l.isEmpty() ? "" : " ".repeat(Math.min(indent, 12)) + "- " + l;
        }
        l = PRIVATE_USE.matcher(l).replaceAll("");
        l = withoutLeaders(l);
        // Indentation is kept: an intranet page indents a sub-unit's heading below its unit.
        int indent = Math.min(indentation(l), 12);
        String body = l.strip().replaceAll("[ \\t]{2,}(?=\\S)", l.contains("\t") ? "\t" : " ");
        return body.isEmpty() || indent < 2 ? body : " ".repeat(indent) + body;
    }

    /**
     * A dotted leader between a label and its value becomes a colon ("Mødedag: 8. december 2026"; "Budkontoret: hedder
     * nu Post og Kurerservice", whose clause the unit reader reads on), a space after a colon already there.
     */
    private static String withoutLeaders(String line) {
        return INNER_LEADER.matcher(line).replaceAll(m -> line.charAt(m.start() - 1) == ':' ? " " : ": ");
    }

    /** Words in capitals, two or more, no sentence: "ANDRE ARBEJDSSKADER", not "HR" or "IT". */
    private static boolean isShouted(String text) {
        String t = text.strip();
        return t.split("\\s+").length >= 2 && t.chars().anyMatch(Character::isLetter)
                && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && !t.endsWith(".");
    }

    /** Leading blanks of a line, a tab counting four. */
    private static int indentation(String line) {
        int n = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            n += line.charAt(i) == '\t' ? 4 : 1;
        }
        return n;
    }
}
