package dk.hrassistenten.deploy;

import dk.hrassistenten.knowledge.KnowledgeBase;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.source.SourceStatus;
import dk.hrassistenten.knowledge.units.Unit;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code index}: reads every source and prints what it found: a summary first (each source's state and document
 * count, the units per organisation, how many files were skipped), and with {@code --details} the documents (sections,
 * dates, organisations), the units' trees and what was skipped. Exits 1 when a source could not be read.
 */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Build the index and print the documents and units found.")
final class IndexCommand implements Callable<Integer> {

    /** The documents alone: neither the store, the forums nor any channel is read. */
    @Mixin
    CorpusOption corpus;

    @Option(names = "--details", description = "Also list every document, every unit with its parts, and every file skipped.")
    boolean details;

    @Override
    public Integer call() {
        DocumentOrigin origin = corpus.origin(System.getenv());
        PrintStream out = Terminal.stdout();
        long start = System.nanoTime();
        KnowledgeSnapshot k;
        List<SourceStatus> sources;
        try (KnowledgeBase base = new KnowledgeBase(origin.open())) {
            k = base.reload(out::println);
            sources = base.sourceStatuses();
        }
        out.printf("Indexed %d documents, %d passages in %d ms.%n%n", k.documents().size(), k.passages().size(),
                (System.nanoTime() - start) / 1_000_000);
        printSources(out, sources);
        var directory = k.units();
        java.util.List<String> organizations = new java.util.ArrayList<>(directory.organizations());
        if (directory.units().stream().anyMatch(u -> u.organization() == null)) {
            organizations.add(null);
        }
        if (!details) {
            out.printf("Units: %d%n", directory.units().size());
            organizations.forEach(org -> out.printf("  %s: %d%n", org == null ? "(organisation unknown)" : org, directory.units(org).size()));
            out.printf("%nSkipped: %d%n%nWith --details: every document, every unit with its parts, every file skipped.%n", k.warnings().size());
            return sources.stream().anyMatch(SourceStatus::failing) ? 1 : 0;
        }
        for (Document d : k.documents()) {
            var m = d.metadata();
            out.printf("%s%n  title: %s%n  kind: %s, date: %s, organisation: %s%s%n  sections: %d%s%n", d.path(), m.title(),
                    m.kind().danishName(), m.date() == null ? "-" : m.date(), m.organization() == null ? "-" : m.organization(),
                    m.committee() == null ? "" : ", committee: " + m.committee(), d.sections().size(),
                    m.caseNumbers().isEmpty() ? "" : ", case numbers: " + String.join(" ", m.caseNumbers()));
        }
        out.printf("%nUnits: %d%n", directory.units().size());
        for (String org : organizations) {
            java.util.List<Unit> own = directory.units(org);
            out.printf("%s (%d)%n", org == null ? "(organisation unknown)" : org, own.size());
            for (Unit u : own) {
                if (directory.parentOf(u).isEmpty()) {
                    printTree(out, directory, u, 1, new java.util.HashSet<>());
                }
            }
        }
        if (!k.warnings().isEmpty()) {
            out.println();
            k.warnings().forEach(w -> out.println("skipped: " + w));
        }
        return sources.stream().anyMatch(SourceStatus::failing) ? 1 : 0;
    }

    /** "Sources: 2, 1 failing" and a line per source: its name, kind, state and documents. */
    static void printSources(PrintStream out, List<SourceStatus> sources) {
        long failing = sources.stream().filter(SourceStatus::failing).count();
        out.printf("Sources: %d%s%n", sources.size(), failing == 0 ? "" : ", " + failing + " failing");
        for (SourceStatus s : sources) {
            out.printf("  %s (%s): %s, %d documents%s%n", s.name(), s.kind(), s.failing() ? "FAILING: " + s.message() : "ok", s.documents(),
                    s.warnings() == 0 ? "" : ", " + s.warnings() + " skipped (listed below)");
        }
        out.println();
    }

    /** A unit and, indented below it, the units that are part of it. */
    private static void printTree(PrintStream out, dk.hrassistenten.knowledge.units.UnitDirectory directory, Unit u, int depth,
                                  java.util.Set<String> seen) {
        if (!seen.add(u.name())) {
            return;
        }
        String indent = "  ".repeat(depth);
        out.printf("%s- %s%s%n%s    leader: %s; reports to: %s; location: %s; contact: %s; tasks: %d (source %s)%n", indent, u.name(),
                u.aliases().isEmpty() ? "" : " (" + String.join(", ", u.aliases()) + ")", indent, dash(u.leader()), dash(u.reportsTo()),
                dash(u.location()), u.contact() == null ? "-" : u.contact().text(), u.tasks().size(), u.source().path());
        for (Unit child : directory.children(u)) {
            printTree(out, directory, child, depth + 1, seen);
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
