package dk.hrassistenten.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits cleaned document text into sections with heading paths. Headings are recognised in the forms
 * HR documents use: Markdown headings, lines in bold, numbered agenda points ("Punkt 10: …",
 * "2. Drøftelse af …"), the standing sub-headings of minutes ("Sagsfremstilling", "Beslutning" …),
 * questions answered by the paragraph after them, and, in plain text, short title-like lines.
 *
 * <p>Levels are semantic, not typographic (the same minutes use "#", "##" and bold for their points):
 * 1 = section or agenda point, 2 = sub-heading, 3 = question.
 */
public final class StructureParser {

    /** The result: the first heading or line, taken as the title candidate, and the sections. */
    public record Parsed(String firstHeading, List<Section> sections) {
        public Parsed {
            sections = List.copyOf(sections);
        }
    }

    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*([^*](?:(?!\\*\\*).)*)\\*\\*[:.]?$");
    private static final Pattern POINT = Pattern.compile("^(?i:punkt|pkt\\.?)\\s*\\d+\\s*[:.)-]?\\s*\\S.*|^\\d{1,2}[.)]\\s+\\S.*");
    private static final Pattern PLAIN_POINT = Pattern.compile("^(?i:punkt|pkt\\.?)\\s*\\d+\\s*[:.)-]\\s*\\S.*");
    private static final Pattern ABBREVIATION_END = Pattern.compile("\\(\\p{Lu}{2,6}\\)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\d{1,2}|[a-zæøå])[.)]\\s+.*");
    /** "Teamleder: Lars Bjerre", "Kontakt: …": a labelled value of the section above, not a heading of its own. */
    private static final Pattern FIELD_LINE = Pattern.compile("^[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}:\\s+\\S");
    private static final Pattern QUESTION_NUMBER = Pattern.compile("^\\d{1,3}[.)]\\s+");
    public static final Pattern CASE_NUMBER = Pattern.compile("\\b\\d{1,2}(?:-\\d{1,5}){3,5}\\b");
    /** A case number on a line of its own, labelled ("Sagsnr. 25/19870", "J.nr.: ÅS-2025-1102") or in the "1-13-3-65-23" form. */
    private static final Pattern CASE_LINE = Pattern.compile("^(?:(?i:sagsnr\\.?|sags?nummer|sag\\s+nr\\.?|journalnr\\.?|journalnummer|j\\.?\\s?nr\\.?)[:\\s]*"
            + "(?<labelled>[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{2,29})|(?<bare>\\d{1,2}(?:-\\d{1,5}){3,5}))$");
    /** The standing sub-headings of Danish committee minutes and agendas. */
    private static final Pattern SUB_HEADING = Pattern.compile(
            "^(?iu)(resumé|resume|sagsfremstilling|indstilling|beslutning|bilag|konklusion|proces|videre proces|baggrund|"
                    + "økonomi|det indstilles.*|indstillingen.*|orientering|drøftelse|opfølgning|tidsplan|referat)[:.]?$");

    private StructureParser() {
    }

    public static Parsed parse(String text) {
        return new Builder().run(text.split("\n", -1));
    }

    /** Strips Markdown emphasis from a line. */
    static String plain(String s) {
        return s.replace("**", "").replace("__", "").strip();
    }

    private static final class Builder {
        private final List<Section> sections = new ArrayList<>();
        private final String[] path = new String[4];
        private final StringBuilder body = new StringBuilder();
        private String firstHeading;
        private String caseNumber;
        private String pendingCaseNumber;
        private boolean question;
        private boolean headingJustSeen;
        private boolean insidePoint;
        private boolean markupHeadings;

        private String[] lines;
        private int position;
        /** Set while plain headings are nested: a category heading above sub-headings of questions. */
        private boolean categoryOpen;

        Parsed run(String[] lines) {
            this.lines = lines;
            for (int i = 0; i < lines.length; i++) {
                position = i;
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                boolean paragraphStart = i == 0 || lines[i - 1].isBlank() || headingJustSeen;
                boolean paragraphEnd = i + 1 >= lines.length || lines[i + 1].isBlank()
                        || shortLabelBeforeText(line, lines[i + 1]) || opensAStandingSubHeading(lines[i + 1]);
                if (firstHeading == null && couldBeTitle(line)) {
                    firstHeading = plain(line.replaceFirst("^#+\\s*", ""));
                }
                handle(line, paragraphStart, paragraphEnd);
            }
            flush();
            return new Parsed(firstHeading == null ? "" : firstHeading, sections);
        }

