package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.reply.ReplyJson;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /api/chat}: takes {@code {"user": "...", "text": "...", "conversation": "..."}} and answers with the
 * reply JSON of the contract; a button press (👍/👎 on a reply) comes as {@code "action"} instead of {@code "text"}
 * ({@link WebActions}), and goes through the assistant like a question. {@code "conversation"} (optional; letters, digits, {@code - _ . :}, at most
 * {@value #MAX_CONVERSATION} characters; the web chat sends one per browser tab) ties follow-up questions together. A request is checked before its body is parsed: from this site (403 otherwise), JSON (415), not too
 * large (413); a body that is not strictly one JSON object gets 400. Errors are JSON, never a stack trace.
 * The person is who the sign-in or a trusted proxy vouches for; {@code "user"} counts only in a local trial, and
 * otherwise the question is asked anonymously (the assistant then refuses agenda changes and says how to sign in).
 */
final class ChatApiServlet extends HttpServlet {

    static final int MAX_CONVERSATION = 100;
    private static final java.util.regex.Pattern CONVERSATION = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1," + MAX_CONVERSATION + "}");

    private final transient Assistant assistant;
    private final Channel channel;
    private final transient SameOrigin sameOrigin;
    private final transient WebIdentity identities;

    ChatApiServlet(Assistant assistant, Channel channel, SameOrigin sameOrigin, WebIdentity identities) {
        this.assistant = assistant;
        this.channel = channel;
        this.sameOrigin = sameOrigin;
        this.identities = identities;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sameOrigin.allows(request)) {
            JsonErrors.send(response, 403, "Requests from pages of another site are refused. Use the web chat, or call the API from a program.");
            return;
        }
        JsonNode json;
        try {
            json = JsonBody.read(request);
        } catch (JsonBody.Refused e) {
            JsonErrors.send(response, e.status, e.getMessage());
            return;
        }
        boolean asks = json != null && json.isObject() && json.path("text").isTextual();
        boolean presses = json != null && json.isObject() && json.has("action");
        if (asks == presses) {
            JsonErrors.send(response, 400, "Send a JSON object with a string member \"text\" (or an \"action\" instead), and optionally "
                    + "\"user\" and \"conversation\".");
            return;
        }
        InboundAction action = null;
        if (presses) {
            try {
                action = WebActions.of(json.get("action"));
            } catch (WebActions.Invalid e) {
                JsonErrors.send(response, 400, e.getMessage());
                return;
            }
        }
        JsonNode user = json.path("user");
        if (!user.isMissingNode() && !user.isNull() && !user.isTextual()) {
            JsonErrors.send(response, 400, "\"user\" must be a string.");
            return;
        }
        JsonNode conversation = json.path("conversation");
        if (!conversation.isMissingNode() && !conversation.isNull()
                && !(conversation.isTextual() && CONVERSATION.matcher(conversation.asText()).matches())) {
            JsonErrors.send(response, 400, "\"conversation\" must be a string of 1 to " + MAX_CONVERSATION
                    + " letters, digits or - _ . : (a UUID, say).");
            return;
        }
        Identity identity = identities.of(request, user.isTextual() ? user.asText() : null);
        String userId = identity == null ? null : identity.user();
        String requestId = request.getHeader("X-Request-Id");
        String conversationId = conversation.isTextual() ? conversationId(userId, conversation.asText()) : null;
        String email = identity == null ? null : identity.email();
        var reply = assistant.handle(action != null ? Inbound.of(channel, userId, conversationId, requestId, action).withEmail(email)
                : new Inbound(channel, userId, json.get("text").asText(), conversationId, requestId, email));
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ReplyJson.write(reply));
    }

    /**
     * The conversation as the assistant keys it: within this channel and this person, so that an id a client chose
     * can neither reach a Slack thread or Teams conversation nor another signed-in person's conversation.
     */
    private String conversationId(String userId, String conversation) {
        return channel.name().toLowerCase(java.util.Locale.ROOT) + ":" + (userId == null ? Inbound.ANONYMOUS : userId) + ":" + conversation;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            JsonErrors.send(response, 405, "Use POST with a JSON body.");
            return;
        }
        super.service(request, response);
    }
}
