package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.reply.ReplyJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Errors as {@code {"error": "..."}} JSON, so that clients never have to parse an HTML error page. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        ObjectNode body = ReplyJson.mapper().createObjectNode();
        body.put("error", message);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}
