package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.MetadataExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The state one extraction builds up over all documents, shared by the readers: the drafts of units so far, the
 * renames and the stated parents, and the document being read (its text and organisation). Also the lookups that
 * need that state: a unit's draft by name, the current name after renames, whether a name is a person's or a
 * unit's. Not thread-safe; one per extraction.
 */
final class ExtractionContext {
    final UnitCues cues;
    final NamePhrases names;
    final Map<String, String> departments;
    final Map<String, Draft> drafts = new LinkedHashMap<>();
    /** old key → rename statement, per organisation (keys carry the organisation). */
    final Map<String, RenameFact> renames = new LinkedHashMap<>();
    /** The text of the document being read. */
    private String documentText = "";
    /** The organisation of the document being read, named in it or inferred; null when unknown. */
    private String documentOrganisation;
    /** child key → parent key, from "X er en del af Y". */
    final Map<String, String> stated = new HashMap<>();

    /** Tells a verb in the present tense ("udleverer", "slår") from other words; null when none was given. */
    final HrAnalyzer analyzer;

    /** The corpus's organisations: a unit may be named after any of their places, not only its own document's. */
    final Set<String> organisations;

    final UnitNameChecks checks;
    final LeaderPhrases leaders;

    ExtractionContext(UnitCues cues, Map<String, String> departments, HrAnalyzer analyzer, Set<String> organisations) {
        this.cues = cues;
        this.analyzer = analyzer;
        this.organisations = Set.copyOf(organisations);
        this.names = new NamePhrases(cues);
        this.departments = departments;
        this.checks = new UnitNameChecks(cues, names);
        this.leaders = new LeaderPhrases(cues);
    }

    /** @param organisation the document's organisation, named in it or inferred; null when unknown */
    void startDocument(String text, String organisation) {
        documentText = text;
        documentOrganisation = organisation;
    }

    String documentText() {
        return documentText;
    }

    String documentOrganisation() {
        return documentOrganisation;
    }

    /** The keys of the units renames so far have named as new names. */
    Set<String> renameTargets() {
        return renames.values().stream().map(RenameFact::toKey).collect(Collectors.toSet());
    }

    /** "Anna Holm Sørensen": two or three capitalised words that the document writes after a leader's title. */
    boolean isPerson(String name) {
        return UnitNameChecks.NAME_ONLY.matcher(name).matches() && !cues.hasUnitNoun(name)
                && Pattern.compile("\\p{Ll}\\s+" + Pattern.quote(name)).matcher(documentText).results()
                        .anyMatch(m -> leaders.titledPerson(documentText.substring(Math.max(0, m.start() - 40), m.end())).isPresent());
    }

    /**
     * "Vagtløn Østerdal", "Kalvslund IT-Hotline": a name of two or more words opening or ending with a word of its
     * organisation's own name is a unit's, as units are named after their place; the organisation itself and a
     * person are not.
     */
    boolean placeNamedUnit(String name) {
        return name.contains(" ") && namedAfterAPlace(name) && !isPerson(name) && !MetadataExtractor.namesAnOrganisation(name);
    }

    /** "Lønbordet Vestkær" on a page of Klintevig Sygehus in Region Vestkær: named after the document's or another organisation's place. */
    boolean namedAfterAPlace(String name) {
        return UnitNameChecks.namedAfterPlace(name, documentOrganisation) || organisations.stream().anyMatch(o -> UnitNameChecks.namedAfterPlace(name, o));
    }

