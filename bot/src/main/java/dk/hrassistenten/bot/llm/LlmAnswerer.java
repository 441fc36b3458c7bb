package dk.hrassistenten.bot.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.index.Passage;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a model to answer from the retrieved passages, behind a circuit breaker, and keeps only what
 * {@link ModelAnswerCheck} lets through. Any failure (down, slow, garbage, ungrounded) gives empty, and the
 * caller keeps the extractive answer. Counts calls, latency, fallbacks and tokens. Thread-safe.
 */
public final class LlmAnswerer {

    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);

    private final ChatModel model;
    private final CircuitBreaker breaker;
    private final MeterRegistry meters;

    LlmAnswerer(ChatModel model, CircuitBreaker breaker, MeterRegistry meters) {
        this.model = model;
        this.breaker = breaker;
        this.meters = meters;
    }

    public static LlmAnswerer create(LlmSettings settings, MeterRegistry meters) {
        // Three failures out of the last five calls open the breaker; for half a minute answers are extractive
        // at once, instead of each waiting for a timeout.
        CircuitBreaker breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom().slidingWindowSize(5).minimumNumberOfCalls(3)
                .failureRateThreshold(50).waitDurationInOpenState(Duration.ofSeconds(30)).permittedNumberOfCallsInHalfOpenState(1).build());
        return new LlmAnswerer(ChatModels.create(settings), breaker, meters);
    }

    /** A checked answer written by the model, or empty to keep the extractive one. */
    public Optional<ModelAnswer> write(String question, List<Passage> passages, HrAnalyzer analyzer) {
        if (passages.isEmpty()) {
            return Optional.empty();
        }
        ChatResponse response;
        Timer.Sample sample = Timer.start(meters);
        try {
            ChatRequest request = ChatRequest.builder().messages(GroundedPrompt.messages(question, passages)).build();
            response = breaker.executeSupplier(() -> model.chat(request));
            meters.counter("hr_assistant_llm_calls_total", "outcome", "ok").increment();
        } catch (CallNotPermittedException open) {
            return fallback("circuit_open");
        } catch (RuntimeException e) {
            LOG.warn("model call failed ({}); answering from the documents alone", e.getClass().getSimpleName());
            meters.counter("hr_assistant_llm_calls_total", "outcome", "error").increment();
            return fallback("error");
        } finally {
            sample.stop(meters.timer("hr_assistant_llm_seconds"));
        }
        if (response.tokenUsage() != null) {
            count("input", response.tokenUsage().inputTokenCount());
            count("output", response.tokenUsage().outputTokenCount());
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        Optional<ModelAnswerCheck.Checked> checked = ModelAnswerCheck.check(text, passages, question, analyzer);
        if (checked.isEmpty()) {
            return fallback(text != null && text.contains(GroundedPrompt.NO_ANSWER) ? "no_answer" : "rejected");
        }
        return Optional.of(new ModelAnswer(checked.get().text(), checked.get().cited()));
    }

    /** The model's checked text and the indexes of the passages it cites, in order. */
    public record ModelAnswer(String text, List<Integer> cited) {
        public ModelAnswer {
            cited = List.copyOf(cited);
        }
    }

    private Optional<ModelAnswer> fallback(String reason) {
        meters.counter("hr_assistant_llm_fallbacks_total", "reason", reason).increment();
        return Optional.empty();
    }

    private void count(String type, Integer tokens) {
        if (tokens != null) {
            meters.counter("hr_assistant_llm_tokens_total", "type", type).increment(tokens);
        }
    }
}
