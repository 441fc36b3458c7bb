package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.knowledge.KnowledgeBase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The assembled service parts one command needs: knowledge, assistant, metrics. Built once per process. */
final class Services implements AutoCloseable {

    final Settings settings;
    final KnowledgeBase knowledge;
    final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final Assistant assistant;

    Services(Settings settings) {
        this.settings = settings;
        this.knowledge = new KnowledgeBase(settings.corpus());
        this.assistant = new Assistant(knowledge::current, meters);
        Gauge.builder("hr_assistant_index_passages", knowledge, k -> k.current() == null ? 0 : k.current().passages().size()).register(meters);
        Gauge.builder("hr_assistant_index_documents", knowledge, k -> k.current() == null ? 0 : k.current().documents().size()).register(meters);
        Gauge.builder("hr_assistant_index_age_seconds", knowledge,
                k -> k.current() == null ? -1 : (System.currentTimeMillis() - k.current().builtAt().toEpochMilli()) / 1000.0).register(meters);
        Gauge.builder("hr_assistant_ready", knowledge, k -> k.ready() ? 1 : 0).register(meters);
    }

    @Override
    public void close() throws Exception {
        knowledge.close();
    }
}
