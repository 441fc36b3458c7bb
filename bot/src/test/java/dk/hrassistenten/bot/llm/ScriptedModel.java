package dk.hrassistenten.bot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local server speaking OpenAI's chat completions API ({@code POST /v1/chat/completions}) that plays a
 * scripted model: each request's user message goes to the script, whose {@link Answer} says what comes
 * back (a completion, an HTTP error, a stall, or a body that is not JSON). Records the prompts it gets.
 */
public final class ScriptedModel implements AutoCloseable {

    /** What the scripted model does with one request. */
    public record Answer(int status, String content, long stallMillis, String rawBody) {
        public static Answer text(String content) {
            return new Answer(200, content, 0, null);
        }

        public static Answer error(int status) {
            return new Answer(status, null, 0, "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}");
        }

        public static Answer stall(long millis) {
            return new Answer(200, "For sent [1].", millis, null);
        }

        public static Answer malformed() {
            return new Answer(200, null, 0, "{\"id\": \"x\", \"choices\": [ {\"message\": ");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private volatile Function<String, Answer> script = prompt -> Answer.text("INGEN_SVAR");
    public final List<String> prompts = new CopyOnWriteArrayList<>();

    public ScriptedModel() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::complete);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scripted-model");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public void script(Function<String, Answer> script) {
        this.script = script;
    }

    /** A model that cites passage [1] by repeating its first sentence: grounded, as a good model's answer is. */
    public static Answer citeFirstPassage(String prompt) {
        int start = prompt.indexOf("[1] ");
        if (start < 0) {
            return Answer.text("INGEN_SVAR");
        }
        int text = prompt.indexOf('\n', start) + 1;
        int end = prompt.indexOf('\n', text);
        String passage = prompt.substring(text, end < 0 ? prompt.length() : end);
        int period = passage.indexOf(". ");
        return Answer.text((period > 0 ? passage.substring(0, period + 1) : passage).strip() + " [1]");
    }

    private void complete(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        String user = "";
        for (JsonNode message : request.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                user = message.path("content").isTextual() ? message.path("content").asText() : message.path("content").toString();
            }
        }
        prompts.add(user);
        Answer answer = script.apply(user);
        if (answer.stallMillis() > 0) {
            try {
                Thread.sleep(answer.stallMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String body;
        if (answer.rawBody() != null) {
            body = answer.rawBody();
        } else {
            ObjectNode response = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_700_000_000)
                    .put("model", "scripted");
            ObjectNode choice = response.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", answer.content());
            response.putObject("usage").put("prompt_tokens", user.length() / 4).put("completion_tokens", 20).put("total_tokens", user.length() / 4 + 20);
            body = response.toString();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
