package dk.hrassistenten.bot.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The model to use for written answers, from contract.md's {@code HR_ASSISTANT_LLM_*} variables; off
 * when no provider is set. The API key is never part of {@link #toString()}.
 *
 * @param provider "openai" (any OpenAI-compatible endpoint: vLLM, LM Studio, Azure OpenAI's v1 API),
 *     "azure" (Azure OpenAI, key sent as {@code api-key}), or "ollama"
 */
public record LlmSettings(String provider, String baseUrl, String model, String apiKey, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** The environment variables these settings are read from. */
    public static final java.util.List<String> ENVIRONMENT = java.util.List.of("HR_ASSISTANT_LLM_PROVIDER", "HR_ASSISTANT_LLM_BASE_URL",
            "HR_ASSISTANT_LLM_MODEL", "HR_ASSISTANT_LLM_API_KEY", "HR_ASSISTANT_LLM_TIMEOUT");

    /** The settings, or null when no provider is set; throws with what to fix for a bad value. */
    public static LlmSettings fromEnvironment(Map<String, String> env) {
        String provider = value(env, "HR_ASSISTANT_LLM_PROVIDER");
        if (provider == null) {
            return null;
        }
        provider = provider.toLowerCase(Locale.ROOT);
        if (!provider.matches("openai|azure|ollama")) {
            throw new IllegalArgumentException("HR_ASSISTANT_LLM_PROVIDER must be openai, azure or ollama (or empty for none), not \"" + provider + "\".");
        }
        String baseUrl = value(env, "HR_ASSISTANT_LLM_BASE_URL");
        if (baseUrl == null && !provider.equals("openai")) {
            throw new IllegalArgumentException("HR_ASSISTANT_LLM_BASE_URL is needed for " + provider + " (e.g. http://localhost:11434 for Ollama).");
        }
        String model = value(env, "HR_ASSISTANT_LLM_MODEL");
        if (model == null) {
            throw new IllegalArgumentException("HR_ASSISTANT_LLM_MODEL is needed when HR_ASSISTANT_LLM_PROVIDER is set.");
        }
        String key = value(env, "HR_ASSISTANT_LLM_API_KEY");
        if (key == null && !provider.equals("ollama")) {
            throw new IllegalArgumentException("HR_ASSISTANT_LLM_API_KEY is needed for " + provider + ".");
        }
        Duration timeout = DEFAULT_TIMEOUT;
        String seconds = value(env, "HR_ASSISTANT_LLM_TIMEOUT");
        if (seconds != null) {
            try {
                timeout = Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("HR_ASSISTANT_LLM_TIMEOUT is seconds, such as 20, not \"" + seconds + "\".");
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("HR_ASSISTANT_LLM_TIMEOUT must be positive.");
            }
        }
        return new LlmSettings(provider, baseUrl, model, key, timeout);
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", timeout=" + timeout + "]";
    }
}
