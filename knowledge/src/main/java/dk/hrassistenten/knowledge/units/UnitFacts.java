package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.Sentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads a unit's own facts from a line of its text (leader, reporting line, location, e-mail, phone) and the
 * "Hører under:" field naming the unit above it.
 */
final class UnitFacts extends ExtractionReader {
    private final Map<String, String> stated;

    UnitFacts(ExtractionContext ctx) {
        super(ctx);
        this.stated = ctx.stated;
    }

    /**
     * "Hører under: Driftscentret Lindholt": a labelled field naming the unit above; that unit becomes its parent
     * (when it is one). Returns whether the field was one.
     */
    boolean partOfField(Draft draft, String label, String value, String org, String department) {
        if (!cues.is("PART_OF", label)) {
            return false;
        }
        String parent = value.strip().replaceAll("[.;]$", "");
        if (leaders.endsWithTitle.matcher(parent).find()) {
            draft.reportsTo = draft.reportsTo == null ? parent : draft.reportsTo; // "Hører under: Kommunaldirektøren"
        } else if (names.isNameLike(parent) && draft.key != null) {
            stated.putIfAbsent(draft.key, UnitNameChecks.key(org, department, UnitNameChecks.display(parent, department)));
        } else if (draft.reportsTo == null && !parent.isEmpty()) {
            draft.reportsTo = parent; // "Hører under: direktøren": a person's title, the reporting line
        }
        return true;
    }

    /**
     * "Hører under Kvalitet og Fødevaresikkerhed, ikke under HR.", "… under lagerchefen, Ib Terp, og fagligt under …":
     * a part-of statement's first place, up to where the sentence goes on, as {@link #partOfField} reads it.
     */
    boolean partOfStated(Draft draft, String cue, String rest, String org, String department) {
        return partOfField(draft, cue, BELONGS_ALSO.split(rest, 2)[0], org, department);
    }

    /** ", og fagligt under …", " og ledes af …", ", ikke under …", "; leder er …": where the first place a unit belongs ends. */
    private static final java.util.regex.Pattern BELONGS_ALSO = java.util.regex.Pattern.compile("[,;]\\s|\\s+og\\s+(?=\\p{Ll})");

    /** Leader, reporting line, location and contact stated in a line of the unit's own text. */
    void facts(Draft draft, String line) {
        for (String s : Sentences.split(line).stream().flatMap(s -> Arrays.stream(LeaderPhrases.SIDE_BY_SIDE.split(s))).toList()) {
            boolean anothersLeader = cues.first("LEADER", s).filter(c -> LeaderPhrases.RELATIVE_OF_ANOTHER.matcher(s.substring(0, c.start())).find()).isPresent();
            if (draft.leader == null && !anothersLeader) {
                draft.leader = after(draft, "LEADER", s, " med reference", " og refererer", " og har", ",", " samt ").or(() -> leaders.labelValue("LEADER_LABEL", s))
                        .or(() -> leaders.titledPerson(s)).or(() -> leaders.leaderSentence(s)).orElse(null);
            }
            if (draft.reportsTo == null) {
                draft.reportsTo = after(draft, "REPORTS", s, ",", " samt ", " og ledes", " og er ").or(() -> leaders.labelValue("REPORTS_LABEL", s)).orElse(null);
            }
            if (draft.location == null) {
                draft.location = after(draft, "LOCATION", s, " og ledes", ",", " og refererer", " samt ").or(() -> leaders.labelValue("LOCATION_LABEL", s)).orElse(null);
            }
        }
        Matcher email = UnitNameChecks.EMAIL.matcher(line);
        if (draft.email == null && email.find()) {
            draft.email = email.group();
        }
        Matcher phone = UnitNameChecks.PHONE.matcher(line);
        if (draft.phone == null && cues.contains("PHONE_LABEL", line) && phone.find()) {
            draft.phone = phone.group().strip();
        }
    }

