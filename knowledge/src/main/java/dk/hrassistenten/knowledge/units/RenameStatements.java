package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.MetadataExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads statements of renames, mergers, transfers of tasks and parents ("X ændrer navn til Y", "A og B lægges
 * sammen", "opgaverne overgår til", "X er en del af Y") and records them in the context.
 */
final class RenameStatements extends ExtractionReader {
    private final Map<String, RenameFact> renames;
    private final Map<String, String> stated;

    /** The cues without one of which a sentence states no rename, merger or parent (see renames and partOf). */
    static final List<String> STATEMENT_CUES = List.of("RENAME_TAIL", "RENAME", "RENAMED_FROM", "FORMER", "MERGE", "MERGE_PAIR", "MERGE_PRONOUN", "MERGE_BARE", "TRANSFER", "PART_OF");

    RenameStatements(ExtractionContext ctx) {
        super(ctx);
        this.renames = ctx.renames;
        this.stated = ctx.stated;
    }

    /**
     * "hed Forsikringskontoret indtil 1. januar 2026" below a unit's name: the unit's former name, a rename
     * without a subject, since the unit is the line's subject. Returns whether the line says so.
     */
    private static final java.util.regex.Pattern WHEN_NOTE = java.util.regex.Pattern.compile("\\s*\\((?=[\\p{Ll}\\d]).*$");

    boolean formerName(Draft unit, String line, String org, String department, Unit.UnitSource src) {
        Optional<String> rest = checks.afterFormerCue(line);
        if (unit.name != null && rest.isEmpty()) {
            return mergedFrom(unit, line, org, department, src);
        }
        if (rest.isEmpty() || unit.name == null) {
            return false;
        }
        // "Lønkassen (til og med 28. februar 2027)": a note on when, no part of the name
        List<String> before = names.coordinatedUnits(names.leadingName(WHEN_NOTE.matcher(rest.get()).replaceFirst("")).orElse(""));
        before.stream().filter(old -> !old.isEmpty())
                .forEach(old -> ctx.rename(org, department, old, unit.name, line.strip(), before.size() > 1, src));
        return !before.get(0).isEmpty();
    }

    /**
     * "Lagt sammen den 1. maj 2027 af Turnuskontoret og Afløserpuljen", "Samlet pr. 1. februar 2027 fra A og B": in the
     * unit's own text, the units it was made of are its former names. Returns whether the line said so.
     */
    private boolean mergedFrom(Draft unit, String line, String org, String department, Unit.UnitSource src) {
        String t = line.strip();
        Optional<UnitCues.Found> cue = cues.atStart("MERGED_FROM", t);
        if (cue.isEmpty()) {
            return false;
        }
        Matcher from = MERGED_FROM_NAMES.matcher(t.substring(cue.get().end()));
        if (!from.lookingAt()) {
            return false;
        }
        // the names are of units merged, so "og" joins two of them even when neither holds a unit noun
        List<String> before = Arrays.stream(names.leadingName(t.substring(cue.get().end() + from.end())).orElse("").split(",\\s+|\\s+(?:og|samt)\\s+"))
                .map(String::strip).filter(names::isNameLike).toList();
        before.forEach(old -> ctx.rename(org, department, old, unit.name, t, true, src));
        return !before.isEmpty();
    }

    /** What stands between the cue and the former names: a day ("den 1. maj 2027", "pr. 1. maj 2027"), then "af" or "fra". */
    private static final Pattern MERGED_FROM_NAMES = Pattern.compile(
            "\\s*(?:(?:pr\\.|den|d\\.|fra den|med virkning fra)\\s*)?(?:\\d{1,2}\\.\\s*\\p{L}+\\s+)?(?:\\d{4}\\s+)?(?:af|fra)\\s+");

    void renames(Document d, Outline.Block b, String sentence, String next, String previous, String org, String department) {
        String s = sentence.replaceAll("^[^\\p{L}\\p{N}\"„“]+", "");
        Unit.UnitSource src = ctx.source(d, b.path());
        for (UnitCues.Found tail : cues.all("RENAME_TAIL", s)) {
            // "X ændrer pr. 1. marts navn til Y", "Samtidig skifter X navn til Y"
            Optional<UnitCues.Found> verb = cues.all("RENAME_VERB", s.substring(0, tail.start())).stream().reduce((a, c) -> c);
            if (verb.isEmpty() || cues.contains("RENAME", s)) {
                continue;
            }
            Optional<String> to = names.leadingName(s.substring(tail.end()));
            String between = s.substring(verb.get().end(), tail.start()).strip();
            Optional<String> from = names.unitPhrase(between).or(() -> names.trailingName(s.substring(0, verb.get().start())));
            if (from.isPresent() && to.isPresent()) {
                ctx.rename(org, department, from.get(), to.get(), s, false, src);
            }
        }
        List<String> clauses = renameClauses(s);
        for (int i = 0; i < clauses.size(); i++) {
            renameIn(clauses.get(i), i > 0, s, org, department, src);
        }
        for (UnitCues.Found f : cues.all("RENAMED_FROM", s)) {
            String subject = s.substring(0, f.start()).replaceAll("[\\s(]+$", ""); // "Vagtløn Vest (hed …)"
            // "Løn og Kontrakter er en del af … Teamet hed indtil 2027 Gagekontoret": the unit the sentence before names
            Optional<String> now = names.trailingName(subject).or(() -> isAnaphor(subject) ? firstNameIn(previous) : Optional.empty());
            // "X hed indtil 1. juni 2026 Kørselskontoret": the date may come before the former name
            String rest = s.substring(f.end());
            Matcher until = UnitNameChecks.UNTIL_DATE.matcher(rest);
            Optional<String> before = until.find() ? names.openingName(rest.substring(until.end())) : names.leadingName(rest);
            if (now.isPresent() && before.isPresent()) {
                ctx.rename(org, department, before.get(), now.get(), s, false, src);
            }
        }
        Matcher paren = Pattern.compile("\\(\\s*([^()]+?)\\s*\\)").matcher(s);
        while (paren.find()) {
            Optional<UnitCues.Found> former = cues.atStart("FORMER", paren.group(1));
            if (former.isPresent()) {
                Optional<String> now = names.trailingName(s.substring(0, paren.start()));
                Optional<String> before = names.leadingName(paren.group(1).substring(former.get().end()).replaceAll("^[\\s:]+", ""));
                if (now.isPresent() && before.isPresent()) {
                    ctx.rename(org, department, before.get(), now.get(), s, false, src);
                }
            }
        }
        for (UnitCues.Found f : cues.all("MERGE", s)) {
            Optional<String> a = names.trailingName(s.substring(0, f.start()));
            String rest = s.substring(f.end()).strip();
            Optional<String> bName = names.leadingName(rest);
            if (a.isEmpty() || bName.isEmpty()) {
                continue;
            }
            String afterB = rest.substring(rest.indexOf(bName.get()) + bName.get().length()).strip();
            Optional<UnitCues.Found> into = cues.atStart("MERGE_INTO", afterB);
            Optional<String> c = into.flatMap(i -> names.leadingName(afterB.substring(i.end())))
                    .or(() -> cues.first("MERGED_NAME", next).flatMap(n -> names.leadingName(next.substring(n.end())))); // "Den sammenlagte enhed hedder Y."
            String statement = c.isPresent() && !next.isEmpty() && !s.contains(c.get()) ? s + " " + next : s;
            if (c.isPresent()) {
                ctx.rename(org, department, a.get(), c.get(), statement, true, src);
                ctx.rename(org, department, bName.get(), c.get(), statement, true, src);
            } else {
                ctx.rename(org, department, a.get(), bName.get(), s, true, src);
            }
        }
        for (UnitCues.Found f : cues.all("MERGE_PAIR", s)) {
            Optional<String> merged = names.leadingName(s.substring(f.end()));
            if (merged.isPresent()) {
                mergedPair(s.substring(0, f.start())).forEach(old -> ctx.rename(org, department, old, merged.get(), s, true, src));
            }
        }
        for (UnitCues.Found f : cues.all("TRANSFER", s)) {
            Optional<String> to = names.leadingName(s.substring(f.end()));
            Optional<String> from = transferSource(s.substring(0, f.start()));
            if (from.isPresent() && to.isPresent() && (cues.hasUnitNoun(from.get()) || cues.hasUnitNoun(to.get())
                    || drafts.containsKey(UnitNameChecks.key(org, department, from.get())) || drafts.containsKey(UnitNameChecks.key(org, department, to.get())))) {
                ctx.rename(org, department, from.get(), to.get(), s, true, src);
            }
        }
    }

    /**
     * "I dag deles opgaverne mellem A og B. Fra 1. marts lægges de sammen i et nyt team, C.": a merger of the pair
     * the sentence before named, told with a pronoun. One of the two must be named with a unit noun or be a unit
     * of the document, so that a pair of topics ("løn og pension") is no merger.
     */
    void mergedAsAPair(Document d, Outline.Block b, String before, String sentence, String org, String department) {
        Optional<UnitCues.Found> cue = cues.first("MERGE_PRONOUN", sentence);
        if (cue.isEmpty()) {
            return;
        }
        Optional<String> merged = names.leadingName(NEW_UNIT.matcher(sentence.substring(cue.get().end())).replaceFirst(""));
        Matcher pair = NAME_PAIR.matcher(before);
        List<String> olds = List.of();
        while (pair.find()) {
            List<String> found = mergedPair(pair.group());
            if (found.size() == 2) {
                olds = found;
            }
        }
        boolean units = olds.stream().anyMatch(n -> cues.hasUnitNoun(n) || drafts.containsKey(ctx.current(UnitNameChecks.key(org, department, n))));
        if (merged.isPresent() && units && !olds.contains(merged.get())) {
            Unit.UnitSource src = ctx.source(d, b.path());
            olds.forEach(old -> ctx.rename(org, department, old, merged.get(), before + " " + sentence, true, src));
        }
    }

    /** "Teamet", "Det lille team": a subject that refers back to a unit named before. */
    private boolean isAnaphor(String subject) {
        String t = subject.strip();
        return cues.is("SELF", t) && !t.equalsIgnoreCase("vi") || ANAPHORIC_UNIT.matcher(t).matches() && cues.isUnitNoun(ANAPHORIC_UNIT.matcher(t).replaceAll("$1"));
    }

    private static final Pattern ANAPHORIC_UNIT = Pattern.compile("(?iu)(?:det|den)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)");

    /**
     * The first name of a unit in a sentence ("Du får en del med Scenesikkerhed og Arbejdsmiljø at gøre" →
     * "Scenesikkerhed og Arbejdsmiljø"): a run of capitalised words (with "og" inside), not a person's, not the
     * organisation's, not a pronoun opening the sentence.
     */
    private Optional<String> firstNameIn(String sentence) {
        Matcher m = CAPITALISED_RUN.matcher(sentence);
        while (m.find()) {
            String run = m.group().strip();
            if (m.start() == 0 && HrAnalyzer.isStopWord(run.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))) {
                run = run.contains(" ") ? run.substring(run.indexOf(' ') + 1) : "";
            }
            Optional<String> name = run.isEmpty() || Character.isLowerCase(run.charAt(0)) ? Optional.empty() : names.unitPhrase(run);
            if (name.isPresent() && !ctx.isPerson(name.get()) && !MetadataExtractor.namesAnOrganisation(name.get())) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:\\s+(?:og\\s+|&\\s+)?\\p{Lu}[\\p{L}-]*)*");

    /**
     * "Ny enhed: A og B lægges sammen" in the section of unit C: a merger into the section's unit, told without
     * its name.
     */
    void mergedIntoTheSection(Document d, Outline.Block b, String sentence, String sectionKey, String org, String department) {
        Draft section = sectionKey == null ? null : drafts.get(sectionKey);
        Optional<UnitCues.Found> cue = cues.first("MERGE_BARE", sentence);
        // the section's heading must name a unit by its form: "Ændringer" over a list of mergers names none
        if (section == null || section.name == null || cue.isEmpty() || !cues.hasUnitNoun(section.name) && !ctx.placeNamedUnit(section.name) || !sentence.substring(cue.get().end()).matches("\\s*(?:(?:fra|pr\\.|per|den)\\s.*)?[.!]?\\s*")) {
            return;
        }
        String subject = UnitNameChecks.SHORT_LABEL.matcher(sentence.substring(0, cue.get().start()).strip()).replaceFirst("");
        List<String> pair = mergedPair(subject);
        if (!pair.isEmpty() && !pair.contains(section.name)) {
            Unit.UnitSource src = ctx.source(d, b.path());
            pair.forEach(old -> ctx.rename(org, department, old, section.name, sentence, true, src));
        }
    }

    /** "i et nyt team, " before a merger's new name. */
    private static final Pattern NEW_UNIT = Pattern.compile("(?iu)^\\s*(?:i|til)\\s+(?:(?:et|en|ét|én)\\s+)?(?:(?:nyt?|nye|fælles)\\s+)?(?:\\p{Ll}+,?\\s+(?=\\p{Lu}))?");
    /** Two capitalised names joined by "og": "Lønregistreringen og Refusionsteamet". */
    private static final Pattern NAME_PAIR = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:\\s+(?:og\\s+)?\\p{Lu}[\\p{L}-]*)*\\s+og\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*");

    /**
     * The two names of "A og B" before a merger's verb, split at the "og" that leaves a name on each side (names
     * hold "og" themselves: "Løn og Personale og Lønbogholderiet"); none when no split does.
     */
    private List<String> mergedPair(String before) {
        String subject = before.strip();
        for (int at = subject.lastIndexOf(" og "); at > 0; at = subject.lastIndexOf(" og ", at - 1)) {
            Optional<String> a = names.leadingName(subject.substring(0, at));
            Optional<String> b = names.leadingName(subject.substring(at + 4));
            if (a.isPresent() && b.isPresent() && a.get().equals(subject.substring(0, at).strip()) && b.get().equals(subject.substring(at + 4).strip())) {
                return List.of(a.get(), b.get());
            }
        }
        return List.of();
    }

    /**
     * The clauses of a sentence that opens with a rename, each a rename of its own: "Løn- og Tidsteamet hedder nu
     * Lønhuset, Udviklingskontoret hedder Kompetence og Udvikling, og Sikkerhedsstaben er blevet til Trivsel og
     * Arbejdsmiljø". A part without a verb of renaming belongs to the clause before ("… hedder nu Fælles HR,
     * Arbejdsmiljø"). A sentence without a rename is one clause.
     */
    private List<String> renameClauses(String sentence) {
        if (!cues.contains("RENAME", sentence)) {
            return List.of(sentence);
        }
        List<String> clauses = new ArrayList<>();
        for (String part : CLAUSE_BREAK.split(sentence)) {
            boolean renames = cues.contains("RENAME", part) || cues.contains("RENAME_CONTINUED", part);
            if (clauses.isEmpty() || renames) {
                clauses.add(part);
            } else {
                clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + ", " + part);
            }
        }
        return clauses.size() == 1 ? List.of(sentence) : clauses;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(?:og\\s+|samt\\s+)?(?=\\p{Lu})");

    /**
     * The renames of one clause ("X hedder nu Y") of {@code sentence}, which is their statement.
     *
     * @param continued the clause follows a rename in its sentence: "Z hedder W" renames too
     */
    private void renameIn(String clause, boolean continued, String sentence, String org, String department, Unit.UnitSource src) {
        List<UnitCues.Found> found = new ArrayList<>(cues.all("RENAME", clause));
        boolean weak = false; // "bliver til" renames only between names of units
        if (found.isEmpty()) {
            found.addAll(cues.all("RENAME_CONTINUED", clause).stream().limit(1).toList());
            weak = !continued;
        }
        for (UnitCues.Found f : found) {
            String s = clause;
            String before = s.substring(0, f.start());
            // "X er flyttet ind i HR-kontoret og hedder nu Y": the subject of both clauses opens the sentence;
            // "… overgår til X, som samtidig skifter navn til Y": X ends the clause the relative one hangs on
            Matcher embedded = EMBEDDED_RELATIVE.matcher(before);
            Optional<String> from = (embedded.matches() ? names.unitPhrase(embedded.group(1)) : Optional.<String>empty())
                    .or(() -> names.trailingName(before))
                    .or(() -> before.stripTrailing().endsWith(" og") && !cues.contains("MERGE", s) ? names.openingName(s) : Optional.empty())
                    .or(() -> RELATIVE_TAIL.matcher(before).find() ? names.trailingName(RELATIVE_TAIL.matcher(before).replaceFirst("")) : Optional.empty());
            Optional<String> to = names.leadingName(s.substring(f.end()));
            from = from.filter(n -> cues.atStart("COUNTED", n).isEmpty());
            if (weak && to.isPresent() && !(ctx.unitLike(to.get(), org, department) && from.filter(n -> ctx.unitLike(n, org, department) || embedded.matches()).isPresent())) {
                continue;
            }
            if (from.isPresent() && to.isPresent()) {
                List<String> merged = names.coordinatedUnits(from.get());
                for (String old : merged) {
                    ctx.rename(org, department, old, to.get(), sentence, merged.size() > 1, src);
                }
                String afterName = s.substring(f.end()).strip();
                String rest = afterName.startsWith(to.get()) ? afterName.substring(to.get().length()).strip() : "";
                Optional<UnitCues.Found> gains = cues.atStart("GAINS", rest);
                if (gains.isPresent()) {
                    // "… bliver til Y og får hele ansættelsesforløbet: …": what the renamed unit takes on, without the rename
                    Draft gained = ctx.draft(org, department, UnitNameChecks.display(to.get(), department));
                    gained.seen(src, UnitNameChecks.display(to.get(), department), UnitNameChecks.abbreviation(to.get()));
                    gained.task(rest.substring(rest.indexOf(' ') + 1), src);
                }
            }
        }
    }

    /** "Stillingsbanken, som i dag lægger opslag i KalvJob, " before a rename: the subject before the relative clause. */
    private static final Pattern EMBEDDED_RELATIVE = Pattern.compile("^\\s*(\\p{Lu}[^,]{1,60}),\\s+(?:som|der)\\s+[^,]+,\\s*$");

    private static final Pattern TASKS_OF = Pattern.compile("(?iu)^opgaver(?:ne)?\\b");
    private static final Pattern RELATIVE_TAIL = Pattern.compile(",\\s+(?:som|der)(?:\\s+(?:samtidig|også|nu|derefter))?\\s*$");

    /** "Rekrutteringsenheden nedlægges, og opgaverne" / "Opgaverne i Rekrutteringsenheden" → the unit. */
    private Optional<String> transferSource(String before) {
        String b = before.strip().replaceAll("[,\\s]+$", "");
        Matcher tasksOf = Pattern.compile("(?iu)\\bopgaver(?:ne)?\\s+(?:i|fra|hos|under)\\s+(.+)$").matcher(b);
        if (tasksOf.find()) {
            return names.unitPhrase(tasksOf.group(1).strip());
        }
        Matcher possessive = Pattern.compile("^(.+?)s\\s+opgaver(?:ne)?$").matcher(b);
        if (possessive.find()) {
            return names.unitPhrase(possessive.group(1));
        }
        Matcher closed = Pattern.compile("(?iu)^(.+?)\\s+(?:nedlægges|lukkes|ophører)\\b").matcher(b);
        if (closed.find()) {
            return names.unitPhrase(closed.group(1));
        }
        if (TASKS_OF.matcher(b).find()) {
            return Optional.empty(); // "Opgaverne med efteruddannelse og …" names the tasks, not where they were
        }
        return names.trailingName(b);
    }

    void partOf(String sentence, String org, String department) {
        for (UnitCues.Found f : cues.all("PART_OF", sentence)) {
            Optional<String> child = names.trailingName(sentence.substring(0, f.start()));
            Optional<String> parent = names.leadingName(sentence.substring(f.end()).replaceAll("^\\s*(?:et|en|den|det)?\\s*(?:samlet|samlede)?\\s*", ""));
            if (child.isPresent() && parent.isPresent()) {
                stated.putIfAbsent(UnitNameChecks.key(org, department, child.get()), UnitNameChecks.key(org, department, parent.get()));
            }
        }
    }
}