        private void handle(String line, boolean paragraphStart, boolean paragraphEnd) {
            var md = MD_HEADING.matcher(line);
            if (md.matches()) {
                String h = plain(md.group(2));
                if (!h.isEmpty() && !DanishDates.isDateLine(h)) {
                    int hashes = md.group(1).length();
                    markupHeadings = true;
                    heading(h, levelOf(h, hashes == 1 ? 1 : (hashes == 2 && !insidePoint ? 1 : 2)));
                    return;
                }
                if (!h.isEmpty()) {
                    // A date set as a heading ("Gældende fra 1. januar 2025" in large type) is a line of text.
                    appendBody(h, true);
                    return;
                }
            }
            var bold = BOLD_LINE.matcher(line);
            if (bold.matches() && !DanishDates.isDateLine(line) && !bold.group(1).contains("@")) {
                markupHeadings = true;
                String h = plain(bold.group(1));
                // "**Hvordan melder jeg mig syg?**": a handbook's question, answered by the paragraph below it
                heading(h, h.endsWith("?") && h.length() <= 200 ? 3 : levelOf(h, insidePoint ? 2 : 1));
                return;
            }
            var caseLine = CASE_LINE.matcher(line);
            if (caseLine.matches()) {
                String number = caseLine.group("labelled") != null ? caseLine.group("labelled") : caseLine.group("bare");
                if (body.length() == 0 && caseNumber == null && path[1] != null) {
                    caseNumber = number;
                } else {
                    pendingCaseNumber = number;
                }
                return;
            }
            if (paragraphStart && PLAIN_POINT.matcher(line).matches() && line.length() <= 160) {
                heading(plain(line), 1);
                return;
            }
            if (paragraphStart && paragraphEnd && !markupHeadings && LIST_ITEM.matcher(line).matches()
                    && looksLikeTitle(QUESTION_NUMBER.matcher(line).replaceFirst(""))) {
                // A numbered title standing alone ("3. Sygefravær 2025", framed by rules or blank lines) is an
                // agenda point or a policy's section; the items of a list follow each other line by line.
                heading(plain(line), 1);
                return;
            }
            if (paragraphStart && line.endsWith("?") && line.length() <= 200 && !line.startsWith("- ")) {
                heading(plain(QUESTION_NUMBER.matcher(line).replaceFirst("")), 3);
                return;
            }
            if (paragraphStart && paragraphEnd && looksLikeTitle(line) && !(headingJustSeen && readsLikeSentence(line))) {
                // A document with Markdown or bold headings marks its sections itself; a short line there
                // ("33 Medarbejdere" from a table) is text, unless it is one of the standing sub-headings.
                String h = plain(line);
                if (!markupHeadings || SUB_HEADING.matcher(h).matches()) {
                    heading(h, levelOf(h, plainLevel()));
                    return;
                }
            }
            appendBody(line, paragraphStart);
        }

        /**
         * Whether the line opens one of the standing sub-headings of minutes, alone or with its text ("Sagsfremstilling:",
         * "Beslutning: Godkendt."): the line above it ends its paragraph, so a point's title straight above it
         * ("5. Revideret alkohol- og rusmiddelpolitik") stands alone as a title does between blank lines.
         */
        private static boolean opensAStandingSubHeading(String line) {
            String l = line.strip();
            int colon = l.indexOf(':');
            return SUB_HEADING.matcher(colon > 0 ? l.substring(0, colon + 1) : l).matches();
        }

        /**
         * Text converted from PDF often puts a heading straight above its paragraph ("Stab" then "Kontoret
         * er …"); a label of a few words followed by a capitalised line is a heading, while the first line of
         * a wrapped paragraph is long.
         */
        private static boolean shortLabelBeforeText(String line, String next) {
            String n = next.strip();
            if (n.isEmpty() || n.startsWith("- ") || !Character.isUpperCase(n.charAt(0))) {
                return false;
            }
            // A name above its labelled values ("Sekretariatet for Lægelig Videreuddannelse" / "Leder: …") heads them.
            boolean labelledNext = FIELD_LINE.matcher(n).find() && !FIELD_LINE.matcher(line).find();
            return line.length() <= 40 && line.split("\\s+").length <= 4 || labelledNext && line.length() <= 70 && !line.endsWith(".");
        }