    /** The words after a cue, up to the first of the stop phrases or the end of the clause. */
    private Optional<String> after(Draft draft, String label, String sentence, String... stops) {
        Optional<UnitCues.Found> f = cues.first(label, sentence);
        if (f.isEmpty() || !about(draft, sentence.substring(0, f.get().start()))) {
            return Optional.empty();
        }
        String rest = sentence.substring(f.get().end()).replaceFirst("^\\s*:", "").strip(); // "Rapporterer til: …" as a label
        int end = rest.length();
        for (String stop : stops) {
            int at = rest.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return UnitNameChecks.clean(rest.substring(0, end));
    }

    /**
     * Whether the words before a cue speak of the unit: none ("Ledes af …"), the unit itself ("Kontoret", "Vi"),
     * or its name; "SimCenter er placeret i …" in the department's text is no fact of the department.
     */
    private boolean about(Draft draft, String subject) {
        String s = subject.strip().replaceAll("^[-–•\\s]+", "");
        if (s.isEmpty() || cues.atStart("SELF", s).isPresent() || s.toLowerCase(java.util.Locale.ROOT).matches("^(?:og|samt|men|der|som)\\b.*|^,.*")
                || cues.atStart("LEADER", s).isPresent() || cues.atStart("REPORTS", s).isPresent() || cues.atStart("LOCATION", s).isPresent()) {
            return true;
        }
        if (draft.name == null || (!s.contains(" ") && cues.isUnitNoun(s) && Character.isUpperCase(s.charAt(0)))) {
            return true; // "Fællesområdet ledes af …" in the unit's own text
        }
        List<String> names = new ArrayList<>(draft.aliases);
        names.add(draft.name);
        String w = " " + UnitNameChecks.words(s) + " ";
        for (String n : names) {
            String core = n.contains(", ") ? n.substring(n.indexOf(", ") + 2) : n;
            if (w.contains(" " + UnitNameChecks.words(core) + " ") || w.contains(" " + UnitNameChecks.words(n) + " ")) {
                return true;
            }
        }
        return false;
    }

    /** "Ny", "nyt": a line opening with one of these and a unit noun tells of a new unit ("Nyt team fra …"). */
    static final java.util.Set<String> NEW = java.util.Set.of("ny", "nyt", "new");

    /** A label of a unit's place, contact, reporting line or former name. */
    boolean isFactLabel(String label) {
        return cues.is("LOCATION_LABEL", label) || cues.is("EMAIL_LABEL", label) || cues.is("PHONE_LABEL", label) || cues.is("LEADER_LABEL", label)
                || cues.is("REFER_LABEL", label) || cues.is("REPORTS_LABEL", label) || cues.atStart("FORMER", label).isPresent();
    }

    /**
     * "Hører under People & Kultur.", "Ledes af …", "Leder: lønchef NN.", "Nyt team fra 1. april 2027 under …": a
     * sentence of a unit's text that opens with where it belongs or who leads it.
     */
    boolean opensWithItsPlace(String sentence) {
        String t = sentence.strip();
        Matcher field = UnitNameChecks.FIELD.matcher(t);
        return cues.atStart("PART_OF", t).isPresent() || cues.atStart("REPORTS", t).isPresent() || cues.atStart("LEADER", t).isPresent()
                || field.matches() && cues.is("LEADER_LABEL", field.group(1)) || newUnderAnother(t).isPresent();
    }

    /**
     * Whether a sentence of the unit's own text says where it belongs or sits ("Hører under X.", "Sidder i bygning C.",
     * "Nyt team fra 1. april 2027 under X.", "Adresse: …"); a unit it names as above it becomes its parent, a place its
     * location.
     */
    boolean placesTheUnit(Draft draft, String sentence, String org, String department) {
        String t = sentence.strip();
        Optional<UnitCues.Found> partOf = cues.atStart("PART_OF", t);
        Optional<String> above = partOf.map(f -> t.substring(f.end())).or(() -> newUnderAnother(t));
        if (above.isPresent()) {
            partOfStated(draft, partOf.map(UnitCues.Found::phrase).orElse("hører under"), above.get(), org, department);
            return true;
        }
        Matcher field = UnitNameChecks.FIELD.matcher(t);
        if (cues.atStart("LOCATION", t).isPresent() || field.matches() && cues.is("LOCATION_LABEL", field.group(1))) {
            facts(draft, t);
            return true;
        }
        return false;
    }

    /** "Nyt team fra 1. april 2027 under People & Kultur": the unit it is new under. */
    private Optional<String> newUnderAnother(String sentence) {
        String[] words = sentence.split("\\s+", 3);
        if (words.length < 3 || !NEW.contains(words[0].toLowerCase(java.util.Locale.ROOT)) || !cues.isUnitNoun(words[1].toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        Matcher under = UNDER.matcher(words[2]);
        return under.find() ? Optional.of(under.group(1)) : Optional.empty();
    }

    private static final java.util.regex.Pattern UNDER = java.util.regex.Pattern.compile("\\bunder\\s+(\\p{L}.*)$");
}
