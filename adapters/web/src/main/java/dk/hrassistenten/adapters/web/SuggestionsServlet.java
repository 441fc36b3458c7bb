package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.reply.ReplyJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /api/suggestions}: a few questions the documents answer, for the empty chat to offer:
 * {@code {"questions": ["...", ...]}} (empty while the first index is being built).
 */
final class SuggestionsServlet extends HttpServlet {

    private final transient Assistant assistant;

    SuggestionsServlet(Assistant assistant) {
        this.assistant = assistant;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectNode body = ReplyJson.mapper().createObjectNode();
        var questions = body.putArray("questions");
        assistant.suggestions().forEach(questions::add);
        // They change only with the documents; a minute's caching spares the index nothing but spares a reload the trip.
        response.setHeader("Cache-Control", "private, max-age=60");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}