        /**
         * Question-and-answer documents group their questions under categories and sub-categories
         * ("Ledelsesgrundlag" › "Formål og retning" › "Hvorfor …?"). A plain heading directly followed by
         * another that opens a run of questions is a category (level 1) and the other its sub-heading
         * (level 2); later headings that open questions stay below the category. Everywhere else plain
         * headings are flat, as in organisation descriptions.
         */
        private int plainLevel() {
            int next = nextLine(position);
            if (next >= 0 && isPlainTitle(next) && isQuestionLine(nextLine(next))) {
                categoryOpen = true;
                return 1;
            }
            if (isQuestionLine(next)) {
                return categoryOpen ? 2 : 1;
            }
            categoryOpen = false;
            return 1;
        }

        private int nextLine(int from) {
            for (int j = from + 1; j >= 1 && j < lines.length; j++) {
                if (!lines[j].isBlank()) {
                    return j;
                }
            }
            return -1;
        }

        private boolean isQuestionLine(int index) {
            if (index < 0) {
                return false;
            }
            String l = lines[index].strip();
            return l.endsWith("?") && l.length() <= 200 && !l.startsWith("- ");
        }

        private boolean isPlainTitle(int index) {
            String l = lines[index].strip();
            return looksLikeTitle(l) && !l.endsWith("?");
        }

        /** Standing sub-headings sit below agenda points whatever their typography. */
        private int levelOf(String heading, int fallback) {
            if (SUB_HEADING.matcher(heading).matches()) {
                return 2;
            }
            if (POINT.matcher(heading).matches()) {
                return 1;
            }
            return fallback;
        }

        /** The first line that starts with a letter (or heading markup) and is not a date names the document. */
        private static boolean couldBeTitle(String line) {
            String p = plain(line.replaceFirst("^#+\\s*", ""));
            return !p.isEmpty() && Character.isLetter(p.charAt(0)) && !DanishDates.isDateLine(p) && !CASE_LINE.matcher(p).matches();
        }

        /**
         * A line right below a heading that reads like a clause ("Ledes af en kontorchef med reference til …")
         * belongs to that heading's text, not a heading of its own.
         */
        private static boolean readsLikeSentence(String line) {
            String[] words = line.split("\\s+");
            return words.length >= 4 && (Character.isLowerCase(words[1].charAt(0)) || Character.isLowerCase(words[2].charAt(0)));
        }

        private static boolean looksLikeTitle(String line) {
            if (line.length() > 90 || line.startsWith("- ") || line.contains("\t") || LIST_ITEM.matcher(line).matches()
                    || FIELD_LINE.matcher(line).find()) {
                return false;
            }
            char first = line.charAt(0);
            char last = line.charAt(line.length() - 1);
            boolean abbreviationLast = ABBREVIATION_END.matcher(line).find();
            if (!(Character.isUpperCase(first) || Character.isDigit(first)) || (".,;:!)/".indexOf(last) >= 0 && !abbreviationLast)) {
                return false;
            }
            if (DanishDates.isDateLine(line) || line.contains("@") || line.contains("://")) {
                return false;
            }
            return line.split("\\s+").length <= 10;
        }

        private void appendBody(String line, boolean paragraphStart) {
            String text = plain(line);
            if (text.isEmpty()) {
                return;
            }
            boolean newLine = paragraphStart || text.startsWith("- ") || line.contains("\t") || LIST_ITEM.matcher(text).matches()
                    || body.length() == 0 || endsSentenceBlock(body);
            if (body.length() > 0) {
                body.append(newLine ? "\n" : " ");
            }
            body.append(text);
            headingJustSeen = false;
        }

        /** Markdown hard breaks and table rows end a line even without a blank line after. */
        private static boolean endsSentenceBlock(StringBuilder b) {
            int lastLine = b.lastIndexOf("\n") + 1;
            return b.indexOf("\t", lastLine) >= 0;
        }

        private void heading(String text, int level) {
            flush();
            if (path[0] == null && level > 0 && firstHeading != null && firstHeading.equals(text) && sections.isEmpty()) {
                path[0] = text; // the title itself, kept out of the heading path
                headingJustSeen = true;
                return;
            }
            for (int l = level; l < path.length; l++) {
                path[l] = null;
            }
            path[level] = text;
            if (level == 1) {
                insidePoint = POINT.matcher(text).matches();
                caseNumber = pendingCaseNumber;
                pendingCaseNumber = null;
            }
            question = level == 3;
            headingJustSeen = true;
        }

        private void flush() {
            String text = body.toString().strip();
            body.setLength(0);
            if (text.isEmpty()) {
                return;
            }
            List<String> headings = new ArrayList<>();
            for (int l = 1; l < path.length; l++) {
                if (path[l] != null) {
                    headings.add(path[l]);
                }
            }
            sections.add(new Section(headings, text, path[1] == null ? null : caseNumber, question));
        }
    }
}
