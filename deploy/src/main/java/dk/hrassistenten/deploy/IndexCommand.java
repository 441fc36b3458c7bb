package dk.hrassistenten.deploy;

import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.units.Unit;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code index}: reads the corpus and prints what it found: documents, sections, dates, organisations, units. */
@Command(name = "index", description = "Build the index and print the documents and units found.")
final class IndexCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Settings settings = Settings.of(options, System.getenv());
        PrintStream out = Terminal.stdout();
        long start = System.nanoTime();
        KnowledgeSnapshot k = KnowledgeSnapshot.build(settings.corpus(), out::println);
        out.printf("Indexed %d documents, %d passages in %d ms.%n%n", k.documents().size(), k.passages().size(),
                (System.nanoTime() - start) / 1_000_000);
        for (Document d : k.documents()) {
            var m = d.metadata();
            out.printf("%s%n  title: %s%n  kind: %s, date: %s, organisation: %s%s%n  sections: %d%s%n", d.path(), m.title(),
                    m.kind().danishName(), m.date() == null ? "-" : m.date(), m.organization() == null ? "-" : m.organization(),
                    m.committee() == null ? "" : ", committee: " + m.committee(), d.sections().size(),
                    m.caseNumbers().isEmpty() ? "" : ", case numbers: " + String.join(" ", m.caseNumbers()));
        }
        out.printf("%nUnits%s: %d%n", k.units().department() == null ? "" : " of " + k.units().department(), k.units().units().size());
        for (Unit u : k.units().units()) {
            out.printf("- %s%s%n    leader: %s; reports to: %s; location: %s%s; tasks: %d (source %s)%n", u.name(),
                    u.aliases().isEmpty() ? "" : " (" + String.join(", ", u.aliases()) + ")", dash(u.leader()), dash(u.reportsTo()),
                    dash(u.location()), u.parent() == null ? "" : "; part of: " + u.parent(), u.tasks().size(), u.source().path());
        }
        if (!k.warnings().isEmpty()) {
            out.println();
            k.warnings().forEach(w -> out.println("skipped: " + w));
        }
        return 0;
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