    /** The unit of the document whose name the sentence gives last (its latest known name), if any. */
    Optional<Draft> lastUnitNamedIn(String sentence, String org, String department) {
        if (drafts.isEmpty() && renames.isEmpty()) {
            return Optional.empty(); // most documents of a large corpus name no unit: no need to look
        }
        List<Draft> named = draftsNamedIn(sentence, 0, name -> {
            String k = current(UnitNameChecks.key(org, department, UnitNameChecks.display(name, department)));
            Draft d = drafts.get(k);
            RenameFact into = d == null ? lastRenameInto(k) : null;
            if (into != null) {
                d = draft(org, department, UnitNameChecks.display(into.toDisplay(), department)); // a rename's new name, not yet described
                d.seen(into.source(), UnitNameChecks.display(into.toDisplay(), department), UnitNameChecks.abbreviation(into.toDisplay()));
            }
            return d != null && d.name != null && !isPerson(d.name) ? d : null;
        });
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
    }

    /**
     * The units a sentence names, in order: each run of up to six words from a capitalised word on (from word
     * {@code from}), longest first, that {@code lookup} knows as a named unit.
     */
    List<Draft> draftsNamedIn(String sentence, int from, java.util.function.Function<String, Draft> lookup) {
        String[] words = sentence.strip().split("\\s+");
        List<Draft> found = new ArrayList<>();
        for (int i = from; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].codePointAt(0))) {
                continue;
            }
            for (int end = Math.min(words.length, i + 6); end > i; end--) {
                Draft d = lookup.apply(String.join(" ", Arrays.copyOfRange(words, i, end)).replaceAll("[,.;:!?)]+$", ""));
                if (d != null && d.name != null) {
                    found.add(d);
                    i = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** Whether a name is a unit's by its form or by the document: a unit noun, a unit found, or named after its place. */
    boolean unitLike(String name, String org, String department) {
        return cues.hasUnitNoun(name) || drafts.containsKey(current(UnitNameChecks.key(org, department, name))) || placeNamedUnit(name);
    }

    void rename(String org, String department, String from, String to, String statement, boolean merger, Unit.UnitSource src) {
        String fromKey = UnitNameChecks.key(org, department, from);
        String toKey = UnitNameChecks.key(org, department, to);
        if (fromKey.equals(toKey) || renames.containsKey(fromKey)) {
            return; // the newest statement (documents come newest first) decides
        }
        // The former name as written: "Personaleafdelingen", not the new department's "HR og Arbejdsliv, Personaleafdelingen".
        renames.put(fromKey, new RenameFact(from, NamePhrases.stripAbbreviation(from), toKey, UnitNameChecks.display(to, department), statement, merger, src));
    }

    Unit.UnitSource source(Document d, List<String> path) {
        return new Unit.UnitSource(d.path(), d.title(), String.join(" › ", path), d.metadata().date(), documentOrganisation);
    }

    Draft draft(String org, String department, String displayName) {
        String key = UnitNameChecks.key(org, department, displayName);
        // a leader's line ("Personalechef: Julie Aas") says who leads, not what the unit does
        return drafts.computeIfAbsent(key, k -> new Draft(k, org, t -> checks.denies(t) || leaders.isLeaderLine(t)));
    }

    /**
     * Whether a unit's name may be the short form of a place-named one ("Mødeservice" of "Mødeservice Hyldebjerg"):
     * not an abbreviation nor the organisation's HR function ("HR" is not "HR Hjortsø", the hospital's HR).
     */
    boolean mayBeAShortName(String name, String org) {
        String department = departments.get(org);
        return name != null && !name.equals(name.toUpperCase(java.util.Locale.ROOT))
                && (department == null || !UnitNames.squash(name).equals(UnitNames.squash(department)));
    }

    RenameFact lastRenameInto(String key) {
        RenameFact found = null;
        for (RenameFact r : renames.values()) {
            if (current(r.toKey()).equals(key) && (found == null || r.toKey().equals(key))) {
                found = r;
            }
        }
        return found;
    }

    /** Follows renames to the newest name (a chain is followed, a cycle stops). */
    String current(String key) {
        Set<String> seen = new LinkedHashSet<>();
        String k = key;
        while (renames.containsKey(k) && seen.add(k)) {
            k = renames.get(k).toKey();
        }
        return k;
    }
}
