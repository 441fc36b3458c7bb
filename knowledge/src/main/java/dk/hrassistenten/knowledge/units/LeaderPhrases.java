package dk.hrassistenten.knowledge.units;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How documents name a unit's leader and contact: a title before a person's name, "Leder: NN", "Teamleder er NN",
 * a line of contact details only. Built once from the cues' titles and labels; holds no state of a document.
 */
final class LeaderPhrases {
    private final UnitCues cues;

    LeaderPhrases(UnitCues cues) {
        this.cues = cues;
        this.endsWithTitle = Pattern.compile("(?iu)^\\S*(?:" + alternatives("LEADER_TITLE_END") + ")(?:en)?$");
        this.titledPersons = cues.phrases("LEADER_TITLE").stream()
                .map(title -> Pattern.compile("(?<![\\p{L}-])((?iu:" + Pattern.quote(title) + "))\\s+" + PERSON)).toList();
        this.titleBeforeName = Pattern.compile("(?<![\\p{L}-])((?:(?:" + alternatives("LEADER_TITLE_PREFIX")
                + ")\\s+\\p{Ll}+)|\\p{Ll}[\\p{Ll}-]*(?:" + alternatives("LEADER_TITLE_END") + "))\\s+" + PERSON);
        String titleEnds = alternatives("LEADER_TITLE_END");
        String title = "((?iu:(?:" + alternatives("LEADER_TITLE_PREFIX") + ")\\s+[\\p{L}-]+|[\\p{L}-]*(?:" + titleEnds + ")[\\p{L}-]*))";
        this.leaderIs = Pattern.compile("^" + title + "\\s+(?:er|bliver)\\s+(?:fortsat\\s+|nu\\s+)?(?:([\\p{Ll}-]+)\\s+)?" + PERSON + "(?:[,.]|$)");
        this.leaderLeads = Pattern.compile("^" + title + "\\s+" + PERSON + "\\s+(?:leder|er leder af)\\s");
        this.leaderOfIs = Pattern.compile("^" + title + "\\s+(?:af|for)\\s+(\\p{Lu}[^,.;:]{1,60}?)\\s+(?:er|bliver)\\s+(?:fortsat\\s+|nu\\s+)?"
                + "(?:([\\p{Ll}-]+)\\s+)?" + PERSON + "(?:[,.]|$)");
        this.leaderLine = Pattern.compile("^(?:-\\s*)?(?iu:" + alternatives("LEADER_LABEL") + "|[\\p{L}-]*(?:" + titleEnds + "))\\s*:\\s*(?:(?:\\p{Lu}{1,4}-)?[\\p{Ll}-]+\\s+){0,2}"
                + PERSON + "\\.?$");
        this.onlyATitle = Pattern.compile("(?iu)(?:\\p{L}+\\s+)?\\p{L}*(?:" + titleEnds + ")");
        this.headLine = Pattern.compile("^((?:\\p{Lu}\\p{Ll}+\\s+)?[\\p{L}-]*(?iu:" + titleEnds + "|" + alternatives("CONTACT_TITLE_END") + "))\\s+"
                + "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})(?:,\\s+[^,]{1,40})?$");
    }

    /** "lønchef Torben Aakjær": each leader's title of the cues before a person's name, in the cues' order. */
    private final List<Pattern> titledPersons;

    /** "Kommunaldirektøren", "driftschefen": a title, where a unit's parent would stand. */
    final Pattern endsWithTitle;

    /**
     * "Teamleder: Ulla Bech Sørensen", "Personalechef: Julie Aas.", "Leder: pædagogisk udviklingschef Søren Bak": a
     * leader's label, perhaps a title of a word or two, and a name, nothing else.
     */
    private final Pattern leaderLine;
    /** "Teamleder er Vibeke Hald Brøndum": a title, "er", a name. */
    final Pattern leaderIs;
    /** "Chefkonsulent Ida Thorsø Bilde leder teamet": a title and a name, then "leder". */
    private final Pattern leaderLeads;
    /** "Leder af Krisestøtten er psykolog Astrid Holm": the unit and its leader in one sentence. */
    final Pattern leaderOfIs;
    /** "Administrerende direktør" before a person's name ("– Poul Sommer"): a chart's top, a person and no unit. */
    final Pattern onlyATitle;
    /**
     * A line that is a title and a name, perhaps with where the person works ("Chefkonsulent Søren Friis, HR
     * Bakkedal"): the one who heads the section above it.
     */
    final Pattern headLine;

    /**
     * "Teamleder er Vibeke Hald Brøndum.", "Chef bliver Claus Meyer, der …", "Ledende HR-partner er Sofie Bech",
     * "Chefkonsulent Ida Bilde leder teamet": a sentence naming the section's leader, title and name.
     */
    Optional<String> leaderSentence(String sentence) {
        // "HR ledes af HR-chef Anders Blicher, der …"
        Optional<UnitCues.Found> ledBy = cues.first("LEADER", sentence);
        // "X er en del af Y, som ledes af …": the leader of Y, which the relative clause hangs on, not of X
        if (ledBy.isPresent() && !RELATIVE_OF_ANOTHER.matcher(sentence.substring(0, ledBy.get().start())).find()) {
            Optional<String> person = titledPerson(sentence.substring(ledBy.get().end()));
            if (person.isPresent()) {
                return person;
            }
        }
        Matcher m = leaderIs.matcher(sentence.strip());
        if (m.find()) {
            // "Leder er lønchef Torben Aakjær": the title after "er" says more than the label before it
            return Optional.of((m.group(2) != null ? m.group(2) : m.group(1).toLowerCase(java.util.Locale.ROOT)) + " " + m.group(3));
        }
        Matcher leads = leaderLeads.matcher(sentence.strip());
        return leads.find() ? Optional.of(leads.group(1).toLowerCase(java.util.Locale.ROOT) + " " + leads.group(2)) : Optional.empty();
    }

