package dk.hrassistenten.knowledge.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dk.hrassistenten.knowledge.query.WordTable;

/** Reads title, kind, organisation, committee, date and case numbers from a document's own text. */
public final class MetadataExtractor {

    private static final int HEAD_LINES = 20;
    private static final int TITLE_LIKE = 70;
    /** "Emne: Ny organisering af …": a memo's subject line is its title. */
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?iu)^(?:emne|vedr\\.?|vedrørende|overskrift)\\s*:\\s*(\\S.{3,118})$");
    private static final WordTable CUES = WordTable.load(MetadataExtractor.class, "metadata-cues.tsv");
    /**
     * An organisation's name: "Region Sydvest", "Fjordby Kommune", "Åby Sygehus", or a company's two words before its
     * legal form ("Engby Varme A/S" is "Engby Varme"); the words are in metadata-cues.tsv. A word in "-ske" before the
     * kind is an adjective ("det Psykiatriske Hospital"), no name.
     */
    private static final Pattern ORGANISATION = Pattern.compile("\\b((?:" + String.join("|", CUES.words("ORG_BEFORE"))
            + ")\\s+\\p{Lu}\\p{L}+|(?!(?:" + String.join("|", CUES.words("NO_NAME")) + ")\\s)(?!\\p{Lu}\\p{L}*ske\\s)\\p{Lu}\\p{L}+\\s+(?:"
            + String.join("|", CUES.words("ORG_AFTER")) + ")s?|\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+(?=\\s+(?:" + String.join("|", CUES.words("COMPANY_FORM"))
            + ")(?![\\p{L}/])))\\b");
    /** "Egeby Kommunes": the genitive of a name that a closing word ends ({@link #ORGANISATION}). */
    private static final Pattern CLOSING_GENITIVE = Pattern.compile("\\s(?:" + String.join("|", CUES.words("ORG_AFTER")) + ")s$");
    /**
     * "Region Vestlands intranet", "Region Vestlands fælles HR-funktion": a name opened by its kind ("Region …") that
     * ends in "s" before a word in lower case is the genitive of the name without it, one organisation, not two.
     */
    private static final Pattern GENITIVE_FOLLOWS = Pattern.compile("[ \\t]+\\p{Ll}");
    /** The organisation named in a document's first lines is the document's; further down, others are mentioned. */
    private static final int ORGANISATION_HEAD_LINES = 4;
    private static final Pattern MINUTES_WORD = Pattern.compile("(?iu)\\b(referat|mødereferat|beslutningsprotokol)\\b");
    private static final Pattern AGENDA_WORD = Pattern.compile("(?iu)\\b(dagsorden)\\b");
    private static final Pattern COMMITTEE_AFTER_MEETING = Pattern.compile("(?iu)\\bmøde\\s+i\\s+(.+?)\\s*$");
    private static final Pattern COMMITTEE_AFTER_KIND = Pattern.compile(
            "(?iu)^(?:referat|dagsorden|mødereferat|beslutningsprotokol)\\s*(?:af\\s+|fra\\s+|for\\s+|til\\s+)?(?:ordinært\\s+|ekstraordinært\\s+)?(?:møde\\s+i\\s+)?(.+?)\\s*$");
    /** Where a committee's name ends in a title line: a date, a weekday, a time, a place. */
    private static final Pattern AFTER_COMMITTEE = Pattern.compile(
            "(?iu)(\\s*[-–,:]?\\s+(?:d\\.|(?:den|kl|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|på|afholdt|i\\s+mødelokale)\\b).*|\\s*[-–,:]?\\s+\\d.*)$");
    private static final Pattern EFFECTIVE = Pattern.compile("(?iu)\\b(pr\\.|gældende fra|fra og med|ikrafttræden|revideret|vedtaget|godkendt)\\b\\s*");
    private static final Pattern LEADS_OR_REPORTS = Pattern.compile("(?iu)\\b(ledes af|ledes i|reference til|refererer til)\\b");
    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private MetadataExtractor() {
    }

    /**
     * @param overrides sidecar values by key (title, kind, organization, committee, date, audience); may be empty
     */
    public static DocumentMetadata extract(String path, String text, StructureParser.Parsed parsed, Map<String, String> overrides) {
        List<String> head = Arrays.stream(text.split("\n")).map(l -> StructureParser.plain(l.replaceFirst("^#+\\s*", ""))).filter(l -> !l.isBlank()).limit(HEAD_LINES).toList();
        DocumentKind kind = kind(head, parsed);
        String committee = (kind == DocumentKind.MINUTES || kind == DocumentKind.AGENDA) ? committee(head) : null;
        LocalDate date = date(head, kind);
        String title = title(path, head, parsed, kind, committee, date);

        String t = overrides.getOrDefault("title", title);
        DocumentKind k = overrides.containsKey("kind") ? DocumentKind.parse(overrides.get("kind")) : kind;
        String org = overrides.getOrDefault("organization", organisation(head, text));
        String com = overrides.getOrDefault("committee", committee);
        LocalDate d = overrides.containsKey("date") ? DanishDates.first(overrides.get("date")).orElse(date) : date;
        return new DocumentMetadata(t, k, org, com, d, caseNumbers(text), overrides.get("audience"));
    }

    static DocumentKind kind(List<String> head, StructureParser.Parsed parsed) {
        // Only title-like lines count: a policy's sentence "Lederen skriver et kort referat" makes it no minutes.
        String headText = String.join("\n", head.stream().filter(l -> l.length() <= TITLE_LIKE || !l.contains(" ")).toList());
        long decisions = parsed.sections().stream().filter(s -> s.headings().stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("beslutning"))).count();
        if (MINUTES_WORD.matcher(headText).find() || decisions >= 2) {
            return DocumentKind.MINUTES;
        }
        if (AGENDA_WORD.matcher(headText).find()) {
            return DocumentKind.AGENDA;
        }
        long questions = parsed.sections().stream().filter(Section::question).count();
        if (questions >= 4 && questions * 3 >= parsed.sections().size()) {
            return DocumentKind.FAQ;
        }
        long units = parsed.sections().stream().filter(s -> LEADS_OR_REPORTS.matcher(s.body()).find()).count();
        if (units >= 3 || (units >= 1 && head.get(0).toLowerCase(Locale.ROOT).matches(".*\\borgani[sz](ering|ation).*"))) {
            return DocumentKind.ORGANISATION_DESCRIPTION;
        }
        return DocumentKind.OTHER;
    }

    /**
     * Whether the text names an organisation as documents name theirs ("Egeby Kommune", "Region Nordvang", "Åmark
     * Sygehus"): the one rule of what an organisation's name looks like, for questions too.
     */
    public static boolean namesAnOrganisation(String text) {
        return ORGANISATION.matcher(text).find();
    }

    /**
     * The words of an organisation's name that are its own, not its kind: "Ulvsund" of "Ulvsund Universitet",
     * "Tjørnelund" of "Region Tjørnelund".
     */
    public static List<String> ownNameWords(String organisation) {
        Set<String> kinds = new HashSet<>(CUES.words("ORG_BEFORE"));
        kinds.addAll(CUES.words("ORG_AFTER"));
        return Arrays.stream(organisation.split("\\s+")).filter(w -> !kinds.contains(w) && !w.isEmpty() && Character.isUpperCase(w.charAt(0))).toList();
    }

    /**
     * A state agency or authority, one word ending in its kind ("Digitaliseringsstyrelsen"): taken only from a
     * document's first lines, where it is the document's own; further down such names are authorities mentioned.
     */
    private static final Pattern AGENCY = Pattern.compile("\\b(\\p{Lu}\\p{Ll}{3,}(?:" + String.join("|", CUES.words("AGENCY_END")) + "))\\b");

    /** The organisation in the document's first lines (also written in capitals), else the one it names most. */
    static String organisation(List<String> head, String text) {
        for (String line : head.stream().limit(ORGANISATION_HEAD_LINES).toList()) {
            Optional<String> named = mostFrequent(ORGANISATION, capitalised(line)).or(() -> mostFrequent(AGENCY, capitalised(line)));
            if (named.isPresent()) {
                return named.get();
            }
        }
        return mostFrequent(ORGANISATION, text).orElse(null);
    }

    /** "ÅBY SYGEHUS" reads "Åby Sygehus", "ENGBY VARME A/S" "Engby Varme A/S"; other lines are left as they are. */
    private static String capitalised(String line) {
        if (!line.equals(line.toUpperCase(Locale.ROOT)) || line.chars().noneMatch(Character::isLetter)) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (String written : line.split(" ")) {
            String word = written.toLowerCase(Locale.ROOT);
            String name = word.isEmpty() || CUES.is("COMPANY_FORM", word) ? written : Character.toUpperCase(word.charAt(0)) + word.substring(1);
            out.append(out.length() == 0 ? "" : " ").append(name);
        }
        return out.toString();
    }

    static String committee(List<String> head) {
        // "Referat" alone, then the committee on a line of its own: "Lokalt MED-udvalg (LMU)", "Hovedudvalget (HMU)"
        for (String line : head.stream().limit(ORGANISATION_HEAD_LINES + 2).toList()) {
            List<String> words = Arrays.stream(line.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")).filter(w -> !w.isEmpty()).toList();
            if (line.length() <= 60 && !DanishDates.isDateLine(line) && words.stream().anyMatch(MetadataExtractor::namesACommittee)
                    && !MINUTES_WORD.matcher(line).find() && !AGENDA_WORD.matcher(line).find()) {
                Matcher afterMeeting = COMMITTEE_AFTER_MEETING.matcher(line);
                String name = afterMeeting.find() ? afterMeeting.group(1) : line;
                return tidy(name.replaceAll(",\\s*" + ORGANISATION.pattern() + "\\s*$", ""));
            }
        }
        for (String line : head) {
            Matcher m = COMMITTEE_AFTER_MEETING.matcher(line);
            if (m.find() && m.group(1).length() <= 60) {
                return tidy(m.group(1));
            }
        }
        for (String line : head) {
            Matcher m = COMMITTEE_AFTER_KIND.matcher(line);
            if (m.matches() && !m.group(1).isBlank() && m.group(1).length() <= 60 && !m.group(1).equalsIgnoreCase("til")) {
                return tidy(m.group(1));
            }
        }
        return null;
    }

    /** "udvalget", "LMU", and a hyphenated name whose last piece is such a word ("HovedMED-udvalget"). */
    private static boolean namesACommittee(String lowerCaseWord) {
        return CUES.is("COMMITTEE", lowerCaseWord) || CUES.is("COMMITTEE", lowerCaseWord.substring(lowerCaseWord.lastIndexOf('-') + 1));
    }

    static LocalDate date(List<String> head, DocumentKind kind) {
        Function<Pattern, Optional<LocalDate>> dateOnLineWith = p -> head.stream()
                .filter(l -> p.matcher(l).find()).map(DanishDates::first).flatMap(Optional::stream).findFirst();
        if (kind == DocumentKind.MINUTES || kind == DocumentKind.AGENDA) {
            Optional<LocalDate> meeting = dateOnLineWith.apply(Pattern.compile("(?iu)mødedato|\\bkl\\.?\\s*\\d"))
                    .or(() -> DanishDates.first(head.get(0)));
            if (meeting.isPresent()) {
                return meeting.get();
            }
        }
        return dateOnLineWith.apply(EFFECTIVE)
                .or(() -> head.stream().limit(6).filter(DanishDates::isDateLine).map(DanishDates::first).flatMap(Optional::stream).findFirst())
                .orElse(null);
    }

    private static String title(String path, List<String> head, StructureParser.Parsed parsed, DocumentKind kind, String committee,
                                LocalDate date) {
        if ((kind == DocumentKind.MINUTES || kind == DocumentKind.AGENDA) && committee != null) {
            String word = kind == DocumentKind.MINUTES ? "Referat" : "Dagsorden";
            return word + " " + committee + (date == null ? "" : " " + TITLE_DATE.format(date));
        }
        for (String line : head) {
            Matcher subject = SUBJECT_LINE.matcher(line);
            if (subject.matches()) {
                return subject.group(1).strip();
            }
        }
        String first = parsed.firstHeading();
        if (!first.isBlank() && first.length() <= 120 && !isSiteName(first)) {
            return first;
        }
        // The first heading names the organisation or its web site ("Fjordby Kommune - Intranet"): the next line that
        // could be a title says what the document is about.
        for (String line : head) {
            if (line.length() <= 120 && !isSiteName(line) && !DanishDates.isDateLine(line) && Character.isLetter(line.charAt(0))
                    && !line.endsWith(".") && !line.contains(":")) {
                return line;
            }
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
    }

    /** "Intranet for Kragsø Hospital": the small words a site's name joins its parts with. */
    private static final Set<String> SITE_CONNECTORS = Set.of("for", "i", "på", "og");

    /** A line that is only an organisation's or a web site's name: "Fjordby Kommune", "Region Sydvest · Medarbejderportalen". */
    static boolean isSiteName(String line) {
        // "VestNet · Region Vest intranet": a site's own one-word brand beside its organisation's or site's name
        // "KragsøNet · Intranet for Kragsø Hospital · Region Tjørnelund": each part a brand or a site's name
        String[] parts = line.split("\\s+[·|]\\s+");
        if (parts.length >= 2) {
            boolean named = false;
            for (String part : parts) {
                boolean site = isSiteName(part);
                if (!site && part.strip().contains(" ")) {
                    return false;
                }
                named |= site;
            }
            return named;
        }
        String rest = ORGANISATION.matcher(capitalised(line)).replaceAll(" ");
        boolean siteWord = false;
        for (String word : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !CUES.is("SITE", word) && !SITE_CONNECTORS.contains(word)) {
                return false;
            }
            siteWord |= CUES.is("SITE", word);
        }
        return siteWord || !rest.equals(capitalised(line)) || rest.isBlank();
    }

    static List<String> caseNumbers(String text) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        Matcher m = StructureParser.CASE_NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return List.copyOf(found);
    }

    /** The most frequent match in the text, ties broken by first appearance. */
    static Optional<String> mostFrequent(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        while (m.find()) {
            String name = m.group(1).replaceFirst("^Regionen\\s", "Region ");
            boolean genitive = CLOSING_GENITIVE.matcher(name).find() || name.endsWith("s") && !CUES.is("ORG_AFTER", lastWord(name)) && GENITIVE_FOLLOWS.matcher(text).region(m.end(), text.length()).lookingAt();
            counts.merge(genitive ? name.substring(0, name.length() - 1) : name, 1L, Long::sum);
        }
        // "Region Vestlands" is the genitive of "Region Vestland": count it as the same organisation.
        for (String name : List.copyOf(counts.keySet())) {
            String base = name.substring(0, name.length() - 1);
            if (name.endsWith("s") && counts.containsKey(base)) {
                counts.merge(base, counts.remove(name), Long::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Long> e : counts.entrySet()) { // in order of appearance: the first wins a tie
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    private static String tidy(String s) {
        String name = s.replaceAll("[*_#]", "").replaceAll("\\s+", " ").strip();
        name = AFTER_COMMITTEE.matcher(name).replaceFirst("");
        name = name.replaceAll("(?iu)[-\\s]*møde(t)?$", "");
        return name.replaceAll("[\\s,.:;-]+$", "").strip();
    }
}
