package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one document for units: walks its outline and hands each block to the readers in the order their
 * findings build on each other (headings, then charts, records and prose; statements of renames; contact lines; prose
 * sections last).
 */
final class DocumentReader extends ExtractionReader {
    private final Map<String, RenameFact> renames;
    private final Map<String, String> departments;
    private final HeadingReader headingReader;
    private final ChartReader chartReader;
    private final RecordReader recordReader;
    private final ProseReader proseReader;
    private final ReferralReader referralReader;
    private final MatrixReader matrixReader;
    private final RenameStatements renameStatements;

    /**
     * "Budkontoret: hedder nu Post og Kurerservice", a list with dotted leaders read as labels: a name whose "value"
     * goes on in lower case is the subject of that clause.
     */
    private static final Pattern LABEL_LEADING_ON = Pattern.compile("^([^:]{2,60}): (\\p{Ll}.*)$");

    DocumentReader(ExtractionContext ctx) {
        super(ctx);
        this.renames = ctx.renames;
        this.departments = ctx.departments;
        UnitFacts unitFacts = new UnitFacts(ctx);
        this.renameStatements = new RenameStatements(ctx);
        this.headingReader = new HeadingReader(ctx, unitFacts, renameStatements);
        this.chartReader = new ChartReader(ctx, unitFacts, renameStatements);
        this.recordReader = new RecordReader(ctx, unitFacts);
        this.proseReader = new ProseReader(ctx, unitFacts, new SentenceSubjects(ctx), renameStatements);
        this.referralReader = new ReferralReader(ctx, unitFacts);
        this.matrixReader = new MatrixReader(ctx);
    }

    /** @param organisation the document's organisation, named in it or inferred; null when unknown */
    void read(Document d, String text, String organisation) {
        ctx.startDocument(text, organisation);
        String org = UnitExtractor.orgKey(organisation);
        String department = departments.get(org);
        Outline.Block root = Outline.of(d, text);
        boolean inPassing = d.metadata().kind() == DocumentKind.MINUTES || d.metadata().kind() == DocumentKind.AGENDA;
        Map<Outline.Block, String> unitOf = new HashMap<>();
        // "HR og Arbejdsmiljø består af to afdelinger og et center": the unit headings after it on its level are its parts.
        Map<Outline.Block, Map<Integer, String>> containers = new HashMap<>();
        for (Outline.Block b : Outline.blocks(root)) {
            String enclosing = enclosingUnit(b.parent, unitOf);
            Map<Integer, String> open = containers.computeIfAbsent(b.parent, k -> new HashMap<>());
            if (enclosing == null || (b.parent != null && !unitOf.containsKey(b.parent))) {
                String container = open.get(b.depth);
                enclosing = container != null ? container : enclosing;
            }
            // minutes name units in passing; an appendix describing each unit by labelled lines is read all the same
            Optional<String> key = inPassing && !headingReader.describedByLabels(b) ? Optional.empty() : headingReader.headingUnit(d, b, org, department, enclosing);
            key.ifPresent(k -> unitOf.put(b, k));
            boolean nestsItsOwn = b.children.stream().anyMatch(c -> !c.lines.isEmpty());
            if (key.isPresent() && !nestsItsOwn && !open.containsKey(b.depth) && b.lines.stream().anyMatch(l -> cues.contains("CONSISTS", l.text()))) {
                open.put(b.depth, key.get());
            }
            String here = key.orElse(enclosing);
            if (!inPassing) {
                chartReader.chart(d, b, org, department, here);
                recordReader.records(d, b, org, department, here);
                proseReader.prose(d, b, org, department, here);
            }
        }
        if (!inPassing) {
            referralReader.referrals(d, root, org, department);
            proseReader.unitParagraphs(d, root, org, department);
            matrixReader.matrices(d, root, org, department);
            chartReader.chartRows(root, org, department);
        }
        Map<Outline.Block, Set<String>> renamedInto = new HashMap<>();
        Set<String> known = ctx.renameTargets();
        for (Outline.Block b : Outline.blocks(root)) {
            if (!cues.mayHold(RenameStatements.STATEMENT_CUES, String.join("\n", b.lines.stream().map(Outline.Line::text).toList()))) {
                continue; // most blocks state no rename, merger or parent; looking for each cue in each sentence is costly
            }
            List<String> sentences = new ArrayList<>();
            b.lines.forEach(line -> sentences.addAll(Sentences.split(LABEL_LEADING_ON.matcher(line.text()).replaceFirst("$1 $2"))));
            int before = renames.size();
            for (int i = 0; i < sentences.size(); i++) {
                renameStatements.renames(d, b, sentences.get(i), i + 1 < sentences.size() ? sentences.get(i + 1) : "", i > 0 ? sentences.get(i - 1) : "", org, department);
                if (i > 0) {
                    renameStatements.mergedAsAPair(d, b, sentences.get(i - 1), sentences.get(i), org, department);
                }
                renameStatements.mergedIntoTheSection(d, b, sentences.get(i), unitOf.get(b), org, department);
                renameStatements.partOf(sentences.get(i), org, department);
            }
            renamedInto.put(b, renames.values().stream().skip(before).map(RenameFact::toKey).collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        if (!inPassing) {
            referralReader.contactLines(d, root, org, department);
        }
        if (!inPassing && !known.containsAll(ctx.renameTargets())) {
            // "A og B lægges sammen og hedder fremover C. C udbetaler løn …": a unit the document names first in a
            // rename is a unit when its prose makes it a doer, as one named so before would be
            for (Outline.Block b : Outline.blocks(root)) {
                proseReader.prose(d, b, org, department, unitOf.getOrDefault(b, enclosingUnit(b.parent, unitOf)));
            }
        }
        if (!inPassing) {
            for (Outline.Block b : Outline.blocks(root)) {
                if (!unitOf.containsKey(b)) {
                    proseReader.proseSection(d, b, org, department, enclosingUnit(b.parent, unitOf), renamedInto.getOrDefault(b, Set.of()));
                }
            }
        }
    }

    private static String enclosingUnit(Outline.Block b, Map<Outline.Block, String> unitOf) {
        for (Outline.Block p = b; p != null; p = p.parent) {
            if (unitOf.containsKey(p)) {
                return unitOf.get(p);
            }
        }
        return null;
    }
}
