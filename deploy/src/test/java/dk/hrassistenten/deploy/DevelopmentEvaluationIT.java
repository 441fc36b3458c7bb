package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development evaluation of invented organisations (devset/) as a guard against regressions: each half must
 * keep at least the passes it had when the weights were last tuned (a few below, for rounding of ties), and no
 * more answers given but wrong. The figures live in docs/performance.md and the session notes; raise them here
 * when the product gets better, never lower them to let a change through.
 */
class DevelopmentEvaluationIT {

    private static Assistant assistant;
    private static Assistant blind;

    @BeforeAll
    static void index() {
        KnowledgeSnapshot snapshot = KnowledgeSnapshot.build(Path.of("devset/corpus"), p -> { });
        assistant = new Assistant(() -> snapshot, new SimpleMeterRegistry());
        KnowledgeSnapshot unseen = KnowledgeSnapshot.build(Path.of("blindset/corpus"), p -> { });
        blind = new Assistant(() -> unseen, new SimpleMeterRegistry());
    }

    private static Evaluation.Tally run(String... files) {
        return run(assistant, "devset", files);
    }

    private static Evaluation.Tally run(Assistant asked, String folder, String... files) {
        List<Evaluation.Case> cases = Evaluation.read(java.util.Arrays.stream(files).map(f -> Path.of(folder, f)).toList());
        return Evaluation.total(Evaluation.run(cases, q -> asked.handle(Inbound.of(Channel.CLI, "eval", q))));
    }

    @Test
    void theTuningHalfKeepsItsScore() {
        Evaluation.Tally tally = run("answers-tune.jsonl", "units-tune.jsonl");
        assertThat(tally.total()).isEqualTo(147);
        assertThat(tally.passed()).as("passed of %d", tally.total()).isGreaterThanOrEqualTo(120);
        assertThat(tally.wrong()).as("answered but wrong").isLessThanOrEqualTo(1);
    }

    @Test
    void theCheckingHalfKeepsItsScore() {
        Evaluation.Tally tally = run("answers-check.jsonl", "units-check.jsonl");
        assertThat(tally.total()).isEqualTo(135);
        assertThat(tally.passed()).as("passed of %d", tally.total()).isGreaterThanOrEqualTo(93);
        assertThat(tally.wrong()).as("answered but wrong").isLessThanOrEqualTo(2);
    }

    /** The first blind set (blindset/), written by someone else; its failures have been read, so it is tuning data now. */
    @Test
    void theFirstBlindSetKeepsItsScore() {
        Evaluation.Tally tally = run(blind, "blindset", "cases.jsonl");
        assertThat(tally.total()).isEqualTo(91);
        assertThat(tally.passed()).as("passed of %d", tally.total()).isGreaterThanOrEqualTo(66);
        assertThat(tally.wrong()).as("answered but wrong").isLessThanOrEqualTo(2);
    }

    /** The second blind set (blindset2/): its failures have been read since blindset3 was written, so it is tuning data now. */
    @Test
    void theSecondBlindSetKeepsItsScore() {
        KnowledgeSnapshot seen = KnowledgeSnapshot.build(Path.of("blindset2/corpus"), p -> { });
        Evaluation.Tally tally = run(new Assistant(() -> seen, new SimpleMeterRegistry()), "blindset2", "cases.jsonl");
        assertThat(tally.total()).isEqualTo(80);
        assertThat(tally.passed()).as("passed of %d", tally.total()).isGreaterThanOrEqualTo(56);
        assertThat(tally.wrong()).as("answered but wrong").isLessThanOrEqualTo(3);
    }

    /** The third blind set (blindset3/): its failures are read since blindset4 was written, so it is tuning data now. */
    @Test
    void theThirdBlindSetKeepsItsScore() {
        KnowledgeSnapshot seen = KnowledgeSnapshot.build(Path.of("blindset3/corpus"), p -> { });
        Evaluation.Tally tally = run(new Assistant(() -> seen, new SimpleMeterRegistry()), "blindset3", "cases.jsonl");
        assertThat(tally.total()).isEqualTo(90);
        assertThat(tally.passed()).as("passed of %d", tally.total()).isGreaterThanOrEqualTo(57);
        assertThat(tally.wrong()).as("answered but wrong").isLessThanOrEqualTo(0);
    }

    /** The fourth blind set (blindset4/): its failures are read since blindset5 was begun, so it is tuning data now. */
    @Test
    void theFourthBlindSetKeepsItsScore() {
        KnowledgeSnapshot seen = KnowledgeSnapshot.build(Path.of("blindset4/corpus"), p -> { });
        Evaluation.Tally tally = run(new Assistant(() -> seen, new SimpleMeterRegistry()), "blindset4", "cases.jsonl");
        assertThat(tally.total()).isEqualTo(99);
        assertThat(tally.passed()).as("passed of %d", tally.total()).isGreaterThanOrEqualTo(58);
        assertThat(tally.wrong()).as("answered but wrong").isLessThanOrEqualTo(3);
    }

    /**
     * The fifth blind set (blindset5/): only its totals are looked at, so it says how the product does on unseen documents.
     * Its writer saw about six of its failures by mistake (blindset5/README.md); nothing was tuned on them.
     */
    @Test
    void theFifthBlindSetKeepsItsScore() {
        KnowledgeSnapshot unseen = KnowledgeSnapshot.build(Path.of("blindset5/corpus"), p -> { });
        Evaluation.Tally tally = run(new Assistant(() -> unseen, new SimpleMeterRegistry()), "blindset5", "cases.jsonl");
        assertThat(tally.total()).isEqualTo(98);
        assertThat(tally.passed()).as("passed of %d", tally.total()).isGreaterThanOrEqualTo(45);
        assertThat(tally.wrong()).as("answered but wrong").isLessThanOrEqualTo(11);
    }
}
