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
}
