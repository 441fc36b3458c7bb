package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.Section;
import dk.hrassistenten.knowledge.index.QueryPlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the unit directory from every document, by what organisation descriptions share rather than one
 * document's wording. The cue words come from {@link UnitCues} (a data file per language).
 *
 * <p>A unit needs evidence: a heading naming a unit (a unit noun, the "Org, X" form) with task lines, a leader
 * or a contact below it; a heading of any name whose text opens with its governance ("Ledes af …") or speaks of
 * it as the subject of a task verb ("Kontoret varetager …", "X er placeret i …"); a unit named as the subject of a
 * task verb in prose ("Lønteamet står for …"), in a cleft sentence ("Det er HR-jura, der …") or as the agent of a
 * passive one ("… varetages af Sektion for Rekruttering"); items of an organisation chart written as a list.
 * Minutes and agendas only speak of units in passing and contribute headings alone.
 *
 * <p>Sub-units keep their parent (heading nesting, list indentation, "X er en del af Y", "X hører under Y").
 * Renames and mergers ("ændrer navn til", "hed tidligere", "(tidligere X)", "lægges sammen med", "opgaverne
 * overgår til") link old names to the current unit of the same organisation. The newest document decides name
 * and facts; tasks only an older one lists are kept with their older source.
 *
 * <p>This class orders the documents and wires the parts: a {@link DocumentReader} reads each document with one reader
 * per kind of evidence (headings, charts, records, referrals, matrices, prose, rename statements) into drafts kept in
 * an {@link ExtractionContext}, and {@link DirectoryAssembly} turns the drafts into units.
 */
public final class UnitExtractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UnitExtractor.class);

    private static final Pattern DEPARTMENT_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}-]*(?:\\s+(?:og\\s+)?(?:\\p{Lu}{1,5}|\\p{Lu}[\\p{L}-]+)){0,2}),\\s+\\p{Lu}");

    private UnitExtractor() {
    }

    /** Builds the directory from parsed documents alone (their sections stand in for the text). */
    public static UnitDirectory extract(List<Document> documents, HrAnalyzer analyzer, QueryPlanner planner) {
        return extract(documents, documents.stream().map(UnitExtractor::textOf).toList(), analyzer, planner);
    }

    /**
     * Builds the directory.
     *
     * @param texts each document's cleaned text, in the order of {@code documents} (list nesting is read from it)
     */
    public static UnitDirectory extract(List<Document> documents, List<String> texts, HrAnalyzer analyzer, QueryPlanner planner) {
        UnitCues cues = UnitCues.shipped();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        // Newest first: the first document to state a unit's facts decides them.
        order.sort(Comparator.comparing((Integer i) -> documents.get(i).metadata().date(), Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        Map<String, String> departments = departments(documents);
        Set<String> organisations = documents.stream().map(d -> d.metadata().organization()).filter(Objects::nonNull).collect(Collectors.toSet());
        // "Lyngtrafik", whose documents name no organisation of a kind the metadata knows
        Map<Integer, String> implied = ImpliedOrganisations.of(documents, texts, organisations, analyzer, cues);
        organisations.addAll(implied.values());
        ExtractionContext context = new ExtractionContext(cues, departments, analyzer, organisations);
        DocumentReader reader = new DocumentReader(context);
        for (int i : order) {
            Document d = documents.get(i);
            String text = texts.size() == documents.size() && texts.get(i) != null ? texts.get(i) : textOf(d);
            String organisation = d.metadata().organization() != null ? d.metadata().organization()
                    : implied.containsKey(i) ? implied.get(i) : placeNamed(text, organisations).orElse(null);
            try {
                reader.read(d, text, organisation);
            } catch (RuntimeException e) {
                // A shape no rule foresaw must cost that document's units, not the whole index.
                LOG.warn("units: {} could not be read for units ({}); its passages are searched as usual", d.path(), e.toString());
            }
        }
        List<Unit> units = new DirectoryAssembly(context).build();
        return new UnitDirectory(departments, units, analyzer, planner);
    }

    /**
     * The one organisation of the corpus whose own name (without its kind) a document uses, for a page that never
     * names its organisation in full: "Arbejdsmiljø Ulvsund" and "Ulvsund IT" on a handbook page whose site header
     * named "Ulvsund Universitet". Empty when none or several are named.
     */
    static Optional<String> placeNamed(String text, Set<String> organisations) {
        List<String> named = new ArrayList<>();
        for (String org : organisations) {
            List<String> own = dk.hrassistenten.knowledge.document.MetadataExtractor.ownNameWords(org).stream()
                    .filter(w -> organisations.stream().filter(o -> !o.equals(org)).noneMatch(o -> o.contains(w))).toList();
            if (!own.isEmpty() && own.stream().allMatch(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(text).find())) {
                named.add(org);
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** A document's sections written out as text, for callers that have no text. */
    private static String textOf(Document d) {
        StringBuilder b = new StringBuilder(d.title()).append("\n\n");
        List<String> open = List.of();
        for (Section s : d.sections()) {
            for (int i = 0; i < s.headings().size(); i++) {
                if (i >= open.size() || !open.get(i).equals(s.headings().get(i))) {
                    b.append("#".repeat(i + 2)).append(' ').append(s.headings().get(i)).append("\n\n");
                }
            }
            open = s.headings();
            b.append(s.body()).append("\n\n");
        }
        return b.toString();
    }

    /**
     * Each organisation's department: the prefix most often written before a unit name ("Fælles HR, Stab"),
     * when a document title holds it too.
     */
    static Map<String, String> departments(List<Document> documents) {
        Map<String, List<Document>> byOrganization = new HashMap<>();
        for (Document d : documents) {
            byOrganization.computeIfAbsent(orgKey(d.metadata().organization()), k -> new ArrayList<>()).add(d);
        }
        Map<String, String> result = new HashMap<>();
        byOrganization.forEach((org, docs) -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Document d : docs) {
                for (Section s : d.sections()) {
                    Matcher m = DEPARTMENT_PREFIX.matcher(s.body() + "\n" + String.join("\n", s.headings()));
                    while (m.find()) {
                        counts.merge(m.group(1), 1, Integer::sum);
                    }
                }
            }
            String titles = String.join("\n", docs.stream().map(Document::title).toList());
            // "MUS, GRUS og …" lists abbreviations: a department is named in words ("Koncern HR", "HR og Arbejdsliv")
            counts.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getKey().length() >= 2 && !e.getKey().equals(e.getKey().toUpperCase(java.util.Locale.ROOT))
                            && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])").matcher(titles).find())
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).ifPresent(dep -> result.put(org, dep));
        });
        return result;
    }

    static String orgKey(String organization) {
        return organization == null ? "" : organization;
    }
}
