package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.QueryPlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units extracted from the organisation descriptions, and lookup by topic: which unit's task lines
 * cover a topic best. Immutable and thread-safe.
 */
public final class UnitDirectory {

    /** A line must cover this share of a topic for its unit to count as handling it. */
    public static final double MIN_COVERAGE = 0.5;
    /** All of a unit's lines together must cover this much of the topic. */
    public static final double MIN_UNIT_COVERAGE = 0.75;
    private static final int MAX_MATCHED_LINES = 3;

    private final String department;
    private final List<Unit> units;
    private final QueryPlanner planner;
    private final Map<Unit.Task, Set<String>> taskTerms = new HashMap<>();
    private final Set<String> departmentTerms;

    UnitDirectory(String department, List<Unit> units, HrAnalyzer analyzer, QueryPlanner planner) {
        this.department = department;
        this.units = List.copyOf(units);
        this.planner = planner;
        this.departmentTerms = department == null ? Set.of() : analyzer.terms(department);
        for (Unit u : this.units) {
            for (Unit.Task t : u.tasks()) {
                taskTerms.put(t, analyzer.terms(t.text()));
            }
        }
    }

    static UnitDirectory empty(HrAnalyzer analyzer, QueryPlanner planner) {
        return new UnitDirectory(null, List.of(), analyzer, planner);
    }

    /** The department the units belong to ("Koncern HR"), or null when the descriptions do not say. */
    public String department() {
        return department;
    }

    public List<Unit> units() {
        return units;
    }

    /** A unit by its name, former name or short form, ignoring case, spacing and punctuation. */
    public Optional<Unit> find(String name) {
        String key = UnitNames.key(name, department);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Unit u : units) {
            if (UnitNames.key(u.name(), department).equals(key)
                    || u.aliases().stream().anyMatch(a -> UnitNames.key(a, department).equals(key))) {
                return Optional.of(u);
            }
        }
        return units.stream().filter(u -> UnitNames.key(u.name(), department).contains(key)).findFirst();
    }

    /** A unit named in a text, and the name it was named by (its current name, a former name or a short form). */
    public record Mention(Unit unit, String namedAs) {
        /** Whether the text used a name the unit no longer has. */
        public boolean formerName() {
            return !namedAs.equals(unit.name()) && unit.aliases().contains(namedAs) && !namedAs.equals(namedAs.toUpperCase(Locale.ROOT));
        }
    }

    /** The unit a text names, by the longest name found as whole words; the department alone names none. */
    public Optional<Mention> mentionedIn(String text) {
        String squashedText = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        Mention best = null;
        int bestLength = 0;
        for (Unit u : units) {
            List<String> names = new ArrayList<>(u.aliases());
            names.add(0, u.name());
            for (String name : names) {
                String core = core(name);
                String words = " " + core.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
                boolean abbreviation = core.length() <= 6 && core.equals(core.toUpperCase(Locale.ROOT));
                boolean found = abbreviation ? java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(core) + "\\b").matcher(text).find()
                        : words.length() > 5 && squashedText.contains(words);
                if (found && words.length() > bestLength) {
                    best = new Mention(u, name);
                    bestLength = words.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A unit name without the department prefix: "Koncern HR, Stab" → "Stab". */
    private String core(String name) {
        return department != null && name.startsWith(department + ", ") ? name.substring(department.length() + 2) : name;
    }

    /**
     * A unit that handles a topic, with the task lines that made it so.
     *
     * @param coverage the best line's share of the topic, 0 to 1
     * @param score coverage plus credit for further matching lines; only comparable within one lookup
     */
    public record Match(Unit unit, double coverage, double score, List<Unit.Task> matched) {
        public Match {
            matched = List.copyOf(matched);
        }
    }

    /** The units whose task lines cover the topic, best first; empty when none covers it well. */
    public List<Match> lookup(String topic, boolean english) {
        QueryPlan asked = planner.plan(topic, english);
        // The department's own name ("Koncern HR") stands in every unit's lines and tells none apart.
        QueryPlan plan = new QueryPlan(asked.question(), asked.concepts().stream()
                .filter(c -> departmentTerms.isEmpty() || !departmentTerms.containsAll(c.terms())).toList(), asked.english(), asked.answerType());
        if (plan.isEmpty()) {
            return List.of();
        }
        Map<Unit, List<ScoredTask>> lines = new HashMap<>();
        for (Unit u : units) {
            for (Unit.Task t : u.tasks()) {
                double coverage = plan.coverage(taskTerms.get(t));
                if (coverage >= MIN_COVERAGE) {
                    lines.computeIfAbsent(u, k -> new ArrayList<>()).add(new ScoredTask(t, coverage));
                    // A line that names another unit ("… simulationstræning (MidtSim-opgaven)") speaks for that unit too.
                    for (Unit other : units) {
                        if (other != u && mentions(t.text(), other)) {
                            lines.computeIfAbsent(other, k -> new ArrayList<>()).add(new ScoredTask(t, coverage));
                        }
                    }
                }
            }
        }
        List<Match> matches = new ArrayList<>();
        lines.forEach((unit, scored) -> {
            Set<String> all = new java.util.HashSet<>();
            scored.forEach(s -> all.addAll(taskTerms.get(s.task())));
            unit.tasks().forEach(t -> all.addAll(taskTerms.get(t)));
            if (plan.coverage(all) < MIN_UNIT_COVERAGE) {
                return;
            }
            scored.sort(Comparator.comparingDouble(ScoredTask::coverage).reversed());
            double best = scored.get(0).coverage();
            double more = scored.stream().skip(1).mapToDouble(ScoredTask::coverage).sum();
            List<Unit.Task> top = scored.stream().limit(MAX_MATCHED_LINES).map(ScoredTask::task).toList();
            matches.add(new Match(unit, best, best + Math.min(0.5, 0.25 * more), top));
        });
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.unit().name()));
        return matches;
    }

    private boolean mentions(String text, Unit unit) {
        String lower = text.toLowerCase(Locale.ROOT);
        String core = core(unit.name());
        if (core.length() >= 4 && lower.contains(core.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return unit.aliases().stream().anyMatch(a -> a.length() >= 2 && a.equals(a.toUpperCase(Locale.ROOT))
                && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(a) + "\\b").matcher(text).find());
    }

    private record ScoredTask(Unit.Task task, double coverage) {
    }
}
