package dk.hrassistenten.deploy;

import dk.hrassistenten.knowledge.KnowledgeBase;
import dk.hrassistenten.knowledge.source.SourceStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.function.ToDoubleFunction;

/**
 * Per source, labelled {@code source} (its name) and {@code kind}: {@code hr_assistant_source_documents} (what it gives
 * the index now), {@code hr_assistant_source_failing} (1 when its last fetch failed), and
 * {@code hr_assistant_source_last_success_age_seconds} (-1 before its first good fetch), for an alert on a source
 * that has failed for longer than its documents may be stale.
 */
final class SourceMetrics {

    private SourceMetrics() {
    }

    static void register(MeterRegistry meters, KnowledgeBase knowledge, Clock clock) {
        for (SourceStatus source : knowledge.sourceStatuses()) { // the sources are fixed at start
            String name = source.name();
            Tags tags = Tags.of("source", name, "kind", source.kind());
            gauge(meters, "hr_assistant_source_documents", tags, knowledge, name, SourceStatus::documents);
            gauge(meters, "hr_assistant_source_failing", tags, knowledge, name, s -> s.failing() ? 1 : 0);
            gauge(meters, "hr_assistant_source_last_success_age_seconds", tags, knowledge, name,
                    s -> s.lastSuccess() == null ? -1 : (clock.millis() - s.lastSuccess().toEpochMilli()) / 1000.0);
        }
    }

    private static void gauge(MeterRegistry meters, String metric, Tags tags, KnowledgeBase knowledge, String name,
                              ToDoubleFunction<SourceStatus> value) {
        Gauge.builder(metric, knowledge, k -> k.sourceStatuses().stream().filter(s -> s.name().equals(name)).findFirst()
                .map(value::applyAsDouble).orElse(Double.NaN)).tags(tags).register(meters);
    }
}
