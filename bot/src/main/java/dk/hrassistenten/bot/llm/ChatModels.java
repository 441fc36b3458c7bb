package dk.hrassistenten.bot.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;

/** Builds langchain4j's client for the configured provider. No retries: a slow model must fail fast to the fallback. */
final class ChatModels {

    private ChatModels() {
    }

    static ChatModel create(LlmSettings s) {
        return switch (s.provider()) {
            case "ollama" -> OllamaChatModel.builder().baseUrl(s.baseUrl()).modelName(s.model()).temperature(0.0)
                    .timeout(s.timeout()).maxRetries(0).build();
            case "azure" -> OpenAiChatModel.builder().baseUrl(s.baseUrl()).apiKey(s.apiKey()).modelName(s.model()).temperature(0.0)
                    .customHeaders(Map.of("api-key", s.apiKey())).timeout(s.timeout()).maxRetries(0).build();
            default -> {
                var builder = OpenAiChatModel.builder().apiKey(s.apiKey()).modelName(s.model()).temperature(0.0).timeout(s.timeout()).maxRetries(0);
                if (s.baseUrl() != null) {
                    builder.baseUrl(s.baseUrl());
                }
                yield builder.build();
            }
        };
    }
}
