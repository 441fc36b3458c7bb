package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.privacy.PrivacyStore;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unanswered}: the questions the documents most often could not answer: what HR should write next. */
@Command(name = "unanswered", mixinStandardHelpOptions = true, description = "List the most frequent unanswered questions of the last days.")
final class UnansweredCommand implements Callable<Integer> {

    /** The store alone: the questions are in it, so neither the corpus nor the forums are read. */
    @Mixin
    StoreOptions options;

    @Option(names = "--days", description = "How many days back (default ${DEFAULT-VALUE}).", defaultValue = "30")
    int days;

    @Option(names = "--limit", description = "How many questions (default ${DEFAULT-VALUE}).", defaultValue = "25")
    int limit;

    @Override
    public Integer call() throws Exception {
        StoreSettings settings = StoreSettings.of(options, System.getenv());
        PrintStream out = Terminal.stdout();
        try (StoredRecords records = new StoredRecords(settings)) {
            List<PrivacyStore.QuestionCount> questions = records.privacy.frequentUnanswered(Duration.ofDays(days), limit);
            out.printf("Most frequent unanswered questions, last %d days:%n", days);
            if (questions.isEmpty()) {
                out.println("(none)");
            }
            questions.forEach(q -> out.printf("%5d  %s%n", q.count(), q.question()));
        }
        return 0;
    }
}
