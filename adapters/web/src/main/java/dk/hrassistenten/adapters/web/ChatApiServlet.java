package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.reply.ReplyJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/chat}: takes {@code {"user": "...", "text": "..."}} and answers with the reply JSON of
 * the contract. Malformed input gets 400 with a JSON error, never a stack trace.
 */
public final class ChatApiServlet extends HttpServlet {

    /** Bodies above this are refused: a question is a few hundred bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = ReplyJson.mapper();
    /** Oversized bodies up to this much are read and discarded; beyond it the connection is simply closed. */
    private static final int DRAIN_BYTES = 1024 * 1024;

    private final transient Assistant assistant;
    private final Channel channel;

    public ChatApiServlet(Assistant assistant, Channel channel) {
        this.assistant = assistant;
        this.channel = channel;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = request.getContentLengthLong() > MAX_BODY_BYTES ? new byte[MAX_BODY_BYTES + 1] : in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                // Read what a reasonable client sends before answering, so that it sees the 413 rather than a reset.
                drain(in);
                JsonErrors.send(response, 413, "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
                return;
            }
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonErrors.send(response, 400, "The body is not valid JSON. Send {\"user\": \"...\", \"text\": \"...\"}.");
            return;
        }
        if (json == null || !json.isObject() || !json.path("text").isTextual()) {
            JsonErrors.send(response, 400, "Send a JSON object with a string member \"text\" (and optionally \"user\").");
            return;
        }
        JsonNode user = json.path("user");
        if (!user.isMissingNode() && !user.isNull() && !user.isTextual()) {
            JsonErrors.send(response, 400, "\"user\" must be a string.");
            return;
        }
        String userId = user.isTextual() ? user.asText() : null;
        String requestId = request.getHeader("X-Request-Id");
        var reply = assistant.handle(new Inbound(channel, userId, json.get("text").asText(), null, requestId));
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ReplyJson.write(reply));
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < DRAIN_BYTES && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, jakarta.servlet.ServletException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            JsonErrors.send(response, 405, "Use POST with a JSON body.");
            return;
        }
        super.service(request, response);
    }
}