    /** "Leder: Signe Holt, sygeplejerske." → "Leder: Signe Holt.": a leader's line without the profession after the name. */
    static String withoutTrailingRole(String line) {
        return line.strip().replaceFirst(",\\s+\\p{Ll}[\\p{Ll} -]{2,40}\\.?$", ".");
    }

    /**
     * "Leder: Anna Holm", "Teamleder: Ulla Bech Sørensen": a label and a person, nothing else but the unit's
     * contact beside it ("Leder: lønchef NN · tlf. 58 47 20 30 · loen@…").
     */
    boolean isLeaderLine(String line) {
        String[] parts = SIDE_BY_SIDE.split(line.strip());
        return leaderLine.matcher(parts[0]).matches() && Arrays.stream(parts).skip(1).allMatch(this::isOnlyContact);
    }

    boolean isGovernance(String t) {
        return cues.contains("LEADER", t) || cues.contains("REPORTS", t) || cues.contains("LOCATION", t)
                || labelValue("LEADER_LABEL", t).isPresent() || labelValue("LOCATION_LABEL", t).isPresent();
    }

    static final Pattern SIDE_BY_SIDE = Pattern.compile("\\s+[·|]\\s+");

    /** "Leder: Anna Holm" → "Anna Holm". */
    Optional<String> labelValue(String label, String line) {
        for (String phrase : cues.phrases(label)) {
            Matcher m = Pattern.compile("(?iu)(?:^|[\\s|•·,;(])" + Pattern.quote(phrase) + "\\s*:\\s*([^|;•·()]+)").matcher(line);
            if (m.find()) {
                Optional<String> value = UnitNameChecks.clean(cutAtLabel(m.group(1).replaceAll("\\s+[-–·]\\s+.*$", "")));
                // "Sektionsleder: Tine Bak" → "sektionsleder Tine Bak": the label is the leader's title.
                boolean title = cues.phrases("LEADER_TITLE").contains(phrase) && !phrase.equals("leder");
                return value.map(v -> title && !v.toLowerCase(java.util.Locale.ROOT).startsWith(phrase) && Character.isUpperCase(v.charAt(0)) ? phrase + " " + v : v);
            }
        }
        return Optional.empty();
    }

    /** Two or three capitalised words after a title: a person's name. */
    private static final String PERSON = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+){1,2})";
    private final Pattern titleBeforeName;

    private String alternatives(String label) {
        return String.join("|", cues.phrases(label).stream().map(Pattern::quote).toList());
    }

    /** "… afdelingschef Anna Holm …" → "afdelingschef Anna Holm". */
    Optional<String> titledPerson(String sentence) {
        for (Pattern titled : titledPersons) {
            Matcher m = titled.matcher(sentence);
            if (m.find()) {
                return Optional.of(m.group(1) + " " + cutAtLabel(m.group(2)));
            }
        }
        // A title of one's own making: "afdelingsleder", "hospitalsdirektør", "ledende overlæge" before a name.
        Matcher m = titleBeforeName.matcher(sentence);
        return m.find() ? Optional.of(m.group(1) + " " + cutAtLabel(m.group(2))) : Optional.empty();
    }

    /** "Nadia Holm Kontakt" → "Nadia Holm": a value ends where the next label or a number starts. */
    private String cutAtLabel(String value) {
        String[] words = value.strip().split("\\s+");
        StringBuilder kept = new StringBuilder();
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}.-]", "");
            if (w.matches(".*\\d.*") || (kept.length() > 0 && (cues.is("PHONE_LABEL", bare) || cues.is("EMAIL_LABEL", bare) || cues.is("FIELD", bare)
                    || cues.is("LOCATION_LABEL", bare) || bare.equalsIgnoreCase("lokaltelefon") || bare.equalsIgnoreCase("indgang")))) {
                break;
            }
            kept.append(kept.length() == 0 ? "" : " ").append(w);
        }
        return kept.toString();
    }

    boolean isOnlyContact(String sentence) {
        String rest = UnitNameChecks.EMAIL.matcher(UnitNameChecks.PHONE.matcher(sentence).replaceAll("")).replaceAll("");
        for (String label : List.of("EMAIL_LABEL", "PHONE_LABEL")) {
            List<UnitCues.Found> found = cues.all(label, rest);
            for (int i = found.size() - 1; i >= 0; i--) { // from the end, so that the places found before stay true
                rest = rest.substring(0, found.get(i).start()) + rest.substring(found.get(i).end());
            }
        }
        return rest.replaceAll("[^\\p{L}]", "").length() < 4 && !rest.equals(sentence);
    }

    /** Whether a chart's note names a person: a title and a name, nothing more. */
    boolean isPersonNote(String part) {
        return titledPerson(part).filter(p -> part.length() - p.length() < 4).isPresent() || PERSON_NOTE.matcher(part).matches();
    }

    /** A chart's note that is a title and a name ("chefkonsulent Simon Teglgaard", "direktør Louise Beck-Hansen"). */
    private static final Pattern PERSON_NOTE = Pattern.compile(
            "\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}");

    /** ", som " after a name that is not the sentence's first word: a relative clause on another name than the subject. */
    static final Pattern RELATIVE_OF_ANOTHER = Pattern.compile("^\\S.*\\s\\p{Lu}[\\p{L}-]*,\\s+(?:som|der)\\s*$");
}
