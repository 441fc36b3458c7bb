package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentKind;
import dk.hrassistenten.knowledge.document.Section;
import dk.hrassistenten.knowledge.index.QueryPlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the unit directory from the corpus's organisation descriptions. A section is a unit when it
 * states how the unit is led, whom it reports to or where it is placed ("Ledes af en kontorchef med
 * reference til …", "X er geografisk placeret i … og ledes af …"). Renames ("X ændrer navn til Y") link
 * an older description's units to the newer names; the newest description decides name, leader,
 * reporting line and location, while tasks only an older one lists are kept with their older source.
 */
public final class UnitExtractor {

    private static final String GOVERNANCE = "ledes af|ledes i|reference til|refererer til|geografisk placeret|er placeret i";
    private static final Pattern OPENS_WITH_GOVERNANCE = Pattern.compile("(?iu)^(ledes af|reference til|refererer til)\\b");
    private static final Pattern HAS_GOVERNANCE = Pattern.compile("(?iu)\\b(" + GOVERNANCE + ")\\b");
    private static final Pattern SELF_REFERENCE = Pattern.compile("(?iu)^(kontoret|enheden|centret|centeret|staben|afdelingen|sekretariatet|fællesfunktionen)\\b");
    private static final Pattern LEADER = Pattern.compile("(?iu)\\bledes\\s+(?:af|i et samarbejde mellem)\\s+(.+?)(?:\\s+med reference\\b|,|\\.(?:\\s|$)|$)");
    private static final Pattern REPORTS_TO = Pattern.compile("(?iu)\\b(?:reference til|refererer til)\\s+(.+?)(?:,|\\.(?:\\s|$)|$)");
    private static final Pattern LOCATION = Pattern.compile("(?iu)\\b(?:geografisk\\s+)?placeret\\s+i\\s+(.+?)(?:\\s+og ledes\\b|,|\\.(?:\\s|$)|$)");
    private static final Pattern RENAME = Pattern.compile("(?ium)(\\p{Lu}[^.:\\n]*?)\\s+ændrer navn til\\s+([^.\\n]+?)(?:,\\s+men\\b|\\.|$)");
    private static final Pattern PART_OF = Pattern.compile("(?ium)(\\p{Lu}[\\p{L}\\- ]*?)\\s+bliver (?:en )?del af\\s+(?:et samlet\\s+)?([^.\\n]+?)(?:,\\s+men\\b|\\.|$)");
    private static final Pattern ABBREVIATION = Pattern.compile("\\((\\p{Lu}{2,6})\\)\\s*$");
    private static final Pattern DEPARTMENT_PREFIX = Pattern.compile("(\\p{Lu}[\\p{L}]*(?:\\s+(?:\\p{Lu}{1,5}|\\p{Lu}[\\p{L}]+)){0,2}),\\s+\\p{Lu}");

    private UnitExtractor() {
    }

    public static UnitDirectory extract(List<Document> documents, HrAnalyzer analyzer, QueryPlanner planner) {
        List<Document> descriptions = documents.stream()
                .filter(d -> d.metadata().kind() == DocumentKind.ORGANISATION_DESCRIPTION)
                .sorted(Comparator.comparing((Document d) -> d.metadata().date(), Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .toList();
        if (descriptions.isEmpty()) {
            return UnitDirectory.empty(analyzer, planner);
        }
        String department = department(descriptions);
        Map<String, String> renames = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (Document d : descriptions) {
            for (Section s : d.sections()) {
                collectRenames(s.body(), department, renames);
                collectParents(s.body(), department, parents);
            }
        }
        Map<String, Draft> units = new LinkedHashMap<>();
        for (Document d : descriptions) { // newest first: the first description to name a unit decides its facts
            for (Map.Entry<String, List<Section>> group : groupByTopHeading(d).entrySet()) {
                String heading = group.getKey();
                String body = String.join("\n", group.getValue().stream().map(Section::body).toList());
                if (!isUnit(heading, body, department)) {
                    continue;
                }
                String key = currentKey(UnitNames.key(heading, department), renames);
                Draft draft = units.computeIfAbsent(key, k -> new Draft());
                draft.absorb(d, heading, body, department, !UnitNames.key(heading, department).equals(key));
            }
        }
        List<Unit> result = new ArrayList<>();
        for (Map.Entry<String, Draft> e : units.entrySet()) {
            String parentKey = parents.get(e.getKey());
            Draft parent = parentKey == null ? null : units.get(currentKey(parentKey, renames));
            result.add(e.getValue().toUnit(parent == null ? null : parent.name));
        }
        return new UnitDirectory(department, result, analyzer, planner);
    }

    /** The department the units belong to: the prefix most often written before a unit name, "Koncern HR, Stab". */
    static String department(List<Document> descriptions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Document d : descriptions) {
            for (Section s : d.sections()) {
                Matcher m = DEPARTMENT_PREFIX.matcher(s.body() + "\n" + String.join("\n", s.headings()));
                while (m.find()) {
                    counts.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        String titles = String.join("\n", descriptions.stream().map(Document::title).toList());
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2 && titles.contains(e.getKey()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Map<String, List<Section>> groupByTopHeading(Document d) {
        Map<String, List<Section>> groups = new LinkedHashMap<>();
        for (Section s : d.sections()) {
            if (!s.headings().isEmpty()) {
                groups.computeIfAbsent(s.headings().get(0), k -> new ArrayList<>()).add(s);
            }
        }
        return groups;
    }

    static boolean isUnit(String heading, String body, String department) {
        if (heading.length() > 70 || heading.endsWith("?")
                || (department != null && UnitNames.squash(heading).equals(UnitNames.squash(department)))) {
            return false;
        }
        if (OPENS_WITH_GOVERNANCE.matcher(body).find()) {
            return true;
        }
        String name = UnitNames.key(heading, department);
        for (String sentence : Sentences.split(body)) {
            if (!HAS_GOVERNANCE.matcher(sentence).find()) {
                continue;
            }
            String subject = sentence.length() > 80 ? sentence.substring(0, 80) : sentence;
            if (SELF_REFERENCE.matcher(sentence).find() || (!name.isEmpty() && UnitNames.squash(subject).contains(name))) {
                return true;
            }
        }
        return false;
    }

    private static void collectRenames(String body, String department, Map<String, String> renames) {
        Matcher m = RENAME.matcher(body);
        while (m.find()) {
            renames.put(UnitNames.key(m.group(1), department), UnitNames.key(m.group(2), department));
        }
    }

    private static void collectParents(String body, String department, Map<String, String> parents) {
        Matcher m = PART_OF.matcher(body);
        while (m.find()) {
            parents.put(UnitNames.key(m.group(1), department), UnitNames.key(m.group(2), department));
        }
    }

    /** Follows renames to the newest name (a chain of renames is followed, a cycle stops). */
    private static String currentKey(String key, Map<String, String> renames) {
        Set<String> seen = new LinkedHashSet<>();
        String k = key;
        while (renames.containsKey(k) && seen.add(k)) {
            k = renames.get(k);
        }
        return k;
    }

    /** A unit being assembled from one or more descriptions. */
    private static final class Draft {
        private String name;
        private final Set<String> aliases = new LinkedHashSet<>();
        private String leader;
        private String reportsTo;
        private String location;
        private final List<Unit.Task> tasks = new ArrayList<>();
        private final Set<String> taskKeys = new java.util.HashSet<>();
        private Unit.UnitSource source;

        void absorb(Document d, String heading, String body, String department, boolean renamed) {
            Unit.UnitSource src = new Unit.UnitSource(d.path(), d.title(), heading, d.metadata().date(), d.metadata().organization());
            String displayName = UnitNames.display(spelledAsInBody(heading, body, department), department);
            Matcher abbreviation = ABBREVIATION.matcher(heading);
            if (abbreviation.find()) {
                aliases.add(abbreviation.group(1));
            }
            if (name == null) {
                name = displayName;
                source = src;
            } else if (!UnitNames.squash(displayName).equals(UnitNames.squash(name))) {
                aliases.add(displayName);
            }
            if (renamed) {
                aliases.add(displayName);
            }
            for (String sentence : Sentences.split(body)) {
                leader = leader != null ? leader : first(LEADER, sentence).orElse(null);
                reportsTo = reportsTo != null ? reportsTo : first(REPORTS_TO, sentence).orElse(null);
                location = location != null ? location : first(LOCATION, sentence).orElse(null);
                String taskKey = UnitNames.squash(sentence);
                if (taskKey.length() >= 12 && taskKeys.add(taskKey)) {
                    tasks.add(new Unit.Task(sentence, src));
                }
            }
        }

        /** "Midtsim" as a heading, "Koncern HR, MidtSim" in the text: the text's spelling is the name. */
        private static String spelledAsInBody(String heading, String body, String department) {
            String core = heading.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
            if (department != null) {
                Matcher m = Pattern.compile(Pattern.quote(department) + ",\\s+(" + Pattern.quote(core) + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(body);
                if (m.find()) {
                    return heading.replace(core, m.group(1));
                }
            }
            return heading;
        }

        Unit toUnit(String parent) {
            aliases.remove(name);
            return new Unit(name, List.copyOf(aliases), leader, reportsTo, location, parent, tasks, source);
        }
    }

    private static Optional<String> first(Pattern p, String sentence) {
        Matcher m = p.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.group(1).strip().replaceAll("[\\s,;:]+$", "");
        return value.isEmpty() || value.length() > 120 ? Optional.empty() : Optional.of(value);
    }

}
