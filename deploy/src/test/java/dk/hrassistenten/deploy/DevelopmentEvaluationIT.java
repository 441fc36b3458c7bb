package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The development evaluations of invented organisations as a guard against regressions: each set must keep at least
 * the passes it has now, and no more answers given but wrong. The figures live in the session notes; raise them here
 * when the product gets better, never lower them to let a change through.
 *
 * <p>devset/ is split into a tuning and a checking half. The blind sets were each written by someone else from real
 * pages' shapes; a set is blind (only its totals looked at) until the next one is written, and tuning data after
 * its failures have been read: blindset to blindset16 are tuning data, blindset17 is blind (only its totals were read).
 * blindset10 was lowered once, from 72 to 71 (session 15): "lidt" became a filler, which ended a wrong unit answer in
 * blindset4 ("for lidt i løn" matched "… ledes af …" through a lemma the two words share) and lost one pass here.
 */
class DevelopmentEvaluationIT {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            devset     | answers-tune.jsonl units-tune.jsonl   | 147 | 123 | 0
            devset     | answers-check.jsonl units-check.jsonl | 135 | 108 | 2
            blindset   | cases.jsonl                           |  91 |  70 | 2
            blindset2  | cases.jsonl                           |  80 |  61 | 2
            blindset3  | cases.jsonl                           |  90 |  60 | 0
            blindset4  | cases.jsonl                           |  99 |  71 | 0
            blindset5  | cases.jsonl                           |  98 |  68 | 3
            blindset6  | cases.jsonl                           |  98 |  72 | 3
            blindset7  | cases.jsonl                           |  98 |  71 | 3
            blindset8  | cases.jsonl                           |  98 |  71 | 3
            blindset9  | cases.jsonl                           |  98 |  70 | 0
            blindset10 | cases.jsonl                           |  98 |  72 | 0
            blindset11 | cases.jsonl                           |  98 |  69 | 3
            blindset12 | cases.jsonl                           |  98 |  67 | 2
            blindset13 | cases.jsonl                           |  98 |  68 | 4
            blindset14 | cases.jsonl                           |  98 |  73 | 2
            blindset15 | cases.jsonl                           |  98 |  70 | 0
            blindset16 | cases.jsonl                           |  98 |  71 | 1
            blindset17 | cases.jsonl                           |  98 |  49 | 11
            """)
    void eachSetKeepsItsScore(String folder, String files, int total, int leastPassed, int mostWrong) {
        KnowledgeSnapshot snapshot = KnowledgeSnapshot.build(Path.of(folder, "corpus"), p -> { });
        Assistant assistant = new Assistant(() -> snapshot, new SimpleMeterRegistry());
        List<Evaluation.Case> cases = Evaluation.read(Arrays.stream(files.split(" ")).map(f -> Path.of(folder, f)).toList());
        Evaluation.Tally tally = Evaluation.total(Evaluation.run(cases, q -> assistant.handle(Inbound.of(Channel.CLI, "eval", q))));

        assertThat(tally.total()).isEqualTo(total);
        assertThat(tally.passed()).as("passed of %d", tally.total()).isGreaterThanOrEqualTo(leastPassed);
        assertThat(tally.wrong()).as("answered but wrong").isLessThanOrEqualTo(mostWrong);
    }
}
