package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.document.MetadataExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and forms of unit names that every reader of a document shares: what a heading names, a unit's key and
 * display name, labelled fields, former names in a note, the shapes of e-mail addresses and phone numbers. Reads the
 * cues only, never the drafts.
 */
final class UnitNameChecks {
    static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+45\\s?)?(?:\\d{2}\\s?){3}\\d{2}(?![\\d])|(?<![\\d])\\d{4}\\s\\d{4}(?![\\d])");
    static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-zA-Z][.)])\\s+");

    private final UnitCues cues;
    private final NamePhrases names;

    UnitNameChecks(UnitCues cues, NamePhrases names) {
        this.cues = cues;
        this.names = names;
    }

    /**
     * "Lønpartner Hedebro" in Region Hedebro, "Kalvslund IT-Hotline" in Kalvslund Kommune: a name opening or ending
     * with a word of its organisation's own name, as units are named after their place.
     */
    static boolean namedAfterPlace(String name, String org) {
        if (name == null || org == null || org.isEmpty()) {
            return false;
        }
        String[] words = name.split("\\s+");
        List<String> own = MetadataExtractor.ownNameWords(org);
        return own.contains(words[0]) || own.contains(words[words.length - 1]);
    }

    /** Page furniture: "Relaterede sider: …", a footer of "·"- or "|"-separated links. */
    boolean isNavigation(Outline.Line line) {
        String t = line.text();
        long separators = t.chars().filter(c -> c == '·' || c == '|').count();
        // "Leder: lønchef NN · tlf. 58 47 20 30 · loen@…" is a unit's facts side by side, not a menu; a footer
        // "Region X · Vej 1 · tlf. …" opens with no label and stays navigation
        boolean facts = FIELD.matcher(t).lookingAt() || cues.atStart("PHONE_LABEL", t).isPresent() || cues.atStart("EMAIL_LABEL", t).isPresent();
        return cues.atStart("NAVIGATION", t).isPresent() || (!line.item() && separators >= 2 && !facts);
    }

    boolean denies(String sentence) {
        return cues.contains("NEGATION", sentence);
    }

    /**
     * The words a sentence opens with to speak of the section's own unit ("Vi …", "Teamet hjælper …"); not when a
     * name follows them: "Teamet Job og Trivsel hjælper …" speaks of another unit, named.
     */
    Optional<UnitCues.Found> selfReference(String sentence) {
        return cues.atStart("SELF", sentence).filter(m -> {
            String after = sentence.substring(m.end()).stripLeading();
            return after.isEmpty() || !Character.isUpperCase(after.codePointAt(0));
        });
    }

    /** Whether a sentence starts with the unit's name, with or without its department ("Fælles HR, Stab er …"). */
    static boolean startsWithName(String sentence, String name) {
        String key = words(NamePhrases.stripAbbreviation(name));
        if (key.isBlank()) {
            return false;
        }
        String head = words(sentence.length() > 100 ? sentence.substring(0, 100) : sentence) + " ";
        int at = head.indexOf(key + " ");
        return at >= 0 && at <= 20 && (at == 0 || head.charAt(at - 1) == ' ');
    }

    /** Lower-case words separated by single blanks. */
    static String words(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ").strip();
    }

    static Optional<String> clean(String value) {
        String v = value.strip().replaceAll("[\\s,;:.]+$", "").strip();
        return v.isEmpty() || v.length() > 120 ? Optional.empty() : Optional.of(v);
    }

    static final Pattern NAME_ONLY = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[\\s-]+\\p{Lu}\\p{Ll}+){1,3}");

    boolean isChartHeading(String heading) {
        if (COORDINATED_NAME.matcher(heading).find()) {
            return false; // "Organisation og Udvikling", "Struktur og Data": a unit's name, not a chart's heading
        }
        String h = heading.toLowerCase(java.util.Locale.ROOT);
        return cues.phrases("CHART").stream().anyMatch(c -> h.equals(c) || h.startsWith(c + " ") || h.endsWith(" " + c));
    }

    private static final Pattern COORDINATED_NAME = Pattern.compile("^\\p{Lu}\\p{L}+\\s+(?:og|&)\\s+\\p{Lu}");

    // ---- labelled fields -------------------------------------------------------------------------------

    /** "Leder: …", "Den, der ringer, spørger om: …": a label of at most 40 characters, then its value. */
    /** "Placering: …", "Leder (navn og titel): …": a label, a note on it left out, and its value. */
    static final Pattern FIELD = Pattern.compile("^\\s*([\\p{L}][\\p{L}\\p{N} .,?-]{0,40}?)(?:\\s*\\([^()]{1,30}\\))?\\s*:\\s+(\\S.*)$");

    /** "(en del af Kundecentret)", "(hed Vagtkontoret indtil …)": a note in parentheses after a name. */
    static final Pattern WITHIN_PARENS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** A row of a table of units, as its labelled fields; none for any other line. */
    List<String[]> unitRecord(String line) {
        List<String[]> fields = fields(line);
        if (fields.size() < 2 || !namesAUnit(fields.get(0)[0], fields.get(0)[1])
                || fields.stream().skip(1).noneMatch(f -> describesAUnit(f[0]))) {
            return List.of(); // "Funktion: Tillidsrepræsentant; Tillæg pr. år: …" lists roles, not units
        }
        return fields;
    }

    /**
     * Whether a field's label says that its value is the unit's name: a unit noun ("Enhed", "Afdeling"), or a name's
     * label as old or new ("Nuværende navn", "Nyt navn" on a form of an organisational change).
     */
    boolean namesTheUnit(String label) {
        if (cues.is("PART_OF", label)) {
            return false; // "Overordnet enhed: …" names the unit above it
        }
        if (cues.hasUnitNoun(label)) {
            return true;
        }
        // "Navn: Jonas Aldersmark" in a staff list names a person: a name's label names a unit only as old or new
        String[] words = label.strip().split("\\s+", 2);
        return words.length == 2 && (opensWith("OLD_LABEL", label) || opensWith("NEW_LABEL", label)) && cues.is("NAME_LABEL", words[1]);
    }

    /** Whether a label's first word is one of the cues ("Nyt navn" opens with NEW_LABEL's "nyt", not with its "ny"). */
    boolean opensWith(String cue, String label) {
        return cues.is(cue, label.strip().split("\\s+", 2)[0]);
    }

    /**
     * Whether a labelled value is a unit's name: its label names the unit and it reads as a name; a former name may
     * be two ("Nuværende navn: Lønningsgruppen og Kontraktgruppen", merged into the new one).
     */
    boolean namesAUnit(String label, String value) {
        String name = WITHIN_PARENS.matcher(value).replaceFirst("");
        boolean named = names.isNameLike(name)
                || opensWith("OLD_LABEL", label) && java.util.Arrays.stream(name.split("\\s+og\\s+")).allMatch(names::isNameLike);
        return named && namesTheUnit(label);
    }

    /** Whether a column's name is one a table of units has: its leader, its contact or its tasks. */
    boolean describesAUnit(String label) {
        return cues.is("LEADER_LABEL", label) || cues.is("EMAIL_LABEL", label) || cues.is("PHONE_LABEL", label) || cues.is("FIELD", label)
                || cues.contains("TASK_LIST", label) || cues.contains("TASK", label);
    }

    /**
     * A record line's labelled fields, label and value each; none when its first part has no label. A part without
     * a label goes on the value before it: a cell may list its items with semicolons too ("Opgaver: Sekretariat
     * for LMU; rådgivning om …; konflikter …").
     */
    static List<String[]> fields(String line) {
        List<String[]> fields = new ArrayList<>();
        for (String part : line.split(";\\s+")) {
            Matcher m = FIELD.matcher(part);
            if (m.matches()) {
                fields.add(new String[] {m.group(1).strip(), m.group(2).strip().replaceAll("[.]$", "")});
            } else if (fields.isEmpty()) {
                return List.of();
            } else {
                String[] last = fields.get(fields.size() - 1);
                last[1] = last[1] + "; " + part.strip().replaceAll("[.]$", "");
            }
        }
        return fields;
    }

    /** "Klinikken" for "Medarbejderklinikken Klintevig": the last part of the name's first compound, as a short form. */
    static boolean isCompoundHead(String word, String name) {
        String first = name.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.length() >= 5 && Character.isUpperCase(word.codePointAt(0)) && first.length() > w.length() + 2 && first.endsWith(w);
    }

    static boolean endsWithWords(String full, String tail) {
        String f = " " + words(full);
        String t = " " + words(tail);
        return f.endsWith(t) && f.length() > t.length();
    }

    static final Pattern UNTIL_DATE = Pattern.compile(
            "^\\s*(?:indtil|til og med|til|frem til|før)\\s+(?:den\\s+)?(?:\\d{1,2}\\.\\s*\\p{L}+\\s+)?\\d{4}\\s+");

    // ---- names ------------------------------------------------------------------------------------------

    /** A heading as a unit name, or null when it cannot be one (a question, a sentence, an agenda point). */
    String headingName(String heading) {
        String h = NUMBERING.matcher(heading.strip()).replaceFirst("").replaceAll("^[→»>•\\s]+", "").strip();
        for (String prefix : cues.phrases("HEADING_PREFIX")) {
            if (h.toLowerCase(java.util.Locale.ROOT).startsWith(prefix + " ")) {
                h = h.substring(prefix.length()).strip();
                break;
            }
        }
        h = h.replaceAll("[:.]$", "").strip();
        int colon = h.indexOf(": ");
        if (colon > 0 && cues.is("SELF", h.substring(0, colon).strip())) {
            h = h.substring(colon + 1).strip(); // "Om teamet: Løn og Kontrakter"
        }
        if (formerInParens(h).isPresent()) {
            h = CLOSING_NOTE.matcher(h).replaceFirst("").strip(); // "Løn og Pension (tidligere Lønkontoret)"
        }
        h = STATUS_NOTE.matcher(h).replaceFirst("").strip(); // "Materieldepotet Lindholt (ny enhed)", "(uændret)"
        Matcher note = CLOSING_NOTE.matcher(h);
        if (note.find() && cues.atStart("PART_OF", note.group(1)).isPresent()) {
            h = h.substring(0, note.start()).strip(); // "Operationscentret (hører under Flyvepladsdriften)": where it belongs
        }
        Matcher badge = LEADING_BADGE.matcher(h);
        if (badge.matches() && badge.group(2).split("\\s+").length >= 2 && badge.group(1).charAt(0) == badge.group(2).charAt(0)) {
            // "LD Løn og Dagpenge Rævebæk": a badge of the name's letters before it (a legend's key) is its abbreviation;
            // not "HR Rævebæk", whose capitals begin the name itself
            h = badge.group(2) + " (" + badge.group(1) + ")";
        }
        h = h.split("\\s+[–—|]\\s+|\\s+-\\s+", 2)[0].strip(); // "HR-afdelingen – hvem gør hvad?"
        if (h.isEmpty() || h.length() > 70 || h.endsWith("?") || h.contains(":") || EMAIL.matcher(h).find() || PHONE.matcher(h).find()
                || h.matches(".*\\d{3,}.*") || cues.atStart("PHONE_LABEL", h).isPresent() || cues.atStart("EMAIL_LABEL", h).isPresent()) {
            return null;
        }
        return cues.is("FIELD", h) || isChartHeading(h) || names.isNameLike(h) ? h : null;
    }

    /** "Nyt navn: ", "Navn: ": a label of a word or two before what a line says. */
    static final Pattern SHORT_LABEL = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s\\p{Ll}+)?:\\s+");

    /**
     * What follows a former name's cue, and the date when it comes first, in a line or a note in parentheses: "hed
     * indtil 1. august 2026 Velkomstcentret" → "Velkomstcentret", "(tidligere Annoncekontoret)" → "Annoncekontoret";
     * empty when the text opens with no such cue.
     */
    Optional<String> afterFormerCue(String text) {
        String stripped = text.strip();
        String unwrapped = stripped.startsWith("(") && stripped.endsWith(")") ? stripped.substring(1, stripped.length() - 1).strip() : stripped;
        // "Nyt navn: hed tidligere Lønningskontoret", a slide's bullet: the label says what the line is about
        Matcher label = SHORT_LABEL.matcher(unwrapped);
        String t = formerCueAt(unwrapped).isEmpty() && label.lookingAt() ? unwrapped.substring(label.end()) : unwrapped;
        return formerCueAt(t).map(cue -> UNTIL_DATE.matcher(NAME_WORD.matcher(t.substring(cue.end())).replaceFirst("")).replaceFirst("").replaceAll("^[\\s:]+", ""));
    }

    /** "Tidligere betegnelse: Adgangskortkontoret", "Tidligere navn: …": the word for a name after the cue, with its colon. */
    private static final Pattern NAME_WORD = Pattern.compile("^\\s*(?iu:navn|betegnelse)\\s*:");

    /** The cue of a former name opening the text ("hed tidligere", "tidligere"), if it opens with one. */
    Optional<UnitCues.Found> formerCueAt(String text) {
        return cues.atStart("RENAMED_FROM", text).or(() -> cues.atStart("FORMER", text));
    }

    /**
     * "(tidligere Lønkontoret og Tillægsgruppen)", "(hed Holdkontoret indtil 1. november 2026)" closing a heading: the
     * former name as written, without its date; none for another note ("(SU)", "(6.4)").
     */
    Optional<String> formerInParens(String heading) {
        Matcher note = CLOSING_NOTE.matcher(heading.strip());
        return note.find() ? afterFormerCue(note.group()).map(rest -> UNTIL_TAIL.split(rest, 2)[0].strip())
                .filter(former -> !former.isEmpty() && Character.isUpperCase(former.codePointAt(0))) : Optional.empty();
    }

    /** " indtil 1. november 2026" after a former name: when it stopped, not the name. */
    private static final Pattern UNTIL_TAIL = Pattern.compile("\\s+(?:indtil|til|frem til|før)\\s+(?:den\\s+)?\\d");

    private static final Pattern CLOSING_NOTE = Pattern.compile("\\s*\\(([^()]{3,80})\\)\\s*$");
    /** "(nyt)", "(ny enhed)", "(uændret)": a heading's closing note of a few lower-case words on the unit's status. */
    private static final Pattern STATUS_NOTE = Pattern.compile("\\s*\\((?:\\p{Ll}+\\s?){1,3}\\)\\s*$");

    static boolean departmentForm(String name, String department) {
        return department != null && UnitNames.squash(name).startsWith(UnitNames.squash(department))
                && UnitNames.squash(name).length() > UnitNames.squash(department).length();
    }

    private static final Pattern LEADING_BADGE = Pattern.compile("^(\\p{Lu}{2,4})\\s+(\\p{Lu}.*)$");

    static String abbreviation(String name) {
        Matcher m = NamePhrases.ABBREVIATION.matcher(name);
        return m.find() ? m.group(1) : null;
    }

    static String display(String name, String department) {
        return UnitNames.display(NamePhrases.stripAbbreviation(name), department);
    }

    static String key(String org, String department, String name) {
        return org + "|" + UnitNames.key(NamePhrases.stripAbbreviation(name), department);
    }
}
